// Undo and redo of a dismissal.
#include "dismissfindingcommand.h"

#include "store/lintdismissalrepository.h"

#include <QCoreApplication>

namespace Inflection {

DismissFindingCommand::DismissFindingCommand(LintDismissalRepository *repository,
    const LintDismissal &dismissal, Changed changed, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Inflection::DismissFindingCommand", "Dismiss “%1”")
                       .arg(dismissal.phrase),
        parent)
    , m_repository(repository)
    , m_dismissal(dismissal)
    , m_changed(std::move(changed))
{ }

void DismissFindingCommand::redo()
{
    LintDismissal wanted = m_dismissal;
    wanted.id = 0;
    wanted.revision = 0;
    const auto result = m_repository->dismiss(wanted);
    if (result.isSaved()) {
        m_dismissal = result.record();
        m_changed({});
    } else {
        setObsolete(true);
        m_changed(result.errorMessage());
    }
}

void DismissFindingCommand::undo()
{
    const auto result = m_repository->restore(m_dismissal);
    if (!result.isSaved())
        setObsolete(true);
    m_changed(result.isSaved() ? QString() : result.errorMessage());
}

} // namespace Inflection
