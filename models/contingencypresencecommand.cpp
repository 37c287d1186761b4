// Add and remove contingency items through the store, then the model.
#include "contingencypresencecommand.h"

#include "contingencymodel.h"

#include <QCoreApplication>

namespace Inflection {

ContingencyPresenceCommand::ContingencyPresenceCommand(
    ContingencyModel *model, Kind kind, const ContingencyItem &item, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_kind(kind)
    , m_item(item)
{
    setText(kind == Kind::Add
            ? QCoreApplication::translate("Inflection::ContingencyPresenceCommand", "Add contingency")
            : QCoreApplication::translate("Inflection::ContingencyPresenceCommand", "Delete contingency"));
}

void ContingencyPresenceCommand::redo()
{
    if (!(m_kind == Kind::Add ? add() : remove()))
        setObsolete(true);
}

void ContingencyPresenceCommand::undo()
{
    if (!(m_kind == Kind::Add ? remove() : add()))
        setObsolete(true);
}

bool ContingencyPresenceCommand::add()
{
    return m_model->storeInsert(&m_item);
}

bool ContingencyPresenceCommand::remove()
{
    return m_model->storeRemove(m_item.uuid, &m_item);
}

} // namespace Inflection
