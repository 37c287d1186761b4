// SQL for questions and votes.
#include "questionrepository.h"

#include "recordrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "rowreader.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const RowReader<Question> rows {u"question"_s, {u"text"_s, u"author"_s, u"answered"_s, u"answer"_s},
    [](const QSqlQuery &q, int first, Question &r) {
        r.text = q.value(first).toString();
        r.author = q.value(first + 1).toString();
        r.answered = q.value(first + 2).toInt() != 0;
        r.answer = q.value(first + 3).toString();
    }};

} // namespace

QuestionRepository::QuestionRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<QStringList> QuestionRepository::votersOf(qint64 questionId) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT voter FROM vote WHERE question = :question ORDER BY id"_s);
    q.bindValue(u":question"_s, questionId);
    return RecordRows::list(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<QList<Question>> QuestionRepository::forReview(qint64 reviewId) const
{
    Result<QList<Question>> questions
        = rows.forReview(m_workspace->database(), reviewId, u"created_at, id"_s);
    if (!questions)
        return questions;
    // The votes of all of them in one query.
    QSqlQuery votes(m_workspace->database());
    votes.setForwardOnly(true);
    votes.prepare(u"SELECT vote.question, vote.voter FROM vote JOIN question ON question.id = vote.question "
                  u"WHERE question.review = :review ORDER BY vote.id"_s);
    votes.bindValue(u":review"_s, reviewId);
    if (!votes.exec())
        return Result<QList<Question>>::failure(votes.lastError().text());
    QHash<qint64, QStringList> voters;
    while (votes.next())
        voters[votes.value(0).toLongLong()].append(votes.value(1).toString());
    for (Question &question : *questions)
        question.voters = voters.value(question.id);
    return questions;
}

Result<Question> QuestionRepository::find(const QString &uuid) const
{
    Result<Question> question = rows.find(m_workspace->database(), uuid);
    if (!question)
        return question;
    Result<QStringList> voters = votersOf(question->id);
    if (!voters)
        return Result<Question>::errorOf(voters);
    question->voters = *voters;
    return question;
}

RecordWriter::ColumnValues QuestionRepository::columnsOf(const Question &question)
{
    return {{u"review"_s, question.reviewId}, {u"text"_s, text(question.text)},
        {u"author"_s, text(question.author)}, {u"answered"_s, question.answered ? 1 : 0},
        {u"answer"_s, text(question.answer)}};
}

Result<Question> QuestionRepository::insert(const Question &question)
{
    Result<Question> stored = RecordUpdate::create(m_workspace, u"question"_s, question, columnsOf(question),
        {{question.reviewId, {}, {}, u"created"_s, u"question"_s, {}, question.text}},
        [&] { return find(question.uuid); });
    if (!stored || question.voters.isEmpty())
        return stored;
    // Brought back by undo: with the votes it had.
    for (const QString &voter : question.voters) {
        if (Result<Question> voted = setVote(stored->uuid, voter, true); !voted)
            return voted;
    }
    return find(stored->uuid);
}

Result<Question> QuestionRepository::updateText(const Question &base, const QString &newText)
{
    Question edited = base;
    edited.text = newText;
    return RecordUpdate::update(m_workspace, u"question"_s, base, edited, {{u"text"_s, text(newText)}},
        {{base.reviewId, {}, {}, u"updated"_s, u"question.text"_s, base.text, newText}},
        [&] { return find(base.uuid); });
}

Result<Question> QuestionRepository::setAnswer(const Question &base, bool answered, const QString &answer)
{
    Question edited = base;
    edited.answered = answered;
    edited.answer = answer;
    return RecordUpdate::update(m_workspace, u"question"_s, base, edited,
        {{u"answered"_s, answered ? 1 : 0}, {u"answer"_s, text(answer)}},
        {{base.reviewId, {}, {}, answered ? u"answered"_s : u"reopened"_s, u"question"_s, base.answer,
            answer}},
        [&] { return find(base.uuid); });
}

Result<Question> QuestionRepository::remove(const Question &base)
{
    return RecordUpdate::remove(m_workspace, u"question"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"question"_s, base.text, {}}, [&] { return find(base.uuid); });
}

Result<Question> QuestionRepository::setVote(const QString &questionUuid, const QString &voter, bool on)
{
    if (m_workspace->isReadOnly())
        return Result<Question>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    const Result<Question> question = find(questionUuid);
    if (!question)
        return question.error() == ErrorKind::Missing ? Result<Question>::failure(RecordUpdate::goneMessage())
                                                      : question;
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Result<Question>::errorOf(begun);
    QSqlQuery q(db);
    q.prepare(on ? u"INSERT INTO vote (question, voter, created_at) VALUES (:question, :voter, :at) "
                   u"ON CONFLICT DO NOTHING"_s
                 : u"DELETE FROM vote WHERE question = :question AND voter = :voter"_s);
    q.bindValue(u":question"_s, question->id);
    q.bindValue(u":voter"_s, voter);
    if (on)
        q.bindValue(u":at"_s, RecordWriter::now());
    if (!q.exec())
        return Result<Question>::failure(q.lastError().text());
    if (Result<> logged = RecordWriter::log(db,
            {question->reviewId, RecordWriter::now(), voter, on ? u"voted"_s : u"unvoted"_s, u"question"_s,
                {}, question->text});
        !logged)
        return Result<Question>::errorOf(logged);
    if (Result<> committed = transaction.commit(); !committed)
        return Result<Question>::errorOf(committed);
    return find(questionUuid);
}

} // namespace Inflection
