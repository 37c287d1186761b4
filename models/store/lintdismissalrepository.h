// Reads and writes the blameless-coach findings dismissed in a review.
#pragma once

#include "../domain/lintdismissal.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;

class LintDismissalRepository
{
public:
    explicit LintDismissalRepository(Workspace *workspace);

    QList<LintDismissal> forReview(qint64 reviewId, QString *error = nullptr) const;
    // Stores it (a new uuid unless it has one); when someone dismissed the same finding first, theirs
    // comes back as saved.
    SaveResult<LintDismissal> dismiss(const LintDismissal &dismissal);
    // Brings the finding back (undo of a dismissal).
    SaveResult<LintDismissal> restore(const LintDismissal &dismissal);

private:
    std::optional<LintDismissal> find(const LintDismissal &dismissal) const;
    Workspace *m_workspace;
};

} // namespace Inflection
