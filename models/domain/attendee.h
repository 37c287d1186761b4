// A person at a review meeting, with their role.
#pragma once

#include "reviewkind.h"

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

QString attendeeFieldDisplayName(AttendeeField field);
// Role keys as stored ("product", "community-support", …) and their names.
QStringList attendeeRoleKeys(ReviewKind kind);
QString attendeeRoleDisplayName(const QString &key);

struct Attendee
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
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
