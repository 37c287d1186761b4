// SQL for checklist answers.
#include "checklistrepository.h"

#include "../domain/timestamp.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "sqlitesupport.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QString selectColumns
    = u"SELECT id, uuid, revision, updated_at, updated_by, review, key, answer, notes FROM checklist_answer"_s;

ChecklistAnswer answerFromQuery(const QSqlQuery &q)
{
    ChecklistAnswer a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.revision = q.value(2).toInt();
    a.updatedAt = timestampFromText(q.value(3).toString());
    a.updatedBy = q.value(4).toString();
    a.reviewId = q.value(5).toLongLong();
    a.key = q.value(6).toString();
    checklistAnswerFromKey(q.value(7).toString(), &a.answer);
    a.notes = q.value(8).toString();
    return a;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Inflection::ChecklistRepository", text);
}

} // namespace

ChecklistRepository::ChecklistRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<ChecklistAnswer> ChecklistRepository::answers(qint64 reviewId, QString *error) const
{
    QList<ChecklistAnswer> result;
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY id"_s);
    q.bindValue(u":review"_s, reviewId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(answerFromQuery(q));
    return result;
}

std::optional<ChecklistAnswer> ChecklistRepository::find(
    qint64 reviewId, const QString &key, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE review = :review AND key = :key"_s);
    q.bindValue(u":review"_s, reviewId);
    q.bindValue(u":key"_s, key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return answerFromQuery(q);
}

ChecklistSaveResult ChecklistRepository::updateField(
    const ChecklistAnswer &base, ChecklistField field, const QVariant &value)
{
    if (m_workspace->isReadOnly())
        return ChecklistSaveResult::failed(tr("The workspace is read-only; the change was not saved."));
    ChecklistAnswer edited = base;
    if (!edited.setField(field, value))
        return ChecklistSaveResult::failed(tr("That is not an answer: use yes, no, n/a or open."));
    const QString column = field == ChecklistField::Answer ? u"answer"_s : u"notes"_s;
    const QVariant stored = RecordWriter::text(edited.field(field).toString());

    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return ChecklistSaveResult::failed(transaction.errorMessage());
    const QString now = RecordWriter::now();
    QString error;
    auto theirs = [&]() {
        transaction.commit();
        const auto current = find(base.reviewId, base.key, &error);
        return current ? ChecklistSaveResult::conflict(*current)
                       : ChecklistSaveResult::failed(error.isEmpty() ? tr("The answer was deleted.") : error);
    };
    if (base.id == 0) {
        edited.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        edited.id = RecordWriter::insert(db, u"checklist_answer"_s, edited.uuid,
            {{u"review"_s, base.reviewId}, {u"key"_s, base.key},
                {u"answer"_s, checklistAnswerKey(edited.answer)},
                {u"notes"_s, RecordWriter::text(edited.notes)}},
            m_workspace->author(), now, &error);
        if (edited.id == 0) {
            // Someone else answered this question first.
            if (find(base.reviewId, base.key))
                return theirs();
            return ChecklistSaveResult::failed(error);
        }
        edited.revision = 0; // becomes 1 below
    } else {
        switch (RecordWriter::update(db, u"checklist_answer"_s, base.id, base.revision, {{column, stored}},
            m_workspace->author(), now, &error)) {
        case RecordWriter::Outcome::Failed:
            return ChecklistSaveResult::failed(error);
        case RecordWriter::Outcome::Stale:
            return theirs();
        case RecordWriter::Outcome::Written:
            break;
        }
    }
    if (!RecordWriter::log(db,
            {base.reviewId, now, m_workspace->author(), u"updated"_s,
                u"checklist."_s + base.key + u'.' + column, base.field(field), stored},
            &error))
        return ChecklistSaveResult::failed(error);
    if (!transaction.commit())
        return ChecklistSaveResult::failed(transaction.errorMessage());
    edited.revision += 1;
    edited.updatedAt = timestampFromText(now);
    edited.updatedBy = m_workspace->author();
    return ChecklistSaveResult::saved(edited);
}

} // namespace Inflection
