// PRAGMA data_version polling.
#include "changewatcher.h"

#include "sqlitesupport.h"
#include "workspace.h"

namespace Inflection {

ChangeWatcher::ChangeWatcher(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
    QSqlDatabase db = m_workspace->database();
    m_lastVersion = SqliteSupport::dataVersion(db);
}

bool ChangeWatcher::checkNow()
{
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
