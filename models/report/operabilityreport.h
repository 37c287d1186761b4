// The sections of an operability review's summary: readiness answers (follow-ups only where they
// apply), the launch plan, the heatmap, and the contingency checklist by score.
#pragma once

#include "report.h"

namespace Inflection {

class Workspace;

class OperabilityReport
{
public:
    static bool addSections(Workspace *workspace, qint64 reviewId, Report *report, QString *error);
};

} // namespace Inflection
