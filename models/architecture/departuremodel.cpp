// Departures from known technology.
#include "architecture/departuremodel.h"

#include "editing/conflictvalue.h"

#include <QColor>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

void DepartureModel::setKnownTechnologies(const TechRadar &radar)
{
    m_known = radar;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DepartureModel::countOf(TechnologyState state) const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
        [this, state](const Departure &d) { return stateOf(d) == state; }));
}

QVariant DepartureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Departure &d = m_records.at(index.row());
    const TechnologyState state = stateOf(d);
    const bool isNew = state == TechnologyState::New;
    const bool marked = state != TechnologyState::Known;
    switch (role) {
    case UuidRole:
        return d.uuid;
    case NewTechnologyRole:
        return isNew;
    case TechnologyStateRole:
        return int(state);
    case OnHoldRole:
        return state == TechnologyState::OnHold;
    case IncidentsRole:
        return m_incidents.reviewsOf(d.uuid);
    case IncidentCountRole:
        return m_incidents.countOf(d.uuid);
    case Qt::FontRole:
        if (marked && index.column() == NameColumn) {
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
    if (index.column() == RadarColumn)
        return radarData(d, state, role);
    if (index.column() == KindColumn && role == Qt::DisplayRole)
        return departureKinds().displayName(d.kind);
    if (index.column() == NameColumn && role == Qt::ToolTipRole)
        return stateDescription(d, state);
    const auto field = fieldOfColumn(index.column());
    if (field && (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole))
        return d.field(*field);
    return {};
}

QString DepartureModel::stateDescription(const Departure &d, TechnologyState state) const
{
    const KnownTechnology *known = m_known.find(d.name);
    switch (state) {
    case TechnologyState::New:
        return tr("New technology: not among the workspace's known technologies");
    case TechnologyState::OnHold:
        return tr("On hold: the radar puts “%1” in the ring Hold").arg(known ? known->name : d.name);
    case TechnologyState::Known:
        if (!known)
            return {};
        return tr("A known technology: “%1” in the ring %2")
            .arg(known->name, radarRings().displayName(known->ring));
    }
    return {};
}

QVariant DepartureModel::radarData(const Departure &d, TechnologyState state, int role) const
{
    const KnownTechnology *known = m_known.find(d.name);
    switch (role) {
    case Qt::DisplayRole:
        if (state == TechnologyState::New)
            return tr("new");
        if (state == TechnologyState::OnHold)
            return tr("on hold");
        return known ? radarRings().displayName(known->ring) : QString();
    case Qt::ToolTipRole:
        return stateDescription(d, state);
    case Qt::ForegroundRole:
        if (state == TechnologyState::OnHold)
            return QColor(0xb0, 0x30, 0x20);
        if (state == TechnologyState::New)
            return QColor(0x1f, 0x5f, 0xa8);
        return {};
    default:
        return {};
    }
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
