// The parking lot model.
#include "postmortem/parkinglotmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

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
