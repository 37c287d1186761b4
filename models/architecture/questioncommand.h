// An undo step on the question board: a question added or removed, a vote cast or taken back, an
// answer recorded.
#pragma once

#include "domain/question.h"

#include <QUndoCommand>

namespace Inflection {

class QuestionModel;

class QuestionCommand : public QUndoCommand
{
public:
    enum class Kind {
        Add,
        Remove,
        Vote,
        Unvote,
        Answer,
    };

    // Add: the question to add. Others: the stored question; Answer also takes the new answer.
    QuestionCommand(QuestionModel *model, Kind kind, const Question &question, bool answered = false,
        const QString &answer = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QString uuid() const { return m_question.uuid; }

private:
    bool apply(bool forward);

    QuestionModel *m_model;
    Kind m_kind;
    Question m_question; // as before the step (with its uuid once stored)
    bool m_answered;
    QString m_answer;
};

} // namespace Inflection
