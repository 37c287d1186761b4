// RecordTableModel: undo stack and reporting.
#include "recordtablemodel.h"

#include <QUndoStack>

namespace Inflection {

void RecordTableModel::push(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

} // namespace Inflection
