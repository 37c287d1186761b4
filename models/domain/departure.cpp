// Departure fields and kinds.
#include "departure.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace { } // namespace

QString departureFieldKey(DepartureField field)
{
    switch (field) {
    case DepartureField::Kind:
        return u"kind"_s;
    case DepartureField::Name:
        return u"name"_s;
    case DepartureField::Costs:
        return u"costs"_s;
    case DepartureField::Tradeoffs:
        return u"tradeoffs"_s;
    case DepartureField::Prohibits:
        return u"prohibits"_s;
    }
    return {};
}

QString departureFieldDisplayName(DepartureField field)
{
    switch (field) {
    case DepartureField::Kind:
        return QCoreApplication::translate("Inflection::Departure", "kind");
    case DepartureField::Name:
        return QCoreApplication::translate("Inflection::Departure", "name");
    case DepartureField::Costs:
        return QCoreApplication::translate("Inflection::Departure", "costs");
    case DepartureField::Tradeoffs:
        return QCoreApplication::translate("Inflection::Departure", "trade-offs");
    case DepartureField::Prohibits:
        return QCoreApplication::translate("Inflection::Departure", "what it prohibits later");
    }
    return {};
}

QStringList departureKindKeys()
{
    return {u"language"_s, u"database"_s, u"pattern"_s, u"tool"_s, u"other"_s};
}

QString departureKindDisplayName(const QString &key)
{
    if (key == u"language")
        return QCoreApplication::translate("Inflection::Departure", "Language");
    if (key == u"database")
        return QCoreApplication::translate("Inflection::Departure", "Database system");
    if (key == u"pattern")
        return QCoreApplication::translate("Inflection::Departure", "Pattern");
    if (key == u"tool")
        return QCoreApplication::translate("Inflection::Departure", "Tool");
    if (key == u"other")
        return QCoreApplication::translate("Inflection::Departure", "Other");
    return key;
}

QVariant Departure::field(DepartureField f) const
{
    switch (f) {
    case DepartureField::Kind:
        return kind;
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
        if (!departureKindKeys().contains(text))
            return false;
        kind = text;
        return true;
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
    return id == o.id && uuid == o.uuid && revision == o.revision && reviewId == o.reviewId
        && position == o.position && kind == o.kind && name == o.name && costs == o.costs
        && tradeoffs == o.tradeoffs && prohibits == o.prohibits;
}

} // namespace Inflection
