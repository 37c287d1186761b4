// A proposal's departures from known technology, in the order the author put them; a departure
// whose name is not among the workspace's known technologies is marked new.
#pragma once

#include "domain/departure.h"
#include "editing/orderedrecordmodel.h"
#include "store/departurerepository.h"

namespace Inflection {

class DepartureModel : public OrderedRecordModel<DepartureModel, Departure, DepartureRepository>
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, CostsColumn, TradeoffsColumn, ProhibitsColumn, ColumnCount };

    enum Roles {
        NewTechnologyRole = FirstOwnRole, // bool: not a known technology
    };

    static constexpr int commandIdBase = 0xA000;
    static constexpr RecordNouns nouns = {"departure", QT_TR_NOOP("Add departure"),
        QT_TR_NOOP("Delete departure"), QT_TR_NOOP("Move departure"), QT_TR_NOOP("the departure “%1”")};
    static constexpr Field labelField = DepartureField::Name;
    static constexpr const char *columnTitles[ColumnCount]
        = {QT_TR_NOOP("Kind"), QT_TR_NOOP("Technology or pattern"), QT_TR_NOOP("Costs"),
            QT_TR_NOOP("Trade-offs"), QT_TR_NOOP("What it prohibits later")};

    using OrderedRecordModel::OrderedRecordModel;

    void setKnownTechnologies(const QStringList &names);
    bool isNewTechnology(const Departure &departure) const;
    int newTechnologyCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString addDeparture(int row, const Departure &fields = Departure()) { return addRecord(row, fields); }
    bool removeDepartures(const QStringList &uuids);

    QString shownValue(DepartureField field, const QVariant &value) const;
    static QString fieldDisplayName(DepartureField field) { return departureFields().displayName(field); }

private:
    QStringList m_known;
};

} // namespace Inflection
