// A lost server connection: told by libpq's status and SQLSTATE, opened again with its subscriptions.
#include "serverconnection.h"

#include "sqldialect.h"
#include "workspace.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QList<std::pair<QString, QString>> ServerConnection::defaultParameters()
{
    return {
        {u"connect_timeout"_s, u"10"_s},
        {u"keepalives_idle"_s, u"15"_s},
        {u"keepalives_interval"_s, u"5"_s},
        {u"keepalives_count"_s, u"3"_s},
        {u"tcp_user_timeout"_s, u"15000"_s},
    };
}

bool ServerConnection::startSession(QSqlDatabase &db, bool readOnly, QSqlError *error)
{
    if (!SqlDialect::postgreSql().applyConnectionSettings(db, error))
        return false;
    if (readOnly) {
        QSqlQuery query(db);
        if (!query.exec(u"SET default_transaction_read_only = on"_s)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

bool ServerConnection::isLostError(const QSqlError &error)
{
    // Qt's driver closes a connection whose server went while it listened: a statement then fails with
    // no error at all. An error without SQLSTATE is libpq's own ("no connection to the server"): the
    // server says why it refuses a statement, always with a code.
    const QString state = error.nativeErrorCode().toUpper();
    if (error.type() == QSqlError::ConnectionError || !error.isValid() || state.isEmpty())
        return true;
    // 08: connection exceptions; 57P01 admin_shutdown (also pg_terminate_backend), 57P02 crash_shutdown,
    // 57P03 cannot_connect_now (a server starting or shutting down).
    return state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s || state == u"57P03"_s;
}

bool ServerConnection::isLost(const QSqlDatabase &db)
{
    if (db.driverName() != u"QPSQL"_s || !db.driver())
        return false;
    // Qt's driver closes a listening connection itself when its server goes.
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    const PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    // libpq learns of a closed connection when it reads: Qt's driver reads whenever the socket has
    // something for a connection that listens (LISTEN), and every statement reads its answer.
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

bool ServerConnection::isLost(const Workspace &workspace)
{
    return workspace.isServer() && isLost(workspace.database());
}

bool ServerConnection::answers(const Workspace &workspace)
{
    if (!workspace.isServer())
        return true;
    QByteArrayList keywords;
    QByteArrayList values;
    for (const auto &[keyword, value] : workspace.workspaceLocation().connectionParameters()) {
        keywords.append(keyword.toUtf8());
        values.append(value.toUtf8());
    }
    for (const auto &[keyword, value] : defaultParameters()) {
        if (!keywords.contains(keyword.toUtf8())) {
            keywords.append(keyword.toUtf8());
            values.append(value.toUtf8());
        }
    }
    QList<const char *> keywordPointers;
    QList<const char *> valuePointers;
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        keywordPointers.append(keywords.at(i).constData());
        valuePointers.append(values.at(i).constData());
    }
    keywordPointers.append(nullptr);
    valuePointers.append(nullptr);
    return PQpingParams(keywordPointers.constData(), valuePointers.constData(), 0) == PQPING_OK;
}

Result<> ServerConnection::reconnect(const Workspace &workspace)
{
    if (!workspace.isServer())
        return {};
    QSqlDatabase db = workspace.database();
    QSqlDriver *driver = db.driver();
    const QStringList channels = driver ? driver->subscribedToNotifications() : QStringList();
    QSqlError error;
    // Closing drops the old socket (and Qt's notifier on it) before a new one may get its number.
    db.close();
    bool ok = db.open() || ((error = db.lastError()), false);
    ok = ok && startSession(db, workspace.isReadOnly(), &error);
    for (const QString &channel : channels) {
        if (ok && !driver->subscribeToNotification(channel)) {
            error = driver->lastError();
            ok = false;
        }
    }
    if (ok)
        return {};
    const QString detail
        = error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    return Result<>::failure(SqlDialect::postgreSql().classifyError(error),
        QCoreApplication::translate("Inflection::ServerConnection", "The server “%1” cannot be reached: %2")
            .arg(workspace.workspaceLocation().displayName(), detail));
}

} // namespace Inflection
