// An operability review's launch plan and its go / no-go decision (one per review).
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Inflection {

enum class LaunchField {
    GoLiveAt,
    PushedBy,
    Rollout,
    Communication,
    Decision,
    DecisionNotes,
};

// Keys: the column names.
const KeyTable<LaunchField> &launchFields();

enum class Rollout {
    AllAtOnce,
    Percentage,
    DarkLaunch,
    Gameday,
};

const KeyTable<Rollout> &rollouts();

enum class LaunchDecision {
    Pending,
    Go,
    NoGo,
};

const KeyTable<LaunchDecision> &launchDecisions();

struct LaunchPlan : ReviewPart
{
    using Field = LaunchField;

    QDateTime goLiveAt; // UTC; invalid when not set
    QString pushedBy;
    Rollout rollout = Rollout::AllAtOnce;
    QString communication;
    LaunchDecision decision = LaunchDecision::Pending;
    QString decisionNotes;

    // Rollout and Decision: their keys.
    QVariant field(LaunchField field) const;
    bool setField(LaunchField field, const QVariant &value);
    bool operator==(const LaunchPlan &other) const;
    bool operator!=(const LaunchPlan &other) const { return !(*this == other); }
};

} // namespace Inflection
