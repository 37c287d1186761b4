// The presence table: heartbeats of the running apps, read back as who else has a review open.
#pragma once

#include "../domain/presence.h"
#include "../domain/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Inflection {

class Workspace;

class PresenceRepository
{
public:
    explicit PresenceRepository(Workspace *workspace);

    // This session has exactly these reviews open now: their rows renewed, its others removed, and
    // rows expired long ago (older than sweepBefore) swept. One transaction.
    Result<> beat(const QString &session, const QString &host, const QStringList &reviewUuids,
        const QDateTime &sweepBefore);
    // This session closes: its rows go.
    Result<> leave(const QString &session);
    // By review uuid: the other sessions seen since `since`, one entry per person and machine.
    Result<QHash<QString, QList<Presence>>> othersSince(const QString &session, const QDateTime &since) const;

private:
    Workspace *m_workspace;
};

} // namespace Inflection
