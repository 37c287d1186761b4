// SQLite's and PostgreSQL's differences, each behind one function.
#include "sqldialect.h"

#include "serverconnection.h"
#include "sqlitesupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// PostgreSQL's SQLSTATE of an error (Qt's driver gives it as the native code), empty for others.
QString sqlState(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code.toUpper() : QString();
}

QStringList wordsOf(const QString &userText)
{
    static const QRegularExpression separators(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    return userText.split(separators, Qt::SkipEmptyParts);
}

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqlDialect dialect(Kind::Sqlite);
    return dialect;
}

const SqlDialect &SqlDialect::postgreSql()
{
    static const SqlDialect dialect(Kind::PostgreSql);
    return dialect;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? postgreSql() : sqlite();
}

QString SqlDialect::driverName() const
{
    return isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString SqlDialect::migrationsFolder() const
{
    return isSqlite() ? u":/inflection/schema"_s : u":/inflection/schema/postgresql"_s;
}

bool SqlDialect::applyConnectionSettings(QSqlDatabase &db, QSqlError *error) const
{
    if (isSqlite())
        return SqliteSupport::applyConnectionPragmas(db, error);
    // Times are stored as UTC text; a lock held by another session is waited for as long as SQLite's busy
    // timeout; a session left idle inside a transaction does not hold its locks forever.
    for (const QString &setting : {u"SET client_encoding = 'UTF8'"_s, u"SET TIME ZONE 'UTC'"_s,
             u"SET lock_timeout = '5s'"_s, u"SET idle_in_transaction_session_timeout = '60s'"_s}) {
        QSqlQuery query(db);
        if (!query.exec(setting)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

int SqlDialect::schemaVersion(QSqlDatabase &db, QSqlError *error) const
{
    if (isSqlite())
        return SqliteSupport::userVersion(db, error);
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('inflection_schema') IS NOT NULL"_s) || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    if (!query.value(0).toBool())
        return 0; // an empty database: nothing migrated yet
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM inflection_schema"_s) || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

Result<> SqlDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    QSqlQuery query(db);
    if (isSqlite()) {
        // PRAGMA takes no bound values; the number comes from a migration's file name, not from input.
        if (!query.exec(u"PRAGMA user_version = "_s + QString::number(version)))
            return Result<>::failure(query.lastError().text());
        return {};
    }
    // The first migration makes the one-row table; each step's script also writes its own number.
    query.prepare(u"UPDATE inflection_schema SET version = :version"_s);
    query.bindValue(u":version"_s, version);
    if (!query.exec())
        return Result<>::failure(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return Result<>::failure(u"inflection_schema holds no version row"_s);
    return {};
}

Result<> SqlDialect::lockForMigration(QSqlDatabase &db) const
{
    if (isSqlite())
        return {};
    // A transaction-scoped advisory lock; the key is Inflection's own ("INFL" in ASCII).
    QSqlQuery query(db);
    if (!query.exec(u"SELECT pg_advisory_xact_lock(1229866572)"_s))
        return Result<>::failure(query.lastError().text());
    return {};
}

QStringList SqlDialect::splitStatements(const QString &script) const
{
    if (isSqlite())
        return SqliteSupport::splitStatements(script);
    // PostgreSQL runs a whole script sent at once (function bodies and all), inside the step's transaction.
    return script.trimmed().isEmpty() ? QStringList() : QStringList {script};
}

QString SqlDialect::beginWrite() const
{
    return isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

Result<bool> SqlDialect::keepAuthors(QSqlDatabase &db) const
{
    if (isSqlite())
        return true;
    QSqlQuery query(db);
    if (!query.exec(u"SET LOCAL inflection.keep_authors = 'on'"_s)
        || !query.exec(u"SELECT inflection_keeps_authors()"_s) || !query.next())
        return Result<bool>::failure(describeWriteError(query.lastError()));
    return query.value(0).toBool();
}

QString SqlDialect::afterBulkWrite() const
{
    // The workspace's own tables, those the login may analyze: a bare ANALYZE would also try the
    // server's catalogs and warn about each one an owner who is not a superuser may not touch.
    return isSqlite() ? QString()
                      : u"DO $$ DECLARE t text; BEGIN FOR t IN SELECT quote_ident(tablename) FROM pg_tables "
                        "WHERE schemaname = current_schema() AND pg_has_role(tableowner, 'USAGE') LOOP "
                        "EXECUTE 'ANALYZE ' || t; END LOOP; END $$"_s;
}

QString SqlDialect::describeWriteError(const QSqlError &error) const
{
    if (isSqlite())
        return SqliteSupport::describeWriteError(error);
    const QString state = sqlState(error);
    if (state == u"42501"_s) // insufficient_privilege
        return QCoreApplication::translate("Inflection::SqlDialect",
            "The server does not allow your login to make this change, so it was not saved.");
    if (state == u"53100"_s) // disk_full
        return QCoreApplication::translate("Inflection::SqlDialect",
            "The server has no room left on its disk, so the change was not saved.");
    if (state == u"55P03"_s || state == u"40001"_s || state == u"40P01"_s) // locks, serialization
        return SqliteSupport::busyMessage();
    if (ServerConnection::isLostError(error))
        return QCoreApplication::translate(
            "Inflection::SqlDialect", "The connection to the server was lost, so the change was not saved.");
    return error.text();
}

ErrorKind SqlDialect::classifyError(const QSqlError &error) const
{
    if (isSqlite()) {
        switch (SqliteSupport::classifyError(error)) {
        case SqliteSupport::SqliteError::NotADatabase:
            return ErrorKind::NotADatabase;
        case SqliteSupport::SqliteError::Corrupt:
            return ErrorKind::Corrupt;
        case SqliteSupport::SqliteError::Busy:
            return ErrorKind::Locked;
        case SqliteSupport::SqliteError::ReadOnly:
            return ErrorKind::ReadOnly;
        default:
            return ErrorKind::Failed;
        }
    }
    const QString state = sqlState(error);
    if (state == u"42501"_s || state == u"25006"_s) // insufficient_privilege, read_only_sql_transaction
        return ErrorKind::ReadOnly;
    if (state == u"55P03"_s || state == u"40001"_s || state == u"40P01"_s)
        return ErrorKind::Locked;
    if (state == u"XX001"_s || state == u"XX002"_s) // data_corrupted, index_corrupted
        return ErrorKind::Corrupt;
    return ErrorKind::Failed;
}

QString SqlDialect::fullTextQuery(const QString &userText) const
{
    if (isSqlite())
        return SqliteSupport::fullTextQuery(userText);
    QStringList terms;
    // tsquery syntax: every word quoted (the separators took out every quote and operator), as a prefix.
    for (const QString &word : wordsOf(userText))
        terms += u'\'' + word + u"':*"_s;
    return terms.join(u" & "_s);
}

QString SqlDialect::changeChannel()
{
    return u"inflection_changes"_s;
}

} // namespace Inflection
