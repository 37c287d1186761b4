// Field access for a review record by ReviewField.
#include "review.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<ReviewField> &reviewFields()
{
    static const KeyTable<ReviewField> table("Inflection::ReviewField",
        {
            {ReviewField::Title, "title", QT_TRANSLATE_NOOP("Inflection::ReviewField", "title")},
            {ReviewField::Status, "status", QT_TRANSLATE_NOOP("Inflection::ReviewField", "status")},
            {ReviewField::System, "system", QT_TRANSLATE_NOOP("Inflection::ReviewField", "system")},
            {ReviewField::Tags, "tags", QT_TRANSLATE_NOOP("Inflection::ReviewField", "tags")},
            {ReviewField::Owner, "owner", QT_TRANSLATE_NOOP("Inflection::ReviewField", "owner")},
            {ReviewField::MeetingAt, "meeting_at",
                QT_TRANSLATE_NOOP("Inflection::ReviewField", "meeting time")},
            {ReviewField::SupersededBy, "superseded_by",
                QT_TRANSLATE_NOOP("Inflection::ReviewField", "superseding review")},
        });
    return table;
}

QVariant Review::field(ReviewField f) const
{
    switch (f) {
    case ReviewField::Title:
        return title;
    case ReviewField::Status:
        return reviewStatuses().key(status);
    case ReviewField::System:
        return system;
    case ReviewField::Tags:
        return tags;
    case ReviewField::Owner:
        return owner;
    case ReviewField::MeetingAt:
        return meetingAt;
    case ReviewField::SupersededBy:
        return supersededBy;
    }
    return {};
}

bool Review::setField(ReviewField f, const QVariant &value)
{
    switch (f) {
    case ReviewField::Title:
        title = value.toString();
        return true;
    case ReviewField::Status: {
        const auto parsed = reviewStatuses().fromKey(value.toString());
        if (!parsed)
            return false;
        status = *parsed;
        return true;
    }
    case ReviewField::System:
        system = value.toString();
        return true;
    case ReviewField::Tags:
        tags = value.toString();
        return true;
    case ReviewField::Owner:
        owner = value.toString();
        return true;
    case ReviewField::MeetingAt:
        meetingAt = value.toDateTime();
        return true;
    case ReviewField::SupersededBy:
        supersededBy = value.toString();
        return true;
    }
    return false;
}

bool Review::operator==(const Review &o) const
{
    return id == o.id && uuid == o.uuid && revision == o.revision && createdAt == o.createdAt
        && updatedAt == o.updatedAt && updatedBy == o.updatedBy && kind == o.kind && title == o.title
        && status == o.status && system == o.system && tags == o.tags && owner == o.owner
        && meetingAt == o.meetingAt && supersededBy == o.supersededBy && lastChangeAt == o.lastChangeAt
        && lastChangeBy == o.lastChangeBy && lastChangeWhat == o.lastChangeWhat
        && lastChangeField == o.lastChangeField;
}

} // namespace Inflection
