// Field access for checklist answers.
#include "checklistanswer.h"

#include <QCoreApplication>

namespace Inflection {

QString checklistFieldDisplayName(ChecklistField field)
{
    return field == ChecklistField::Answer
        ? QCoreApplication::translate("Inflection::ChecklistField", "answer")
        : QCoreApplication::translate("Inflection::ChecklistField", "notes");
}

QVariant ChecklistAnswer::field(ChecklistField f) const
{
    return f == ChecklistField::Answer ? QVariant(checklistAnswerKey(answer)) : QVariant(notes);
}

bool ChecklistAnswer::setField(ChecklistField f, const QVariant &value)
{
    if (f == ChecklistField::Notes) {
        notes = value.toString();
        return true;
    }
    return checklistAnswerFromKey(value.toString(), &answer);
}

bool ChecklistAnswer::operator==(const ChecklistAnswer &o) const
{
    return id == o.id && uuid == o.uuid && revision == o.revision && updatedAt == o.updatedAt
        && updatedBy == o.updatedBy && reviewId == o.reviewId && key == o.key && answer == o.answer
        && notes == o.notes;
}

} // namespace Inflection
