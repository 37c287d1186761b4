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
    enum Roles {
        UuidRole = Qt::UserRole,
    };

    static constexpr int commandIdBase = 0xB000;
    static QString addText();
    static QString removeText();
    static QString moveText();
    static QString mimeType();
    QString describe(const ParkedIdea &idea) const;
    static QString fieldDisplayName(ParkedIdeaField field) { return parkedIdeaFields().displayName(field); }

    ParkingLotModel(ParkingLotRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "Hold that thought": parks an idea at the end; returns its uuid.
    QString park(const QString &text);
};

} // namespace Inflection
