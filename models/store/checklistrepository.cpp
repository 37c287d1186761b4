// SQL for checklist answers.
#include "checklistrepository.h"

#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "sqlitesupport.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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

} // namespace

ChecklistRepository::ChecklistRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<ChecklistAnswer> ChecklistRepository::answers(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, answerFromQuery, error);
}

std::optional<ChecklistAnswer> ChecklistRepository::find(
    qint64 reviewId, const QString &key, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE review = :review AND key = :key"_s);
    q.bindValue(u":review"_s, reviewId);
    q.bindValue(u":key"_s, key);
    return queryRow(q, answerFromQuery, error);
}

ChecklistSaveResult ChecklistRepository::updateField(
    const ChecklistAnswer &base, ChecklistField field, const QVariant &value)
{
    ChecklistAnswer edited = base;
    if (!edited.setField(field, value))
        return ChecklistSaveResult::failed(QCoreApplication::translate(
            "Inflection::ChecklistRepository", "That is not an answer: use yes, no, n/a or open."));
    const QString column = field == ChecklistField::Answer ? u"answer"_s : u"notes"_s;
    const QVariant stored = RecordWriter::text(edited.field(field).toString());
    const QList<RecordWriter::ChangeLogEntry> log {{base.reviewId, {}, {}, u"updated"_s,
        u"checklist."_s + base.key + u'.' + column, base.field(field), stored}};
    const auto current = [&] {
        return find(base.reviewId, base.key);
    };
    // The first answer to a question creates its row (unless someone else's got there first).
    return RecordUpdate::updateOrCreate(m_workspace, u"checklist_answer"_s, base, edited, {{column, stored}},
        {{u"review"_s, base.reviewId}, {u"key"_s, base.key}, {u"answer"_s, checklistAnswerKey(edited.answer)},
            {u"notes"_s, RecordWriter::text(edited.notes)}},
        log, current);
}

} // namespace Inflection
