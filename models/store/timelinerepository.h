// Reads and writes a postmortem's timeline events; a move writes the one event that moves.
#pragma once

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

private:
    Workspace *m_workspace;
};

} // namespace Inflection
