// The sections of a postmortem's summary: incident facts with the three durations and the severity,
// the timeline, the discussion, remediation items (overdue marked), the parking lot, and the number
// of open blameless-coach findings.
#pragma once

#include "../domain/reviewtree.h"
#include "../domain/workspaceconfig.h"
#include "report.h"

namespace Inflection {

class PostmortemReport
{
public:
    static void addSections(const ReviewTree &tree, const WorkspaceConfig &config, Report *report);
};

} // namespace Inflection
