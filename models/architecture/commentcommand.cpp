// Undo and redo of comment edits.
#include "architecture/commentcommand.h"

#include "architecture/commentmodel.h"

#include <QCoreApplication>

namespace Inflection {

namespace {

QString textOf(CommentCommand::Kind kind, const Comment &comment)
{
    switch (kind) {
    case CommentCommand::Kind::Add:
        return comment.parentUuid.isEmpty()
            ? QCoreApplication::translate("Inflection::CommentCommand", "Add comment")
            : QCoreApplication::translate("Inflection::CommentCommand", "Reply");
    case CommentCommand::Kind::Remove:
        return QCoreApplication::translate("Inflection::CommentCommand", "Delete comment thread");
    case CommentCommand::Kind::Resolve:
        return QCoreApplication::translate("Inflection::CommentCommand", "Resolve comment thread");
    case CommentCommand::Kind::Reopen:
        return QCoreApplication::translate("Inflection::CommentCommand", "Reopen comment thread");
    }
    return {};
}

} // namespace

CommentCommand::CommentCommand(CommentModel *model, Kind kind, const Comment &comment, QUndoCommand *parent)
    : QUndoCommand(textOf(kind, comment), parent)
    , m_model(model)
    , m_kind(kind)
    , m_comments {comment}
{ }

bool CommentCommand::add()
{
    return m_model->storeInsert(&m_comments);
}

bool CommentCommand::remove()
{
    QList<Comment> removed;
    if (!m_model->storeRemove(m_comments.first().uuid, &removed))
        return false;
    m_comments = removed;
    return true;
}

void CommentCommand::redo()
{
    bool done = false;
    switch (m_kind) {
    case Kind::Add:
        done = add();
        break;
    case Kind::Remove:
        done = remove();
        break;
    case Kind::Resolve:
    case Kind::Reopen:
        done = m_model->storeResolved(m_comments.first().uuid, m_kind == Kind::Resolve);
        break;
    }
    if (!done)
        setObsolete(true);
}

void CommentCommand::undo()
{
    bool done = false;
    switch (m_kind) {
    case Kind::Add:
        done = remove();
        break;
    case Kind::Remove:
        done = add();
        break;
    case Kind::Resolve:
    case Kind::Reopen:
        done = m_model->storeResolved(m_comments.first().uuid, m_kind != Kind::Resolve);
        break;
    }
    if (!done)
        setObsolete(true);
}

} // namespace Inflection
