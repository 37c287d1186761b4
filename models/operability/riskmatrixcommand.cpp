// Undo and redo of a risk matrix change.
#include "operability/riskmatrixcommand.h"

#include "store/workspacesettings.h"

#include <QCoreApplication>

namespace Inflection {

RiskMatrixCommand::RiskMatrixCommand(WorkspaceSettings *settings, const RiskMatrix &before,
    const RiskMatrix &after, Changed changed, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("Inflection::RiskMatrixCommand", "Change the risk matrix"), parent)
    , m_settings(settings)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{ }

void RiskMatrixCommand::redo()
{
    store(m_after);
}

void RiskMatrixCommand::undo()
{
    store(m_before);
}

void RiskMatrixCommand::store(const RiskMatrix &matrix)
{
    const Result<> stored = m_settings->setRiskMatrix(matrix);
    if (!stored)
        setObsolete(true);
    m_changed(stored.message());
}

} // namespace Inflection
