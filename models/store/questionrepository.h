// Reads and writes the questions collected for an architecture review's meeting, and their votes.
#pragma once

#include "../domain/question.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using QuestionSaveResult = SaveResult<Question>;

class QuestionRepository
{
public:
    explicit QuestionRepository(Workspace *workspace);

    QList<Question> forReview(qint64 reviewId, QString *error = nullptr) const; // oldest first, with voters
    std::optional<Question> find(const QString &uuid, QString *error = nullptr) const;
    // Keeps question.uuid when set (undo), and its voters.
    std::optional<Question> insert(const Question &question, QString *error);
    QuestionSaveResult updateText(const Question &base, const QString &text);
    QuestionSaveResult setAnswer(const Question &base, bool answered, const QString &answer);
    QuestionSaveResult remove(const Question &base);
    // voter's one vote on the question, on or off. Votes of different people never conflict.
    QuestionSaveResult setVote(const QString &questionUuid, const QString &voter, bool on);

private:
    QStringList votersOf(qint64 questionId) const;
    Workspace *m_workspace;
};

} // namespace Inflection
