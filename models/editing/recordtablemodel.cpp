// RecordTableModel: undo stack and reporting.
#include "editing/recordtablemodel.h"

#include "editing/undo.h"

namespace Inflection {

void RecordTableModel::push(QUndoCommand *command)
{
    Undo::push(m_undoStack, command);
}

} // namespace Inflection
