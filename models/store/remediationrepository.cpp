// SQL for remediation items and parked ideas.
#include "remediationrepository.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const QString remediationColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, text, "
      u"type, owner, ticket, due, status, position FROM remediation"_s;
const QString parkedColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, text, position FROM parking_lot"_s;

RemediationItem itemFromQuery(const QSqlQuery &q)
{
    RemediationItem r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.revision = q.value(2).toInt();
    r.createdAt = timestampFromText(q.value(3).toString());
    r.updatedAt = timestampFromText(q.value(4).toString());
    r.updatedBy = q.value(5).toString();
    r.reviewId = q.value(6).toLongLong();
    r.text = q.value(7).toString();
    r.type = q.value(8).toString();
    r.owner = q.value(9).toString();
    r.ticket = q.value(10).toString();
    r.due = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    r.status = q.value(12).toString();
    r.position = q.value(13).toString();
    return r;
}

ParkedIdea ideaFromQuery(const QSqlQuery &q)
{
    ParkedIdea p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.revision = q.value(2).toInt();
    p.createdAt = timestampFromText(q.value(3).toString());
    p.updatedAt = timestampFromText(q.value(4).toString());
    p.updatedBy = q.value(5).toString();
    p.reviewId = q.value(6).toLongLong();
    p.text = q.value(7).toString();
    p.position = q.value(8).toString();
    return p;
}

QVariant storedValue(RemediationField field, const QVariant &value)
{
    if (field == RemediationField::Due) {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                              : QVariant(QMetaType::fromType<QString>());
    }
    return text(value.toString());
}

template<typename Record>
std::optional<Record> insertOne(Workspace *workspace, const QString &table, const Record &record,
    const RecordWriter::ColumnValues &columns, const QString &what, QString *error)
{
    if (!FractionalKey::isValid(record.position)) {
        *error = QCoreApplication::translate(
            "Inflection::RemediationRepository", "The item has no valid place in the list.");
        return std::nullopt;
    }
    QList<Record> records {record};
    if (!RecordUpdate::insertMany(
            workspace, table, &records, [&columns](const Record &) { return columns; },
            [&what](const Record &r) {
                return RecordWriter::ChangeLogEntry {r.reviewId, {}, {}, u"created"_s, what, {}, r.text};
            },
            error))
        return std::nullopt;
    return records.first();
}

} // namespace

RemediationRepository::RemediationRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<RemediationItem> RemediationRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(remediationColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, itemFromQuery, error);
}

std::optional<RemediationItem> RemediationRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(remediationColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, itemFromQuery, error);
}

std::optional<RemediationItem> RemediationRepository::insert(const RemediationItem &item, QString *error)
{
    return insertOne(m_workspace, u"remediation"_s, item,
        {{u"review"_s, item.reviewId}, {u"text"_s, text(item.text)}, {u"type"_s, item.type},
            {u"owner"_s, text(item.owner)}, {u"ticket"_s, text(item.ticket)},
            {u"due"_s, storedValue(RemediationField::Due, item.due)}, {u"status"_s, item.status},
            {u"position"_s, item.position}},
        u"remediation"_s, error);
}

RemediationSaveResult RemediationRepository::updateField(
    const RemediationItem &base, RemediationField field, const QVariant &value)
{
    RemediationItem edited = base;
    if (!edited.setField(field, value))
        return RemediationSaveResult::failed(QCoreApplication::translate(
            "Inflection::RemediationRepository", "That value does not fit this column."));
    const QVariant stored = storedValue(field, edited.field(field));
    return RecordUpdate::update(m_workspace, u"remediation"_s, base, edited,
        {{remediationFieldKey(field), stored}},
        {{base.reviewId, {}, {}, u"updated"_s, u"remediation."_s + remediationFieldKey(field),
            storedValue(field, base.field(field)), stored}},
        [&] { return find(base.uuid); });
}

RemediationSaveResult RemediationRepository::move(const RemediationItem &base, const QString &position)
{
    RemediationItem moved = base;
    moved.position = position;
    return RecordUpdate::update(m_workspace, u"remediation"_s, base, moved, {{u"position"_s, position}},
        {{base.reviewId, {}, {}, u"moved"_s, u"remediation"_s, base.position, position}},
        [&] { return find(base.uuid); });
}

RemediationSaveResult RemediationRepository::remove(const RemediationItem &base)
{
    return RecordUpdate::remove(m_workspace, u"remediation"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"remediation"_s, base.text, {}},
        [&] { return find(base.uuid); });
}

QHash<qint64, int> RemediationRepository::overdueByReview(const QDate &today, QString *error) const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT review, count(*) FROM remediation WHERE status <> 'done' AND due IS NOT NULL AND due "
              u"< :today "
              u"GROUP BY review"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    for (const auto &[review, count] : queryRows(
             q,
             [](const QSqlQuery &row) { return std::pair(row.value(0).toLongLong(), row.value(1).toInt()); },
             error))
        counts.insert(review, count);
    return counts;
}

ParkingLotRepository::ParkingLotRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<ParkedIdea> ParkingLotRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(parkedColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, ideaFromQuery, error);
}

std::optional<ParkedIdea> ParkingLotRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(parkedColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, ideaFromQuery, error);
}

std::optional<ParkedIdea> ParkingLotRepository::insert(const ParkedIdea &idea, QString *error)
{
    return insertOne(m_workspace, u"parking_lot"_s, idea,
        {{u"review"_s, idea.reviewId}, {u"text"_s, text(idea.text)}, {u"position"_s, idea.position}},
        u"parking_lot"_s, error);
}

ParkedIdeaSaveResult ParkingLotRepository::updateText(const ParkedIdea &base, const QString &newText)
{
    ParkedIdea edited = base;
    edited.text = newText;
    return RecordUpdate::update(m_workspace, u"parking_lot"_s, base, edited, {{u"text"_s, text(newText)}},
        {{base.reviewId, {}, {}, u"updated"_s, u"parking_lot.text"_s, base.text, newText}},
        [&] { return find(base.uuid); });
}

ParkedIdeaSaveResult ParkingLotRepository::move(const ParkedIdea &base, const QString &position)
{
    ParkedIdea moved = base;
    moved.position = position;
    return RecordUpdate::update(m_workspace, u"parking_lot"_s, base, moved, {{u"position"_s, position}},
        {{base.reviewId, {}, {}, u"moved"_s, u"parking_lot"_s, base.position, position}},
        [&] { return find(base.uuid); });
}

ParkedIdeaSaveResult ParkingLotRepository::remove(const ParkedIdea &base)
{
    return RecordUpdate::remove(m_workspace, u"parking_lot"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"parking_lot"_s, base.text, {}},
        [&] { return find(base.uuid); });
}

} // namespace Inflection
