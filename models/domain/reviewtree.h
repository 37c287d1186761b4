// A review with everything in it: what travels whole between workspaces (the interchange format,
// publishing, copying a workspace).
#pragma once

#include "attendee.h"
#include "checklistanswer.h"
#include "comment.h"
#include "contingencyitem.h"
#include "contributingfactor.h"
#include "departure.h"
#include "incidentfacts.h"
#include "incidentlink.h"
#include "launchplan.h"
#include "lintdismissal.h"
#include "parkedidea.h"
#include "proposal.h"
#include "question.h"
#include "remediationitem.h"
#include "review.h"
#include "timelineevent.h"

#include <QList>
#include <optional>

namespace Inflection {

struct ReviewTree
{
    Review review; // its updatedAt: the last edit of the review or anything in it
    QList<ChecklistAnswer> checklist;
    QList<Attendee> attendees; // lists in display order
    std::optional<LaunchPlan> launch;
    QList<ContingencyItem> contingencies;
    std::optional<IncidentFacts> incident;
    QList<TimelineEvent> timeline;
    QList<RemediationItem> remediation;
    QList<ContributingFactor> contributingFactors;
    QList<IncidentLink> incidentLinks;
    QList<ParkedIdea> parkingLot;
    QList<LintDismissal> lintDismissals;
    std::optional<Proposal> proposal;
    QList<Departure> departures;
    QList<Comment> comments; // threads before their replies
    QList<Question> questions;
};

} // namespace Inflection
