// What differs between the two databases a workspace can live in, SQLite (a file) and PostgreSQL (a
// server), in one place: the repositories write portable SQL and ask the dialect for the rest.
#pragma once

#include "../domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Inflection {

class SqlDialect
{
public:
    enum class Kind {
        Sqlite,
        PostgreSql,
    };

    static const SqlDialect &sqlite();
    static const SqlDialect &postgreSql();
    // The dialect of a connection, by its driver (SQLite's for anything but Qt's PostgreSQL driver).
    static const SqlDialect &of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    // Qt's driver: QSQLITE or QPSQL.
    QString driverName() const;
    // The resource folder of the numbered migrations: the same numbers in both.
    QString migrationsFolder() const;

    // Per-connection settings: SQLite's pragmas and limits, or PostgreSQL's session settings.
    bool applyConnectionSettings(QSqlDatabase &db, QSqlError *error) const;
    // The schema version the database was migrated to: SQLite's user_version, or the one row of
    // PostgreSQL's inflection_schema table (0 before the first migration). -1 when it cannot be read.
    int schemaVersion(QSqlDatabase &db, QSqlError *error = nullptr) const;
    // Inside a migration step's transaction: records that the step was applied.
    Result<> setSchemaVersion(QSqlDatabase &db, int version) const;
    // In a migration step's transaction, before the version is read again: waits until no other
    // process migrates (SQLite's BEGIN IMMEDIATE has already made sure of that).
    Result<> lockForMigration(QSqlDatabase &db) const;
    // A migration script as the statements to run one by one.
    QStringList splitStatements(const QString &script) const;
    // The statement that opens a write transaction (SQLite takes the write lock at once).
    QString beginWrite() const;

    // Inside a write transaction that copies rows from another workspace: asks to keep the authors and
    // times they carry. A file always does; a server does for a workspace's administrator (roles.sql),
    // and otherwise stamps its own login. Returns whether they are kept.
    Result<bool> keepAuthors(QSqlDatabase &db) const;
    // What to run after many rows were written in bulk (PostgreSQL's ANALYZE, so that the planner
    // knows the tables' new sizes); empty when nothing is needed.
    QString afterBulkWrite() const;

    // What a failed statement means to the person whose change it was.
    QString describeWriteError(const QSqlError &error) const;
    // Why a connection or its first statements failed, as a reason a workspace cannot be opened: Locked,
    // NotADatabase, Corrupt, ReadOnly (not allowed to write), or Failed.
    ErrorKind classifyError(const QSqlError &error) const;

    // The full-text query that matches every word the user typed as the start of a word; never the
    // query language itself. Empty when there is nothing to search for.
    QString fullTextQuery(const QString &userText) const;

    // The channel PostgreSQL's triggers notify on a committed change (LISTEN/NOTIFY); SQLite has none
    // and is polled (PRAGMA data_version).
    static QString changeChannel();

private:
    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    { }
    Kind m_kind;
};

} // namespace Inflection
