// A proposal's departures from known technology, in the order the author put them; a departure
// whose name is not among the workspace's known technologies is marked new.
#pragma once

#include "domain/departure.h"
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
        ColumnCount
    };

    enum Roles {
        NewTechnologyRole = FirstOwnRole, // bool: not a known technology
        IncidentsRole, // the uuids of the postmortems linked to the departure
        IncidentCountRole, // how many
    };

    static constexpr int commandIdBase = 0xA000;
    static constexpr RecordNouns nouns = {"departure", QT_TR_NOOP("Add departure"),
        QT_TR_NOOP("Delete departure"), QT_TR_NOOP("Move departure"), QT_TR_NOOP("the departure “%1”")};
    static constexpr Field labelField = DepartureField::Name;
    static constexpr const char *columnTitles[ColumnCount]
        = {QT_TR_NOOP("Kind"), QT_TR_NOOP("Technology or pattern"), QT_TR_NOOP("Costs"),
            QT_TR_NOOP("Trade-offs"), QT_TR_NOOP("What it prohibits later"), QT_TR_NOOP("Incidents")};

    using OrderedRecordModel::OrderedRecordModel;

    // The fields, in their order; nothing for the incidents.
    static std::optional<DepartureField> fieldOfColumn(int column)
    {
        return column >= 0 && column < IncidentsColumn ? std::optional(static_cast<DepartureField>(column))
                                                       : std::nullopt;
    }

    void setKnownTechnologies(const QStringList &names);
    bool isNewTechnology(const Departure &departure) const;
    int newTechnologyCount() const;

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
    QStringList m_known;
    LinkedIncidents m_incidents;
};

} // namespace Inflection
