// One row of an operability review's contingency checklist.
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QString>
#include <QVariant>

namespace Inflection {

enum class ContingencyField {
    Issue,
    Likelihood,
    Impact,
    Comments,
    Engineering,
    OnsiteMessaging,
    PrNeeded,
};

// Keys: the column names.
const KeyTable<ContingencyField> &contingencyFields();
// Likelihood: rare … almost certain; impact: negligible … severe (1 to 5).
QString likelihoodLabel(int level);
QString impactLabel(int level);

struct ContingencyItem : ReviewPart
{
    using Field = ContingencyField;

    QString issue;
    int likelihood = 3;
    int impact = 3;
    QString comments;
    QString engineering;
    QString onsiteMessaging;
    bool prNeeded = false;
    QString position; // a fractional key: the manual order

    int score() const { return likelihood * impact; }
    QVariant field(ContingencyField field) const;
    // Returns false when the value does not fit (a likelihood of 7, say).
    bool setField(ContingencyField field, const QVariant &value);
    bool operator==(const ContingencyItem &other) const;
    bool operator!=(const ContingencyItem &other) const { return !(*this == other); }
};

} // namespace Inflection
