// Undo and redo on the question board.
#include "architecture/questioncommand.h"

#include "architecture/questionmodel.h"

#include <QCoreApplication>

namespace Inflection {

namespace {

QString textOf(QuestionCommand::Kind kind)
{
    switch (kind) {
    case QuestionCommand::Kind::Add:
        return QCoreApplication::translate("Inflection::QuestionCommand", "Add question");
    case QuestionCommand::Kind::Remove:
        return QCoreApplication::translate("Inflection::QuestionCommand", "Delete question");
    case QuestionCommand::Kind::Vote:
        return QCoreApplication::translate("Inflection::QuestionCommand", "Vote");
    case QuestionCommand::Kind::Unvote:
        return QCoreApplication::translate("Inflection::QuestionCommand", "Take back vote");
    case QuestionCommand::Kind::Answer:
        return QCoreApplication::translate("Inflection::QuestionCommand", "Answer question");
    }
    return {};
}

} // namespace

QuestionCommand::QuestionCommand(QuestionModel *model, Kind kind, const Question &question, bool answered,
    const QString &answer, QUndoCommand *parent)
    : QUndoCommand(textOf(kind), parent)
    , m_model(model)
    , m_kind(kind)
    , m_question(question)
    , m_answered(answered)
    , m_answer(answer)
{ }

bool QuestionCommand::apply(bool forward)
{
    switch (m_kind) {
    case Kind::Add:
    case Kind::Remove:
        if ((m_kind == Kind::Add) == forward)
            return m_model->storeInsert(&m_question);
        return m_model->storeRemove(m_question.uuid, &m_question);
    case Kind::Vote:
    case Kind::Unvote:
        return m_model->storeVote(m_question.uuid, (m_kind == Kind::Vote) == forward);
    case Kind::Answer:
        return forward ? m_model->storeAnswer(m_question.uuid, m_answered, m_answer)
                       : m_model->storeAnswer(m_question.uuid, m_question.answered, m_question.answer);
    }
    return false;
}

void QuestionCommand::redo()
{
    if (!apply(true))
        setObsolete(true);
}

void QuestionCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

} // namespace Inflection
