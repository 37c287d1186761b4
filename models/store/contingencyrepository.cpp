// SQL for contingency items: prepared statements only, one transaction per change.
#include "contingencyrepository.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("Inflection::ContingencyRepository", text);
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

bool insertRow(
    QSqlDatabase &db, ContingencyItem *item, const QString &author, const QString &now, QString *error)
{
    if (item->uuid.isEmpty())
        item->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 id = RecordWriter::insert(db, u"contingency"_s, item->uuid,
        {{u"review"_s, item->reviewId}, {u"issue"_s, text(item->issue)}, {u"likelihood"_s, item->likelihood},
            {u"impact"_s, item->impact}, {u"comments"_s, text(item->comments)},
            {u"engineering"_s, text(item->engineering)}, {u"onsite_messaging"_s, text(item->onsiteMessaging)},
            {u"pr_needed"_s, item->prNeeded ? 1 : 0}, {u"position"_s, item->position}},
        author, now, error);
    if (id == 0)
        return false;
    item->id = id;
    item->revision = 1;
    item->createdAt = item->updatedAt = timestampFromText(now);
    item->updatedBy = author;
    return true;
}

} // namespace

ContingencyRepository::ContingencyRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<ContingencyItem> ContingencyRepository::forReview(qint64 reviewId, QString *error) const
{
    QList<ContingencyItem> items;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return items;
    }
    while (q.next())
        items.append(itemFromQuery(q));
    return items;
}

std::optional<ContingencyItem> ContingencyRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return itemFromQuery(q);
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
    if (m_workspace->isReadOnly()) {
        *error = tr("The workspace is read-only; the change was not saved.");
        return false;
    }
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return false;
    }
    const QString now = RecordWriter::now();
    for (ContingencyItem &item : *items) {
        if (!FractionalKey::isValid(item.position)) {
            *error = tr("The item has no valid place in the list.");
            return false;
        }
        if (!insertRow(db, &item, m_workspace->author(), now, error))
            return false;
        if (!RecordWriter::log(db,
                {item.reviewId, now, m_workspace->author(), u"created"_s, u"contingency"_s, {}, item.issue},
                error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return false;
    }
    return true;
}

ContingencySaveResult ContingencyRepository::staleOrGone(const ContingencyItem &base) const
{
    QString error;
    const auto current = find(base.uuid, &error);
    if (!current)
        return ContingencySaveResult::failed(
            error.isEmpty() ? tr("Someone else deleted this contingency item.") : error);
    return ContingencySaveResult::conflict(*current);
}

ContingencySaveResult ContingencyRepository::updateField(
    const ContingencyItem &base, ContingencyField field, const QVariant &value)
{
    if (m_workspace->isReadOnly())
        return ContingencySaveResult::failed(tr("The workspace is read-only; the change was not saved."));
    ContingencyItem edited = base;
    if (!edited.setField(field, value))
        return ContingencySaveResult::failed(tr("That value does not fit this column."));
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return ContingencySaveResult::failed(transaction.errorMessage());
    const QString now = RecordWriter::now();
    QString error;
    switch (RecordWriter::update(db, u"contingency"_s, base.id, base.revision,
        {{contingencyFieldKey(field), storedValue(field, value)}}, m_workspace->author(), now, &error)) {
    case RecordWriter::Outcome::Failed:
        return ContingencySaveResult::failed(error);
    case RecordWriter::Outcome::Stale:
        transaction.commit();
        return staleOrGone(base);
    case RecordWriter::Outcome::Written:
        break;
    }
    if (!RecordWriter::log(db,
            {base.reviewId, now, m_workspace->author(), u"updated"_s,
                u"contingency."_s + contingencyFieldKey(field), storedValue(field, base.field(field)),
                storedValue(field, value)},
            &error))
        return ContingencySaveResult::failed(error);
    if (!transaction.commit())
        return ContingencySaveResult::failed(transaction.errorMessage());
    edited.revision = base.revision + 1;
    edited.updatedAt = timestampFromText(now);
    edited.updatedBy = m_workspace->author();
    return ContingencySaveResult::saved(edited);
}

ContingencySaveResult ContingencyRepository::move(const ContingencyItem &base, const QString &position)
{
    if (m_workspace->isReadOnly())
        return ContingencySaveResult::failed(tr("The workspace is read-only; the change was not saved."));
    if (!FractionalKey::isValid(position))
        return ContingencySaveResult::failed(tr("The item has no valid place in the list."));
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return ContingencySaveResult::failed(transaction.errorMessage());
    const QString now = RecordWriter::now();
    QString error;
    switch (RecordWriter::update(db, u"contingency"_s, base.id, base.revision, {{u"position"_s, position}},
        m_workspace->author(), now, &error)) {
    case RecordWriter::Outcome::Failed:
        return ContingencySaveResult::failed(error);
    case RecordWriter::Outcome::Stale:
        transaction.commit();
        return staleOrGone(base);
    case RecordWriter::Outcome::Written:
        break;
    }
    if (!RecordWriter::log(db,
            {base.reviewId, now, m_workspace->author(), u"moved"_s, u"contingency"_s, base.position,
                position},
            &error))
        return ContingencySaveResult::failed(error);
    if (!transaction.commit())
        return ContingencySaveResult::failed(transaction.errorMessage());
    ContingencyItem moved = base;
    moved.position = position;
    moved.revision = base.revision + 1;
    moved.updatedAt = timestampFromText(now);
    moved.updatedBy = m_workspace->author();
    return ContingencySaveResult::saved(moved);
}

ContingencySaveResult ContingencyRepository::remove(const ContingencyItem &base)
{
    if (m_workspace->isReadOnly())
        return ContingencySaveResult::failed(tr("The workspace is read-only; the change was not saved."));
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return ContingencySaveResult::failed(transaction.errorMessage());
    QString error;
    switch (RecordWriter::remove(db, u"contingency"_s, base.id, base.revision, &error)) {
    case RecordWriter::Outcome::Failed:
        return ContingencySaveResult::failed(error);
    case RecordWriter::Outcome::Stale:
        transaction.commit();
        return staleOrGone(base);
    case RecordWriter::Outcome::Written:
        break;
    }
    if (!RecordWriter::log(db,
            {base.reviewId, RecordWriter::now(), m_workspace->author(), u"deleted"_s, u"contingency"_s,
                base.issue, {}},
            &error))
        return ContingencySaveResult::failed(error);
    if (!transaction.commit())
        return ContingencySaveResult::failed(transaction.errorMessage());
    return ContingencySaveResult::saved(base);
}

} // namespace Inflection
