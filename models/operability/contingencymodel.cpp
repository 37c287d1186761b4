// Contingency table model: rows in manual order, undoable edits, drag and drop by uuid.
#include "operability/contingencymodel.h"

#include "editing/conflictvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

std::optional<ContingencyField> ContingencyModel::fieldOfColumn(int column)
{
    // The fields in their order, with the score (computed) between impact and comments.
    if (column < 0 || column > PrColumn || column == ScoreColumn)
        return std::nullopt;
    return static_cast<ContingencyField>(column < ScoreColumn ? column : column - 1);
}

QVariant ContingencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContingencyItem &item = m_records.at(index.row());
    switch (role) {
    case UuidRole:
        return item.uuid;
    case LikelihoodRole:
        return item.likelihood;
    case ImpactRole:
        return item.impact;
    case ScoreRole:
        return item.score();
    case PositionRole:
        return item.position;
    case IncidentsRole:
        return m_incidents.reviewsOf(item.uuid);
    case IncidentCountRole:
        return m_incidents.countOf(item.uuid);
    default:
        break;
    }
    const int column = index.column();
    if (column == IncidentsColumn) {
        const QList<LinkedIncident> incidents = m_incidents.of(item.uuid);
        if (role == SortRole)
            return int(incidents.size());
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        QStringList lines;
        for (const LinkedIncident &incident : incidents) {
            //: An incident linked to a contingency item: the postmortem's title and what it says of the item.
            lines.append(
                tr("%1 (%2)").arg(incident.title, foresightVerdicts().displayName(incident.verdict)));
        }
        if (role == Qt::ToolTipRole && !lines.isEmpty())
            return tr("Incidents that were this item (double-click opens the postmortem):\n%1")
                .arg(lines.join(u'\n'));
        return lines.join(u"; "_s);
    }
    if (column == ScoreColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return item.score();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        if (role == Qt::ToolTipRole)
            return tr("Likelihood × impact");
        return {};
    }
    if (column == PrColumn) {
        if (role == Qt::CheckStateRole)
            return item.prNeeded ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return item.prNeeded ? 1 : 0;
        if (role == Qt::ToolTipRole)
            return tr("Is PR needed for the contingency (i.e. larger scale failure)");
        return {};
    }
    if (column == LikelihoodColumn || column == ImpactColumn) {
        const int level = column == LikelihoodColumn ? item.likelihood : item.impact;
        if (role == Qt::DisplayRole)
            return levelText(
                column == LikelihoodColumn ? ContingencyField::Likelihood : ContingencyField::Impact, level);
        if (role == Qt::EditRole || role == SortRole)
            return level;
        return {};
    }
    const auto field = fieldOfColumn(column);
    if (field && (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole))
        return item.field(*field);
    return {};
}

QVariant ContingencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Numbers sort largest first on the first click: the riskiest items on top.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole
        && (section == LikelihoodColumn || section == ImpactColumn || section == ScoreColumn
            || section == PrColumn))
        return Qt::DescendingOrder;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // The talk's own explanation of each column.
        switch (section) {
        case IssueColumn:
            return tr("What could possibly go wrong with the feature launched in production?");
        case LikelihoodColumn:
            return tr("What is the likelihood of each item going wrong?");
        case ImpactColumn:
            return tr(
                "This is just a measure of how impactful this will be if it does actually turn out to be a "
                "concern.");
        case CommentsColumn:
            return tr("Any comments about the item?");
        case EngineeringColumn:
            return tr("What do we do to mitigate the issue with the item (i.e. can we gracefully degrade?)");
        case OnsiteMessagingColumn:
            return tr("What is the messaging to the user in the forums, blog, and social media if this needs "
                      "graceful degradation?");
        case PrColumn:
            return tr("Is PR needed for the contingency (i.e. larger scale failure)");
        case IncidentsColumn:
            return tr("The incidents whose postmortems say they were this item, and whether its mitigation "
                      "held");
        default:
            return {};
        }
    }
    return OrderedRecordModel::headerData(section, orientation, role);
}

Qt::ItemFlags ContingencyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == PrColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() != ScoreColumn && index.column() != IncidentsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ContingencyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto field = fieldOfColumn(index.column());
    if (!field)
        return false;
    QVariant newValue = value;
    if (*field == ContingencyField::PrNeeded) {
        if (role != Qt::CheckStateRole)
            return false;
        newValue = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    return setField(m_records.at(index.row()).uuid, *field, newValue);
}

int ContingencyModel::addItems(int row, const QList<ContingencyItem> &items)
{
    return addRecords(row, items, tr("Add %n contingencies", nullptr, int(items.size())));
}

bool ContingencyModel::removeItems(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Delete %n contingencies", nullptr, int(uuids.size())));
}

void ContingencyModel::setIncidents(const LinkedIncidents &incidents)
{
    m_incidents = incidents;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, IncidentsColumn), index(rowCount() - 1, IncidentsColumn));
}

QString ContingencyModel::levelText(ContingencyField field, int level)
{
    return u"%1 · %2"_s.arg(level).arg(
        field == ContingencyField::Likelihood ? likelihoodLabel(level) : impactLabel(level));
}

QString ContingencyModel::shownValue(ContingencyField field, const QVariant &value) const
{
    if (field == ContingencyField::Likelihood || field == ContingencyField::Impact)
        return levelText(field, value.toInt());
    return conflictValueText(value);
}

} // namespace Inflection
