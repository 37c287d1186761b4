// A postmortem's incident facts: the four times, severity, summary and impact, and what follows from them.
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace Inflection {

enum class IncidentField {
    StartedAt,
    DetectedAt,
    ResolvedAt,
    StatusPageAt,
    Severity,
    Summary,
    Impact,
    OrderAgreed, // everyone agrees on the order of the timeline
    MitigatedAt, // the impact stopped (a rollback, a failover), before the cause was fixed
    WentWell, // what went well
    Lucky, // where we got lucky
    NotForeseen, // no contingency item of an operability review foresaw it
};

// Keys: the column names.
const KeyTable<IncidentField> &incidentFields();

struct SeverityLevel
{
    QString key;
    QString name;
    QString description;
};
// The default levels (a workspace can have its own).
QList<SeverityLevel> defaultSeverityLevels();

struct IncidentFacts : ReviewPart
{
    using Field = IncidentField;

    QDateTime startedAt; // all UTC; invalid when not known
    QDateTime detectedAt;
    QDateTime resolvedAt;
    QDateTime statusPageAt;
    QString severity;
    QString summary;
    QString impact;
    bool orderAgreed = false;
    QDateTime mitigatedAt;
    QString wentWell;
    QString lucky;
    bool notForeseen = false;

    QVariant field(IncidentField field) const;
    bool setField(IncidentField field, const QVariant &value);
    bool operator==(const IncidentFacts &other) const;
    bool operator!=(const IncidentFacts &other) const { return !(*this == other); }
};

// Total impact (resolved − started), time undetected (detected − started), time to mitigate
// (mitigated − detected), time to resolve (resolved − detected): each known when both its times are. An
// impossible order of the times is named (flagged, not refused: the facts may be being typed in).
struct IncidentDurations
{
    std::optional<qint64> impactSeconds;
    std::optional<qint64> undetectedSeconds;
    std::optional<qint64> mitigateSeconds;
    std::optional<qint64> resolveSeconds;
    QStringList problems;

    static IncidentDurations of(const IncidentFacts &facts);
};

// "1 h 05 min", "45 min", "2 d 3 h": how long, for people.
QString formatDuration(qint64 seconds);

} // namespace Inflection
