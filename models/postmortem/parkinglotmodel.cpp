// The parking lot model.
#include "postmortem/parkinglotmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString ParkingLotModel::addText()
{
    return tr("Park idea");
}

QString ParkingLotModel::removeText()
{
    return tr("Remove parked idea");
}

QString ParkingLotModel::moveText()
{
    return tr("Move parked idea");
}

QString ParkingLotModel::mimeType()
{
    return u"application/x-inflection-parking-lot-uuids"_s;
}

QString ParkingLotModel::describe(const ParkedIdea &idea) const
{
    return tr("the parked idea “%1”").arg(idea.text);
}

ParkingLotModel::ParkingLotModel(ParkingLotRepository *repository, qint64 reviewId, QObject *parent)
    : OrderedRecordModel(repository, reviewId, parent)
{ }

int ParkingLotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ParkingLotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParkedIdea &idea = m_records.at(index.row());
    if (role == UuidRole)
        return idea.uuid;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return idea.text;
    return {};
}

QVariant ParkingLotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Parking lot");
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ParkingLotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QString ParkingLotModel::park(const QString &text)
{
    ParkedIdea idea;
    idea.text = text;
    return addRecord(rowCount(), idea);
}

} // namespace Inflection
