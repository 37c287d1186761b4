// Storage keys, translated names and per-kind lists of review statuses.
#include "reviewstatus.h"

namespace Inflection {

const KeyTable<ReviewStatus> &reviewStatuses()
{
    static const KeyTable<ReviewStatus> table("Inflection::ReviewStatus",
        {
            {ReviewStatus::Draft, "draft", QT_TRANSLATE_NOOP("Inflection::ReviewStatus", "Draft")},
            {ReviewStatus::Circulated, "circulated",
                QT_TRANSLATE_NOOP("Inflection::ReviewStatus", "Circulated")},
            {ReviewStatus::Scheduled, "scheduled",
                QT_TRANSLATE_NOOP("Inflection::ReviewStatus", "Scheduled")},
            {ReviewStatus::Held, "held", QT_TRANSLATE_NOOP("Inflection::ReviewStatus", "Held")},
            {ReviewStatus::Decided, "decided", QT_TRANSLATE_NOOP("Inflection::ReviewStatus", "Decided")},
            {ReviewStatus::Closed, "closed", QT_TRANSLATE_NOOP("Inflection::ReviewStatus", "Closed")},
            {ReviewStatus::Superseded, "superseded",
                QT_TRANSLATE_NOOP("Inflection::ReviewStatus", "Superseded")},
        });
    return table;
}

QList<ReviewStatus> reviewStatusesFor(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Architecture:
        return {
            ReviewStatus::Draft, ReviewStatus::Circulated, ReviewStatus::Decided, ReviewStatus::Superseded};
    case ReviewKind::Operability:
        return {
            ReviewStatus::Draft, ReviewStatus::Scheduled, ReviewStatus::Decided, ReviewStatus::Superseded};
    case ReviewKind::Postmortem:
        return {ReviewStatus::Draft, ReviewStatus::Scheduled, ReviewStatus::Held, ReviewStatus::Closed,
            ReviewStatus::Superseded};
    }
    return {};
}

} // namespace Inflection
