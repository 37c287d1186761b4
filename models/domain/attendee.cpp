// Attendee roles and field access.
#include "attendee.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
struct Role
{
    const char *key;
    const char *name;
};
const Role roles[] = {
    {"presenter", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Presenter")},
    {"stakeholder", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Stakeholder")},
    {"working-group", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Working group")},
    {"product", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Product")},
    {"development", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Development")},
    {"operations", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Operations")},
    {"community-support", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Community/Support")},
    {"qa", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "QA")},
    {"facilitator", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Facilitator")},
    {"other", QT_TRANSLATE_NOOP("Inflection::AttendeeRole", "Other")},
};
} // namespace

const KeyTable<AttendeeField> &attendeeFields()
{
    static const KeyTable<AttendeeField> table("Inflection::AttendeeField",
        {
            {AttendeeField::Name, "name", QT_TRANSLATE_NOOP("Inflection::AttendeeField", "name")},
            {AttendeeField::Role, "role", QT_TRANSLATE_NOOP("Inflection::AttendeeField", "role")},
            {AttendeeField::Present, "present", QT_TRANSLATE_NOOP("Inflection::AttendeeField", "attendance")},
        });
    return table;
}

QStringList attendeeRoleKeys(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Architecture:
        return {u"presenter"_s, u"stakeholder"_s, u"working-group"_s, u"other"_s};
    case ReviewKind::Operability:
        // The talk: representatives from Product, Development, Operations, Community/Support and QA.
        return {u"product"_s, u"development"_s, u"operations"_s, u"community-support"_s, u"qa"_s, u"other"_s};
    case ReviewKind::Postmortem:
        return {u"facilitator"_s, u"development"_s, u"operations"_s, u"community-support"_s, u"product"_s,
            u"other"_s};
    }
    return {u"other"_s};
}

QString attendeeRoleDisplayName(const QString &key)
{
    for (const Role &role : roles) {
        if (key == QLatin1String(role.key))
            return QCoreApplication::translate("Inflection::AttendeeRole", role.name);
    }
    return key;
}

QVariant Attendee::field(AttendeeField f) const
{
    switch (f) {
    case AttendeeField::Name:
        return name;
    case AttendeeField::Role:
        return role;
    case AttendeeField::Present:
        return present;
    }
    return {};
}

bool Attendee::setField(AttendeeField f, const QVariant &value)
{
    switch (f) {
    case AttendeeField::Name:
        name = value.toString();
        return true;
    case AttendeeField::Role:
        for (const Role &r : roles) {
            if (value.toString() == QLatin1String(r.key)) {
                role = value.toString();
                return true;
            }
        }
        return false;
    case AttendeeField::Present:
        present = value.toBool();
        return true;
    }
    return false;
}

bool Attendee::operator==(const Attendee &o) const
{
    return sameReviewPart(o) && name == o.name && role == o.role && present == o.present
        && position == o.position;
}

} // namespace Inflection
