// Timeline event fields and kinds.
#include "timelineevent.h"

#include "timestamp.h"

namespace Inflection {

const KeyTable<TimelineField> &timelineFields()
{
    static const KeyTable<TimelineField> table("Inflection::TimelineField",
        {
            {TimelineField::OccurredAt, "occurred_at",
                QT_TRANSLATE_NOOP("Inflection::TimelineField", "time")},
            {TimelineField::Kind, "kind", QT_TRANSLATE_NOOP("Inflection::TimelineField", "kind")},
            {TimelineField::Actor, "actor", QT_TRANSLATE_NOOP("Inflection::TimelineField", "who")},
            {TimelineField::Text, "text", QT_TRANSLATE_NOOP("Inflection::TimelineField", "what happened")},
            {TimelineField::KnownBy, "known_by", QT_TRANSLATE_NOOP("Inflection::TimelineField", "known by")},
            {TimelineField::Source, "source", QT_TRANSLATE_NOOP("Inflection::TimelineField", "source")},
            {TimelineField::Agreed, "agreed", QT_TRANSLATE_NOOP("Inflection::TimelineField", "agreement")},
            {TimelineField::Reasoning, "reasoning",
                QT_TRANSLATE_NOOP("Inflection::TimelineField", "why it made sense")},
        });
    return table;
}

const KeyTable<TimelineKind> &timelineKinds()
{
    static const KeyTable<TimelineKind> table("Inflection::TimelineKind",
        {
            {TimelineKind::Alert, "alert", QT_TRANSLATE_NOOP("Inflection::TimelineKind", "Alert")},
            {TimelineKind::Discovery, "discovery",
                QT_TRANSLATE_NOOP("Inflection::TimelineKind", "Discovery")},
            {TimelineKind::Action, "action", QT_TRANSLATE_NOOP("Inflection::TimelineKind", "Action")},
            {TimelineKind::Decision, "decision", QT_TRANSLATE_NOOP("Inflection::TimelineKind", "Decision")},
            {TimelineKind::Communication, "communication",
                QT_TRANSLATE_NOOP("Inflection::TimelineKind", "Communication")},
            {TimelineKind::Observation, "observation",
                QT_TRANSLATE_NOOP("Inflection::TimelineKind", "Observation")},
        });
    return table;
}

QColor timelineKindColor(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Alert:
        return QColor(0xd9, 0x53, 0x4f);
    case TimelineKind::Discovery:
        return QColor(0x8e, 0x5c, 0xc2);
    case TimelineKind::Action:
        return QColor(0x2f, 0x6f, 0xb3);
    case TimelineKind::Decision:
        return QColor(0xe0, 0x8a, 0x1e);
    case TimelineKind::Communication:
        return QColor(0x2e, 0x8b, 0x57);
    case TimelineKind::Observation:
        break;
    }
    return QColor(0x70, 0x78, 0x80);
}

QVariant TimelineEvent::field(TimelineField f) const
{
    switch (f) {
    case TimelineField::OccurredAt:
        return occurredAt;
    case TimelineField::Kind:
        return timelineKinds().key(kind);
    case TimelineField::Actor:
        return actor;
    case TimelineField::Text:
        return text;
    case TimelineField::KnownBy:
        return knownBy;
    case TimelineField::Source:
        return source;
    case TimelineField::Agreed:
        return agreed;
    case TimelineField::Reasoning:
        return reasoning;
    }
    return {};
}

bool TimelineEvent::setField(TimelineField f, const QVariant &value)
{
    switch (f) {
    case TimelineField::OccurredAt:
        occurredAt = utcOrInvalid(value);
        return true;
    case TimelineField::Kind:
        if (const auto k = timelineKinds().fromKey(value.toString())) {
            kind = *k;
            return true;
        }
        return false;
    case TimelineField::Actor:
        actor = value.toString();
        return true;
    case TimelineField::Text:
        text = value.toString();
        return true;
    case TimelineField::KnownBy:
        knownBy = value.toString();
        return true;
    case TimelineField::Source:
        source = value.toString();
        return true;
    case TimelineField::Agreed:
        agreed = value.toBool();
        return true;
    case TimelineField::Reasoning:
        reasoning = value.toString();
        return true;
    }
    return false;
}

bool TimelineEvent::operator==(const TimelineEvent &o) const
{
    return sameReviewPart(o) && position == o.position && occurredAt == o.occurredAt && kind == o.kind
        && actor == o.actor && text == o.text && knownBy == o.knownBy && source == o.source
        && agreed == o.agreed && reasoning == o.reasoning;
}

} // namespace Inflection
