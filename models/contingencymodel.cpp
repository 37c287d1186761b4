// Contingency table model: rows in manual order, undoable edits, drag and drop by uuid.
#include "contingencymodel.h"

#include "conflictvalue.h"

#include "setfieldcommand.h"
#include "store/contingencyrepository.h"

#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString ContingencyModel::addText()
{
    return tr("Add contingency");
}

QString ContingencyModel::removeText()
{
    return tr("Delete contingency");
}

QString ContingencyModel::moveText()
{
    return tr("Move contingency");
}

QString ContingencyModel::mimeType()
{
    return u"application/x-inflection-contingency-uuids"_s;
}

ContingencyModel::ContingencyModel(ContingencyRepository *repository, qint64 reviewId, QObject *parent)
    : OrderedRecordModel(repository, reviewId, parent)
{ }

int ContingencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ContingencyModel::fieldOfColumn(int column, ContingencyField *field)
{
    switch (column) {
    case IssueColumn:
        *field = ContingencyField::Issue;
        return true;
    case LikelihoodColumn:
        *field = ContingencyField::Likelihood;
        return true;
    case ImpactColumn:
        *field = ContingencyField::Impact;
        return true;
    case CommentsColumn:
        *field = ContingencyField::Comments;
        return true;
    case EngineeringColumn:
        *field = ContingencyField::Engineering;
        return true;
    case OnsiteMessagingColumn:
        *field = ContingencyField::OnsiteMessaging;
        return true;
    case PrColumn:
        *field = ContingencyField::PrNeeded;
        return true;
    default:
        return false;
    }
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
    default:
        break;
    }
    const int column = index.column();
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
            return u"%1 · %2"_s.arg(level).arg(
                column == LikelihoodColumn ? likelihoodLabel(level) : impactLabel(level));
        if (role == Qt::EditRole || role == SortRole)
            return level;
        return {};
    }
    ContingencyField field;
    if (fieldOfColumn(column, &field)
        && (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole))
        return item.field(field);
    return {};
}

QVariant ContingencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == ScoreColumn)
            return tr("Score");
        ContingencyField field;
        if (fieldOfColumn(section, &field))
            return contingencyFieldDisplayName(field);
        return {};
    }
    if (role == Qt::ToolTipRole) {
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
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags ContingencyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == PrColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() != ScoreColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ContingencyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ContingencyField field;
    if (!fieldOfColumn(index.column(), &field))
        return false;
    QVariant newValue = value;
    if (field == ContingencyField::PrNeeded) {
        if (role != Qt::CheckStateRole)
            return false;
        newValue = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    const ContingencyItem &item = m_records.at(index.row());
    if (item.field(field) == newValue)
        return false;
    ContingencyItem probe = item;
    if (!probe.setField(field, newValue))
        return false;
    const QString uuid = item.uuid;
    push(new SetFieldCommand<ContingencyModel>(this, uuid, field, newValue));
    const ContingencyItem *after = recordByUuid(uuid);
    return after && after->field(field) == newValue;
}

int ContingencyModel::addItems(int row, const QList<ContingencyItem> &items)
{
    return addRecords(row, items, tr("Add %n contingencies", nullptr, int(items.size())));
}

bool ContingencyModel::removeItems(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Delete %n contingencies", nullptr, int(uuids.size())));
}

QString ContingencyModel::describe(const ContingencyItem &item) const
{
    return tr("the contingency “%1”").arg(item.issue);
}

SaveResult<ContingencyItem> ContingencyModel::saveField(
    const ContingencyItem &base, ContingencyField field, const QVariant &value)
{
    return repository()->updateField(base, field, value);
}

QString ContingencyModel::conflictMessage(
    const ContingencyItem &theirs, ContingencyField field, const QVariant &mine) const
{
    const auto shown = [field](const QVariant &value) {
        if (field == ContingencyField::Likelihood)
            return likelihoodLabel(value.toInt());
        if (field == ContingencyField::Impact)
            return impactLabel(value.toInt());
        return conflictValueText(value);
    };
    return tr("%1 changed the %2 of the contingency “%3” before you. Theirs: “%4”. Yours, not saved: “%5”.")
        .arg(theirs.updatedBy, contingencyFieldDisplayName(field), theirs.issue, shown(theirs.field(field)),
            shown(mine));
}

} // namespace Inflection
