// Field access for a review record by ReviewField.
#include "review.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString reviewFieldKey(ReviewField field)
{
    switch (field) {
    case ReviewField::Title:
        return u"title"_s;
    case ReviewField::Status:
        return u"status"_s;
    case ReviewField::System:
        return u"system"_s;
    case ReviewField::Tags:
        return u"tags"_s;
    case ReviewField::Owner:
        return u"owner"_s;
    case ReviewField::MeetingAt:
        return u"meeting_at"_s;
    case ReviewField::SupersededBy:
        return u"superseded_by"_s;
    }
    return {};
}

QString reviewFieldDisplayName(ReviewField field)
{
    switch (field) {
    case ReviewField::Title:
        return QCoreApplication::translate("Inflection::ReviewField", "title");
    case ReviewField::Status:
        return QCoreApplication::translate("Inflection::ReviewField", "status");
    case ReviewField::System:
        return QCoreApplication::translate("Inflection::ReviewField", "system");
    case ReviewField::Tags:
        return QCoreApplication::translate("Inflection::ReviewField", "tags");
    case ReviewField::Owner:
        return QCoreApplication::translate("Inflection::ReviewField", "owner");
    case ReviewField::MeetingAt:
        return QCoreApplication::translate("Inflection::ReviewField", "meeting time");
    case ReviewField::SupersededBy:
        return QCoreApplication::translate("Inflection::ReviewField", "superseding review");
    }
    return {};
}

QVariant Review::field(ReviewField f) const
{
    switch (f) {
    case ReviewField::Title:
        return title;
    case ReviewField::Status:
        return reviewStatusKey(status);
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
        const auto parsed = reviewStatusFromKey(value.toString());
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
