// A postmortem's timeline in manual order: events reordered by drag and drop or Alt+Up/Down, an
// event earlier than the one above it flagged, "sort by time" as one undo step.
#pragma once

#include "domain/timelineevent.h"
#include "editing/orderedrecordmodel.h"
#include "store/timelinerepository.h"

#include <QTimeZone>

namespace Inflection {

class TimelineModel : public OrderedRecordModel<TimelineModel, TimelineEvent, TimelineRepository>
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        ActorColumn,
        TextColumn,
        KnownByColumn,
        SourceColumn,
        AgreedColumn,
        ReasoningColumn, // for decisions: why it made sense at the time (the discussion asks)
        ColumnCount
    };

    enum Roles {
        KindRole = FirstOwnRole, // the kind's key
        OccurredAtRole, // QDateTime, UTC; invalid when not known
        OutOfOrderRole, // bool: earlier than the nearest timed event above it
        PositionRole,
        ReasoningRole,
    };

    static constexpr int commandIdBase = 0x6000;
    static constexpr RecordNouns nouns = {"timeline", QT_TR_NOOP("Add event"), QT_TR_NOOP("Delete event"),
        QT_TR_NOOP("Move event"), QT_TR_NOOP("the event “%1”")};
    static constexpr Field labelField = TimelineField::Text;
    static constexpr const char *columnTitles[ColumnCount] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Who"), QT_TR_NOOP("What happened"), QT_TR_NOOP("Known by"), QT_TR_NOOP("Source"),
        QT_TR_NOOP("Agreed"), QT_TR_NOOP("Why it made sense at the time")};

    TimelineModel(TimelineRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    // The workspace's time zone: times are shown in it, and what an editor returns is read in it.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A new event before `row`; for quick entry, the caller passes the time of the event above.
    QString addEvent(int row, const TimelineEvent &fields = TimelineEvent())
    {
        return addRecord(row, fields);
    }
    bool removeEvents(const QStringList &uuids);
    // Earlier than the nearest event above it that has a time.
    bool isOutOfOrder(int row) const;
    int outOfOrderCount() const;
    // Puts the events in order of time as one undo step; an event without a time stays after the
    // event it follows now. Moves as few events as it can. Returns false when already in order.
    bool sortByTime();

    // What SetFieldCommand needs.
    QString shownValue(TimelineField field, const QVariant &value) const;
    static QString fieldDisplayName(TimelineField field) { return timelineFields().displayName(field); }

private:
    // A changed time can change the flag of the next timed event below: signal that row too.
    void signalNextTimedRow(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    bool m_signallingFlags = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inflection
