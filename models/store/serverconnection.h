// How a lost connection to a PostgreSQL server shows, and what opens it again: the one place that knows
// libpq's connection status, the error codes of a connection that went away, and how to ask a server
// whether it is back without holding up the caller.
#pragma once

#include "../domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <utility>

namespace Inflection {

class Workspace;

class ServerConnection
{
public:
    // libpq's parameters a connection gets unless the workspace's own give them: how long a server is
    // waited for (connect_timeout), and, over TCP, how soon a network that went silent is given up
    // (keepalives, tcp_user_timeout) rather than after the system's minutes.
    static QList<std::pair<QString, QString>> defaultParameters();
    // A new connection's session: the dialect's settings, and read-only when it must not write (the
    // server then refuses every write of it).
    static bool startSession(QSqlDatabase &db, bool readOnly, QSqlError *error);

    // Whether an error of a PostgreSQL connection says the connection is gone (SQLSTATE class 08,
    // 57P01–57P03 from a server shutting down or restarting, libpq's own errors, which carry no SQLSTATE,
    // or Qt's connection error), not that the server refused the statement.
    static bool isLostError(const QSqlError &error);
    // Whether db's connection to its server is gone: libpq has seen the server close it (a terminated
    // backend, a shutdown, a reset network), or Qt's driver closed it. Always false for a connection
    // that is not a server's.
    static bool isLost(const QSqlDatabase &db);
    // The same for the calling thread's connection of workspace (false for a file).
    static bool isLost(const Workspace &workspace);

    // Whether workspace's server accepts connections now (PQping): no login is made, and it waits no longer
    // than the connection's timeout. Any thread may ask.
    static bool answers(const Workspace &workspace);
    // Opens the calling thread's connection of workspace again, as it was opened (read-only included),
    // listening again on the channels it listened to (LISTEN). Fails saying why when the server cannot be
    // reached yet.
    [[nodiscard]] static Result<> reconnect(const Workspace &workspace);
};

} // namespace Inflection
