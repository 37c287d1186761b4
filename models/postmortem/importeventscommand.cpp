// Undo and redo of a timeline import.
#include "postmortem/importeventscommand.h"

#include "postmortem/timelinemodel.h"
#include "store/timelinerepository.h"

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
    Result<QList<TimelineEvent>> imported = m_repository->importEvents(m_reviewId, m_events, m_what, {});
    if (!imported) {
        m_model->reportError(imported.message());
        setObsolete(true);
    } else {
        m_events = std::move(imported).value();
        m_written = true;
    }
    reloadModel();
}

void ImportEventsCommand::undo()
{
    const Result<QStringList> removed = m_repository->removeUnchanged(m_reviewId, m_events, m_what);
    if (!removed) {
        m_model->reportError(removed.message());
        setObsolete(true);
    } else {
        m_written = false;
        const QStringList &kept = *removed;
        if (!kept.isEmpty()) {
            m_model->reportConflict(QCoreApplication::translate("Inflection::ImportEventsCommand",
                "%n imported events were changed after the import and were kept.", nullptr,
                int(kept.size())));
            // Those kept are no longer this command's to write again.
            const QSet<QString> changed(kept.cbegin(), kept.cend());
            m_events.removeIf([&](const TimelineEvent &e) { return changed.contains(e.uuid); });
        }
    }
    reloadModel();
}

void ImportEventsCommand::reloadModel()
{
    if (Result<> reloaded = m_model->reload(); !reloaded)
        m_model->reportError(reloaded.message());
}

} // namespace Inflection
