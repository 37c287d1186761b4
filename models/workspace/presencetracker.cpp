// Presence heartbeats on a timer; others read after each beat and on request.
#include "workspace/presencetracker.h"

#include "store/presencerepository.h"

#include <QDateTime>
#include <QSysInfo>
#include <QUuid>

namespace Inflection {

PresenceTracker::PresenceTracker(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_host(QSysInfo::machineHostName())
{
    m_heartbeat.setInterval(defaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PresenceTracker::beat);
    m_heartbeat.start();
}

PresenceTracker::~PresenceTracker()
{
    // A row left behind expires by itself: nothing to tell anyone while the window closes.
    (void)PresenceRepository(m_workspace).leave(m_session);
}

void PresenceTracker::setTiming(int heartbeatMs, int expiryMs)
{
    m_heartbeat.setInterval(heartbeatMs);
    m_expiryMs = expiryMs;
}

void PresenceTracker::setOpenReviews(const QStringList &uuids)
{
    m_open = uuids;
    beat();
}

void PresenceTracker::beat()
{
    // Rows long expired are swept by whoever beats next; a clock a little off does no harm.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<> beaten
        = PresenceRepository(m_workspace).beat(m_session, m_host, m_open, now.addMSecs(-4 * m_expiryMs));
    if (!beaten) {
        m_lastError = beaten.message();
        return;
    }
    refresh();
}

void PresenceTracker::refresh()
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-m_expiryMs);
    Result<QHash<QString, QList<Presence>>> read
        = PresenceRepository(m_workspace).othersSince(m_session, since);
    if (!read) {
        m_lastError = read.message();
        return;
    }
    QHash<QString, QList<Presence>> others = std::move(read).value();
    // The times move on every beat; only who is there matters to the people watching.
    const auto people = [](const QHash<QString, QList<Presence>> &byReview) {
        QHash<QString, QStringList> names;
        for (auto it = byReview.cbegin(); it != byReview.cend(); ++it) {
            for (const Presence &p : it.value())
                names[it.key()].append(p.who + u'\n' + p.host);
        }
        return names;
    };
    const bool moved = people(others) != people(m_others);
    m_others = std::move(others);
    if (moved)
        Q_EMIT changed();
}

} // namespace Inflection
