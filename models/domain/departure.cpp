// Departure fields and kinds.
#include "departure.h"

namespace Inflection {

const KeyTable<DepartureField> &departureFields()
{
    static const KeyTable<DepartureField> table("Inflection::Departure",
        {
            {DepartureField::Kind, "kind", QT_TRANSLATE_NOOP("Inflection::Departure", "kind")},
            {DepartureField::Name, "name", QT_TRANSLATE_NOOP("Inflection::Departure", "name")},
            {DepartureField::Costs, "costs", QT_TRANSLATE_NOOP("Inflection::Departure", "costs")},
            {DepartureField::Tradeoffs, "tradeoffs",
                QT_TRANSLATE_NOOP("Inflection::Departure", "trade-offs")},
            {DepartureField::Prohibits, "prohibits",
                QT_TRANSLATE_NOOP("Inflection::Departure", "what it prohibits later")},
        });
    return table;
}

const KeyTable<DepartureKind> &departureKinds()
{
    static const KeyTable<DepartureKind> table("Inflection::Departure",
        {
            {DepartureKind::Language, "language", QT_TRANSLATE_NOOP("Inflection::Departure", "Language")},
            {DepartureKind::Database, "database",
                QT_TRANSLATE_NOOP("Inflection::Departure", "Database system")},
            {DepartureKind::Pattern, "pattern", QT_TRANSLATE_NOOP("Inflection::Departure", "Pattern")},
            {DepartureKind::Tool, "tool", QT_TRANSLATE_NOOP("Inflection::Departure", "Tool")},
            {DepartureKind::Other, "other", QT_TRANSLATE_NOOP("Inflection::Departure", "Other")},
        });
    return table;
}

QVariant Departure::field(DepartureField f) const
{
    switch (f) {
    case DepartureField::Kind:
        return departureKinds().key(kind);
    case DepartureField::Name:
        return name;
    case DepartureField::Costs:
        return costs;
    case DepartureField::Tradeoffs:
        return tradeoffs;
    case DepartureField::Prohibits:
        return prohibits;
    }
    return {};
}

bool Departure::setField(DepartureField f, const QVariant &value)
{
    const QString text = value.toString();
    switch (f) {
    case DepartureField::Kind:
        if (const auto k = departureKinds().fromKey(text)) {
            kind = *k;
            return true;
        }
        return false;
    case DepartureField::Name:
        name = text;
        return true;
    case DepartureField::Costs:
        costs = text;
        return true;
    case DepartureField::Tradeoffs:
        tradeoffs = text;
        return true;
    case DepartureField::Prohibits:
        prohibits = text;
        return true;
    }
    return false;
}

bool Departure::operator==(const Departure &o) const
{
    return sameReviewPart(o) && position == o.position && kind == o.kind && name == o.name && costs == o.costs
        && tradeoffs == o.tradeoffs && prohibits == o.prohibits;
}

} // namespace Inflection
