// Notices when another connection or process has changed the workspace.
#pragma once

#include <QObject>
#include <QTimer>

namespace Inflection {

class Workspace;

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // Polls on the workspace's connection of the thread that creates the watcher, so that the
    // changes made through that connection itself do not count. On a server it listens instead
    // (LISTEN/NOTIFY on that connection): a change is told as it is committed while the watcher runs,
    // and checkNow() tells one notified since.
    explicit ChangeWatcher(Workspace *workspace, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

    // Checks at once; returns true (and emits changed()) when the file moved since the last check.
    bool checkNow();

Q_SIGNALS:
    void changed();

private:
    Workspace *m_workspace;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_notified = false; // a server notified a change not yet told
};

} // namespace Inflection
