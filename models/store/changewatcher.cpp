// PRAGMA data_version polling on a file; LISTEN/NOTIFY on a server.
#include "changewatcher.h"

#include "sqldialect.h"
#include "sqlitesupport.h"
#include "workspace.h"

#include <QSqlDriver>

namespace Inflection {

ChangeWatcher::ChangeWatcher(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
    QSqlDatabase db = m_workspace->database();
    if (m_workspace->isServer()) {
        // The server says when another session committed a change: nothing is polled.
        QSqlDriver *driver = db.driver();
        if (driver && driver->subscribeToNotification(SqlDialect::changeChannel())) {
            connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source == QSqlDriver::SelfSource)
                        return;
                    m_notified = true;
                    if (m_timer.isActive())
                        checkNow();
                });
        }
        return;
    }
    m_lastVersion = SqliteSupport::dataVersion(db);
}

bool ChangeWatcher::checkNow()
{
    if (m_workspace->isServer()) {
        if (!m_notified)
            return false;
        m_notified = false;
        Q_EMIT changed();
        return true;
    }
    QSqlDatabase db = m_workspace->database();
    bool ok = false;
    const qint64 version = SqliteSupport::dataVersion(db, &ok);
    if (!ok || version == m_lastVersion)
        return false;
    m_lastVersion = version;
    Q_EMIT changed();
    return true;
}

} // namespace Inflection
