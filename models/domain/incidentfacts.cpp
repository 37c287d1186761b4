// Incident fields, severity levels and the durations that follow from the times.
#include "incidentfacts.h"

#include "timestamp.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<IncidentField> &incidentFields()
{
    static const KeyTable<IncidentField> table("Inflection::IncidentField",
        {
            {IncidentField::StartedAt, "started_at", QT_TRANSLATE_NOOP("Inflection::IncidentField", "start")},
            {IncidentField::DetectedAt, "detected_at",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "detection")},
            {IncidentField::ResolvedAt, "resolved_at",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "resolution")},
            {IncidentField::StatusPageAt, "status_page_at",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "status page time")},
            {IncidentField::Severity, "severity", QT_TRANSLATE_NOOP("Inflection::IncidentField", "severity")},
            {IncidentField::Summary, "summary", QT_TRANSLATE_NOOP("Inflection::IncidentField", "summary")},
            {IncidentField::Impact, "impact", QT_TRANSLATE_NOOP("Inflection::IncidentField", "impact")},
            {IncidentField::OrderAgreed, "order_agreed",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "agreement on the order")},
            {IncidentField::MitigatedAt, "mitigated_at",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "mitigation")},
            {IncidentField::WentWell, "went_well",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "what went well")},
            {IncidentField::Lucky, "lucky",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "where we got lucky")},
            {IncidentField::NotForeseen, "not_foreseen",
                QT_TRANSLATE_NOOP("Inflection::IncidentField", "not foreseen")},
        });
    return table;
}

QList<SeverityLevel> defaultSeverityLevels()
{
    return {
        {u"sev1"_s, QCoreApplication::translate("Inflection::Severity", "SEV 1"),
            QCoreApplication::translate("Inflection::Severity",
                "The site or a core flow (search, checkout) is down or unusable for most people")},
        {u"sev2"_s, QCoreApplication::translate("Inflection::Severity", "SEV 2"),
            QCoreApplication::translate(
                "Inflection::Severity", "A core flow is degraded, or a feature is down for many people")},
        {u"sev3"_s, QCoreApplication::translate("Inflection::Severity", "SEV 3"),
            QCoreApplication::translate(
                "Inflection::Severity", "A feature is degraded for some people; a workaround exists")},
        {u"sev4"_s, QCoreApplication::translate("Inflection::Severity", "SEV 4"),
            QCoreApplication::translate(
                "Inflection::Severity", "No visible impact; a near miss worth learning from")},
    };
}

QVariant IncidentFacts::field(IncidentField f) const
{
    switch (f) {
    case IncidentField::StartedAt:
        return startedAt;
    case IncidentField::DetectedAt:
        return detectedAt;
    case IncidentField::ResolvedAt:
        return resolvedAt;
    case IncidentField::StatusPageAt:
        return statusPageAt;
    case IncidentField::Severity:
        return severity;
    case IncidentField::Summary:
        return summary;
    case IncidentField::Impact:
        return impact;
    case IncidentField::OrderAgreed:
        return orderAgreed;
    case IncidentField::MitigatedAt:
        return mitigatedAt;
    case IncidentField::WentWell:
        return wentWell;
    case IncidentField::Lucky:
        return lucky;
    case IncidentField::NotForeseen:
        return notForeseen;
    }
    return {};
}

bool IncidentFacts::setField(IncidentField f, const QVariant &value)
{
    const auto time = [&value] {
        return utcOrInvalid(value);
    };
    switch (f) {
    case IncidentField::StartedAt:
        startedAt = time();
        return true;
    case IncidentField::DetectedAt:
        detectedAt = time();
        return true;
    case IncidentField::ResolvedAt:
        resolvedAt = time();
        return true;
    case IncidentField::StatusPageAt:
        statusPageAt = time();
        return true;
    case IncidentField::Severity:
        severity = value.toString();
        return true;
    case IncidentField::Summary:
        summary = value.toString();
        return true;
    case IncidentField::Impact:
        impact = value.toString();
        return true;
    case IncidentField::OrderAgreed:
        orderAgreed = value.toBool();
        return true;
    case IncidentField::MitigatedAt:
        mitigatedAt = time();
        return true;
    case IncidentField::WentWell:
        wentWell = value.toString();
        return true;
    case IncidentField::Lucky:
        lucky = value.toString();
        return true;
    case IncidentField::NotForeseen:
        notForeseen = value.toBool();
        return true;
    }
    return false;
}

bool IncidentFacts::operator==(const IncidentFacts &o) const
{
    return sameReviewPart(o) && startedAt == o.startedAt && detectedAt == o.detectedAt
        && resolvedAt == o.resolvedAt && statusPageAt == o.statusPageAt && severity == o.severity
        && summary == o.summary && impact == o.impact && orderAgreed == o.orderAgreed
        && mitigatedAt == o.mitigatedAt && wentWell == o.wentWell && lucky == o.lucky
        && notForeseen == o.notForeseen;
}

IncidentDurations IncidentDurations::of(const IncidentFacts &f)
{
    IncidentDurations d;
    auto span = [](const QDateTime &from, const QDateTime &to) -> std::optional<qint64> {
        if (!from.isValid() || !to.isValid())
            return std::nullopt;
        return from.secsTo(to);
    };
    d.impactSeconds = span(f.startedAt, f.resolvedAt);
    d.undetectedSeconds = span(f.startedAt, f.detectedAt);
    d.mitigateSeconds = span(f.detectedAt, f.mitigatedAt);
    d.resolveSeconds = span(f.detectedAt, f.resolvedAt);
    if (d.undetectedSeconds && *d.undetectedSeconds < 0)
        d.problems << QCoreApplication::translate(
            "Inflection::IncidentDurations", "Detected before it started.");
    if (d.mitigateSeconds && *d.mitigateSeconds < 0)
        d.problems << QCoreApplication::translate(
            "Inflection::IncidentDurations", "Mitigated before it was detected.");
    if (f.mitigatedAt.isValid() && f.resolvedAt.isValid() && f.resolvedAt < f.mitigatedAt)
        d.problems << QCoreApplication::translate(
            "Inflection::IncidentDurations", "Resolved before it was mitigated.");
    if (d.resolveSeconds && *d.resolveSeconds < 0)
        d.problems << QCoreApplication::translate(
            "Inflection::IncidentDurations", "Resolved before it was detected.");
    else if (d.impactSeconds && *d.impactSeconds < 0)
        d.problems << QCoreApplication::translate(
            "Inflection::IncidentDurations", "Resolved before it started.");
    return d;
}

QString formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString text;
    if (days > 0)
        text = QCoreApplication::translate("Inflection::Duration", "%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        text = QCoreApplication::translate("Inflection::Duration", "%1 h %2 min")
                   .arg(hours)
                   .arg(minutes, 2, 10, QLatin1Char('0'));
    else if (minutes > 0)
        text = QCoreApplication::translate("Inflection::Duration", "%1 min").arg(minutes);
    else
        text = QCoreApplication::translate("Inflection::Duration", "%1 s").arg(s);
    return negative ? u"−"_s + text : text;
}

} // namespace Inflection
