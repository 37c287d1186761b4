// Builds the summary of one review: a header (title, kind, status, system, owner, meeting, attendees
// by role, the decision, who printed it when), then the sections of its kind.
#pragma once

#include "report.h"

#include <optional>

namespace Inflection {

class Workspace;

class ReviewReport
{
public:
    // The review by uuid; nothing (and error set) when it cannot be read.
    static std::optional<Report> build(Workspace *workspace, const QString &reviewUuid, QString *error);
};

} // namespace Inflection
