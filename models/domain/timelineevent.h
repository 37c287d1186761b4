// One event of a postmortem's timeline: what happened, who did it, who knew it at the time.
#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Inflection {

enum class TimelineField {
    OccurredAt,
    Kind,
    Actor,
    Text,
    KnownBy,
    Source,
    Agreed,
    Reasoning,
};

QString timelineFieldKey(TimelineField field); // the column name
QString timelineFieldDisplayName(TimelineField field);
// "alert", "discovery", "action", "decision", "communication", "observation"
QStringList timelineKindKeys();
QString timelineKindDisplayName(const QString &key);
QColor timelineKindColor(const QString &key);

struct TimelineEvent
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QString position; // the manual order, a fractional key
    QDateTime occurredAt; // UTC; invalid when the time is not known
    QString kind = QStringLiteral("observation");
    QString actor;
    QString text;
    QString knownBy; // who knew this at the time
    QString source;
    bool agreed = false;
    QString reasoning; // for a decision: why it made sense at the time

    QVariant field(TimelineField field) const;
    bool setField(TimelineField field, const QVariant &value);
    bool operator==(const TimelineEvent &other) const;
    bool operator!=(const TimelineEvent &other) const { return !(*this == other); }
};

} // namespace Inflection
