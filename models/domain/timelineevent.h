// One event of a postmortem's timeline: what happened, who did it, who knew it at the time.
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QColor>
#include <QDateTime>
#include <QString>
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

// Keys: the column names.
const KeyTable<TimelineField> &timelineFields();

enum class TimelineKind {
    Alert,
    Discovery,
    Action,
    Decision,
    Communication,
    Observation,
};

const KeyTable<TimelineKind> &timelineKinds();
QColor timelineKindColor(TimelineKind kind);

struct TimelineEvent : ReviewPart
{
    using Field = TimelineField;

    QString position; // the manual order, a fractional key
    QDateTime occurredAt; // UTC; invalid when the time is not known
    TimelineKind kind = TimelineKind::Observation;
    QString actor;
    QString text;
    QString knownBy; // who knew this at the time
    QString source;
    bool agreed = false;
    QString reasoning; // for a decision: why it made sense at the time

    // Kind: its key.
    QVariant field(TimelineField field) const;
    bool setField(TimelineField field, const QVariant &value);
    bool operator==(const TimelineEvent &other) const;
    bool operator!=(const TimelineEvent &other) const { return !(*this == other); }
};

} // namespace Inflection
