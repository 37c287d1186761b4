// Reads and writes a postmortem's timeline events; a move writes the one event that moves.
#pragma once

#include "../domain/importprogress.h"
#include "../domain/timelineevent.h"
#include "recordtable.h"

#include <QList>

namespace Inflection {

class Workspace;

class TimelineRepository : public RecordTable<TimelineEvent>
{
public:
    explicit TimelineRepository(Workspace *workspace);

    // An import: all the events (places set) in one transaction with one change-log entry saying
    // what, instead of one per event. Gives them back with their uuids, ids and revisions;
    // ErrorKind::Cancelled (nothing written) when progress asked to stop.
    Result<QList<TimelineEvent>> importEvents(
        qint64 reviewId, QList<TimelineEvent> events, const QString &what, const ImportProgress &progress);
    // The same on the caller's list, in place (a million events are not copied); on failure they
    // stay as they were but for uuids given to those without.
    Result<> importEvents(
        qint64 reviewId, QList<TimelineEvent> *events, const QString &what, const ImportProgress &progress);
    // Undoing an import: deletes the events not changed since (one transaction). Gives the uuids of
    // those changed since, which stay.
    Result<QStringList> removeUnchanged(
        qint64 reviewId, const QList<TimelineEvent> &events, const QString &what);
};

} // namespace Inflection
