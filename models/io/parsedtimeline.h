// What a timeline importer read from a file: the events, what it skipped on purpose (system
// messages), what it could not read (counted, with the first few places), or why the file is not
// of the chosen format at all.
#pragma once

#include "../domain/importprogress.h"
#include "../domain/timelineevent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Inflection {

struct ParsedTimeline
{
    static constexpr int placesKept = 10;

    QList<TimelineEvent> events; // in file order, with occurredAt, actor, text, kind, source
    // Empty, or one for each event: the time that places it, when that is not its own (a thread
    // reply's is its thread's start, so that it stays after the message it answers).
    QList<QDateTime> orderTimes;
    int skipped = 0; // system messages: joins, leaves, topic and mode changes
    int unreadable = 0;
    QStringList unreadableAt; // the first placesKept places: a line number, or "file:message"
    QString error; // set when the file is not of the chosen format: nothing was read
    int undated = 0; // of the unreadable: messages read but with no date in the log nor its name
    QString channel; // the channel the log says it is of ("#ops"), if it says
    bool cancelled = false;

    void addUnreadable(const QString &place)
    {
        ++unreadable;
        if (unreadableAt.size() < placesKept)
            unreadableAt.append(place);
    }
    void addUnreadable(qint64 line) { addUnreadable(QString::number(line)); }
    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace Inflection
