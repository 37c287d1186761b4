// Reads and writes an operability review's launch plan; the first change creates its row.
#pragma once

#include "../domain/launchplan.h"
#include "saveresult.h"

#include <optional>

namespace Inflection {

class Workspace;
using LaunchSaveResult = SaveResult<LaunchPlan>;

class LaunchRepository
{
public:
    explicit LaunchRepository(Workspace *workspace);

    // The stored plan, or a blank one (id 0) when nothing was written yet.
    LaunchPlan forReview(qint64 reviewId, QString *error = nullptr) const;
    LaunchSaveResult updateField(const LaunchPlan &base, LaunchField field, const QVariant &value);

private:
    std::optional<LaunchPlan> find(qint64 reviewId, QString *error) const;

    Workspace *m_workspace;
};

} // namespace Inflection
