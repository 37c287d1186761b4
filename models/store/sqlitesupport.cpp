// SQLite specifics: error codes, script splitting, pragmas, full-text query building.
#include "sqlitesupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection::SqliteSupport {

SqliteError classifyError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary result code
    if (!ok)
        return SqliteError::Other;
    switch (code) {
    case SQLITE_NOTADB:
        return SqliteError::NotADatabase;
    case SQLITE_CORRUPT:
        return SqliteError::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqliteError::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return SqliteError::ReadOnly;
    case SQLITE_FULL:
        return SqliteError::DiskFull;
    default:
        return SqliteError::Other;
    }
}

QString describeWriteError(int code, const QString &message)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Inflection::SqliteSupport",
            "There is no room left on the disk that holds the workspace, so the change was not saved. "
            "Free some space, then make the change again.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QCoreApplication::translate("Inflection::SqliteSupport",
            "The workspace file can no longer be written (it has become read-only), so the change was "
            "not saved.");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Inflection::SqliteSupport",
            "The workspace file could not be written, so the change was not saved. If the disk is full, "
            "free some space; if the workspace is on a shared or removable drive, check that it is still "
            "there.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return busyMessage();
    default:
        return message;
    }
}

QString busyMessage()
{
    return QCoreApplication::translate("Inflection::SqliteSupport",
        "Someone else is writing to the workspace and did not finish in time, so the change was not saved. "
        "Try again in a moment.");
}

QString describeWriteError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? describeWriteError(code, error.text()) : error.text();
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QChar c : script) {
        current += c;
        if (c == u';' && sqlite3_complete(current.toUtf8().constData())) {
            const QString trimmed = current.trimmed();
            // A lone comment before the semicolon is not a statement.
            if (trimmed != u";"_s)
                statements += trimmed;
            current.clear();
        }
    }
    if (sqlite3_complete((current + u';').toUtf8().constData()) && !current.trimmed().isEmpty()) {
        // A last statement without its semicolon; skip text that is only comments.
        static const QRegularExpression commentsOnly(
            u"^(\\s*(--[^\\n]*(\\n|$)|/\\*.*?\\*/))*\\s*$"_s, QRegularExpression::DotMatchesEverythingOption);
        if (!commentsOnly.match(current).hasMatch())
            statements += current.trimmed();
    }
    return statements;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool applyConnectionPragmas(QSqlDatabase &db, QSqlError *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = QSqlError(u"no SQLite handle"_s, QString(), QSqlError::ConnectionError);
        return false;
    }
    // Defensive mode: no writable_schema, no direct writes to shadow tables, no journal_mode=OFF.
    int defensive = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive);
    // Nothing in a file may call a function with side effects, or a virtual table, from a trigger or a
    // view (only a verified file's migration turns this on: setTrustedSchema).
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    if (!defensive) {
        *error
            = QSqlError(u"SQLite's defensive mode is not available"_s, QString(), QSqlError::ConnectionError);
        return false;
    }
    // Far above anything a person types, far below what exhausts memory. Inflection's tables have about
    // twenty columns and its statements nest a few levels deep.
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, maximumValueLength);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
             u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA cell_size_check = ON"_s}) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

bool setTrustedSchema(QSqlDatabase &db, bool trusted, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(trusted ? u"PRAGMA trusted_schema = ON"_s : u"PRAGMA trusted_schema = OFF"_s)) {
        *error = query.lastError();
        return false;
    }
    return true;
}

Result<> setJournalMode(QSqlDatabase &db, const QString &mode)
{
    QSqlQuery query(db);
    // The mode is one of two fixed words, never user input.
    const QString sql = mode == u"wal"_s ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = DELETE"_s;
    if (!query.exec(sql) || !query.next())
        return Result<>::failure(query.lastError().text());
    if (query.value(0).toString().compare(mode, Qt::CaseInsensitive) != 0)
        return Result<>::failure(QStringLiteral("journal mode stayed %1").arg(query.value(0).toString()));
    return {};
}

static QVariant scalar(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = query.lastError();
        return {};
    }
    return query.value(0);
}

QString journalMode(QSqlDatabase &db)
{
    return scalar(db, u"PRAGMA journal_mode"_s, nullptr).toString().toLower();
}

int userVersion(QSqlDatabase &db, QSqlError *error)
{
    const QVariant v = scalar(db, u"PRAGMA user_version"_s, error);
    return v.isValid() ? v.toInt() : -1;
}

qint64 dataVersion(QSqlDatabase &db, bool *ok)
{
    const QVariant v = scalar(db, u"PRAGMA data_version"_s, nullptr);
    if (ok)
        *ok = v.isValid();
    return v.toLongLong();
}

static QString checkPragma(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError();
        return {};
    }
    if (!query.next()) {
        if (error)
            *error = query.lastError();
        return query.lastError().isValid() ? QString() : u"ok"_s;
    }
    return query.value(0).toString();
}

bool schemaReadable(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

QString quickCheck(QSqlDatabase &db, QSqlError *error)
{
    return checkPragma(db, u"PRAGMA quick_check(1)"_s, error);
}

QString integrityCheck(QSqlDatabase &db, QSqlError *error)
{
    return checkPragma(db, u"PRAGMA integrity_check(1)"_s, error);
}

QString fullTextQuery(const QString &userText)
{
    static const QRegularExpression separators(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : userText.split(separators, Qt::SkipEmptyParts))
        terms += u'"' + QString(word).replace(u'"', u"\"\""_s) + u"\"*"_s;
    return terms.join(u' ');
}

QString libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Inflection::SqliteSupport
