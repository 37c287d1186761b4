// Reads what Insights computes from: every postmortem's incident times, severity, system and tags, its
// contributing factors' categories, its links to contingency items and departures, its remediation items,
// and the architecture reviews' new technologies — a few columns each, a query each.
#pragma once

#include "../domain/insightfigures.h"
#include "../domain/result.h"

namespace Inflection {

class Workspace;

class InsightsRepository
{
public:
    explicit InsightsRepository(Workspace *workspace);

    Result<InsightsData> read() const;

private:
    Workspace *m_workspace;
};

} // namespace Inflection
