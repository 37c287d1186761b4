// SQL for incident facts.
#include "incidentrepository.h"

#include "../domain/timestamp.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const RecordTable<IncidentFacts>::Mapping layout {
    u"incident"_s,
    incidentFields(),
    {u"started_at"_s, u"detected_at"_s, u"resolved_at"_s, u"status_page_at"_s, u"severity"_s, u"summary"_s,
        u"impact"_s, u"order_agreed"_s, u"mitigated_at"_s, u"went_well"_s, u"lucky"_s, u"not_foreseen"_s},
    [](const QSqlQuery &q, int c, IncidentFacts &f) {
        f.startedAt = timestampFromText(q.value(c).toString());
        f.detectedAt = timestampFromText(q.value(c + 1).toString());
        f.resolvedAt = timestampFromText(q.value(c + 2).toString());
        f.statusPageAt = timestampFromText(q.value(c + 3).toString());
        f.severity = q.value(c + 4).toString();
        f.summary = q.value(c + 5).toString();
        f.impact = q.value(c + 6).toString();
        f.orderAgreed = q.value(c + 7).toInt() != 0;
        f.mitigatedAt = timestampFromText(q.value(c + 8).toString());
        f.wentWell = q.value(c + 9).toString();
        f.lucky = q.value(c + 10).toString();
        f.notForeseen = q.value(c + 11).toInt() != 0;
    },
    [](const IncidentFacts &f) -> QVariantList {
        return {RecordWriter::time(f.startedAt), RecordWriter::time(f.detectedAt),
            RecordWriter::time(f.resolvedAt), RecordWriter::time(f.statusPageAt), text(f.severity),
            text(f.summary), text(f.impact), f.orderAgreed ? 1 : 0, RecordWriter::time(f.mitigatedAt),
            text(f.wentWell), text(f.lucky), f.notForeseen ? 1 : 0};
    },
    [](IncidentField field, const QVariant &value) -> QVariant {
        switch (field) {
        case IncidentField::StartedAt:
        case IncidentField::DetectedAt:
        case IncidentField::ResolvedAt:
        case IncidentField::StatusPageAt:
        case IncidentField::MitigatedAt:
            return RecordWriter::time(value.toDateTime());
        case IncidentField::OrderAgreed:
        case IncidentField::NotForeseen:
            return value.toBool() ? 1 : 0;
        default:
            return text(value.toString());
        }
    },
    [](const IncidentFacts &) { return QString(); },
    u"id"_s,
    {u"review"_s},
};

} // namespace

IncidentRepository::IncidentRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

} // namespace Inflection
