// Launch plan fields, rollout kinds and decisions.
#include "launchplan.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString launchFieldKey(LaunchField field)
{
    switch (field) {
    case LaunchField::GoLiveAt:
        return u"go_live_at"_s;
    case LaunchField::PushedBy:
        return u"pushed_by"_s;
    case LaunchField::Rollout:
        return u"rollout"_s;
    case LaunchField::Communication:
        return u"communication"_s;
    case LaunchField::Decision:
        return u"decision"_s;
    case LaunchField::DecisionNotes:
        return u"decision_notes"_s;
    }
    return {};
}

QString launchFieldDisplayName(LaunchField field)
{
    switch (field) {
    case LaunchField::GoLiveAt:
        return QCoreApplication::translate("Inflection::LaunchField", "go-live time");
    case LaunchField::PushedBy:
        return QCoreApplication::translate("Inflection::LaunchField", "who pushes it");
    case LaunchField::Rollout:
        return QCoreApplication::translate("Inflection::LaunchField", "rollout");
    case LaunchField::Communication:
        return QCoreApplication::translate("Inflection::LaunchField", "communication plan");
    case LaunchField::Decision:
        return QCoreApplication::translate("Inflection::LaunchField", "decision");
    case LaunchField::DecisionNotes:
        return QCoreApplication::translate("Inflection::LaunchField", "reasons");
    }
    return {};
}

QStringList rolloutKeys()
{
    return {u"all-at-once"_s, u"percentage"_s, u"dark-launch"_s, u"gameday"_s};
}

QString rolloutDisplayName(const QString &key)
{
    if (key == u"all-at-once"_s)
        return QCoreApplication::translate("Inflection::Rollout", "All at once");
    if (key == u"percentage"_s)
        return QCoreApplication::translate("Inflection::Rollout", "On a percentage basis");
    if (key == u"dark-launch"_s)
        return QCoreApplication::translate("Inflection::Rollout", "Dark launch");
    if (key == u"gameday"_s)
        return QCoreApplication::translate("Inflection::Rollout", "Gameday");
    return key;
}

QStringList launchDecisionKeys()
{
    return {u"pending"_s, u"go"_s, u"no-go"_s};
}

QString launchDecisionDisplayName(const QString &key)
{
    if (key == u"pending"_s)
        return QCoreApplication::translate("Inflection::LaunchDecision", "Pending");
    if (key == u"go"_s)
        return QCoreApplication::translate("Inflection::LaunchDecision", "Go");
    if (key == u"no-go"_s)
        return QCoreApplication::translate("Inflection::LaunchDecision", "No go");
    return key;
}

QVariant LaunchPlan::field(LaunchField f) const
{
    switch (f) {
    case LaunchField::GoLiveAt:
        return goLiveAt;
    case LaunchField::PushedBy:
        return pushedBy;
    case LaunchField::Rollout:
        return rollout;
    case LaunchField::Communication:
        return communication;
    case LaunchField::Decision:
        return decision;
    case LaunchField::DecisionNotes:
        return decisionNotes;
    }
    return {};
}

bool LaunchPlan::setField(LaunchField f, const QVariant &value)
{
    switch (f) {
    case LaunchField::GoLiveAt:
        goLiveAt = value.toDateTime().isValid() ? value.toDateTime().toUTC() : QDateTime();
        return true;
    case LaunchField::PushedBy:
        pushedBy = value.toString();
        return true;
    case LaunchField::Rollout:
        if (!rolloutKeys().contains(value.toString()))
            return false;
        rollout = value.toString();
        return true;
    case LaunchField::Communication:
        communication = value.toString();
        return true;
    case LaunchField::Decision:
        if (!launchDecisionKeys().contains(value.toString()))
            return false;
        decision = value.toString();
        return true;
    case LaunchField::DecisionNotes:
        decisionNotes = value.toString();
        return true;
    }
    return false;
}

bool LaunchPlan::operator==(const LaunchPlan &o) const
{
    return id == o.id && uuid == o.uuid && revision == o.revision && updatedAt == o.updatedAt
        && updatedBy == o.updatedBy && reviewId == o.reviewId && goLiveAt == o.goLiveAt
        && pushedBy == o.pushedBy && rollout == o.rollout && communication == o.communication
        && decision == o.decision && decisionNotes == o.decisionNotes;
}

} // namespace Inflection
