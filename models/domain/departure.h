// A departure from the known ways of operating the system: a new language, database system,
// pattern or tool, with what it costs, its trade-offs and what it prohibits later.
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QString>
#include <QVariant>

namespace Inflection {

enum class DepartureField {
    Kind,
    Name,
    Costs,
    Tradeoffs,
    Prohibits,
};

// Keys: the column names.
const KeyTable<DepartureField> &departureFields();

enum class DepartureKind {
    Language,
    Database,
    Pattern,
    Tool,
    Other,
};

const KeyTable<DepartureKind> &departureKinds();

struct Departure : ReviewPart
{
    using Field = DepartureField;

    QString position;
    DepartureKind kind = DepartureKind::Tool;
    QString name;
    QString costs;
    QString tradeoffs;
    QString prohibits;

    // Kind: its key.
    QVariant field(DepartureField field) const;
    bool setField(DepartureField field, const QVariant &value);
    bool operator==(const Departure &other) const;
    bool operator!=(const Departure &other) const { return !(*this == other); }
};

} // namespace Inflection
