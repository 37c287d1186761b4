// Reads what Insights computes from: every postmortem's incident times, severity, system and tags, its
// contributing factors' categories and its remediation items — a few columns each, in three queries.
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
