// Launch plan fields, rollout kinds and decisions.
#include "launchplan.h"

#include "timestamp.h"

namespace Inflection {

const KeyTable<LaunchField> &launchFields()
{
    static const KeyTable<LaunchField> table("Inflection::LaunchField",
        {
            {LaunchField::GoLiveAt, "go_live_at",
                QT_TRANSLATE_NOOP("Inflection::LaunchField", "go-live time")},
            {LaunchField::PushedBy, "pushed_by",
                QT_TRANSLATE_NOOP("Inflection::LaunchField", "who pushes it")},
            {LaunchField::Rollout, "rollout", QT_TRANSLATE_NOOP("Inflection::LaunchField", "rollout")},
            {LaunchField::Communication, "communication",
                QT_TRANSLATE_NOOP("Inflection::LaunchField", "communication plan")},
            {LaunchField::Decision, "decision", QT_TRANSLATE_NOOP("Inflection::LaunchField", "decision")},
            {LaunchField::DecisionNotes, "decision_notes",
                QT_TRANSLATE_NOOP("Inflection::LaunchField", "reasons")},
        });
    return table;
}

const KeyTable<Rollout> &rollouts()
{
    static const KeyTable<Rollout> table("Inflection::Rollout",
        {
            {Rollout::AllAtOnce, "all-at-once", QT_TRANSLATE_NOOP("Inflection::Rollout", "All at once")},
            {Rollout::Percentage, "percentage",
                QT_TRANSLATE_NOOP("Inflection::Rollout", "On a percentage basis")},
            {Rollout::DarkLaunch, "dark-launch", QT_TRANSLATE_NOOP("Inflection::Rollout", "Dark launch")},
            {Rollout::Gameday, "gameday", QT_TRANSLATE_NOOP("Inflection::Rollout", "Gameday")},
        });
    return table;
}

const KeyTable<LaunchDecision> &launchDecisions()
{
    static const KeyTable<LaunchDecision> table("Inflection::LaunchDecision",
        {
            {LaunchDecision::Pending, "pending", QT_TRANSLATE_NOOP("Inflection::LaunchDecision", "Pending")},
            {LaunchDecision::Go, "go", QT_TRANSLATE_NOOP("Inflection::LaunchDecision", "Go")},
            {LaunchDecision::NoGo, "no-go", QT_TRANSLATE_NOOP("Inflection::LaunchDecision", "No go")},
        });
    return table;
}

QVariant LaunchPlan::field(LaunchField f) const
{
    switch (f) {
    case LaunchField::GoLiveAt:
        return goLiveAt;
    case LaunchField::PushedBy:
        return pushedBy;
    case LaunchField::Rollout:
        return rollouts().key(rollout);
    case LaunchField::Communication:
        return communication;
    case LaunchField::Decision:
        return launchDecisions().key(decision);
    case LaunchField::DecisionNotes:
        return decisionNotes;
    }
    return {};
}

bool LaunchPlan::setField(LaunchField f, const QVariant &value)
{
    switch (f) {
    case LaunchField::GoLiveAt:
        goLiveAt = utcOrInvalid(value);
        return true;
    case LaunchField::PushedBy:
        pushedBy = value.toString();
        return true;
    case LaunchField::Rollout:
        if (const auto r = rollouts().fromKey(value.toString())) {
            rollout = *r;
            return true;
        }
        return false;
    case LaunchField::Communication:
        communication = value.toString();
        return true;
    case LaunchField::Decision:
        if (const auto d = launchDecisions().fromKey(value.toString())) {
            decision = *d;
            return true;
        }
        return false;
    case LaunchField::DecisionNotes:
        decisionNotes = value.toString();
        return true;
    }
    return false;
}

bool LaunchPlan::operator==(const LaunchPlan &o) const
{
    return sameReviewPart(o) && goLiveAt == o.goLiveAt && pushedBy == o.pushedBy && rollout == o.rollout
        && communication == o.communication && decision == o.decision && decisionNotes == o.decisionNotes;
}

} // namespace Inflection
