// The launch plan as a one-row table (a column a field), for a form through QDataWidgetMapper.
#pragma once

#include "domain/launchplan.h"
#include "editing/singlerecordmodel.h"
#include "store/launchrepository.h"

#include <QTimeZone>

namespace Inflection {

class LaunchPlanModel : public SingleRecordModel<LaunchPlanModel, LaunchPlan, LaunchRepository>
{
    Q_OBJECT
public:
    // Columns follow LaunchField.
    enum Column {
        GoLiveAtColumn,
        PushedByColumn,
        RolloutColumn,
        CommunicationColumn,
        DecisionColumn,
        DecisionNotesColumn,
        ColumnCount
    };

    static constexpr int commandIdBase = 0x5000;

    LaunchPlanModel(LaunchRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    // The workspace's time zone: the go-live time is shown in it, and what a form returns is read in it.
    void setTimeZone(const QTimeZone &zone);
    const LaunchPlan &plan() const { return record(); }

    // EditRole of Rollout and Decision is the index in rollouts() / launchDecisions(), as a combo box's
    // currentIndex.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What SetFieldCommand needs.
    QString describe(const LaunchPlan &plan) const;
    QString shownValue(LaunchField field, const QVariant &value) const;
    static QString fieldDisplayName(LaunchField field) { return launchFields().displayName(field); }

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inflection
