// The sections of a postmortem's summary: incident facts with the three durations and the severity,
// the timeline, the discussion, remediation items (overdue marked), the parking lot, and the number
// of open blameless-coach findings.
#pragma once

#include "report.h"

namespace Inflection {

class Workspace;

class PostmortemReport
{
public:
    static bool addSections(Workspace *workspace, qint64 reviewId, Report *report, QString *error);
};

} // namespace Inflection
