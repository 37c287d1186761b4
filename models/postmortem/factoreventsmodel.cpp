// The events a contributing factor shows in, to check and uncheck.
#include "postmortem/factoreventsmodel.h"

#include "postmortem/contributingfactormodel.h"
#include "postmortem/timelinemodel.h"

namespace Inflection {

FactorEventsModel::FactorEventsModel(
    ContributingFactorModel *factors, TimelineModel *timeline, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_factors(factors)
    , m_timeline(timeline)
{
    setSourceModel(timeline);
    connect(factors, &QAbstractItemModel::dataChanged, this, &FactorEventsModel::factorsChanged);
    // The factor may be gone (deleted, or reloaded without it).
    connect(factors, &QAbstractItemModel::rowsRemoved, this, &FactorEventsModel::checksChanged);
    connect(factors, &QAbstractItemModel::rowsInserted, this, &FactorEventsModel::checksChanged);
    connect(factors, &QAbstractItemModel::modelReset, this, &FactorEventsModel::checksChanged);
    connect(timeline, &QAbstractItemModel::dataChanged, this, &FactorEventsModel::eventsChanged);
    // An event's place changes when others are added, deleted or moved.
    const auto placesChanged = [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole, Qt::ToolTipRole});
    };
    connect(timeline, &QAbstractItemModel::rowsInserted, this, placesChanged);
    connect(timeline, &QAbstractItemModel::rowsRemoved, this, placesChanged);
    connect(timeline, &QAbstractItemModel::rowsMoved, this, placesChanged);
}

void FactorEventsModel::setFactor(const QString &uuid)
{
    if (uuid == m_factor)
        return;
    beginResetModel(); // checkable or not, throughout
    m_factor = uuid;
    endResetModel();
}

void FactorEventsModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

bool FactorEventsModel::hasFactor() const
{
    return !m_factor.isEmpty() && m_factors && m_factors->recordByUuid(m_factor);
}

QStringList FactorEventsModel::linked() const
{
    if (!hasFactor())
        return {};
    return m_factors->linkedEvents(*m_factors->recordByUuid(m_factor));
}

QVariant FactorEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() != 0)
        return QIdentityProxyModel::data(index, role);
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString time = m_timeline->index(row, TimelineModel::TimeColumn).data().toString();
        const QString text = m_timeline->index(row, TimelineModel::TextColumn).data().toString();
        // By its place in the timeline, as the "Shows in" column names it.
        return time.isEmpty() ? tr("%1. %2").arg(row + 1).arg(text)
                              : tr("%1. %2 — %3").arg(row + 1).arg(time, text);
    }
    case Qt::CheckStateRole:
        if (!hasFactor())
            return {};
        return linked().contains(m_timeline->recordAt(row).uuid) ? Qt::Checked : Qt::Unchecked;
    case Qt::EditRole:
    case Qt::TextAlignmentRole:
    case Qt::DecorationRole:
        return {}; // the time column's own: not this list's
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

Qt::ItemFlags FactorEventsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable; // the events are edited on the timeline
    if (index.column() == 0 && hasFactor() && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool FactorEventsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != 0 || m_readOnly || !hasFactor()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    // Undone or not, the factor's dataChanged tells the list.
    return m_factors->setLinked(m_factor, m_timeline->recordAt(index.row()).uuid, checked);
}

void FactorEventsModel::checksChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

void FactorEventsModel::factorsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_factor.isEmpty() || !m_factors)
        return;
    const int row = m_factors->rowOfUuid(m_factor);
    if (row >= topLeft.row() && row <= bottomRight.row()
        && topLeft.column() <= ContributingFactorModel::EventsColumn
        && bottomRight.column() >= ContributingFactorModel::EventsColumn)
        checksChanged();
}

void FactorEventsModel::eventsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The time or the text of an event: its line reads from both.
    if (topLeft.isValid() && bottomRight.isValid())
        Q_EMIT dataChanged(
            index(topLeft.row(), 0), index(bottomRight.row(), 0), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace Inflection
