// Attendee table model.
#include "attendeemodel.h"

#include "conflictvalue.h"

#include "domain/fractionalkey.h"
#include "presencecommand.h"
#include "setfieldcommand.h"
#include "store/attendeerepository.h"

#include <QSet>
#include <QUndoStack>

namespace Inflection {

using Presence = PresenceCommand<AttendeeModel>;

QString AttendeeModel::addText()
{
    return tr("Add attendee");
}

QString AttendeeModel::removeText()
{
    return tr("Remove attendee");
}

AttendeeModel::AttendeeModel(AttendeeRepository *repository, qint64 reviewId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_reviewId(reviewId)
{ }

bool AttendeeModel::reload(QString *error)
{
    QString loadError;
    const QList<Attendee> fresh = m_repository->forReview(m_reviewId, &loadError);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    if (fresh == m_attendees)
        return true;
    // Short lists: a reset is simplest, but it keeps nothing of a selection; only reset when the
    // set of people changed, otherwise update rows in place.
    QStringList before;
    QStringList after;
    for (const Attendee &a : std::as_const(m_attendees))
        before += a.uuid;
    for (const Attendee &a : fresh)
        after += a.uuid;
    if (before != after) {
        beginResetModel();
        m_attendees = fresh;
        endResetModel();
        return true;
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (fresh.at(row) != m_attendees.at(row)) {
            m_attendees[row] = fresh.at(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    return true;
}

int AttendeeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attendees.size());
}

int AttendeeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendeeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attendee &a = m_attendees.at(index.row());
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

QVariant AttendeeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case PresentColumn:
        return tr("Present");
    default:
        return {};
    }
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
    AttendeeField field = AttendeeField::Name;
    QVariant newValue = value;
    if (index.column() == PresentColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        field = AttendeeField::Present;
        newValue = value.toInt() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        field = index.column() == NameColumn ? AttendeeField::Name : AttendeeField::Role;
    }
    const Attendee &a = m_attendees.at(index.row());
    Attendee probe = a;
    if (a.field(field) == newValue || !probe.setField(field, newValue))
        return false;
    const QString uuid = a.uuid;
    push(new SetFieldCommand<AttendeeModel>(this, uuid, field, newValue));
    const Attendee *after = recordByUuid(uuid);
    return after && after->field(field) == newValue;
}

void AttendeeModel::push(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

QString AttendeeModel::addAttendee(const QString &name, const QString &role)
{
    Attendee attendee;
    attendee.reviewId = m_reviewId;
    attendee.name = name;
    if (!attendee.setField(AttendeeField::Role, role))
        return {};
    attendee.position
        = FractionalKey::between(m_attendees.isEmpty() ? QString() : m_attendees.last().position, {});
    auto *command = new Presence(this, Presence::Kind::Add, attendee);
    const qsizetype countBefore = m_attendees.size();
    if (m_undoStack) {
        m_undoStack->push(command);
        return m_attendees.size() > countBefore ? command->uuid() : QString();
    }
    command->redo();
    const QString uuid = command->uuid();
    delete command;
    return m_attendees.size() > countBefore ? uuid : QString();
}

bool AttendeeModel::removeAttendees(const QStringList &uuids)
{
    QList<Attendee> targets;
    for (const QString &uuid : uuids) {
        if (const Attendee *a = recordByUuid(uuid))
            targets.append(*a);
    }
    if (targets.isEmpty())
        return false;
    const qsizetype countBefore = m_attendees.size();
    if (targets.size() == 1) {
        push(new Presence(this, Presence::Kind::Remove, targets.first()));
    } else {
        auto *macro = new QUndoCommand(tr("Remove %n attendees", nullptr, int(targets.size())));
        for (const Attendee &a : std::as_const(targets))
            new Presence(this, Presence::Kind::Remove, a, macro);
        push(macro);
    }
    return m_attendees.size() < countBefore;
}

int AttendeeModel::rowOfUuid(const QString &uuid) const
{
    for (int row = 0; row < m_attendees.size(); ++row) {
        if (m_attendees.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

const Attendee *AttendeeModel::recordByUuid(const QString &uuid) const
{
    const int row = rowOfUuid(uuid);
    return row < 0 ? nullptr : &m_attendees.at(row);
}

SaveResult<Attendee> AttendeeModel::saveField(
    const Attendee &base, AttendeeField field, const QVariant &value)
{
    return m_repository->updateField(base, field, value);
}

void AttendeeModel::replaceRecordWithoutUndo(const Attendee &attendee)
{
    const int row = rowOfUuid(attendee.uuid);
    if (row < 0 || m_attendees.at(row) == attendee)
        return;
    m_attendees[row] = attendee;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString AttendeeModel::conflictMessage(
    const Attendee &theirs, AttendeeField field, const QVariant &mine) const
{
    return tr("%1 changed the %2 of attendee “%3” before you. Theirs: “%4”. Yours, not saved: “%5”.")
        .arg(theirs.updatedBy, attendeeFieldDisplayName(field), theirs.name,
            conflictValueText(theirs.field(field)), conflictValueText(mine));
}

bool AttendeeModel::storeInsert(Attendee *attendee)
{
    QString error;
    const auto stored = m_repository->insert(*attendee, &error);
    if (!stored) {
        reportError(error);
        return false;
    }
    *attendee = *stored;
    // In position order (an undone removal comes back where it was).
    int row = 0;
    while (row < m_attendees.size() && m_attendees.at(row).position <= stored->position)
        ++row;
    beginInsertRows(QModelIndex(), row, row);
    m_attendees.insert(row, *stored);
    endInsertRows();
    return true;
}

bool AttendeeModel::storeRemove(const QString &uuid, Attendee *removed)
{
    const Attendee *current = recordByUuid(uuid);
    if (!current)
        return false;
    const auto result = m_repository->remove(*current);
    if (result.status() == SaveResult<Attendee>::Status::Conflict) {
        replaceRecordWithoutUndo(result.record());
        reportConflict(tr("%1 changed attendee “%2” while you were removing them, so they were kept.")
                           .arg(result.record().updatedBy, result.record().name));
        return false;
    }
    if (!result.isSaved()) {
        reportError(result.errorMessage());
        return false;
    }
    *removed = result.record();
    const int row = rowOfUuid(uuid);
    beginRemoveRows(QModelIndex(), row, row);
    m_attendees.removeAt(row);
    endRemoveRows();
    return true;
}

} // namespace Inflection
