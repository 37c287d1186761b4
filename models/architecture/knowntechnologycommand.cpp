// Undo and redo of marking a technology known.
#include "architecture/knowntechnologycommand.h"

#include "store/knowntechnologyrepository.h"

#include <QCoreApplication>

namespace Inflection {

KnownTechnologyCommand::KnownTechnologyCommand(KnownTechnologyRepository *repository, const QString &kind,
    const QString &name, Changed changed, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("Inflection::KnownTechnologyCommand", "Mark “%1” as known").arg(name),
        parent)
    , m_repository(repository)
    , m_kind(kind)
    , m_name(name)
    , m_changed(std::move(changed))
{ }

void KnownTechnologyCommand::redo()
{
    const Result<> added = m_repository->add(m_kind, m_name);
    if (!added)
        setObsolete(true);
    m_changed(added.message());
}

void KnownTechnologyCommand::undo()
{
    const Result<> removed = m_repository->remove(m_name);
    if (!removed)
        setObsolete(true);
    m_changed(removed.message());
}

} // namespace Inflection
