// Where a review is in its life, with the statuses each kind goes through.
#pragma once

#include "keytable.h"
#include "reviewkind.h"

namespace Inflection {

enum class ReviewStatus {
    Draft,
    Circulated, // architecture: the proposal is out for comments
    Scheduled, // operability and postmortem: the meeting is planned
    Held, // postmortem: the meeting took place, remediation under way
    Decided, // architecture: proceed / rethink / more information; operability: go / no-go
    Closed, // postmortem: remediation done
    Superseded, // replaced by another review
};

const KeyTable<ReviewStatus> &reviewStatuses();
// The statuses of one kind, in the order a review goes through them.
QList<ReviewStatus> reviewStatusesFor(ReviewKind kind);

} // namespace Inflection
