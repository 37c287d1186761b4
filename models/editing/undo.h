// Where an edit goes: onto its undo stack, or (without one: a headless tool, a test) made at once.
#pragma once

class QUndoCommand;
class QUndoStack;

namespace Inflection::Undo {

// Pushes command onto stack, which owns it from then on; without a stack, runs it and deletes it.
void push(QUndoStack *stack, QUndoCommand *command);

} // namespace Inflection::Undo
