// Brings a workspace's schema up to date from the numbered scripts in resources/schema.
#pragma once

#include "../domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Inflection {

class SqlDialect;

class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // The steps shipped with the app, in order; version N is the file NNN-name.sql (SQLite's, or the
    // dialect's own folder of them).
    static QList<Step> steps();
    static QList<Step> steps(const SqlDialect &dialect);
    // The newest schema version this build knows.
    static int latestVersion();
    static int latestVersion(const SqlDialect &dialect);

    // Applies every step of the connection's dialect newer than its schema version (SQLite's
    // user_version), each in its own transaction that also sets the version. Stops at targetVersion (the
    // latest when negative).
    static Result<> migrate(QSqlDatabase &db, int targetVersion = -1);

    // On a server: makes the workspace's reader, editor and admin roles and their grants
    // (schema/postgresql/roles.sql), in one transaction; running it again changes nothing. Needs a
    // login that may create roles (a superuser, or the database's owner with CREATEROLE).
    static Result<> applyServerRoles(QSqlDatabase &db);
};

} // namespace Inflection
