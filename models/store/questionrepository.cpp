// SQL for questions and votes.
#include "questionrepository.h"

#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QString selectColumns = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, text, "
                              u"author, answered, answer FROM question"_s;

Question questionFromQuery(const QSqlQuery &q)
{
    Question r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.revision = q.value(2).toInt();
    r.createdAt = timestampFromText(q.value(3).toString());
    r.updatedAt = timestampFromText(q.value(4).toString());
    r.updatedBy = q.value(5).toString();
    r.reviewId = q.value(6).toLongLong();
    r.text = q.value(7).toString();
    r.author = q.value(8).toString();
    r.answered = q.value(9).toInt() != 0;
    r.answer = q.value(10).toString();
    return r;
}

} // namespace

QuestionRepository::QuestionRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QStringList QuestionRepository::votersOf(qint64 questionId) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT voter FROM vote WHERE question = :question ORDER BY id"_s);
    q.bindValue(u":question"_s, questionId);
    return queryRows(
        q, [](const QSqlQuery &row) { return row.value(0).toString(); }, nullptr);
}

QList<Question> QuestionRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY created_at, id"_s);
    q.bindValue(u":review"_s, reviewId);
    QList<Question> questions = queryRows(q, questionFromQuery, error);
    // The votes of all of them in one query.
    QSqlQuery votes(m_workspace->database());
    votes.setForwardOnly(true);
    votes.prepare(u"SELECT vote.question, vote.voter FROM vote JOIN question ON question.id = vote.question "
                  u"WHERE question.review = :review ORDER BY vote.id"_s);
    votes.bindValue(u":review"_s, reviewId);
    QHash<qint64, QStringList> voters;
    if (votes.exec()) {
        while (votes.next())
            voters[votes.value(0).toLongLong()].append(votes.value(1).toString());
    }
    for (Question &question : questions)
        question.voters = voters.value(question.id);
    return questions;
}

std::optional<Question> QuestionRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    auto question = queryRow(q, questionFromQuery, error);
    if (question)
        question->voters = votersOf(question->id);
    return question;
}

std::optional<Question> QuestionRepository::insert(const Question &question, QString *error)
{
    const auto result = RecordUpdate::create(m_workspace, u"question"_s, question,
        {{u"review"_s, question.reviewId}, {u"text"_s, RecordWriter::text(question.text)},
            {u"author"_s, RecordWriter::text(question.author)}, {u"answered"_s, question.answered ? 1 : 0},
            {u"answer"_s, RecordWriter::text(question.answer)}},
        {{question.reviewId, {}, {}, u"created"_s, u"question"_s, {}, question.text}},
        [&] { return find(question.uuid); });
    if (!result.isSaved()) {
        *error = result.errorMessage().isEmpty()
            ? QCoreApplication::translate("Inflection::QuestionRepository", "The question already exists.")
            : result.errorMessage();
        return std::nullopt;
    }
    Question stored = result.record();
    // Brought back by undo: with the votes it had.
    for (const QString &voter : question.voters) {
        if (!setVote(stored.uuid, voter, true).isSaved())
            break;
    }
    if (!question.voters.isEmpty())
        stored = find(stored.uuid).value_or(stored);
    return stored;
}

QuestionSaveResult QuestionRepository::updateText(const Question &base, const QString &text)
{
    Question edited = base;
    edited.text = text;
    return RecordUpdate::update(m_workspace, u"question"_s, base, edited,
        {{u"text"_s, RecordWriter::text(text)}},
        {{base.reviewId, {}, {}, u"updated"_s, u"question.text"_s, base.text, text}},
        [&] { return find(base.uuid); });
}

QuestionSaveResult QuestionRepository::setAnswer(const Question &base, bool answered, const QString &answer)
{
    Question edited = base;
    edited.answered = answered;
    edited.answer = answer;
    return RecordUpdate::update(m_workspace, u"question"_s, base, edited,
        {{u"answered"_s, answered ? 1 : 0}, {u"answer"_s, RecordWriter::text(answer)}},
        {{base.reviewId, {}, {}, answered ? u"answered"_s : u"reopened"_s, u"question"_s, base.answer,
            answer}},
        [&] { return find(base.uuid); });
}

QuestionSaveResult QuestionRepository::remove(const Question &base)
{
    return RecordUpdate::remove(m_workspace, u"question"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"question"_s, base.text, {}}, [&] { return find(base.uuid); });
}

QuestionSaveResult QuestionRepository::setVote(const QString &questionUuid, const QString &voter, bool on)
{
    if (m_workspace->isReadOnly())
        return QuestionSaveResult::failed(RecordUpdate::readOnlyMessage());
    const auto question = find(questionUuid);
    if (!question)
        return QuestionSaveResult::failed(RecordUpdate::goneMessage());
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return QuestionSaveResult::failed(transaction.errorMessage());
    QSqlQuery q(db);
    q.prepare(on
            ? u"INSERT OR IGNORE INTO vote (question, voter, created_at) VALUES (:question, :voter, :at)"_s
            : u"DELETE FROM vote WHERE question = :question AND voter = :voter"_s);
    q.bindValue(u":question"_s, question->id);
    q.bindValue(u":voter"_s, voter);
    if (on)
        q.bindValue(u":at"_s, RecordWriter::now());
    if (!q.exec())
        return QuestionSaveResult::failed(q.lastError().text());
    QString error;
    if (!RecordWriter::log(db,
            {question->reviewId, RecordWriter::now(), voter, on ? u"voted"_s : u"unvoted"_s, u"question"_s,
                {}, question->text},
            &error))
        return QuestionSaveResult::failed(error);
    if (!transaction.commit())
        return QuestionSaveResult::failed(transaction.errorMessage());
    return QuestionSaveResult::saved(find(questionUuid).value_or(*question));
}

} // namespace Inflection
