// The attendees of a review with their roles, in the order they were added; additions, removals and
// edits are undo commands.
#pragma once

#include "domain/attendee.h"
#include "editing/orderedrecordmodel.h"
#include "store/attendeerepository.h"

namespace Inflection {

class AttendeeModel : public OrderedRecordModel<AttendeeModel, Attendee, AttendeeRepository>
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PresentColumn, ColumnCount };

    static constexpr int commandIdBase = 0x4000;
    static constexpr RecordNouns nouns = {"attendee", QT_TR_NOOP("Add attendee"),
        QT_TR_NOOP("Remove attendee"), QT_TR_NOOP("Move attendee"), QT_TR_NOOP("attendee “%1”")};
    static constexpr Field labelField = AttendeeField::Name;
    static constexpr const char *columnTitles[ColumnCount]
        = {QT_TR_NOOP("Name"), QT_TR_NOOP("Role"), QT_TR_NOOP("Present")};

    using OrderedRecordModel::OrderedRecordModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Appends an attendee as one undo step; returns its uuid (empty when refused).
    QString addAttendee(const QString &name, const QString &role);
    bool removeAttendees(const QStringList &uuids);
    const Attendee &attendeeAt(int row) const { return recordAt(row); }

    // What SetFieldCommand needs.
    QString shownValue(AttendeeField field, const QVariant &value) const;
    static QString fieldDisplayName(AttendeeField field) { return attendeeFields().displayName(field); }
};

} // namespace Inflection
