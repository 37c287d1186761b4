// Review table model: rows loaded from the store, refreshed in place, edits through undo commands.
#include "workspace/reviewlistmodel.h"

#include "domain/datetimeformat.h"
#include "domain/displaytext.h"
#include "editing/conflictvalue.h"
#include "store/changelogrepository.h"

#include "editing/setfieldcommand.h"
#include "editing/undo.h"
#include "store/reviewrepository.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

static QIcon kindIcon(ReviewKind kind)
{
    static const QIcon icons[] = {QIcon(u":/inflection/icons/architecture.svg"_s),
        QIcon(u":/inflection/icons/operability.svg"_s), QIcon(u":/inflection/icons/postmortem.svg"_s)};
    return icons[static_cast<int>(kind)];
}

ReviewListModel::ReviewListModel(ReviewRepository *repository, QObject *parent)
    : RecordTableModel(parent)
    , m_repository(repository)
{ }

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Review &r = m_reviews.at(index.row());
    switch (role) {
    case UuidRole:
        return r.uuid;
    case KindRole:
        return static_cast<int>(r.kind);
    case StatusRole:
        return static_cast<int>(r.status);
    case UpdatedAtRole:
        return r.updatedAt;
    case UpdatedByRole:
        return r.updatedBy;
    case RevisionRole:
        return r.revision;
    case OverdueRole:
        return m_overdue.value(r.id);
    case NewTechnologyRole:
        return m_newTechnology.value(r.id);
    case OnHoldTechnologyRole:
        return m_onHoldTechnology.value(r.id);
    default:
        break;
    }
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DecorationRole)
            return kindIcon(r.kind);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return reviewKinds().displayName(r.kind);
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole) {
            QString shown = DisplayText::line(r.title);
            if (m_newTechnology.value(r.id) > 0)
                shown = tr("%1 · new technology").arg(shown);
            if (m_onHoldTechnology.value(r.id) > 0)
                shown = tr("%1 · technology on hold").arg(shown);
            return shown;
        }
        if (role == Qt::ToolTipRole
            && (m_newTechnology.value(r.id) > 0 || m_onHoldTechnology.value(r.id) > 0)) {
            QStringList lines;
            if (m_newTechnology.value(r.id) > 0)
                lines += tr("Brings new technology: departures not among the known technologies: %1")
                             .arg(m_newTechnology.value(r.id));
            if (m_onHoldTechnology.value(r.id) > 0)
                lines += tr("Departs to technology the radar puts on hold: %1")
                             .arg(m_onHoldTechnology.value(r.id));
            return lines.join(u'\n');
        }
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return r.title;
        if (role == Qt::ForegroundRole && m_overdue.value(r.id) > 0)
            return QColor(0xc0, 0x30, 0x30);
        if (role == Qt::ToolTipRole && m_overdue.value(r.id) > 0)
            return tr(
                "%n remediation item(s) overdue: tasks should not linger", nullptr, m_overdue.value(r.id));
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return reviewStatuses().displayName(r.status);
        if (role == Qt::EditRole)
            return reviewStatuses().key(r.status);
        if (role == SortRole)
            return static_cast<int>(r.status);
        break;
    case SystemColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::line(r.system);
        if (role == Qt::EditRole || role == SortRole)
            return r.system;
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::line(r.owner);
        if (role == Qt::EditRole || role == SortRole)
            return r.owner;
        break;
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return DateTimeFormat::dateTime(r.updatedAt.toLocalTime());
        if (role == Qt::ToolTipRole)
            return tr("Changed by %1").arg(r.updatedBy);
        if (role == SortRole)
            return r.updatedAt.toMSecsSinceEpoch(); // cheap to compare, unlike QDateTime
        break;
    case LastChangeColumn:
        if (r.lastChangeBy.isEmpty() && r.lastChangeWhat.isEmpty())
            break;
        if (role == Qt::DisplayRole || role == SortRole) {
            const QString action = ChangeLogRepository::actionDisplayName(r.lastChangeWhat);
            const QString what = r.lastChangeField.isEmpty()
                ? action
                : tr("%1 %2").arg(action, ChangeLogRepository::fieldDisplayName(r.lastChangeField));
            return r.lastChangeBy.isEmpty() ? what : tr("%1: %2").arg(r.lastChangeBy, what);
        }
        if (role == Qt::ToolTipRole)
            return QLocale().toString(r.lastChangeAt.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The latest change first on the first click.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && section == UpdatedColumn)
        return Qt::DescendingOrder;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case SystemColumn:
        return tr("System");
    case OwnerColumn:
        return tr("Owner");
    case UpdatedColumn:
        return tr("Updated");
    case LastChangeColumn:
        return tr("Last change");
    default:
        return {};
    }
}

ReviewField ReviewListModel::fieldOfColumn(int column, bool *ok)
{
    *ok = true;
    switch (column) {
    case TitleColumn:
        return ReviewField::Title;
    case StatusColumn:
        return ReviewField::Status;
    case SystemColumn:
        return ReviewField::System;
    case OwnerColumn:
        return ReviewField::Owner;
    default:
        *ok = false;
        return ReviewField::Title;
    }
}

Qt::ItemFlags ReviewListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    bool editable = false;
    fieldOfColumn(index.column(), &editable);
    if (index.isValid() && editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool editable = false;
    const ReviewField field = fieldOfColumn(index.column(), &editable);
    if (!editable)
        return false;
    return setField(m_reviews.at(index.row()).uuid, field, value);
}

bool ReviewListModel::setField(const QString &uuid, ReviewField field, const QVariant &value)
{
    return setField(uuid, field, value, undoStackFor(uuid));
}

bool ReviewListModel::setField(
    const QString &uuid, ReviewField field, const QVariant &value, QUndoStack *stack)
{
    const Review *review = reviewByUuid(uuid);
    if (!review || review->field(field) == value)
        return false;
    // A value that does not fit the field goes to the store all the same: it refuses it, and the
    // command tells the user so (nothing is refused silently).
    Undo::push(stack, new SetFieldCommand<ReviewListModel>(this, uuid, field, value));
    const Review *after = reviewByUuid(uuid);
    return after && after->field(field) == value;
}

Result<Review> ReviewListModel::saveField(const Review &base, ReviewField field, const QVariant &value)
{
    return m_repository->updateField(base, field, value);
}

QString ReviewListModel::describe(const Review &review) const
{
    return tr("the review “%1”").arg(review.title);
}

QString ReviewListModel::shownValue(ReviewField field, const QVariant &value) const
{
    if (field == ReviewField::Status)
        return reviewStatuses().displayNameOfKey(value.toString());
    return conflictValueText(value);
}

void ReviewListModel::setOverdueCounts(const QHash<qint64, int> &counts)
{
    if (counts == m_overdue)
        return;
    m_overdue = counts;
    if (!m_reviews.isEmpty())
        Q_EMIT dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn));
}

void ReviewListModel::setTechnologyCounts(const QHash<qint64, int> &fresh, const QHash<qint64, int> &onHold)
{
    if (fresh == m_newTechnology && onHold == m_onHoldTechnology)
        return;
    m_newTechnology = fresh;
    m_onHoldTechnology = onHold;
    if (!m_reviews.isEmpty())
        Q_EMIT dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn));
}

int ReviewListModel::rowOfUuid(const QString &uuid) const
{
    for (int row = 0; row < m_reviews.size(); ++row) {
        if (m_reviews.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

const Review *ReviewListModel::reviewByUuid(const QString &uuid) const
{
    const int row = rowOfUuid(uuid);
    return row < 0 ? nullptr : &m_reviews.at(row);
}

Result<> ReviewListModel::loadMostRecent(int limit)
{
    const Result<QList<Review>> recent = m_repository->mostRecent(limit + 1);
    if (!recent)
        return Result<>::errorOf(recent);
    beginResetModel();
    m_reviews = recent->mid(0, limit);
    m_complete = recent->size() <= limit;
    endResetModel();
    return {};
}

bool ReviewListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void ReviewListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && !m_complete) {
        if (Result<> loaded = reload(); !loaded)
            reportError(loaded.message());
    }
}

Result<> ReviewListModel::reload()
{
    const Result<QList<Review>> loaded = m_repository->all();
    if (!loaded)
        return Result<>::errorOf(loaded);
    const QList<Review> &fresh = *loaded;
    QHash<QString, const Review *> byUuid;
    byUuid.reserve(fresh.size());
    for (const Review &r : fresh)
        byUuid.insert(r.uuid, &r);

    // Remove the rows that are gone, from the bottom, in contiguous runs.
    for (int row = int(m_reviews.size()) - 1; row >= 0;) {
        if (byUuid.contains(m_reviews.at(row).uuid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !byUuid.contains(m_reviews.at(first - 1).uuid))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_reviews.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Update the rows that changed.
    QSet<QString> present;
    for (int row = 0; row < m_reviews.size(); ++row) {
        const Review &now = *byUuid.value(m_reviews.at(row).uuid);
        present.insert(now.uuid);
        if (now != m_reviews.at(row)) {
            m_reviews[row] = now;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Append the new ones in store order.
    QList<Review> added;
    for (const Review &r : fresh) {
        if (!present.contains(r.uuid))
            added.append(r);
    }
    if (!added.isEmpty()) {
        const int first = int(m_reviews.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_reviews.append(added);
        endInsertRows();
    }
    m_complete = true;
    return {};
}

void ReviewListModel::insertReviewWithoutUndo(const Review &review)
{
    if (rowOfUuid(review.uuid) >= 0) {
        replaceReviewWithoutUndo(review);
        return;
    }
    const int row = int(m_reviews.size());
    beginInsertRows(QModelIndex(), row, row);
    m_reviews.append(review);
    endInsertRows();
}

Result<> ReviewListModel::refreshReview(const QString &uuid)
{
    const int row = rowOfUuid(uuid);
    if (row < 0)
        return {};
    const Result<Review> stored = m_repository->find(uuid);
    if (stored.error() == ErrorKind::Missing) {
        removeReviewWithoutUndo(uuid);
        return {};
    }
    if (!stored)
        return Result<>::errorOf(stored);
    if (*stored != m_reviews.at(row))
        replaceReviewWithoutUndo(*stored);
    return {};
}

void ReviewListModel::replaceReviewWithoutUndo(const Review &review)
{
    const int row = rowOfUuid(review.uuid);
    if (row < 0)
        return;
    m_reviews[row] = review;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReviewListModel::removeReviewWithoutUndo(const QString &uuid)
{
    const int row = rowOfUuid(uuid);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_reviews.removeAt(row);
    endRemoveRows();
}

} // namespace Inflection
