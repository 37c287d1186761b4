// An operability review's launch plan and its go / no-go decision (one per review).
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
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

QString launchFieldKey(LaunchField field); // the column name
QString launchFieldDisplayName(LaunchField field);
QStringList rolloutKeys(); // "all-at-once", "percentage", "dark-launch", "gameday"
QString rolloutDisplayName(const QString &key);
QStringList launchDecisionKeys(); // "pending", "go", "no-go"
QString launchDecisionDisplayName(const QString &key);

struct LaunchPlan
{
    qint64 id = 0; // 0: not stored yet
    QString uuid;
    int revision = 0;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QDateTime goLiveAt; // UTC; invalid when not set
    QString pushedBy;
    QString rollout = QStringLiteral("all-at-once");
    QString communication;
    QString decision = QStringLiteral("pending");
    QString decisionNotes;

    QVariant field(LaunchField field) const;
    bool setField(LaunchField field, const QVariant &value);
    bool operator==(const LaunchPlan &other) const;
    bool operator!=(const LaunchPlan &other) const { return !(*this == other); }
};

} // namespace Inflection
