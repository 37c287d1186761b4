// Contingency table model: rows in manual order, undoable edits, drag and drop by uuid.
#include "contingencymodel.h"

#include "domain/fractionalkey.h"
#include "movecommand.h"
#include "orderedrows.h"
#include "presencecommand.h"
#include "setfieldcommand.h"
#include "store/contingencyrepository.h"

#include <QHash>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
using Presence = PresenceCommand<ContingencyModel>;

} // namespace

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
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_reviewId(reviewId)
{ }

int ContingencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

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
    const ContingencyItem &item = m_items.at(index.row());
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
    const ContingencyItem &item = m_items.at(index.row());
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

void ContingencyModel::push(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

int ContingencyModel::rowOfUuid(const QString &uuid) const
{
    return OrderedRows::rowOfUuid(m_items, uuid);
}

const ContingencyItem *ContingencyModel::recordByUuid(const QString &uuid) const
{
    const int row = rowOfUuid(uuid);
    return row < 0 ? nullptr : &m_items.at(row);
}

QString ContingencyModel::positionBefore(int row, const QString &ignoredUuid) const
{
    return OrderedRows::positionBefore(m_items, row, ignoredUuid);
}

QString ContingencyModel::addItem(int row, const ContingencyItem &fields)
{
    ContingencyItem item = fields;
    item.uuid.clear();
    item.reviewId = m_reviewId;
    item.position = positionBefore(qBound(0, row, int(m_items.size())));
    auto *command = new Presence(this, Presence::Kind::Add, item);
    // The command stores the item on its first redo and learns its uuid; read it before a stack
    // might delete the command (it does when the store refused).
    const qsizetype countBefore = m_items.size();
    QString uuid;
    if (m_undoStack) {
        m_undoStack->push(command);
        if (m_items.size() > countBefore) // stored: the stack keeps the command, so it is still there
            uuid = command->uuid();
    } else {
        command->redo();
        uuid = command->uuid();
        delete command;
    }
    return uuid;
}

int ContingencyModel::addItems(int row, const QList<ContingencyItem> &items)
{
    if (items.isEmpty())
        return 0;
    row = qBound(0, row, int(m_items.size()));
    const QString before = row > 0 ? m_items.at(row - 1).position : QString();
    const QString after = row < m_items.size() ? m_items.at(row).position : QString();
    auto *macro = new QUndoCommand(tr("Add %n contingencies", nullptr, int(items.size())));
    QString previous = before;
    for (ContingencyItem item : items) {
        item.uuid.clear();
        item.reviewId = m_reviewId;
        item.position = FractionalKey::between(previous, after == previous ? QString() : after);
        previous = item.position;
        new Presence(this, Presence::Kind::Add, item, macro);
    }
    const qsizetype countBefore = m_items.size();
    push(macro);
    return int(m_items.size() - countBefore);
}

bool ContingencyModel::removeItems(const QStringList &uuids)
{
    QList<const ContingencyItem *> targets;
    for (const QString &uuid : uuids) {
        if (const ContingencyItem *item = recordByUuid(uuid))
            targets.append(item);
    }
    if (targets.isEmpty())
        return false;
    QUndoCommand *command = nullptr;
    if (targets.size() == 1) {
        command = new Presence(this, Presence::Kind::Remove, *targets.first());
    } else {
        command = new QUndoCommand(tr("Delete %n contingencies", nullptr, int(targets.size())));
        for (const ContingencyItem *item : std::as_const(targets))
            new Presence(this, Presence::Kind::Remove, *item, command);
    }
    const qsizetype countBefore = m_items.size();
    push(command);
    return m_items.size() < countBefore;
}

bool ContingencyModel::moveItem(const QString &uuid, int destinationRow)
{
    const int row = rowOfUuid(uuid);
    if (row < 0 || destinationRow < 0 || destinationRow > m_items.size() || destinationRow == row
        || destinationRow == row + 1)
        return false;
    const QString from = m_items.at(row).position;
    const QString to = positionBefore(destinationRow, uuid);
    if (to.isEmpty())
        return false;
    push(new MoveCommand<ContingencyModel>(this, uuid, from, to));
    return m_items.at(rowOfUuid(uuid)).position == to;
}

bool ContingencyModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > m_items.size() || destinationChild < 0 || destinationChild > m_items.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // onto itself
    QStringList uuids;
    for (int r = sourceRow; r < sourceRow + count; ++r)
        uuids += m_items.at(r).uuid;
    // Each moved item lands just before the item that was at destinationChild (or at the end).
    const QString anchor = destinationChild < m_items.size() ? m_items.at(destinationChild).uuid : QString();
    bool moved = false;
    if (m_undoStack && count > 1)
        m_undoStack->beginMacro(tr("Move %n contingencies", nullptr, count));
    for (const QString &uuid : std::as_const(uuids)) {
        const int target = anchor.isEmpty() ? int(m_items.size()) : rowOfUuid(anchor);
        moved = moveItem(uuid, target) || moved;
    }
    if (m_undoStack && count > 1)
        m_undoStack->endMacro();
    return moved;
}

QStringList ContingencyModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ContingencyModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            rows.append(index.row());
    }
    return OrderedRows::mimeData(mimeType(), m_items, rows);
}

bool ContingencyModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    if (!data || action != Qt::MoveAction || !data->hasFormat(mimeType()))
        return false;
    if (parent.isValid() && parent.model() != this)
        return false;
    if (row > m_items.size())
        return false;
    // Only items of this checklist can be moved here.
    const QStringList uuids = OrderedRows::uuidsOf(data, mimeType());
    for (const QString &uuid : uuids) {
        if (rowOfUuid(uuid) < 0)
            return false;
    }
    return !uuids.isEmpty();
}

bool ContingencyModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on an item: before it. Dropped after the last row or on empty space: at the end.
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_items.size()));
    const QStringList uuids = OrderedRows::uuidsOf(data, mimeType());
    const QString anchor = target < m_items.size() ? m_items.at(target).uuid : QString();
    if (m_undoStack && uuids.size() > 1)
        m_undoStack->beginMacro(tr("Move %n contingencies", nullptr, int(uuids.size())));
    bool moved = false;
    for (const QString &uuid : uuids) {
        if (uuid == anchor)
            continue;
        target = anchor.isEmpty() ? int(m_items.size()) : rowOfUuid(anchor);
        moved = moveItem(uuid, target) || moved;
    }
    if (m_undoStack && uuids.size() > 1)
        m_undoStack->endMacro();
    // The move is done here; the view must not also remove the dragged rows (removeRows is not
    // implemented, so nothing is removed either way).
    return moved;
}

SaveResult<ContingencyItem> ContingencyModel::saveField(
    const ContingencyItem &base, ContingencyField field, const QVariant &value)
{
    return m_repository->updateField(base, field, value);
}

QString ContingencyModel::conflictMessage(
    const ContingencyItem &theirs, ContingencyField field, const QVariant &mine) const
{
    return tr("%1 changed the %2 of the contingency “%3” before you. Theirs: “%4”. Yours, not saved: “%5”.")
        .arg(theirs.updatedBy, contingencyFieldDisplayName(field), theirs.issue,
            theirs.field(field).toString(), mine.toString());
}

bool ContingencyModel::storeInsert(ContingencyItem *item)
{
    QString error;
    const auto stored = m_repository->insert(*item, &error);
    if (!stored) {
        reportError(error);
        return false;
    }
    *item = *stored;
    insertItemWithoutUndo(*stored);
    return true;
}

bool ContingencyModel::storeRemove(const QString &uuid, ContingencyItem *removed)
{
    const ContingencyItem *current = recordByUuid(uuid);
    if (!current)
        return false;
    const auto result = m_repository->remove(*current);
    switch (result.status()) {
    case SaveResult<ContingencyItem>::Status::Saved:
        *removed = result.record();
        removeItemWithoutUndo(uuid);
        return true;
    case SaveResult<ContingencyItem>::Status::Conflict:
        replaceRecordWithoutUndo(result.record());
        reportConflict(
            tr("%1 changed the contingency “%2” while you were deleting it, so it was kept. Delete it "
               "again if it should go.")
                .arg(result.record().updatedBy, result.record().issue));
        return false;
    case SaveResult<ContingencyItem>::Status::Failed:
        reportError(result.errorMessage());
        // Deleted by someone else already: the row goes here too.
        if (!m_repository->find(uuid))
            removeItemWithoutUndo(uuid);
        return false;
    }
    return false;
}

bool ContingencyModel::storeMove(const QString &uuid, const QString &from, const QString &to)
{
    const ContingencyItem *current = recordByUuid(uuid);
    if (!current)
        return false;
    ContingencyItem base = *current;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto result = m_repository->move(base, to);
        switch (result.status()) {
        case SaveResult<ContingencyItem>::Status::Saved:
            replaceRecordWithoutUndo(result.record());
            return true;
        case SaveResult<ContingencyItem>::Status::Failed:
            reportError(result.errorMessage());
            return false;
        case SaveResult<ContingencyItem>::Status::Conflict:
            replaceRecordWithoutUndo(result.record());
            if (result.record().position != from) {
                reportConflict(tr("%1 moved the contingency “%2” before you; it stays where they put it.")
                                   .arg(result.record().updatedBy, result.record().issue));
                return false;
            }
            base = result.record(); // they changed another column: the move still applies
            break;
        }
    }
    return false;
}

int ContingencyModel::sortedRow(const ContingencyItem &item, int ignoredRow) const
{
    return OrderedRows::sortedRow(m_items, item, ignoredRow);
}

void ContingencyModel::moveToSortedRow(int row)
{
    const int target = sortedRow(m_items.at(row), row); // index once the row is taken out
    if (target == row)
        return;
    const int destination = target > row ? target + 1 : target;
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination);
    m_items.move(row, target);
    endMoveRows();
}

void ContingencyModel::insertItemWithoutUndo(const ContingencyItem &item)
{
    if (const int existing = rowOfUuid(item.uuid); existing >= 0) {
        replaceRecordWithoutUndo(item);
        return;
    }
    const int row = sortedRow(item, -1);
    beginInsertRows(QModelIndex(), row, row);
    m_items.insert(row, item);
    endInsertRows();
}

void ContingencyModel::removeItemWithoutUndo(const QString &uuid)
{
    const int row = rowOfUuid(uuid);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void ContingencyModel::replaceRecordWithoutUndo(const ContingencyItem &item)
{
    const int row = rowOfUuid(item.uuid);
    if (row < 0)
        return;
    const bool moved = m_items.at(row).position != item.position;
    if (m_items.at(row) != item) {
        m_items[row] = item;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (moved)
        moveToSortedRow(row);
}

bool ContingencyModel::reload(QString *error)
{
    QString loadError;
    QList<ContingencyItem> fresh = m_repository->forReview(m_reviewId, &loadError);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    if (m_items.isEmpty()) {
        // The first load (or a list that was empty): all rows at once.
        if (!fresh.isEmpty()) {
            beginResetModel();
            m_items = fresh;
            endResetModel();
        }
        return true;
    }
    QHash<QString, int> freshRow;
    freshRow.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh.at(i).uuid, i);
    // Gone: remove, from the bottom.
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (!freshRow.contains(m_items.at(row).uuid)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    // Changed (and perhaps moved): replace in place, then let the row follow its position.
    QSet<QString> present;
    for (int row = 0; row < m_items.size(); ++row)
        present.insert(m_items.at(row).uuid);
    for (const QString &uuid : std::as_const(present))
        replaceRecordWithoutUndo(fresh.at(freshRow.value(uuid)));
    // New: insert where they belong.
    for (const ContingencyItem &item : std::as_const(fresh)) {
        if (!present.contains(item.uuid))
            insertItemWithoutUndo(item);
    }
    return true;
}

} // namespace Inflection
