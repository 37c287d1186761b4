// Builds the summary of one review: a header (title, kind, status, system, owner, meeting, attendees
// by role, the decision, who printed it when), then the sections of its kind.
#pragma once

#include "../domain/result.h"
#include "../domain/reviewtree.h"
#include "../domain/workspaceconfig.h"
#include "report.h"

namespace Inflection {

class Workspace;

class ReviewReport
{
public:
    // The review by uuid, as stored now.
    static Result<Report> build(Workspace *workspace, const QString &reviewUuid);
    // printedBy: who the header says printed it.
    static Report build(const ReviewTree &tree, const WorkspaceConfig &config, const QString &printedBy);
};

} // namespace Inflection
