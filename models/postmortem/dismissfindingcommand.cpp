// Undo and redo of a dismissal.
#include "postmortem/dismissfindingcommand.h"

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
    Result<LintDismissal> result = m_repository->dismiss(wanted);
    if (result) {
        m_dismissal = std::move(result).value();
        m_changed({});
    } else {
        setObsolete(true);
        m_changed(result.message());
    }
}

void DismissFindingCommand::undo()
{
    const Result<LintDismissal> result = m_repository->restore(m_dismissal);
    if (!result)
        setObsolete(true);
    m_changed(result ? QString() : result.message());
}

} // namespace Inflection
