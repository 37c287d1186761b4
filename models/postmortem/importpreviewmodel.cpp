// Rows of the import preview.
#include "postmortem/importpreviewmodel.h"

#include "domain/datetimeformat.h"
#include "domain/timestamp.h"
#include "postmortem/timelinemodel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void ImportPreviewModel::setEvents(const QList<TimelineEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return DateTimeFormat::dateTime(
                wallClockIn(e.occurredAt, m_zone), DateTimeFormat::Precision::Seconds);
        case KindColumn:
            return timelineKinds().displayName(e.kind);
        case ActorColumn:
            return e.actor;
        case TextColumn:
            return role == Qt::DisplayRole ? QString(e.text).replace(u'\n', u' ') : e.text;
        case SourceColumn:
            return e.source;
        default:
            break;
        }
    }
    if (role == Qt::DecorationRole && index.column() == KindColumn)
        return timelineKindColor(e.kind);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The timeline's own titles: these rows become its rows.
    static constexpr TimelineModel::Column shown[ColumnCount]
        = {TimelineModel::TimeColumn, TimelineModel::KindColumn, TimelineModel::ActorColumn,
            TimelineModel::TextColumn, TimelineModel::SourceColumn};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return TimelineModel::tr(TimelineModel::columnTitles[shown[section]]);
}

} // namespace Inflection
