// Timeline event fields and kinds.
#include "timelineevent.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString timelineFieldKey(TimelineField field)
{
    switch (field) {
    case TimelineField::OccurredAt:
        return u"occurred_at"_s;
    case TimelineField::Kind:
        return u"kind"_s;
    case TimelineField::Actor:
        return u"actor"_s;
    case TimelineField::Text:
        return u"text"_s;
    case TimelineField::KnownBy:
        return u"known_by"_s;
    case TimelineField::Source:
        return u"source"_s;
    case TimelineField::Agreed:
        return u"agreed"_s;
    case TimelineField::Reasoning:
        return u"reasoning"_s;
    }
    return {};
}

QString timelineFieldDisplayName(TimelineField field)
{
    switch (field) {
    case TimelineField::OccurredAt:
        return QCoreApplication::translate("Inflection::TimelineField", "time");
    case TimelineField::Kind:
        return QCoreApplication::translate("Inflection::TimelineField", "kind");
    case TimelineField::Actor:
        return QCoreApplication::translate("Inflection::TimelineField", "who");
    case TimelineField::Text:
        return QCoreApplication::translate("Inflection::TimelineField", "what happened");
    case TimelineField::KnownBy:
        return QCoreApplication::translate("Inflection::TimelineField", "known by");
    case TimelineField::Source:
        return QCoreApplication::translate("Inflection::TimelineField", "source");
    case TimelineField::Agreed:
        return QCoreApplication::translate("Inflection::TimelineField", "agreement");
    case TimelineField::Reasoning:
        return QCoreApplication::translate("Inflection::TimelineField", "why it made sense");
    }
    return {};
}

QStringList timelineKindKeys()
{
    return {u"alert"_s, u"discovery"_s, u"action"_s, u"decision"_s, u"communication"_s, u"observation"_s};
}

QString timelineKindDisplayName(const QString &key)
{
    if (key == u"alert"_s)
        return QCoreApplication::translate("Inflection::TimelineKind", "Alert");
    if (key == u"discovery"_s)
        return QCoreApplication::translate("Inflection::TimelineKind", "Discovery");
    if (key == u"action"_s)
        return QCoreApplication::translate("Inflection::TimelineKind", "Action");
    if (key == u"decision"_s)
        return QCoreApplication::translate("Inflection::TimelineKind", "Decision");
    if (key == u"communication"_s)
        return QCoreApplication::translate("Inflection::TimelineKind", "Communication");
    if (key == u"observation"_s)
        return QCoreApplication::translate("Inflection::TimelineKind", "Observation");
    return key;
}

QColor timelineKindColor(const QString &key)
{
    if (key == u"alert"_s)
        return QColor(0xd9, 0x53, 0x4f);
    if (key == u"discovery"_s)
        return QColor(0x8e, 0x5c, 0xc2);
    if (key == u"action"_s)
        return QColor(0x2f, 0x6f, 0xb3);
    if (key == u"decision"_s)
        return QColor(0xe0, 0x8a, 0x1e);
    if (key == u"communication"_s)
        return QColor(0x2e, 0x8b, 0x57);
    return QColor(0x70, 0x78, 0x80);
}

QVariant TimelineEvent::field(TimelineField f) const
{
    switch (f) {
    case TimelineField::OccurredAt:
        return occurredAt;
    case TimelineField::Kind:
        return kind;
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
        occurredAt = value.toDateTime().isValid() ? value.toDateTime().toUTC() : QDateTime();
        return true;
    case TimelineField::Kind:
        if (!timelineKindKeys().contains(value.toString()))
            return false;
        kind = value.toString();
        return true;
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
    return id == o.id && uuid == o.uuid && revision == o.revision && updatedAt == o.updatedAt
        && updatedBy == o.updatedBy && reviewId == o.reviewId && position == o.position
        && occurredAt == o.occurredAt && kind == o.kind && actor == o.actor && text == o.text
        && knownBy == o.knownBy && source == o.source && agreed == o.agreed && reasoning == o.reasoning;
}

} // namespace Inflection
