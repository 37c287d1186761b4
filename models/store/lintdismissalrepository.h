// Reads and writes the blameless-coach findings dismissed in a review.
#pragma once

#include "../domain/lintdismissal.h"
#include "../domain/result.h"

#include <QList>
#include <QVariant>
#include <utility>

namespace Inflection {

class Workspace;

class LintDismissalRepository
{
public:
    explicit LintDismissalRepository(Workspace *workspace);

    Result<QList<LintDismissal>> forReview(qint64 reviewId) const;
    // Stores it (a new uuid unless it has one); when someone dismissed the same finding first, theirs
    // comes back as saved.
    Result<LintDismissal> dismiss(const LintDismissal &dismissal);
    // Brings the finding back (undo of a dismissal).
    Result<LintDismissal> restore(const LintDismissal &dismissal);
    // Every column of its row but the meta columns, as stored.
    static QList<std::pair<QString, QVariant>> columnsOf(const LintDismissal &dismissal);

private:
    Result<LintDismissal> find(const LintDismissal &dismissal) const;
    Workspace *m_workspace;
};

} // namespace Inflection
