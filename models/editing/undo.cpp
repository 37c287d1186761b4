// Pushing an edit, with or without an undo stack.
#include "editing/undo.h"

#include <QUndoStack>

namespace Inflection::Undo {

void push(QUndoStack *stack, QUndoCommand *command)
{
    if (stack) {
        stack->push(command);
        return;
    }
    command->redo();
    delete command;
}

} // namespace Inflection::Undo
