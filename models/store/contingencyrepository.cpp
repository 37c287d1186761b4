// SQL for contingency items: prepared statements only, one transaction per change.
#include "contingencyrepository.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const QString selectColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, issue, "
      u"likelihood, impact, comments, engineering, onsite_messaging, pr_needed, position "
      u"FROM contingency"_s;

ContingencyItem itemFromQuery(const QSqlQuery &q)
{
    ContingencyItem item;
    item.id = q.value(0).toLongLong();
    item.uuid = q.value(1).toString();
    item.revision = q.value(2).toInt();
    item.createdAt = timestampFromText(q.value(3).toString());
    item.updatedAt = timestampFromText(q.value(4).toString());
    item.updatedBy = q.value(5).toString();
    item.reviewId = q.value(6).toLongLong();
    item.issue = q.value(7).toString();
    item.likelihood = q.value(8).toInt();
    item.impact = q.value(9).toInt();
    item.comments = q.value(10).toString();
    item.engineering = q.value(11).toString();
    item.onsiteMessaging = q.value(12).toString();
    item.prNeeded = q.value(13).toInt() != 0;
    item.position = q.value(14).toString();
    return item;
}

QVariant storedValue(ContingencyField field, const QVariant &value)
{
    switch (field) {
    case ContingencyField::Likelihood:
    case ContingencyField::Impact:
        return value.toInt();
    case ContingencyField::PrNeeded:
        return value.toBool() ? 1 : 0;
    default:
        return text(value.toString());
    }
}

RecordWriter::ColumnValues columnsOf(const ContingencyItem &item)
{
    return {{u"review"_s, item.reviewId}, {u"issue"_s, text(item.issue)}, {u"likelihood"_s, item.likelihood},
        {u"impact"_s, item.impact}, {u"comments"_s, text(item.comments)},
        {u"engineering"_s, text(item.engineering)}, {u"onsite_messaging"_s, text(item.onsiteMessaging)},
        {u"pr_needed"_s, item.prNeeded ? 1 : 0}, {u"position"_s, item.position}};
}

} // namespace

ContingencyRepository::ContingencyRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<ContingencyItem> ContingencyRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, itemFromQuery, error);
}

std::optional<ContingencyItem> ContingencyRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, itemFromQuery, error);
}

std::optional<ContingencyItem> ContingencyRepository::insert(const ContingencyItem &item, QString *error)
{
    QList<ContingencyItem> items {item};
    if (!insertItems(&items, error))
        return std::nullopt;
    return items.first();
}

bool ContingencyRepository::insertAll(const QList<ContingencyItem> &items, QString *error)
{
    QList<ContingencyItem> copy = items;
    return insertItems(&copy, error);
}

bool ContingencyRepository::insertItems(QList<ContingencyItem> *items, QString *error)
{
    for (const ContingencyItem &item : std::as_const(*items)) {
        if (!FractionalKey::isValid(item.position)) {
            *error = QCoreApplication::translate(
                "Inflection::ContingencyRepository", "The item has no valid place in the list.");
            return false;
        }
    }
    return RecordUpdate::insertMany(
        m_workspace, u"contingency"_s, items, columnsOf,
        [](const ContingencyItem &item) {
            return RecordWriter::ChangeLogEntry {
                item.reviewId, {}, {}, u"created"_s, u"contingency"_s, {}, item.issue};
        },
        error);
}

ContingencySaveResult ContingencyRepository::updateField(
    const ContingencyItem &base, ContingencyField field, const QVariant &value)
{
    ContingencyItem edited = base;
    if (!edited.setField(field, value))
        return ContingencySaveResult::failed(QCoreApplication::translate(
            "Inflection::ContingencyRepository", "That value does not fit this column."));
    return RecordUpdate::update(m_workspace, u"contingency"_s, base, edited,
        {{contingencyFieldKey(field), storedValue(field, value)}},
        {{base.reviewId, {}, {}, u"updated"_s, u"contingency."_s + contingencyFieldKey(field),
            storedValue(field, base.field(field)), storedValue(field, value)}},
        [&] { return find(base.uuid); });
}

ContingencySaveResult ContingencyRepository::move(const ContingencyItem &base, const QString &position)
{
    if (!FractionalKey::isValid(position))
        return ContingencySaveResult::failed(QCoreApplication::translate(
            "Inflection::ContingencyRepository", "The item has no valid place in the list."));
    ContingencyItem moved = base;
    moved.position = position;
    return RecordUpdate::update(m_workspace, u"contingency"_s, base, moved, {{u"position"_s, position}},
        {{base.reviewId, {}, {}, u"moved"_s, u"contingency"_s, base.position, position}},
        [&] { return find(base.uuid); });
}

ContingencySaveResult ContingencyRepository::remove(const ContingencyItem &base)
{
    return RecordUpdate::remove(m_workspace, u"contingency"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"contingency"_s, base.issue, {}},
        [&] { return find(base.uuid); });
}

} // namespace Inflection
