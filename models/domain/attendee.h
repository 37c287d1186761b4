// A person at a review meeting, with their role.
#pragma once

#include "keytable.h"
#include "reviewkind.h"
#include "storedrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace Inflection {

enum class AttendeeField {
    Name,
    Role,
    Present,
};

// Keys: the column names.
const KeyTable<AttendeeField> &attendeeFields();
// Role keys as stored ("product", "community-support", …) and their names.
QStringList attendeeRoleKeys(ReviewKind kind);
QString attendeeRoleDisplayName(const QString &key);

struct Attendee : ReviewPart
{
    using Field = AttendeeField;

    QString name;
    QString role = QStringLiteral("other");
    bool present = false;
    QString position;

    QVariant field(AttendeeField field) const;
    bool setField(AttendeeField field, const QVariant &value);
    bool operator==(const Attendee &other) const;
    bool operator!=(const Attendee &other) const { return !(*this == other); }
};

} // namespace Inflection
