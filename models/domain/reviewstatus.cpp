// Storage keys, translated names and per-kind lists of review statuses.
#include "reviewstatus.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QList<ReviewStatus> allReviewStatuses()
{
    return {ReviewStatus::Draft, ReviewStatus::Circulated, ReviewStatus::Scheduled, ReviewStatus::Held,
        ReviewStatus::Decided, ReviewStatus::Closed, ReviewStatus::Superseded};
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
        return {ReviewStatus::Draft, ReviewStatus::Scheduled, ReviewStatus::Held, ReviewStatus::Closed};
    }
    return {};
}

QString reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return u"draft"_s;
    case ReviewStatus::Circulated:
        return u"circulated"_s;
    case ReviewStatus::Scheduled:
        return u"scheduled"_s;
    case ReviewStatus::Held:
        return u"held"_s;
    case ReviewStatus::Decided:
        return u"decided"_s;
    case ReviewStatus::Closed:
        return u"closed"_s;
    case ReviewStatus::Superseded:
        return u"superseded"_s;
    }
    return {};
}

std::optional<ReviewStatus> reviewStatusFromKey(const QString &key)
{
    for (const ReviewStatus status : allReviewStatuses()) {
        if (reviewStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString reviewStatusDisplayName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return QCoreApplication::translate("Inflection::ReviewStatus", "Draft");
    case ReviewStatus::Circulated:
        return QCoreApplication::translate("Inflection::ReviewStatus", "Circulated");
    case ReviewStatus::Scheduled:
        return QCoreApplication::translate("Inflection::ReviewStatus", "Scheduled");
    case ReviewStatus::Held:
        return QCoreApplication::translate("Inflection::ReviewStatus", "Held");
    case ReviewStatus::Decided:
        return QCoreApplication::translate("Inflection::ReviewStatus", "Decided");
    case ReviewStatus::Closed:
        return QCoreApplication::translate("Inflection::ReviewStatus", "Closed");
    case ReviewStatus::Superseded:
        return QCoreApplication::translate("Inflection::ReviewStatus", "Superseded");
    }
    return {};
}

} // namespace Inflection
