// A change of the workspace's risk matrix (which risk level a likelihood × impact cell has), as an undo
// step: redo stores the new matrix, undo the one before.
#pragma once

#include "domain/riskmatrix.h"

#include <QUndoCommand>
#include <functional>

namespace Inflection {

class WorkspaceSettings;

class RiskMatrixCommand : public QUndoCommand
{
public:
    // changed(error) after each redo and undo: error is empty when it was stored.
    using Changed = std::function<void(const QString &error)>;
    RiskMatrixCommand(WorkspaceSettings *settings, const RiskMatrix &before, const RiskMatrix &after,
        Changed changed, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void store(const RiskMatrix &matrix);

    WorkspaceSettings *m_settings;
    RiskMatrix m_before;
    RiskMatrix m_after;
    Changed m_changed;
};

} // namespace Inflection
