// The sections of an operability review's summary: readiness answers (follow-ups only where they
// apply), the launch plan, the heatmap, and the contingency checklist by score.
#pragma once

#include "../domain/reviewtree.h"
#include "../domain/workspaceconfig.h"
#include "report.h"

namespace Inflection {

class OperabilityReport
{
public:
    static void addSections(const ReviewTree &tree, const WorkspaceConfig &config, Report *report);
};

} // namespace Inflection
