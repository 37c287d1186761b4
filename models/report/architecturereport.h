// The sections of an architecture review's summary: the decision and its reasoning, notes,
// agreements, learnings, the general questions, departures, questions by votes, open comment threads
// (resolved ones counted, listed in an appendix) and the proposal itself.
#pragma once

#include "report.h"

namespace Inflection {

class Workspace;

class ArchitectureReport
{
public:
    static bool addSections(Workspace *workspace, qint64 reviewId, Report *report, QString *error);
};

} // namespace Inflection
