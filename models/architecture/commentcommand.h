// An undo step on comment threads: a comment or reply added, a thread (with its replies) removed,
// a thread resolved or reopened.
#pragma once

#include "domain/comment.h"

#include <QUndoCommand>

namespace Inflection {

class CommentModel;

class CommentCommand : public QUndoCommand
{
public:
    enum class Kind {
        Add,
        Remove,
        Resolve,
        Reopen,
    };

    // Add: comment to add (a reply names its thread). Remove, Resolve, Reopen: the stored comment.
    CommentCommand(CommentModel *model, Kind kind, const Comment &comment, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QString uuid() const { return m_comments.isEmpty() ? QString() : m_comments.first().uuid; }

private:
    bool add();
    bool remove();

    CommentModel *m_model;
    Kind m_kind;
    QList<Comment> m_comments; // the comment, and when a thread was removed, its replies after it
};

} // namespace Inflection
