// Reads and writes a postmortem's timeline events; a move writes the one event that moves.
#pragma once

#include "../domain/importprogress.h"
#include "../domain/timelineevent.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using TimelineSaveResult = SaveResult<TimelineEvent>;

class TimelineRepository
{
public:
    explicit TimelineRepository(Workspace *workspace);

    QList<TimelineEvent> forReview(qint64 reviewId, QString *error = nullptr) const; // in manual order
    std::optional<TimelineEvent> find(const QString &uuid, QString *error = nullptr) const;
    // Keeps event.uuid when set (undo, import); makes a new one otherwise.
    std::optional<TimelineEvent> insert(const TimelineEvent &event, QString *error);
    bool insertAll(QList<TimelineEvent> *events, QString *error);
    TimelineSaveResult updateField(const TimelineEvent &base, TimelineField field, const QVariant &value);
    TimelineSaveResult move(const TimelineEvent &base, const QString &position);
    TimelineSaveResult remove(const TimelineEvent &base);

    enum class BulkOutcome {
        Done,
        Cancelled, // nothing written
        Failed, // nothing written; error says why
    };
    // An import: all the events (places set) in one transaction with one change-log entry saying
    // what, instead of one per event. Fills in uuids, ids and revisions.
    BulkOutcome importEvents(qint64 reviewId, QList<TimelineEvent> *events, const QString &what,
        const ImportProgress &progress, QString *error);
    // Undoing an import: deletes the events not changed since (one transaction); the uuids of those
    // changed since, which stay, go to kept.
    bool removeUnchanged(qint64 reviewId, const QList<TimelineEvent> &events, const QString &what,
        QStringList *kept, QString *error);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
