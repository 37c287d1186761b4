// The attendees of a review with their roles; edits, additions and removals are undo commands.
#pragma once

#include "domain/attendee.h"
#include "editconflict.h"
#include "store/saveresult.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoCommand;
class QUndoStack;

namespace Inflection {

class AttendeeRepository;

class AttendeeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PresentColumn, ColumnCount };

    enum Roles {
        UuidRole = Qt::UserRole,
    };

    using Record = Attendee;
    using Field = AttendeeField;
    static constexpr int commandIdBase = 0x4000;
    static QString addText();
    static QString removeText();

    AttendeeModel(AttendeeRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStackFor(const QString &) const { return m_undoStack; }
    bool reload(QString *error = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Appends an attendee as one undo step; returns its uuid.
    QString addAttendee(const QString &name, const QString &role);
    bool removeAttendees(const QStringList &uuids);
    const Attendee &attendeeAt(int row) const { return m_attendees.at(row); }
    int rowOfUuid(const QString &uuid) const;

    // What SetFieldCommand and PresenceCommand need.
    const Attendee *recordByUuid(const QString &uuid) const;
    SaveResult<Attendee> saveField(const Attendee &base, AttendeeField field, const QVariant &value);
    void replaceRecordWithoutUndo(const Attendee &attendee);
    QString conflictMessage(const Attendee &theirs, AttendeeField field, const QVariant &mine) const;
    static QString fieldDisplayName(AttendeeField field) { return attendeeFieldDisplayName(field); }
    bool storeInsert(Attendee *attendee);
    bool storeRemove(const QString &uuid, Attendee *removed);
    void reportConflict(const EditConflict &conflict) { Q_EMIT conflictOccurred(conflict); }
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    void conflictOccurred(const Inflection::EditConflict &conflict);
    void errorOccurred(const QString &message);

private:
    void push(QUndoCommand *command);

    AttendeeRepository *m_repository;
    qint64 m_reviewId;
    QList<Attendee> m_attendees;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Inflection
