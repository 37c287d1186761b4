// Timeline model: display and editing of events, order flags, sort by time with few moves.
#include "postmortem/timelinemodel.h"

#include "domain/datetimeformat.h"
#include "domain/timestamp.h"
#include "editing/conflictvalue.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// The indices of a longest strictly increasing subsequence of values (patience sorting).
QList<int> longestIncreasing(const QList<int> &values)
{
    QList<int> tailIndex; // index into values of the smallest tail of each length
    QList<int> previous(values.size(), -1);
    for (int i = 0; i < values.size(); ++i) {
        const auto it = std::lower_bound(tailIndex.begin(), tailIndex.end(), values.at(i),
            [&values](int index, int value) { return values.at(index) < value; });
        const auto length = it - tailIndex.begin();
        previous[i] = length > 0 ? tailIndex.at(length - 1) : -1;
        if (it == tailIndex.end())
            tailIndex.append(i);
        else
            *it = i;
    }
    QList<int> result;
    for (int i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = previous.at(i))
        result.prepend(i);
    return result;
}

} // namespace

TimelineModel::TimelineModel(TimelineRepository *repository, qint64 reviewId, QObject *parent)
    : OrderedRecordModel(repository, reviewId, parent)
{
    // Flags are computed when asked for; views repaint moved, inserted and removed rows anyway, so
    // only an edited time needs its neighbour signalled.
    connect(this, &QAbstractItemModel::dataChanged, this, &TimelineModel::signalNextTimedRow);
}

void TimelineModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

bool TimelineModel::isOutOfOrder(int row) const
{
    if (row < 0 || row >= m_records.size() || !m_records.at(row).occurredAt.isValid())
        return false;
    for (int above = row - 1; above >= 0; --above) {
        const QDateTime &time = m_records.at(above).occurredAt;
        if (time.isValid())
            return m_records.at(row).occurredAt < time;
    }
    return false;
}

void TimelineModel::signalNextTimedRow(const QModelIndex &, const QModelIndex &bottomRight)
{
    if (m_signallingFlags)
        return;
    for (int row = bottomRight.row() + 1; row < m_records.size(); ++row) {
        if (m_records.at(row).occurredAt.isValid()) {
            m_signallingFlags = true;
            Q_EMIT dataChanged(index(row, TimeColumn), index(row, TimeColumn));
            m_signallingFlags = false;
            return;
        }
    }
}

int TimelineModel::outOfOrderCount() const
{
    int count = 0;
    QDateTime above;
    for (const TimelineEvent &e : m_records) {
        if (!e.occurredAt.isValid())
            continue;
        if (above.isValid() && e.occurredAt < above)
            ++count;
        above = e.occurredAt;
    }
    return count;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_records.at(index.row());
    switch (role) {
    case UuidRole:
        return e.uuid;
    case KindRole:
        return timelineKinds().key(e.kind);
    case OccurredAtRole:
        return e.occurredAt;
    case OutOfOrderRole:
        return isOutOfOrder(index.row());
    case PositionRole:
        return e.position;
    case ReasoningRole:
        return e.reasoning;
    default:
        break;
    }
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole) {
            if (!e.occurredAt.isValid())
                return {};
            // As a timeline is read: times of day, with the date where the day changes.
            const QDateTime local = wallClockIn(e.occurredAt, m_zone);
            QDate previous;
            for (int above = index.row() - 1; above >= 0 && !previous.isValid(); --above) {
                if (m_records.at(above).occurredAt.isValid())
                    previous = wallClockIn(m_records.at(above).occurredAt, m_zone).date();
            }
            const QString time = DateTimeFormat::time(local.time(), DateTimeFormat::Precision::Seconds);
            return previous == local.date() ? time : DateTimeFormat::date(local.date()) + u' ' + time;
        }
        if (role == Qt::EditRole) // the wall-clock time in the workspace's zone, for an editor
            return e.occurredAt.isValid() ? QVariant(wallClockIn(e.occurredAt, m_zone)) : QVariant();
        if (role == Qt::ToolTipRole && isOutOfOrder(index.row()))
            return tr("Earlier than the event above it: is this the order in which events took place?");
        if (role == Qt::FontRole && isOutOfOrder(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && isOutOfOrder(index.row()))
            return QColor(0xc0, 0x30, 0x30);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return timelineKinds().displayName(e.kind);
        if (role == Qt::EditRole)
            return timelineKinds().key(e.kind);
        if (role == Qt::DecorationRole)
            return timelineKindColor(e.kind);
        break;
    case AgreedColumn:
        if (role == Qt::CheckStateRole)
            return e.agreed ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Everyone agrees this happened, at this point");
        break;
    default:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return e.field(static_cast<TimelineField>(index.column()));
        break;
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    return index.column() == AgreedColumn ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto column = fieldOfColumn(index.column());
    if (!column)
        return false;
    const TimelineField field = *column;
    QVariant newValue = value;
    if (field == TimelineField::Agreed) {
        if (role != Qt::CheckStateRole)
            return false;
        newValue = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (field == TimelineField::OccurredAt) {
        newValue = fromWallClock(value.toDateTime(), m_zone); // an editor's time is in the workspace's zone
    }
    return setField(m_records.at(index.row()).uuid, field, newValue);
}

bool TimelineModel::removeEvents(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Delete %n events", nullptr, int(uuids.size())));
}

bool TimelineModel::sortByTime()
{
    // Groups: an event with a time and the untimed events after it; untimed events at the very top
    // stay there.
    struct Group
    {
        QDateTime time;
        QList<int> rows;
    };
    QList<int> leading;
    QList<Group> groups;
    for (int row = 0; row < m_records.size(); ++row) {
        const QDateTime &time = m_records.at(row).occurredAt;
        if (time.isValid())
            groups.append({time, {row}});
        else if (groups.isEmpty())
            leading.append(row);
        else
            groups.last().rows.append(row);
    }
    std::stable_sort(
        groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.time < b.time; });
    QList<int> target = leading;
    for (const Group &group : std::as_const(groups))
        target += group.rows;

    // The events of the longest run already in order keep their keys; the others move between them.
    const QList<int> keep = longestIncreasing(target);
    if (keep.size() == target.size())
        return false;
    QList<bool> kept(target.size(), false);
    for (const int i : keep)
        kept[i] = true;
    struct Move
    {
        QString uuid;
        QString from;
        QString to;
    };
    QList<Move> moves;
    QString previous;
    for (int i = 0; i < target.size(); ++i) {
        const TimelineEvent &e = m_records.at(target.at(i));
        if (kept.at(i)) {
            previous = e.position;
            continue;
        }
        QString next;
        for (int j = i + 1; j < target.size(); ++j) {
            if (kept.at(j)) {
                next = m_records.at(target.at(j)).position;
                break;
            }
        }
        const QString key = FractionalKey::between(previous, next);
        if (key.isEmpty())
            return false; // equal keys around: leave the order as it is
        moves.append({e.uuid, e.position, key});
        previous = key;
    }
    auto *sort = new QUndoCommand(tr("Sort by time"));
    for (const Move &move : std::as_const(moves))
        new MoveCommand<TimelineModel>(this, move.uuid, move.from, move.to, sort);
    push(sort);
    return true;
}

QString TimelineModel::shownValue(TimelineField field, const QVariant &value) const
{
    if (field == TimelineField::OccurredAt)
        return conflictValueText(wallClockIn(value.toDateTime(), m_zone));
    if (field == TimelineField::Kind)
        return timelineKinds().displayNameOfKey(value.toString());
    return conflictValueText(value);
}

} // namespace Inflection
