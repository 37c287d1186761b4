// Undoable addition or deletion of a contingency item: one is the other undone.
#pragma once

#include "domain/contingencyitem.h"

#include <QUndoCommand>

namespace Inflection {

class ContingencyModel;

class ContingencyPresenceCommand : public QUndoCommand
{
public:
    enum class Kind {
        Add,
        Remove,
    };

    // Add: item is what to add (its position set). Remove: item is the stored item to delete.
    ContingencyPresenceCommand(
        ContingencyModel *model, Kind kind, const ContingencyItem &item, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString uuid() const { return m_item.uuid; }

private:
    bool add();
    bool remove();

    ContingencyModel *m_model;
    Kind m_kind;
    ContingencyItem m_item; // keeps its uuid once stored, so redo and undo bring back the same item
};

} // namespace Inflection
