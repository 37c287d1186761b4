// Departures from known technology.
#include "architecture/departuremodel.h"

#include "editing/conflictvalue.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString DepartureModel::addText()
{
    return tr("Add departure");
}

QString DepartureModel::removeText()
{
    return tr("Delete departure");
}

QString DepartureModel::moveText()
{
    return tr("Move departure");
}

QString DepartureModel::mimeType()
{
    return u"application/x-inflection-departure-uuids"_s;
}

QString DepartureModel::describe(const Departure &departure) const
{
    return tr("the departure “%1”").arg(departure.name);
}

DepartureModel::DepartureModel(DepartureRepository *repository, qint64 reviewId, QObject *parent)
    : OrderedRecordModel(repository, reviewId, parent)
{ }

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

int DepartureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<DepartureField> DepartureModel::fieldOfColumn(int column)
{
    if (column < 0 || column >= ColumnCount)
        return std::nullopt;
    return static_cast<DepartureField>(column); // the columns follow the fields
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

QVariant DepartureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Technology or pattern");
    case CostsColumn:
        return tr("Costs");
    case TradeoffsColumn:
        return tr("Trade-offs");
    case ProhibitsColumn:
        return tr("What it prohibits later");
    default:
        return {};
    }
}

Qt::ItemFlags DepartureModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsEditable;
}

bool DepartureModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto field = fieldOfColumn(index.column());
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !field)
        return false;
    return setField(m_records.at(index.row()).uuid, *field, value);
}

bool DepartureModel::setField(QString uuid, DepartureField field, const QVariant &value)
{
    return setRecordField(uuid, field, value);
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
