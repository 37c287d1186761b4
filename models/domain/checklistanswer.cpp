// Field access for checklist answers.
#include "checklistanswer.h"

namespace Inflection {

const KeyTable<ChecklistField> &checklistFields()
{
    static const KeyTable<ChecklistField> table("Inflection::ChecklistField",
        {
            {ChecklistField::Answer, "answer", QT_TRANSLATE_NOOP("Inflection::ChecklistField", "answer")},
            {ChecklistField::Notes, "notes", QT_TRANSLATE_NOOP("Inflection::ChecklistField", "notes")},
        });
    return table;
}

QVariant ChecklistAnswer::field(ChecklistField f) const
{
    return f == ChecklistField::Answer ? QVariant(checklistAnswers().key(answer)) : QVariant(notes);
}

bool ChecklistAnswer::setField(ChecklistField f, const QVariant &value)
{
    if (f == ChecklistField::Notes) {
        notes = value.toString();
        return true;
    }
    const auto value_ = checklistAnswers().fromKey(value.toString());
    if (!value_)
        return false;
    answer = *value_;
    return true;
}

bool ChecklistAnswer::operator==(const ChecklistAnswer &o) const
{
    return sameReviewPart(o) && key == o.key && answer == o.answer && notes == o.notes;
}

} // namespace Inflection
