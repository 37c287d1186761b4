// SQL for timeline events.
#include "timelinerepository.h"

#include "../domain/timestamp.h"
#include "bulkinserter.h"
#include "scopedtransaction.h"
#include "sqldialect.h"

#include <QScopeGuard>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

QVariant storedValue(TimelineField field, const QVariant &value)
{
    switch (field) {
    case TimelineField::OccurredAt:
        return RecordWriter::time(value.toDateTime());
    case TimelineField::Agreed:
        return value.toBool() ? 1 : 0;
    default:
        return text(value.toString());
    }
}

const RecordTable<TimelineEvent>::Mapping layout {
    u"timeline_event"_s,
    timelineFields(),
    {u"position"_s, u"occurred_at"_s, u"kind"_s, u"actor"_s, u"text"_s, u"known_by"_s, u"source"_s,
        u"agreed"_s, u"reasoning"_s},
    [](const QSqlQuery &q, int c, TimelineEvent &e) {
        e.position = q.value(c).toString();
        e.occurredAt = timestampFromText(q.value(c + 1).toString());
        e.kind = timelineKinds().fromKey(q.value(c + 2).toString(), TimelineKind::Observation);
        e.actor = q.value(c + 3).toString();
        e.text = q.value(c + 4).toString();
        e.knownBy = q.value(c + 5).toString();
        e.source = q.value(c + 6).toString();
        e.agreed = q.value(c + 7).toInt() != 0;
        e.reasoning = q.value(c + 8).toString();
    },
    [](const TimelineEvent &e) -> QVariantList {
        return {e.position, RecordWriter::time(e.occurredAt), timelineKinds().key(e.kind), text(e.actor),
            text(e.text), text(e.knownBy), text(e.source), e.agreed ? 1 : 0, text(e.reasoning)};
    },
    storedValue,
    [](const TimelineEvent &e) { return e.text; },
};

} // namespace

TimelineRepository::TimelineRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

Result<QList<TimelineEvent>> TimelineRepository::importEvents(
    qint64 reviewId, QList<TimelineEvent> events, const QString &what, const ImportProgress &progress)
{
    if (Result<> imported = importEvents(reviewId, &events, what, progress); !imported)
        return Result<QList<TimelineEvent>>::errorOf(imported);
    return events;
}

Result<> TimelineRepository::importEvents(
    qint64 reviewId, QList<TimelineEvent> *eventList, const QString &what, const ImportProgress &progress)
{
    using Done = Result<>;
    QList<TimelineEvent> &events = *eventList;
    if (m_workspace->isReadOnly())
        return Done::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    for (const TimelineEvent &e : std::as_const(events)) {
        if (!FractionalKey::isValid(e.position))
            return Done::failure(ErrorKind::Refused, RecordTableDetail::invalidPlaceMessage());
    }
    QSqlDatabase db = m_workspace->database();
    // Room for every page the import touches, so that none is written to the journal twice (the
    // uuid index takes pages in random order); the usual size again afterwards.
    QSqlQuery pragma(db);
    const bool sqlite = SqlDialect::of(db).isSqlite(); // a server keeps its own cache
    const int cacheSize
        = sqlite && pragma.exec(u"PRAGMA cache_size"_s) && pragma.next() ? pragma.value(0).toInt() : -2000;
    if (sqlite)
        pragma.exec(u"PRAGMA cache_size = -262144"_s);
    const auto restoreCache = qScopeGuard([&] {
        if (sqlite)
            pragma.exec(u"PRAGMA cache_size = "_s + QString::number(cacheSize));
    });
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Done::errorOf(begun);
    const QString now = RecordWriter::now();
    // Rows are written 32 to a statement: each statement has a cost of its own.
    QStringList columns = layout.columns;
    columns.append(u"review"_s);
    BulkInserter inserter(db, u"timeline_event"_s, columns, m_workspace->author(), now, 32);
    const QDateTime stamp = timestampFromText(now);
    const qint64 total = events.size();
    qint64 done = 0;
    for (TimelineEvent &e : events) {
        e.reviewId = reviewId;
        if (e.uuid.isEmpty())
            e.uuid = newRecordUuid();
        QVariantList values = layout.values(e);
        values.append(reviewId);
        if (Result<> appended = inserter.append(e.uuid, values); !appended)
            return Done::errorOf(appended);
        e.revision = 1;
        e.createdAt = e.updatedAt = stamp;
        e.updatedBy = m_workspace->author();
        // Asked often enough that a Stop is felt at once; the transaction rolls back.
        if (progress && (++done & 0x3FF) == 0 && !progress(done, total))
            return Done::failure(ErrorKind::Cancelled, QString());
    }
    if (Result<> flushed = inserter.flush(); !flushed)
        return Done::errorOf(flushed);
    if (Result<> logged = RecordWriter::log(
            db, {reviewId, now, m_workspace->author(), u"imported"_s, u"timeline_event"_s, {}, what});
        !logged)
        return Done::errorOf(logged);
    // The last moment a Stop can still take it all back.
    if (progress && !progress(total, total))
        return Done::failure(ErrorKind::Cancelled, QString());
    if (Result<> committed = transaction.commit(); !committed)
        return Done::errorOf(committed);
    return {};
}

Result<QStringList> TimelineRepository::removeUnchanged(
    qint64 reviewId, const QList<TimelineEvent> &events, const QString &what)
{
    using Done = Result<QStringList>;
    if (m_workspace->isReadOnly())
        return Done::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Done::errorOf(begun);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM timeline_event WHERE uuid = :uuid AND revision = :revision"_s);
    QStringList kept;
    for (const TimelineEvent &e : events) {
        q.bindValue(u":uuid"_s, e.uuid);
        q.bindValue(u":revision"_s, e.revision);
        if (!q.exec())
            return Done::failure(q.lastError().text());
        if (q.numRowsAffected() != 1 && find(e.uuid))
            kept.append(e.uuid);
    }
    const QString now = RecordWriter::now();
    if (Result<> logged = RecordWriter::log(
            db, {reviewId, now, m_workspace->author(), u"deleted"_s, u"timeline_event"_s, what, {}});
        !logged)
        return Done::errorOf(logged);
    if (Result<> committed = transaction.commit(); !committed)
        return Done::errorOf(committed);
    return kept;
}

} // namespace Inflection
