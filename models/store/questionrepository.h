// Reads and writes the questions collected for an architecture review's meeting, and their votes.
#pragma once

#include "../domain/question.h"
#include "../domain/result.h"

#include <QList>
#include <QVariant>
#include <utility>

namespace Inflection {

class Workspace;

class QuestionRepository
{
public:
    explicit QuestionRepository(Workspace *workspace);

    Result<QList<Question>> forReview(qint64 reviewId) const; // oldest first, with voters
    Result<Question> find(const QString &uuid) const;
    // Keeps question.uuid when set (undo), and its voters.
    Result<Question> insert(const Question &question);
    Result<Question> updateText(const Question &base, const QString &text);
    Result<Question> setAnswer(const Question &base, bool answered, const QString &answer);
    Result<Question> remove(const Question &base);
    // voter's one vote on the question, on or off. Votes of different people never conflict.
    Result<Question> setVote(const QString &questionUuid, const QString &voter, bool on);
    // Every column of its row but the meta columns, as stored (the votes are rows of their own).
    static QList<std::pair<QString, QVariant>> columnsOf(const Question &question);

private:
    Result<QStringList> votersOf(qint64 questionId) const;
    Workspace *m_workspace;
};

} // namespace Inflection
