// Everything that is SQLite-only, behind small functions, so that another backend is an addition.
#pragma once

#include "../domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Inflection::SqliteSupport {

// The connection's own SQLite handle, for what Qt's API makes slow (many rows in or out); null when the
// connection is not SQLite's.
sqlite3 *handleOf(const QSqlDatabase &db);

enum class SqliteError {
    Other,
    NotADatabase,
    Corrupt,
    Busy, // locked by another connection or process
    ReadOnly,
    DiskFull,
};

SqliteError classifyError(const QSqlError &error);
// What a failed write means to the person who made the change: a full disk, a file turned read-only,
// a drive gone, a busy workspace; other errors as SQLite words them.
QString describeWriteError(const QSqlError &error);
// The same for an error code of SQLite's own API (the bulk inserter) and its message.
QString describeWriteError(int code, const QString &message);
// What describeWriteError says when other writers kept the file locked past the busy timeout.
QString busyMessage();

// Splits a script into complete statements (trigger bodies included), as the sqlite3 shell does.
QStringList splitStatements(const QString &script);

// Per-connection settings every workspace connection gets: foreign keys, full sync, SQLite's defensive
// mode, trusted_schema off and limits on the size of a value, the number of columns and the depth of an
// expression (a file is untrusted input: see README, "What Inflection refuses").
bool applyConnectionPragmas(QSqlDatabase &db, QSqlError *error);
// Sets trusted_schema. Only migrating a verified file whose old triggers write to the full-text table
// turns it on, for the migration; every connection runs with it off otherwise.
bool setTrustedSchema(QSqlDatabase &db, bool trusted, QSqlError *error);
// The limits applyConnectionPragmas sets: the longest text or blob a value may hold, in bytes.
constexpr int maximumValueLength = 64 * 1024 * 1024;
// "wal" or "delete"; changes the file, so only on a writable workspace.
Result<> setJournalMode(QSqlDatabase &db, const QString &mode);
QString journalMode(QSqlDatabase &db);
int userVersion(QSqlDatabase &db, QSqlError *error = nullptr);
// Moves whenever another connection commits; our own commits leave it alone.
qint64 dataVersion(QSqlDatabase &db, bool *ok = nullptr);
// Walks the schema table: fails on a file whose first pages are damaged.
bool schemaReadable(QSqlDatabase &db, QSqlError *error);
// "ok", or the first problem found.
QString quickCheck(QSqlDatabase &db, QSqlError *error = nullptr);
QString integrityCheck(QSqlDatabase &db, QSqlError *error = nullptr);
// A full-text query that matches every word the user typed as a prefix; never FTS syntax.
QString fullTextQuery(const QString &userText);
QString libraryVersion();

} // namespace Inflection::SqliteSupport
