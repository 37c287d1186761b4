// One-row incident facts model.
#include "postmortem/incidentmodel.h"

#include "domain/timestamp.h"

namespace Inflection {

IncidentModel::IncidentModel(IncidentRepository *repository, qint64 reviewId, QObject *parent)
    : SingleRecordModel(repository, reviewId, parent)
{ }

void IncidentModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const QVariant value = record().field(static_cast<IncidentField>(index.column()));
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().isValid() ? QVariant(wallClockIn(value.toDateTime(), m_zone)) : QVariant();
    return value;
}

bool IncidentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QVariant newValue = value;
    if (value.typeId() == QMetaType::QDateTime)
        newValue = fromWallClock(value.toDateTime(), m_zone); // a form's time is in the workspace's zone
    return setField(static_cast<IncidentField>(index.column()), newValue);
}

QString IncidentModel::describe(const IncidentFacts &) const
{
    return tr("the incident");
}

QString IncidentModel::shownValue(IncidentField, const QVariant &value) const
{
    if (value.typeId() == QMetaType::QDateTime)
        return conflictValueText(wallClockIn(value.toDateTime(), m_zone));
    return conflictValueText(value);
}

} // namespace Inflection
