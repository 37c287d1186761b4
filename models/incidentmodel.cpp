// One-row incident facts model.
#include "incidentmodel.h"

#include "conflictvalue.h"

#include "setfieldcommand.h"
#include "store/incidentrepository.h"

namespace Inflection {

IncidentModel::IncidentModel(IncidentRepository *repository, qint64 reviewId, QObject *parent)
    : RecordTableModel(parent)
    , m_repository(repository)
{
    m_facts.reviewId = reviewId;
}

bool IncidentModel::reload(QString *error)
{
    QString loadError;
    const IncidentFacts fresh = m_repository->forReview(m_facts.reviewId, &loadError);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    replaceRecordWithoutUndo(fresh);
    return true;
}

void IncidentModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const QVariant value = m_facts.field(static_cast<IncidentField>(index.column()));
    if (value.typeId() == QMetaType::QDateTime) {
        if (!value.toDateTime().isValid())
            return {};
        const QDateTime inZone = value.toDateTime().toTimeZone(m_zone);
        return QDateTime(inZone.date(), inZone.time());
    }
    return value;
}

Qt::ItemFlags IncidentModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsEditable : f;
}

bool IncidentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QVariant newValue = value;
    if (value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid()) {
        // A form's wall-clock time is in the workspace's zone.
        const QDateTime edited = value.toDateTime();
        newValue = QDateTime(edited.date(), edited.time(), m_zone).toUTC();
    }
    return setField(static_cast<IncidentField>(index.column()), newValue);
}

bool IncidentModel::setField(IncidentField field, const QVariant &value)
{
    IncidentFacts probe = m_facts;
    if (!probe.setField(field, value) || probe.field(field) == m_facts.field(field))
        return false;
    const QVariant normalised = probe.field(field);
    push(new SetFieldCommand<IncidentModel>(this, QString::number(m_facts.reviewId), field, normalised));
    return m_facts.field(field) == normalised;
}

SaveResult<IncidentFacts> IncidentModel::saveField(
    const IncidentFacts &base, IncidentField field, const QVariant &value)
{
    return m_repository->updateField(base, field, value);
}

void IncidentModel::replaceRecordWithoutUndo(const IncidentFacts &facts)
{
    if (facts == m_facts)
        return;
    m_facts = facts;
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

QString IncidentModel::conflictMessage(
    const IncidentFacts &theirs, IncidentField field, const QVariant &mine) const
{
    return tr("%1 changed the %2 of the incident before you. Theirs: “%3”. Yours, not saved: “%4”.")
        .arg(theirs.updatedBy, incidentFieldDisplayName(field), conflictValueText(theirs.field(field)),
            conflictValueText(mine));
}

} // namespace Inflection
