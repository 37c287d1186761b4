// SQL for incident facts.
#include "incidentrepository.h"

#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "workspace.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QVariant storedValue(IncidentField field, const QVariant &value)
{
    switch (field) {
    case IncidentField::StartedAt:
    case IncidentField::DetectedAt:
    case IncidentField::ResolvedAt:
    case IncidentField::StatusPageAt: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? QVariant(timestampToText(time)) : QVariant(QMetaType::fromType<QString>());
    }
    case IncidentField::OrderAgreed:
        return value.toBool() ? 1 : 0;
    default:
        return RecordWriter::text(value.toString());
    }
}

IncidentFacts factsFromQuery(const QSqlQuery &q)
{
    IncidentFacts f;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.revision = q.value(2).toInt();
    f.updatedAt = timestampFromText(q.value(3).toString());
    f.updatedBy = q.value(4).toString();
    f.reviewId = q.value(5).toLongLong();
    f.startedAt = timestampFromText(q.value(6).toString());
    f.detectedAt = timestampFromText(q.value(7).toString());
    f.resolvedAt = timestampFromText(q.value(8).toString());
    f.statusPageAt = timestampFromText(q.value(9).toString());
    f.severity = q.value(10).toString();
    f.summary = q.value(11).toString();
    f.impact = q.value(12).toString();
    f.orderAgreed = q.value(13).toInt() != 0;
    return f;
}

} // namespace

IncidentRepository::IncidentRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

std::optional<IncidentFacts> IncidentRepository::find(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(
        u"SELECT id, uuid, revision, updated_at, updated_by, review, started_at, detected_at, resolved_at, "
        u"status_page_at, severity, summary, impact, order_agreed FROM incident WHERE review = :review"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRow(q, factsFromQuery, error);
}

IncidentFacts IncidentRepository::forReview(qint64 reviewId, QString *error) const
{
    if (auto facts = find(reviewId, error))
        return *facts;
    IncidentFacts blank;
    blank.reviewId = reviewId;
    return blank;
}

IncidentSaveResult IncidentRepository::updateField(
    const IncidentFacts &base, IncidentField field, const QVariant &value)
{
    IncidentFacts edited = base;
    edited.setField(field, value);
    const QVariant stored = storedValue(field, edited.field(field));
    const QList<RecordWriter::ChangeLogEntry> log {{base.reviewId, {}, {}, u"updated"_s,
        u"incident."_s + incidentFieldKey(field), storedValue(field, base.field(field)), stored}};
    const auto current = [&] {
        return find(base.reviewId, nullptr);
    };
    // The first change creates the row (unless someone else's got there first).
    return RecordUpdate::updateOrCreate(m_workspace, u"incident"_s, base, edited,
        {{incidentFieldKey(field), stored}},
        {{u"review"_s, base.reviewId}, {incidentFieldKey(field), stored}}, log, current);
}

} // namespace Inflection
