// Contributing factors.
#include "postmortem/contributingfactormodel.h"

#include "editing/conflictvalue.h"
#include "editing/setfieldcommand.h"
#include "postmortem/timelinemodel.h"

#include <QUndoCommand>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ContributingFactorModel::ContributingFactorModel(
    ContributingFactorRepository *repository, qint64 reviewId, QObject *parent)
    : OrderedRecordModel(repository, reviewId, parent)
{ }

void ContributingFactorModel::setCategories(const QList<FactorCategory> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, CategoryColumn), index(rowCount() - 1, CategoryColumn));
}

void ContributingFactorModel::setTimeline(TimelineModel *timeline)
{
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    if (timeline) {
        // An event's place changes when events are added, deleted or moved.
        connect(timeline, &QAbstractItemModel::rowsInserted, this, &ContributingFactorModel::timelineChanged);
        connect(timeline, &QAbstractItemModel::rowsRemoved, this, &ContributingFactorModel::timelineChanged);
        connect(timeline, &QAbstractItemModel::rowsMoved, this, &ContributingFactorModel::timelineChanged);
        connect(timeline, &QAbstractItemModel::modelReset, this, &ContributingFactorModel::timelineChanged);
    }
    timelineChanged();
}

void ContributingFactorModel::timelineChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EventsColumn), index(rowCount() - 1, EventsColumn));
}

QStringList ContributingFactorModel::linkedEvents(const ContributingFactor &factor) const
{
    if (!m_timeline)
        return {};
    QList<std::pair<int, QString>> rows;
    for (const QString &uuid : factor.events) {
        if (const int row = m_timeline->rowOfUuid(uuid); row >= 0)
            rows.append({row, uuid});
    }
    std::sort(rows.begin(), rows.end());
    QStringList uuids;
    for (const auto &[row, uuid] : std::as_const(rows))
        uuids.append(uuid);
    return uuids;
}

QString ContributingFactorModel::eventsText(const ContributingFactor &factor) const
{
    QList<int> places;
    for (const QString &uuid : linkedEvents(factor))
        places.append(m_timeline->rowOfUuid(uuid) + 1);
    return eventPlacesText(places); // "Event 4", "Events 2, 5"
}

QVariant ContributingFactorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContributingFactor &factor = m_records.at(index.row());
    switch (role) {
    case UuidRole:
        return factor.uuid;
    case LinkedEventsRole:
        return linkedEvents(factor);
    default:
        break;
    }
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return factor.text;
        break;
    case CategoryColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return factor.category.isEmpty() ? QString() : factorCategoryName(m_categories, factor.category);
        if (role == Qt::EditRole)
            return factor.category;
        break;
    case EventsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return eventsText(factor);
        if (role == Qt::EditRole)
            return linkedEvents(factor);
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ContributingFactorModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = OrderedRecordModel::flags(index);
    return index.isValid() && index.column() == EventsColumn ? f & ~Qt::ItemIsEditable : f;
}

bool ContributingFactorModel::setLinked(const QString &factorUuid, const QString &eventUuid, bool linked)
{
    const ContributingFactor *factor = recordByUuid(factorUuid);
    if (!factor || eventUuid.isEmpty())
        return false;
    QStringList events = factor->events;
    if (linked == events.contains(eventUuid))
        return false;
    if (linked)
        events.append(eventUuid);
    else
        events.removeAll(eventUuid);
    // A step of its own: links made one after another do not merge, as edits of one field do (Undo takes
    // back the last one only).
    auto *step = new QUndoCommand(linked ? tr("Link a contributing factor to an event")
                                         : tr("Unlink a contributing factor from an event"));
    new SetFieldCommand<ContributingFactorModel>(
        this, factorUuid, ContributingFactorField::Events, events, step);
    push(step);
    const ContributingFactor *after = recordByUuid(factorUuid);
    return after && after->events == events;
}

bool ContributingFactorModel::removeItems(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Delete %n contributing factors", nullptr, int(uuids.size())));
}

QString ContributingFactorModel::shownValue(ContributingFactorField field, const QVariant &value) const
{
    if (field == ContributingFactorField::Category)
        return value.toString().isEmpty() ? QString() : factorCategoryName(m_categories, value.toString());
    if (field == ContributingFactorField::Events) {
        ContributingFactor probe;
        probe.events = value.toStringList();
        return eventsText(probe);
    }
    return conflictValueText(value);
}

} // namespace Inflection
