// inflection_grant and inflection_revoke, called with bound values; the server's SQLSTATE becomes the
// message, so that what a person reads does not depend on the server's language.
#include "serverroles.h"

#include "sqldialect.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

Result<> call(
    const Workspace &workspace, const QString &statement, const QString &login, const QString &level)
{
    if (!workspace.isServer())
        return Result<>::failure(QCoreApplication::translate(
            "Inflection::ServerRoles", "Roles belong to a workspace on a server; a file has none."));
    QSqlQuery query(workspace.database());
    query.prepare(statement);
    query.addBindValue(login);
    if (!level.isNull())
        query.addBindValue(level);
    if (query.exec())
        return {};
    const QSqlError error = query.lastError();
    const QString state = error.nativeErrorCode();
    if (state == u"22023"_s) // invalid_parameter_value
        return Result<>::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Inflection::ServerRoles",
                "“%1” is not a level of a workspace: give reader, editor or admin.")
                .arg(level));
    if (state == u"42704"_s) // undefined_object
        return Result<>::failure(ErrorKind::Missing,
            QCoreApplication::translate("Inflection::ServerRoles",
                "The server has no login “%1”: create it first (CREATE ROLE … LOGIN).")
                .arg(login));
    if (state == u"42501"_s || state == u"0LP01"_s) // insufficient_privilege, invalid_grant_operation
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate("Inflection::ServerRoles",
                "Your login may not give or take roles on this server: connect as the workspace's "
                "owner, a login with CREATEROLE or a superuser."));
    if (state == u"42883"_s) // undefined_function: roles.sql was not applied
        return Result<>::failure(QCoreApplication::translate("Inflection::ServerRoles",
            "The workspace on this server has no roles yet: run “inflection server init” first."));
    return Result<>::failure(SqlDialect::of(workspace.database()).describeWriteError(error));
}

} // namespace

QStringList ServerRoles::levels()
{
    return {u"reader"_s, u"editor"_s, u"admin"_s};
}

Result<> ServerRoles::grant(const Workspace &workspace, const QString &login, const QString &level)
{
    if (!levels().contains(level))
        return Result<>::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Inflection::ServerRoles",
                "“%1” is not a level of a workspace: give reader, editor or admin.")
                .arg(level));
    return call(workspace, u"SELECT inflection_grant(?, ?)"_s, login, level);
}

Result<> ServerRoles::revoke(const Workspace &workspace, const QString &login)
{
    return call(workspace, u"SELECT inflection_revoke(?)"_s, login, QString());
}

Result<QString> ServerRoles::level(const Workspace &workspace)
{
    if (!workspace.isServer())
        return Result<QString>::failure(QCoreApplication::translate(
            "Inflection::ServerRoles", "Roles belong to a workspace on a server; a file has none."));
    QSqlQuery query(workspace.database());
    if (query.exec(u"SELECT inflection_level()"_s) && query.next()) {
        const QString level = query.value(0).toString();
        return levels().contains(level) ? level : QString();
    }
    if (query.lastError().nativeErrorCode() == u"42883"_s) // undefined_function: roles.sql was not applied
        return QString();
    return Result<QString>::failure(
        SqlDialect::of(workspace.database()).describeWriteError(query.lastError()));
}

Result<QString> ServerRoles::login(const Workspace &workspace)
{
    if (!workspace.isServer())
        return Result<QString>::failure(QCoreApplication::translate(
            "Inflection::ServerRoles", "Roles belong to a workspace on a server; a file has none."));
    QSqlQuery query(workspace.database());
    if (query.exec(u"SELECT session_user"_s) && query.next())
        return query.value(0).toString();
    return Result<QString>::failure(
        SqlDialect::of(workspace.database()).describeWriteError(query.lastError()));
}

} // namespace Inflection
