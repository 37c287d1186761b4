// One-row launch plan model.
#include "operability/launchplanmodel.h"

#include "domain/timestamp.h"

namespace Inflection {

LaunchPlanModel::LaunchPlanModel(LaunchRepository *repository, qint64 reviewId, QObject *parent)
    : SingleRecordModel(repository, reviewId, parent)
{ }

void LaunchPlanModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    Q_EMIT dataChanged(index(0, GoLiveAtColumn), index(0, GoLiveAtColumn));
}

QVariant LaunchPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LaunchPlan &p = plan();
    switch (static_cast<LaunchField>(index.column())) {
    case LaunchField::GoLiveAt:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.goLiveAt.isValid() ? QVariant(wallClockIn(p.goLiveAt, m_zone)) : QVariant();
        return {};
    case LaunchField::Rollout:
        if (role == Qt::EditRole)
            return int(rollouts().values().indexOf(p.rollout));
        if (role == Qt::DisplayRole)
            return rollouts().displayName(p.rollout);
        return {};
    case LaunchField::Decision:
        if (role == Qt::EditRole)
            return int(launchDecisions().values().indexOf(p.decision));
        if (role == Qt::DisplayRole)
            return launchDecisions().displayName(p.decision);
        return {};
    default:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.field(static_cast<LaunchField>(index.column()));
        return {};
    }
}

bool LaunchPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto field = static_cast<LaunchField>(index.column());
    QVariant stored = value;
    if (field == LaunchField::Rollout)
        stored = rollouts().keys().value(value.toInt());
    else if (field == LaunchField::Decision)
        stored = launchDecisions().keys().value(value.toInt());
    else if (field == LaunchField::GoLiveAt)
        stored = fromWallClock(value.toDateTime(), m_zone);
    return setField(field, stored);
}

QString LaunchPlanModel::describe(const LaunchPlan &) const
{
    return tr("the launch plan");
}

QString LaunchPlanModel::shownValue(LaunchField field, const QVariant &value) const
{
    switch (field) {
    case LaunchField::GoLiveAt:
        return conflictValueText(wallClockIn(value.toDateTime(), m_zone));
    case LaunchField::Rollout:
        return rollouts().displayNameOfKey(value.toString());
    case LaunchField::Decision:
        return launchDecisions().displayNameOfKey(value.toString());
    default:
        return conflictValueText(value);
    }
}

} // namespace Inflection
