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
        UuidRole = Qt::UserRole,
        KindRole, // the kind's key
        OccurredAtRole, // QDateTime, UTC; invalid when not known
        OutOfOrderRole, // bool: earlier than the nearest timed event above it
        PositionRole,
        ReasoningRole,
    };

    static constexpr int commandIdBase = 0x6000;
    static QString addText();
    static QString removeText();
    static QString moveText();
    static QString mimeType();
    QString describe(const TimelineEvent &event) const;

    TimelineModel(TimelineRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    // The workspace's time zone: times are shown in it, and what an editor returns is read in it.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // One undoable edit of one field.
    bool setField(QString uuid, TimelineField field, const QVariant &value);
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

    // The columns are the fields, in their order.
    static std::optional<TimelineField> fieldOfColumn(int column);

private:
    // A changed time can change the flag of the next timed event below: signal that row too.
    void signalNextTimedRow(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    bool m_signallingFlags = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inflection
