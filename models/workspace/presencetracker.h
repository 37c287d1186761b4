// Soft presence: says which reviews this app has open (a heartbeat row each, renewed on a timer) and
// reads who else has them open, so that people know before they collide. Rows that stop being
// renewed (a crash, a lost network) expire.
#pragma once

#include "domain/presence.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Inflection {

class Workspace;

class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    explicit PresenceTracker(Workspace *workspace, QObject *parent = nullptr);
    // Leaves: this session's rows go.
    ~PresenceTracker() override;

    // How often the rows are renewed (and others read), and after how long without renewal a row is
    // no longer believed.
    void setTiming(int heartbeatMs, int expiryMs);
    int heartbeatInterval() const { return m_heartbeat.interval(); }
    int expiry() const { return m_expiryMs; }

    // The reviews (uuids) open here now; said at once.
    void setOpenReviews(const QStringList &uuids);
    // Reads the others again (when the workspace changed, say).
    void refresh();
    // Who else has the review open, by name and machine; empty when nobody.
    QList<Presence> others(const QString &reviewUuid) const { return m_others.value(reviewUuid); }
    QString session() const { return m_session; }
    QString lastError() const { return m_lastError; }

    static constexpr int defaultHeartbeatMs = 20'000;
    static constexpr int defaultExpiryMs = 60'000;

Q_SIGNALS:
    // Someone came or went (on any review).
    void changed();

private:
    void beat();

    Workspace *m_workspace;
    QString m_session;
    QString m_host;
    QStringList m_open;
    QTimer m_heartbeat;
    int m_expiryMs = defaultExpiryMs;
    QHash<QString, QList<Presence>> m_others;
    QString m_lastError;
};

} // namespace Inflection
