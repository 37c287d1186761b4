// One-row launch plan model.
#include "launchplanmodel.h"

#include "conflictvalue.h"

#include "setfieldcommand.h"
#include "store/launchrepository.h"

#include <QUndoStack>

namespace Inflection {

LaunchPlanModel::LaunchPlanModel(LaunchRepository *repository, qint64 reviewId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    m_plan.reviewId = reviewId;
}

bool LaunchPlanModel::reload(QString *error)
{
    QString loadError;
    const LaunchPlan fresh = m_repository->forReview(m_plan.reviewId, &loadError);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    replaceRecordWithoutUndo(fresh);
    return true;
}

int LaunchPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int LaunchPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LaunchPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto field = static_cast<LaunchField>(index.column());
    const QVariant value = m_plan.field(field);
    if (role == Qt::EditRole) {
        if (field == LaunchField::Rollout)
            return rolloutKeys().indexOf(value.toString());
        if (field == LaunchField::Decision)
            return launchDecisionKeys().indexOf(value.toString());
        if (field == LaunchField::GoLiveAt)
            return value.toDateTime().toLocalTime();
        return value;
    }
    if (role == Qt::DisplayRole) {
        if (field == LaunchField::Rollout)
            return rolloutDisplayName(value.toString());
        if (field == LaunchField::Decision)
            return launchDecisionDisplayName(value.toString());
        return value;
    }
    return {};
}

Qt::ItemFlags LaunchPlanModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsEditable : f;
}

bool LaunchPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto field = static_cast<LaunchField>(index.column());
    QVariant key = value;
    if (field == LaunchField::Rollout)
        key = rolloutKeys().value(value.toInt());
    else if (field == LaunchField::Decision)
        key = launchDecisionKeys().value(value.toInt());
    return setField(field, key);
}

bool LaunchPlanModel::setField(LaunchField field, const QVariant &value)
{
    LaunchPlan probe = m_plan;
    if (!probe.setField(field, value) || probe.field(field) == m_plan.field(field))
        return false;
    const QVariant normalised = probe.field(field);
    auto *command
        = new SetFieldCommand<LaunchPlanModel>(this, QString::number(m_plan.reviewId), field, normalised);
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    return m_plan.field(field) == normalised;
}

SaveResult<LaunchPlan> LaunchPlanModel::saveField(
    const LaunchPlan &base, LaunchField field, const QVariant &value)
{
    return m_repository->updateField(base, field, value);
}

void LaunchPlanModel::replaceRecordWithoutUndo(const LaunchPlan &plan)
{
    if (plan == m_plan)
        return;
    m_plan = plan;
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

QString LaunchPlanModel::conflictMessage(
    const LaunchPlan &theirs, LaunchField field, const QVariant &mine) const
{
    return tr("%1 changed the %2 of the launch plan before you. Theirs: “%3”. Yours, not saved: “%4”.")
        .arg(theirs.updatedBy, launchFieldDisplayName(field), conflictValueText(theirs.field(field)),
            conflictValueText(mine));
}

} // namespace Inflection
