// The sections of a postmortem's summary: incident facts with the four durations and the severity,
// the timeline, the discussion, the contributing factors (with the events they show in), remediation
// items (overdue marked), what went well and where we got lucky, the parking lot, and the open
// blameless-coach findings.
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
