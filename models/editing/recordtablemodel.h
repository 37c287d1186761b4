// Base of the models whose rows are stored records: where their edits are recorded, how they read the
// store again, and how conflicts and refused changes are reported.
#pragma once

#include "domain/result.h"
#include "editing/editconflict.h"

#include <QAbstractTableModel>

class QUndoCommand;
class QUndoStack;

namespace Inflection {

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    enum RecordRoles {
        UuidRole = Qt::UserRole, // the row's record
        FirstOwnRole, // where a model's own roles start
    };

    // Where edits are recorded; without one an edit is applied at once, not undoable.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // For SetFieldCommand: where an edit of that record goes.
    QUndoStack *undoStackFor(const QString &) const { return m_undoStack; }

    // Reads the records from the store again, keeping the rows (and so selections) of those still there.
    virtual Result<> reload() = 0;

    void reportConflict(const EditConflict &conflict) { Q_EMIT conflictOccurred(conflict); }
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    void conflictOccurred(const Inflection::EditConflict &conflict);
    void errorOccurred(const QString &message);

protected:
    // Pushes command on the undo stack, or (without one) runs and deletes it.
    void push(QUndoCommand *command);

private:
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Inflection
