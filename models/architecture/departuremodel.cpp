// Departures from known technology.
#include "architecture/departuremodel.h"

#include "editing/conflictvalue.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

void DepartureModel::setKnownTechnologies(const QStringList &names)
{
    m_known = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool DepartureModel::isNewTechnology(const Departure &departure) const
{
    return !departure.name.trimmed().isEmpty()
        && !m_known.contains(departure.name.trimmed(), Qt::CaseInsensitive);
}

int DepartureModel::newTechnologyCount() const
{
    return int(std::count_if(
        m_records.cbegin(), m_records.cend(), [this](const Departure &d) { return isNewTechnology(d); }));
}

QVariant DepartureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Departure &d = m_records.at(index.row());
    const bool isNew = isNewTechnology(d);
    switch (role) {
    case UuidRole:
        return d.uuid;
    case NewTechnologyRole:
        return isNew;
    case IncidentsRole:
        return m_incidents.reviewsOf(d.uuid);
    case IncidentCountRole:
        return m_incidents.countOf(d.uuid);
    case Qt::FontRole:
        if (isNew && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        break;
    }
    if (index.column() == IncidentsColumn) {
        if (role == Qt::DisplayRole)
            return m_incidents.titlesOf(d.uuid);
        if (role == Qt::ToolTipRole && m_incidents.countOf(d.uuid) > 0)
            return tr("Incidents that involved this departure (double-click opens the postmortem):\n%1")
                .arg(m_incidents.titlesOf(d.uuid).replace(u"; "_s, u"\n"_s));
        return {};
    }
    if (index.column() == KindColumn && role == Qt::DisplayRole)
        return departureKinds().displayName(d.kind);
    if (index.column() == NameColumn && role == Qt::DisplayRole && isNew)
        return tr("%1 (new)").arg(d.name);
    if (index.column() == NameColumn && role == Qt::ToolTipRole)
        return isNew ? tr("New technology: not among the workspace's known technologies")
                     : tr("A known technology");
    const auto field = fieldOfColumn(index.column());
    if (field && (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole))
        return d.field(*field);
    return {};
}

void DepartureModel::setIncidents(const LinkedIncidents &incidents)
{
    m_incidents = incidents;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, IncidentsColumn), index(rowCount() - 1, IncidentsColumn));
}

bool DepartureModel::removeDepartures(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Delete %n departures", nullptr, int(uuids.size())));
}

QString DepartureModel::shownValue(DepartureField field, const QVariant &value) const
{
    if (field == DepartureField::Kind)
        return departureKinds().displayNameOfKey(value.toString());
    return conflictValueText(value);
}

} // namespace Inflection
