// The sections of an architecture review's summary: the decision and its reasoning, notes,
// agreements, learnings, the general questions, departures, questions by votes, open comment threads
// (resolved ones counted, listed in an appendix) and the proposal itself.
#pragma once

#include "../domain/reviewtree.h"
#include "../domain/workspaceconfig.h"
#include "report.h"

namespace Inflection {

class ArchitectureReport
{
public:
    static void addSections(const ReviewTree &tree, const WorkspaceConfig &config, Report *report);
};

} // namespace Inflection
