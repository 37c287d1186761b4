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
        UuidRole = Qt::UserRole,
        NewTechnologyRole, // bool: not a known technology
    };

    static constexpr int commandIdBase = 0xA000;
    static QString addText();
    static QString removeText();
    static QString moveText();
    static QString mimeType();
    QString describe(const Departure &departure) const;

    DepartureModel(DepartureRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    void setKnownTechnologies(const QStringList &names);
    bool isNewTechnology(const Departure &departure) const;
    int newTechnologyCount() const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString addDeparture(int row, const Departure &fields = Departure()) { return addRecord(row, fields); }
    bool setField(QString uuid, DepartureField field, const QVariant &value);
    bool removeDepartures(const QStringList &uuids);

    QString shownValue(DepartureField field, const QVariant &value) const;
    static QString fieldDisplayName(DepartureField field) { return departureFields().displayName(field); }
    // The columns are the fields, in their order.
    static std::optional<DepartureField> fieldOfColumn(int column);

private:
    QStringList m_known;
};

} // namespace Inflection
