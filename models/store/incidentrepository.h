// Reads and writes a postmortem's incident facts; the first change creates their row.
#pragma once

#include "../domain/incidentfacts.h"
#include "saveresult.h"

#include <optional>

namespace Inflection {

class Workspace;
using IncidentSaveResult = SaveResult<IncidentFacts>;

class IncidentRepository
{
public:
    explicit IncidentRepository(Workspace *workspace);

    // The stored facts, or blank ones (id 0) when nothing was written yet.
    IncidentFacts forReview(qint64 reviewId, QString *error = nullptr) const;
    IncidentSaveResult updateField(const IncidentFacts &base, IncidentField field, const QVariant &value);

private:
    std::optional<IncidentFacts> find(qint64 reviewId, QString *error) const;

    Workspace *m_workspace;
};

} // namespace Inflection
