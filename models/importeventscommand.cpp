// Undo and redo of a timeline import.
#include "importeventscommand.h"

#include "store/timelinerepository.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QSet>

namespace Inflection {

ImportEventsCommand::ImportEventsCommand(TimelineRepository *repository, TimelineModel *model,
    qint64 reviewId, const QList<TimelineEvent> &imported, const QString &what, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("Inflection::ImportEventsCommand", "Import %1").arg(what), parent)
    , m_repository(repository)
    , m_model(model)
    , m_reviewId(reviewId)
    , m_events(imported)
    , m_what(what)
{ }

void ImportEventsCommand::redo()
{
    if (m_written)
        return;
    QList<TimelineEvent> events = m_events;
    QString error;
    if (m_repository->importEvents(m_reviewId, &events, m_what, {}, &error)
        != TimelineRepository::BulkOutcome::Done) {
        Q_EMIT m_model->errorOccurred(error);
        setObsolete(true);
    } else {
        m_events = events;
        m_written = true;
    }
    m_model->reload();
}

void ImportEventsCommand::undo()
{
    QStringList kept;
    QString error;
    if (!m_repository->removeUnchanged(m_reviewId, m_events, m_what, &kept, &error)) {
        Q_EMIT m_model->errorOccurred(error);
        setObsolete(true);
    } else {
        m_written = false;
        if (!kept.isEmpty()) {
            Q_EMIT m_model->conflictOccurred(QCoreApplication::translate("Inflection::ImportEventsCommand",
                "%n imported events were changed after the import and were kept.", nullptr,
                int(kept.size())));
            // Those kept are no longer this command's to write again.
            const QSet<QString> changed(kept.cbegin(), kept.cend());
            m_events.removeIf([&](const TimelineEvent &e) { return changed.contains(e.uuid); });
        }
    }
    m_model->reload();
}

} // namespace Inflection
