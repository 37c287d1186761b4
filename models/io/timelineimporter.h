// Brings events from a chat log or a CSV file into a postmortem's timeline: read (off the GUI
// thread for big files), keep those inside a time window (the incident's start … resolution unless
// changed) and not already there, place each after the last event at or before its time, write
// them all in one transaction.
#pragma once

#include "../domain/importprogress.h"
#include "../domain/result.h"
#include "../domain/timelineevent.h"
#include "parsedtimeline.h"
#include "timelineimportformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace Inflection {

class Workspace;

class TimelineImporter
{
public:
    struct Window
    {
        QDateTime from; // invalid: open at that end
        QDateTime to;
        bool contains(const QDateTime &time) const
        {
            return (!from.isValid() || time >= from) && (!to.isValid() || time <= to);
        }
    };

    struct Plan
    {
        QList<TimelineEvent> events; // to add: in order of time, each with its place
        int outsideWindow = 0;
        int duplicates = 0; // already in the timeline: same time, actor and text
    };

    explicit TimelineImporter(Workspace *workspace);

    // Reads path (a file; for Slack also a channel folder or an export zip, of which channel is
    // read) in the given format; times without a zone are read in zone.
    static ParsedTimeline read(const QString &path, TimelineImportFormat format, const QTimeZone &zone,
        const ImportProgress &progress = {}, const QString &channel = {});

    // The incident's start … resolution; an end not known is left open.
    Result<Window> incidentWindow(qint64 reviewId) const;
    // orderTimes: empty, or for each event the time that places it (ParsedTimeline::orderTimes); the
    // window is always the events' own times.
    Result<Plan> plan(qint64 reviewId, const QList<TimelineEvent> &parsed, const Window &window,
        const QList<QDateTime> &orderTimes = {}) const;
    // How an import of events from path is named in the history and the undo step.
    static QString describe(const QString &path, qsizetype events);
    // Writes plan.events (filling in their uuids and ids); what describes the import in the history.
    // ErrorKind::Cancelled (nothing written) when progress asked to stop.
    Result<> write(qint64 reviewId, Plan *plan, const QString &what, const ImportProgress &progress);
    // A worker thread's last call: closes the connection it read and wrote through.
    void releaseThread() const;

private:
    Workspace *m_workspace;
};

} // namespace Inflection
