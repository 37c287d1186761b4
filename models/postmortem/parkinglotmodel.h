// A postmortem's parking lot: remediation ideas raised while the timeline was discussed, held until
// the remediation phase ("hold that thought").
#pragma once

#include "domain/parkedidea.h"
#include "editing/orderedrecordmodel.h"
#include "store/parkinglotrepository.h"

namespace Inflection {

class ParkingLotModel : public OrderedRecordModel<ParkingLotModel, ParkedIdea, ParkingLotRepository>
{
    Q_OBJECT
public:
    enum Column { TextColumn, ColumnCount };

    static constexpr int commandIdBase = 0xB000;
    static constexpr RecordNouns nouns = {"parking-lot", QT_TR_NOOP("Park idea"),
        QT_TR_NOOP("Remove parked idea"), QT_TR_NOOP("Move parked idea"), QT_TR_NOOP("the parked idea “%1”")};
    static constexpr Field labelField = ParkedIdeaField::Text;
    static constexpr const char *columnTitles[ColumnCount] = {QT_TR_NOOP("Parking lot")};
    static QString fieldDisplayName(ParkedIdeaField field) { return parkedIdeaFields().displayName(field); }

    using OrderedRecordModel::OrderedRecordModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "Hold that thought": parks an idea at the end; returns its uuid.
    QString park(const QString &text);
};

} // namespace Inflection
