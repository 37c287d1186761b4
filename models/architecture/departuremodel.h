// A proposal's departures from known technology, in the order the author put them, each with its state
// against the workspace's known technologies (TechRadar): new, on hold, or known in a ring.
#pragma once

#include "domain/departure.h"
#include "domain/techradar.h"
#include "editing/orderedrecordmodel.h"
#include "review/linkedincidents.h"
#include "store/departurerepository.h"

namespace Inflection {

class DepartureModel : public OrderedRecordModel<DepartureModel, Departure, DepartureRepository>
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        NameColumn,
        CostsColumn,
        TradeoffsColumn,
        ProhibitsColumn,
        IncidentsColumn, // the postmortems that say the departure was involved; read only
        RadarColumn, // new, on hold or the radar's ring; read only (the view shows it after the name)
        ColumnCount
    };

    enum Roles {
        NewTechnologyRole = FirstOwnRole, // bool: the known technologies do not name it
        TechnologyStateRole, // TechnologyState as int
        OnHoldRole, // bool: the known technologies put it on hold
        IncidentsRole, // the uuids of the postmortems linked to the departure
        IncidentCountRole, // how many
    };

    static constexpr int commandIdBase = 0xA000;
    static constexpr RecordNouns nouns = {"departure", QT_TR_NOOP("Add departure"),
        QT_TR_NOOP("Delete departure"), QT_TR_NOOP("Move departure"), QT_TR_NOOP("the departure “%1”")};
    static constexpr Field labelField = DepartureField::Name;
    static constexpr const char *columnTitles[ColumnCount] = {QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Technology or pattern"), QT_TR_NOOP("Costs"), QT_TR_NOOP("Trade-offs"),
        QT_TR_NOOP("What it prohibits later"), QT_TR_NOOP("Incidents"), QT_TR_NOOP("Radar")};

    using OrderedRecordModel::OrderedRecordModel;

    // The fields, in their order; nothing for the incidents.
    static std::optional<DepartureField> fieldOfColumn(int column)
    {
        return column >= 0 && column < IncidentsColumn ? std::optional(static_cast<DepartureField>(column))
                                                       : std::nullopt;
    }

    void setKnownTechnologies(const TechRadar &radar);
    TechnologyState stateOf(const Departure &departure) const { return m_known.stateOf(departure.name); }
    bool isNewTechnology(const Departure &departure) const
    {
        return stateOf(departure) == TechnologyState::New;
    }
    int newTechnologyCount() const { return countOf(TechnologyState::New); }
    int onHoldCount() const { return countOf(TechnologyState::OnHold); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString addDeparture(int row, const Departure &fields = Departure()) { return addRecord(row, fields); }
    bool removeDepartures(const QStringList &uuids);

    QString shownValue(DepartureField field, const QVariant &value) const;

    // The postmortems linked to each departure, as the document last read them.
    void setIncidents(const LinkedIncidents &incidents);
    QList<LinkedIncident> incidentsOf(const QString &departureUuid) const
    {
        return m_incidents.of(departureUuid);
    }
    static QString fieldDisplayName(DepartureField field) { return departureFields().displayName(field); }

private:
    int countOf(TechnologyState state) const;
    // What the radar says of it, for a tooltip.
    QString stateDescription(const Departure &d, TechnologyState state) const;
    QVariant radarData(const Departure &d, TechnologyState state, int role) const;

    TechRadar m_known;
    LinkedIncidents m_incidents;
};

} // namespace Inflection
