// Moves a contingency item by changing its fractional position key.
#include "movecontingencycommand.h"

#include "contingencymodel.h"

#include <QCoreApplication>

namespace Inflection {

MoveContingencyCommand::MoveContingencyCommand(ContingencyModel *model, const QString &uuid,
    const QString &from, const QString &to, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("Inflection::MoveContingencyCommand", "Move contingency"), parent)
    , m_model(model)
    , m_uuid(uuid)
    , m_from(from)
    , m_to(to)
{ }

void MoveContingencyCommand::redo()
{
    if (!m_model->storeMove(m_uuid, m_from, m_to))
        setObsolete(true);
}

void MoveContingencyCommand::undo()
{
    if (!m_model->storeMove(m_uuid, m_to, m_from))
        setObsolete(true);
}

} // namespace Inflection
