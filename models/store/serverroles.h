// Who may do what in a workspace on a server: makes a login a reader, editor or admin of it, or takes
// that away, through the functions roles.sql puts on the server (the server enforces the roles).
#pragma once

#include "../domain/result.h"

#include <QString>
#include <QStringList>

namespace Inflection {

class Workspace;

class ServerRoles
{
public:
    // The levels by their key, as the command line and inflection_grant take them.
    static QStringList levels(); // reader, editor, admin

    // Makes login a reader, editor or admin of the workspace, and nothing else of it. Fails with Invalid
    // for a level that is none of those, Missing for a login the server does not have, Refused when the
    // connection's login may not grant roles, Failed otherwise (and for a workspace on a file).
    [[nodiscard]] static Result<> grant(
        const Workspace &workspace, const QString &login, const QString &level);
    // Takes every role of the workspace from login; it keeps its other rights on the server.
    [[nodiscard]] static Result<> revoke(const Workspace &workspace, const QString &login);
    // The level of the workspace's own login (its connection's): reader, editor or admin; empty when the
    // workspace has no roles (never set up with "inflection server init") or the login none of them. The
    // owner and superusers are admin. Fails for a workspace on a file, or when the server cannot be asked.
    [[nodiscard]] static Result<QString> level(const Workspace &workspace);
    // The login the server authenticated for the workspace's connection: the name its change log records.
    // Fails for a workspace on a file, or when the server cannot be asked.
    [[nodiscard]] static Result<QString> login(const Workspace &workspace);
};

} // namespace Inflection
