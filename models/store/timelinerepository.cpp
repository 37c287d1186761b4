// SQL for timeline events.
#include "timelinerepository.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "bulkinserter.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const QString selectColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, position, "
      u"occurred_at, kind, actor, text, known_by, source, agreed, reasoning "
      u"FROM timeline_event"_s;

TimelineEvent eventFromQuery(const QSqlQuery &q)
{
    TimelineEvent e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.revision = q.value(2).toInt();
    e.createdAt = timestampFromText(q.value(3).toString());
    e.updatedAt = timestampFromText(q.value(4).toString());
    e.updatedBy = q.value(5).toString();
    e.reviewId = q.value(6).toLongLong();
    e.position = q.value(7).toString();
    e.occurredAt = timestampFromText(q.value(8).toString());
    e.kind = q.value(9).toString();
    e.actor = q.value(10).toString();
    e.text = q.value(11).toString();
    e.knownBy = q.value(12).toString();
    e.source = q.value(13).toString();
    e.agreed = q.value(14).toInt() != 0;
    e.reasoning = q.value(15).toString();
    return e;
}

QVariant storedValue(TimelineField field, const QVariant &value)
{
    switch (field) {
    case TimelineField::OccurredAt: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? QVariant(timestampToText(time)) : QVariant(QMetaType::fromType<QString>());
    }
    case TimelineField::Agreed:
        return value.toBool() ? 1 : 0;
    default:
        return text(value.toString());
    }
}

const QStringList columnNames {u"review"_s, u"position"_s, u"occurred_at"_s, u"kind"_s, u"actor"_s, u"text"_s,
    u"known_by"_s, u"source"_s, u"agreed"_s, u"reasoning"_s};

// In the order of columnNames.
QVariantList valuesOf(const TimelineEvent &e)
{
    return {e.reviewId, e.position, storedValue(TimelineField::OccurredAt, e.occurredAt), e.kind,
        text(e.actor), text(e.text), text(e.knownBy), text(e.source), e.agreed ? 1 : 0, text(e.reasoning)};
}

RecordWriter::ColumnValues columnsOf(const TimelineEvent &e)
{
    const QVariantList values = valuesOf(e);
    RecordWriter::ColumnValues columns;
    columns.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        columns.append({columnNames.at(i), values.at(i)});
    return columns;
}

RecordWriter::ChangeLogEntry createdLog(const TimelineEvent &e)
{
    return {e.reviewId, {}, {}, u"created"_s, u"timeline_event"_s, {}, e.text};
}

} // namespace

TimelineRepository::TimelineRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<TimelineEvent> TimelineRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, eventFromQuery, error);
}

std::optional<TimelineEvent> TimelineRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, eventFromQuery, error);
}

std::optional<TimelineEvent> TimelineRepository::insert(const TimelineEvent &event, QString *error)
{
    QList<TimelineEvent> events {event};
    if (!insertAll(&events, error))
        return std::nullopt;
    return events.first();
}

bool TimelineRepository::insertAll(QList<TimelineEvent> *events, QString *error)
{
    for (const TimelineEvent &e : std::as_const(*events)) {
        if (!FractionalKey::isValid(e.position)) {
            *error = QCoreApplication::translate(
                "Inflection::TimelineRepository", "The event has no valid place in the timeline.");
            return false;
        }
    }
    return RecordUpdate::insertMany(m_workspace, u"timeline_event"_s, events, columnsOf, createdLog, error);
}

TimelineSaveResult TimelineRepository::updateField(
    const TimelineEvent &base, TimelineField field, const QVariant &value)
{
    TimelineEvent edited = base;
    if (!edited.setField(field, value))
        return TimelineSaveResult::failed(
            QCoreApplication::translate("Inflection::TimelineRepository", "That is not a kind of event."));
    const QVariant stored = storedValue(field, edited.field(field));
    return RecordUpdate::update(m_workspace, u"timeline_event"_s, base, edited,
        {{timelineFieldKey(field), stored}},
        {{base.reviewId, {}, {}, u"updated"_s, u"timeline_event."_s + timelineFieldKey(field),
            storedValue(field, base.field(field)), stored}},
        [&] { return find(base.uuid); });
}

TimelineSaveResult TimelineRepository::move(const TimelineEvent &base, const QString &position)
{
    if (!FractionalKey::isValid(position))
        return TimelineSaveResult::failed(QCoreApplication::translate(
            "Inflection::TimelineRepository", "The event has no valid place in the timeline."));
    TimelineEvent moved = base;
    moved.position = position;
    return RecordUpdate::update(m_workspace, u"timeline_event"_s, base, moved, {{u"position"_s, position}},
        {{base.reviewId, {}, {}, u"moved"_s, u"timeline_event"_s, base.position, position}},
        [&] { return find(base.uuid); });
}

TimelineSaveResult TimelineRepository::remove(const TimelineEvent &base)
{
    return RecordUpdate::remove(m_workspace, u"timeline_event"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"timeline_event"_s, base.text, {}},
        [&] { return find(base.uuid); });
}

TimelineRepository::BulkOutcome TimelineRepository::importEvents(qint64 reviewId,
    QList<TimelineEvent> *events, const QString &what, const ImportProgress &progress, QString *error)
{
    if (m_workspace->isReadOnly()) {
        *error = RecordUpdate::readOnlyMessage();
        return BulkOutcome::Failed;
    }
    for (const TimelineEvent &e : std::as_const(*events)) {
        if (!FractionalKey::isValid(e.position)) {
            *error = QCoreApplication::translate(
                "Inflection::TimelineRepository", "The event has no valid place in the timeline.");
            return BulkOutcome::Failed;
        }
    }
    QSqlDatabase db = m_workspace->database();
    // Room for every page the import touches, so that none is written to the journal twice (the
    // uuid index takes pages in random order); the usual size again afterwards.
    QSqlQuery pragma(db);
    const int cacheSize
        = pragma.exec(u"PRAGMA cache_size"_s) && pragma.next() ? pragma.value(0).toInt() : -2000;
    pragma.exec(u"PRAGMA cache_size = -262144"_s);
    const auto restoreCache
        = qScopeGuard([&] { pragma.exec(u"PRAGMA cache_size = "_s + QString::number(cacheSize)); });
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return BulkOutcome::Failed;
    }
    const QString now = RecordWriter::now();
    // Rows are written 32 to a statement: each statement has a cost of its own.
    BulkInserter inserter(db, u"timeline_event"_s, columnNames, m_workspace->author(), now, 32);
    const QDateTime stamp = timestampFromText(now);
    qint64 done = 0;
    for (TimelineEvent &e : *events) {
        e.reviewId = reviewId;
        if (e.uuid.isEmpty())
            e.uuid = RecordUpdate::newUuid();
        if (!inserter.append(e.uuid, valuesOf(e), error))
            return BulkOutcome::Failed;
        e.revision = 1;
        e.createdAt = e.updatedAt = stamp;
        e.updatedBy = m_workspace->author();
        if (progress && (++done & 0x3FFF) == 0 && !progress(done, events->size()))
            return BulkOutcome::Cancelled;
    }
    if (!inserter.flush(error))
        return BulkOutcome::Failed;
    if (!RecordWriter::log(
            db, {reviewId, now, m_workspace->author(), u"imported"_s, u"timeline_event"_s, {}, what}, error))
        return BulkOutcome::Failed;
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return BulkOutcome::Failed;
    }
    if (progress)
        progress(events->size(), events->size());
    return BulkOutcome::Done;
}

bool TimelineRepository::removeUnchanged(qint64 reviewId, const QList<TimelineEvent> &events,
    const QString &what, QStringList *kept, QString *error)
{
    if (m_workspace->isReadOnly()) {
        *error = RecordUpdate::readOnlyMessage();
        return false;
    }
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM timeline_event WHERE uuid = :uuid AND revision = :revision"_s);
    for (const TimelineEvent &e : events) {
        q.bindValue(u":uuid"_s, e.uuid);
        q.bindValue(u":revision"_s, e.revision);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.numRowsAffected() != 1 && find(e.uuid))
            kept->append(e.uuid);
    }
    const QString now = RecordWriter::now();
    if (!RecordWriter::log(
            db, {reviewId, now, m_workspace->author(), u"deleted"_s, u"timeline_event"_s, what, {}}, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return false;
    }
    return true;
}

} // namespace Inflection
