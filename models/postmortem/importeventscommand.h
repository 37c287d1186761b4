// An import into a timeline as one undo step. The import itself is written before the command is
// pushed (off the GUI thread, with progress); undo deletes the imported events not changed since,
// redo writes them again with the same uuids.
#pragma once

#include "domain/timelineevent.h"

#include <QUndoCommand>

namespace Inflection {

class TimelineModel;
class TimelineRepository;

class ImportEventsCommand : public QUndoCommand
{
public:
    ImportEventsCommand(TimelineRepository *repository, TimelineModel *model, qint64 reviewId,
        const QList<TimelineEvent> &imported, const QString &what, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void reloadModel();

    TimelineRepository *m_repository;
    TimelineModel *m_model;
    qint64 m_reviewId;
    QList<TimelineEvent> m_events;
    QString m_what;
    bool m_written = true; // the first redo finds the events already written
};

} // namespace Inflection
