// Dismissing one blameless-coach finding, as an undo step: redo stores the dismissal, undo brings
// the finding back.
#pragma once

#include "domain/lintdismissal.h"

#include <QUndoCommand>
#include <functional>

namespace Inflection {

class LintDismissalRepository;

class DismissFindingCommand : public QUndoCommand
{
public:
    // changed(error) after each redo and undo: error is empty when it was stored.
    using Changed = std::function<void(const QString &error)>;
    DismissFindingCommand(LintDismissalRepository *repository, const LintDismissal &dismissal,
        Changed changed, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    LintDismissalRepository *m_repository;
    LintDismissal m_dismissal;
    Changed m_changed;
};

} // namespace Inflection
