// Attendee table model.
#include "review/attendeemodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QVariant AttendeeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attendee &a = recordAt(index.row());
    if (role == UuidRole)
        return a.uuid;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.name;
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return attendeeRoleDisplayName(a.role);
        if (role == Qt::EditRole)
            return a.role;
        break;
    case PresentColumn:
        if (role == Qt::CheckStateRole)
            return a.present ? Qt::Checked : Qt::Unchecked;
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags AttendeeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    return index.column() == PresentColumn ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

bool AttendeeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The columns are the fields, in their order.
    const auto field = static_cast<AttendeeField>(index.column());
    if (field == AttendeeField::Present)
        return role == Qt::CheckStateRole
            && setField(recordAt(index.row()).uuid, field, value.toInt() == Qt::Checked);
    return role == Qt::EditRole && setField(recordAt(index.row()).uuid, field, value);
}

QString AttendeeModel::addAttendee(const QString &name, const QString &role)
{
    Attendee attendee;
    attendee.name = name;
    if (!attendee.setField(AttendeeField::Role, role))
        return {};
    return addRecord(rowCount(), attendee);
}

bool AttendeeModel::removeAttendees(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Remove %n attendees", nullptr, int(uuids.size())));
}

QString AttendeeModel::shownValue(AttendeeField field, const QVariant &value) const
{
    if (field == AttendeeField::Role)
        return attendeeRoleDisplayName(value.toString());
    return conflictValueText(value);
}

} // namespace Inflection
