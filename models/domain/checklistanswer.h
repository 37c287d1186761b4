// The stored answer to one checklist question of one review.
#pragma once

#include "checklistquestion.h"
#include "keytable.h"
#include "storedrecord.h"

#include <QString>
#include <QVariant>

namespace Inflection {

enum class ChecklistField {
    Answer,
    Notes,
};

// Keys: the column names.
const KeyTable<ChecklistField> &checklistFields();

// Not stored (id 0) until the question is first answered.
struct ChecklistAnswer : ReviewPart
{
    using Field = ChecklistField;

    QString key;
    ChecklistAnswerValue answer = ChecklistAnswerValue::Open;
    QString notes;

    QVariant field(ChecklistField field) const; // Answer: the storage key ("yes", …)
    bool setField(ChecklistField field, const QVariant &value);
    bool operator==(const ChecklistAnswer &other) const;
    bool operator!=(const ChecklistAnswer &other) const { return !(*this == other); }
};

} // namespace Inflection
