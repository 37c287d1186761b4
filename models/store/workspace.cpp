// Opening, creating and classifying workspace files; one named connection per thread.
#include "workspace.h"

#include "filepermissions.h"
#include "identity.h"
#include "migrator.h"
#include "schemaverifier.h"
#include "serverconnection.h"
#include "sqldialect.h"
#include "sqlitesupport.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// POSIX advisory locks belong to the process, not to a descriptor: closing any descriptor of a file
// drops every lock this process holds on it, SQLite's included (another process would then think it
// alone has the file, and may checkpoint and remove the WAL under this one). So the file is never opened
// directly while this process has it open as a workspace: a second open of the same file skips the
// header check the first one made.
QMutex openFilesMutex;
QHash<QString, int> openFiles; // absolute path → workspaces open on it in this process

bool isOpenInThisProcess(const QString &path)
{
    const QMutexLocker lock(&openFilesMutex);
    return openFiles.value(path) > 0;
}

void registerOpenFile(const QString &path, int delta)
{
    const QMutexLocker lock(&openFilesMutex);
    if ((openFiles[path] += delta) <= 0)
        openFiles.remove(path);
}

// What the first bytes of a file say about it, before SQLite is asked anything.
ErrorKind inspectHeader(const QString &path, QString *detail)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ErrorKind::None; // permissions are handled by the caller
    const qint64 size = file.size();
    if (size == 0)
        return ErrorKind::None; // an empty file is an empty database
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!magic.startsWith(header.left(16)) && !header.startsWith(magic))
        return ErrorKind::NotADatabase;
    if (header.size() < 100) {
        *detail = QString::number(size);
        return ErrorKind::Truncated;
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    // The page count in the header is only meaningful when it was written by a recent SQLite.
    // A WAL file beside the database may legitimately hold pages the file does not yet have, and a
    // rollback journal left by a process that died in a transaction (a hot journal) holds what
    // SQLite puts back on the next open: in both cases the file is not judged by its size.
    const bool countValid = pageCount != 0 && changeCounter == validFor;
    const QFileInfo journal(path + u"-journal"_s);
    const bool hotJournal = journal.exists() && journal.size() > 0;
    if (countValid && !QFileInfo::exists(path + u"-wal"_s) && !hotJournal
        && size < qint64(pageCount) * pageSize) {
        *detail = QString::number(size);
        return ErrorKind::Truncated;
    }
    return ErrorKind::None;
}

bool permissionsAllowWriting(const QFileInfo &info)
{
    // Root may write anything; a file with no write bit at all is read-only by its owner's intent.
    const auto perms = info.permissions();
    if (!(perms & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)))
        return false;
    return ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0;
}

QAtomicInt connectionCounter;

} // namespace

Workspace::~Workspace()
{
    {
        // Connections of other threads cannot be fetched from here, only removed.
        const QMutexLocker lock(&m_connectionsMutex);
        for (const QString &name : std::as_const(m_connectionNames))
            QSqlDatabase::removeDatabase(name);
    }
    if (m_registered)
        registerOpenFile(m_path, -1);
    if (m_walMadeByReading && !isOpenInThisProcess(m_path))
        removeFilesLeftByReading();
}

void Workspace::removeFilesLeftByReading() const
{
    // A read-only connection to a file in the WAL journal mode makes its -wal and -shm files and cannot
    // remove them. The last connection that may write removes them as it closes, after taking the file's
    // exclusive lock: SQLite leaves them alone while any other process has the file open. Nothing is
    // written to the file itself (the -wal file is empty), and nothing is run but the one read.
    const QFileInfo wal(m_path + u"-wal"_s);
    if (!wal.exists() || wal.size() != 0 || !QFileInfo(m_path).isWritable())
        return;
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK) {
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_exec(handle, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(handle);
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace."_s
        + fileSuffix();
}

QString Workspace::fileSuffix()
{
    return u"inflection"_s;
}

Workspace::JournalMode Workspace::journalModeFromEnvironment()
{
    const QString forced = qEnvironmentVariable("INFLECTION_JOURNAL_MODE").toLower();
    if (forced == u"wal"_s)
        return JournalMode::Wal;
    if (forced == u"delete"_s)
        return JournalMode::Delete;
    return JournalMode::Automatic;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    return open(path, Options());
}

QString Workspace::describeProblem(ErrorKind problem) const
{
    const QString name = QDir::toNativeSeparators(m_path);
    switch (problem) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Missing:
        return QCoreApplication::translate("Inflection::Workspace", "“%1” does not exist.").arg(name);
    case ErrorKind::NotADatabase:
        return QCoreApplication::translate(
            "Inflection::Workspace", "“%1” is not an Inflection workspace: it is not an SQLite database.")
            .arg(name);
    case ErrorKind::Truncated:
        return QCoreApplication::translate("Inflection::Workspace",
            "“%1” is truncated: the file is shorter than its own header says, "
            "perhaps from an interrupted copy. Restore it from a backup.")
            .arg(name);
    case ErrorKind::Corrupt:
        return QCoreApplication::translate(
            "Inflection::Workspace", "“%1” is damaged and cannot be opened safely. Restore it from a backup.")
            .arg(name);
    case ErrorKind::Locked:
        return QCoreApplication::translate(
            "Inflection::Workspace", "“%1” is locked by another program; try again when it has finished.")
            .arg(name);
    case ErrorKind::ReadOnly:
        return QCoreApplication::translate(
            "Inflection::Workspace", "“%1” is read-only: you can read it, but changes cannot be saved.")
            .arg(name);
    case ErrorKind::NewerSchema:
        return QCoreApplication::translate("Inflection::Workspace",
            "“%1” was written by a newer version of Inflection; it is open read-only. "
            "Update Inflection to edit it.")
            .arg(name);
    default:
        return QCoreApplication::translate("Inflection::Workspace", "“%1” cannot be opened.").arg(name);
    }
}

const SqlDialect &Workspace::dialect() const
{
    return isServer() ? SqlDialect::postgreSql() : SqlDialect::sqlite();
}

bool Workspace::openServerConnection(
    const QString &name, bool readOnly, QSqlDatabase *db, QSqlError *error) const
{
    *db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    {
        const QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames.append(name);
    }
    // libpq's own parts, as it split them: Qt quotes host, database, user and password itself, and
    // passes the rest on as keyword=value (a ';' separates them, so no value may hold one).
    QStringList options;
    QStringList given;
    for (const auto &[keyword, value] : m_workspaceLocation.connectionParameters()) {
        if (keyword == u"host"_s)
            db->setHostName(value);
        else if (keyword == u"dbname"_s)
            db->setDatabaseName(value);
        else if (keyword == u"user"_s)
            db->setUserName(value);
        else if (keyword == u"password"_s)
            db->setPassword(value);
        else if (keyword == u"port"_s && value.toInt() > 0)
            db->setPort(value.toInt());
        else if (value.contains(u';') || value.contains(u' ') || value.contains(u'\'')) {
            *error = QSqlError(QCoreApplication::translate("Inflection::Workspace",
                                   "the connection's “%1” holds a character Qt cannot pass on")
                                   .arg(keyword),
                QString(), QSqlError::ConnectionError);
            return false;
        } else {
            options += keyword + u'=' + value;
            given += keyword;
        }
    }
    // An unreachable server is reported, and a lost one noticed, not waited for forever.
    for (const auto &[keyword, value] : ServerConnection::defaultParameters()) {
        if (!given.contains(keyword))
            options += keyword + u'=' + value;
    }
    options += u"application_name=inflection"_s;
    db->setConnectOptions(options.join(u';'));
    if (!db->open()) {
        *error = db->lastError();
        return false;
    }
    return ServerConnection::startSession(*db, readOnly, error);
}

bool Workspace::openConnection(const QString &name, bool readOnly, QSqlDatabase *db, QSqlError *error) const
{
    if (isServer())
        return openServerConnection(name, readOnly, db, error);
    *db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    {
        const QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames.append(name);
    }
    db->setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(m_options.busyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db->setConnectOptions(options);
    if (!db->open()) {
        *error = db->lastError();
        return false;
    }
    if (!SqliteSupport::applyConnectionPragmas(*db, error))
        return false;
    return true;
}

Result<> Workspace::verify() const
{
    if (isServer())
        return {}; // the server keeps its own pages whole
    // Its own connection, so that this can run on any thread while the workspace is in use.
    const QString name
        = m_connectionBase + u"-verify@"_s + QString::number(quintptr(QThread::currentThreadId()), 16);
    ErrorKind problem = ErrorKind::None;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(m_options.busyTimeoutMs)
            + u";QSQLITE_OPEN_READONLY"_s);
        QSqlError error;
        if (!db.open()) {
            error = db.lastError();
        } else if (SqliteSupport::quickCheck(db, &error) != u"ok"_s && !error.isValid()) {
            problem = ErrorKind::Corrupt;
        }
        if (error.isValid()) {
            switch (SqliteSupport::classifyError(error)) {
            case SqliteSupport::SqliteError::Busy:
                problem = ErrorKind::Locked;
                break;
            case SqliteSupport::SqliteError::NotADatabase:
            case SqliteSupport::SqliteError::Corrupt:
                problem = ErrorKind::Corrupt;
                break;
            default:
                problem = ErrorKind::Failed;
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem == ErrorKind::None)
        return {};
    return Result<>::failure(problem, describeProblem(problem));
}

void Workspace::becomeReadOnly(ErrorKind problem)
{
    m_readOnly = true;
    m_readOnlyProblem = problem;
    m_readOnlyReason = describeProblem(problem);
}

QString Workspace::readerReason() const
{
    return QCoreApplication::translate(
        "Inflection::Workspace", "Your login may read the workspace on “%1” but not change it.")
        .arg(workspaceLocation().displayName());
}

bool Workspace::recheckServerRights()
{
    if (!isServer() || (m_readOnly && m_readOnlyProblem != ErrorKind::ReadOnly))
        return false;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT has_table_privilege('review', 'UPDATE')"_s) || !query.next())
        return false; // a lost connection is found and told elsewhere
    const bool mayWrite = query.value(0).toBool();
    if (mayWrite != m_readOnly)
        return false;
    QSqlQuery session(db);
    if (!session.exec(mayWrite ? u"SET default_transaction_read_only = off"_s
                               : u"SET default_transaction_read_only = on"_s))
        return false;
    m_readOnly = !mayWrite;
    m_readOnlyProblem = mayWrite ? ErrorKind::None : ErrorKind::ReadOnly;
    m_readOnlyReason = mayWrite ? QString() : readerReason();
    return true;
}

bool Workspace::recheckWritable()
{
    if (m_readOnly || isServer())
        return false;
    const QFileInfo info(m_path);
    const bool folderNeeded = m_journalMode == JournalMode::Delete; // the journal is made beside the file
    if (permissionsAllowWriting(info)
        && (!folderNeeded || ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0))
        return false;
    becomeReadOnly(ErrorKind::ReadOnly);
    return true;
}

QSqlDatabase Workspace::database() const
{
    const QString name = m_connectionBase + u'@' + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db;
    QSqlError error;
    if (!openConnection(name, m_readOnly, &db, &error))
        qWarning("Inflection: cannot open a workspace connection: %s", qUtf8Printable(error.text()));
    return db;
}

void Workspace::releaseThreadConnection() const
{
    const QString name = m_connectionBase + u'@' + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    const QMutexLocker lock(&m_connectionsMutex);
    m_connectionNames.removeAll(name);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const WorkspaceLocation &location, const Options &options)
{
    if (!location.isServer())
        return open(location.filePath(), options);
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_connectionBase
        = u"inflection-workspace-"_s + QString::number(connectionCounter.fetchAndAddRelaxed(1));
    ws->m_author = Identity::authorName();
    return openServer(std::move(ws), location, options);
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(
    std::unique_ptr<Workspace> ws, const WorkspaceLocation &location, const Options &options)
{
    using Opened = Result<std::unique_ptr<Workspace>>;
    ws->m_workspaceLocation = location;
    ws->m_path = location.toString();
    ws->m_options = options;
    ws->m_location = FileSystemKind::Network;
    const QString name = location.displayName();
    auto fail = [&](ErrorKind problem, const QString &detail) {
        return Opened::failure(problem,
            QCoreApplication::translate(
                "Inflection::Workspace", "The workspace on the server “%1” cannot be opened: %2")
                .arg(name, detail));
    };
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(ErrorKind::Failed,
            QCoreApplication::translate("Inflection::Workspace", "Qt's PostgreSQL driver is not installed"));
    const SqlDialect &dialect = SqlDialect::postgreSql();
    auto failWith = [&](const QSqlError &error) {
        const QString detail = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                        : error.databaseText().trimmed();
        return fail(dialect.classifyError(error), detail);
    };

    QSqlDatabase db;
    QSqlError sqlError;
    const QString mainName
        = ws->m_connectionBase + u'@' + QString::number(quintptr(QThread::currentThreadId()), 16);
    ws->m_readOnly = options.readOnly;
    if (!ws->openServerConnection(mainName, ws->m_readOnly, &db, &sqlError))
        return failWith(sqlError);

    const int latest = Migrator::latestVersion(dialect);
    int version = dialect.schemaVersion(db, &sqlError);
    if (version < 0)
        return failWith(sqlError);
    if (version == 0 && options.readOnly)
        return Opened::failure(ErrorKind::Missing,
            QCoreApplication::translate(
                "Inflection::Workspace", "The server “%1” holds no Inflection workspace.")
                .arg(name));
    if (version > latest) {
        // Never migrated down, never written.
        ws->m_readOnlyProblem = ErrorKind::NewerSchema;
        if (!ws->m_readOnly) {
            ws->m_readOnly = true;
            QSqlQuery query(db);
            if (!query.exec(u"SET default_transaction_read_only = on"_s))
                return failWith(query.lastError());
        }
    } else if (version < latest && !ws->m_readOnly) {
        if (const Result<> migrated = Migrator::migrate(db); !migrated)
            return fail(ErrorKind::Failed, migrated.message());
        version = dialect.schemaVersion(db, &sqlError);
    }
    if (!ws->m_readOnly) {
        // The server decides who may write: a login granted only reading gets a read-only workspace.
        QSqlQuery query(db);
        if (!query.exec(u"SELECT has_table_privilege('review', 'UPDATE')"_s) || !query.next())
            return failWith(query.lastError());
        if (!query.value(0).toBool()) {
            ws->m_readOnly = true;
            ws->m_readOnlyProblem = ErrorKind::ReadOnly;
            QSqlQuery readOnly(db);
            if (!readOnly.exec(u"SET default_transaction_read_only = on"_s))
                return failWith(readOnly.lastError());
        }
    }
    ws->m_schemaVersion = version;
    if (ws->m_readOnlyProblem == ErrorKind::ReadOnly)
        ws->m_readOnlyReason = ws->readerReason();
    else if (ws->m_readOnlyProblem == ErrorKind::NewerSchema)
        ws->m_readOnlyReason = QCoreApplication::translate("Inflection::Workspace",
            "The workspace on “%1” was written by a newer version of Inflection; it is open read-only. "
            "Update Inflection to edit it.")
                                   .arg(name);
    else if (ws->m_readOnly)
        ws->m_readOnlyReason
            = QCoreApplication::translate("Inflection::Workspace", "“%1” is open read-only.").arg(name);
    return Opened(std::move(ws));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    using Opened = Result<std::unique_ptr<Workspace>>;
    if (WorkspaceLocation::looksLikeServer(path)) {
        const Result<WorkspaceLocation> location = WorkspaceLocation::parse(path);
        if (!location)
            return Opened::errorOf(location);
        return open(*location, options);
    }
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = QFileInfo(path).absoluteFilePath();
    ws->m_workspaceLocation = WorkspaceLocation::file(ws->m_path);
    ws->m_options = options;
    ws->m_connectionBase
        = u"inflection-workspace-"_s + QString::number(connectionCounter.fetchAndAddRelaxed(1));
    ws->m_author = Identity::authorName();

    auto fail = [&](ErrorKind p, const QString &detail = QString()) {
        if (p == ErrorKind::Failed && !detail.isEmpty())
            return Opened::failure(p,
                QCoreApplication::translate("Inflection::Workspace", "“%1” cannot be opened: %2")
                    .arg(QDir::toNativeSeparators(ws->m_path), detail));
        return Opened::failure(p, ws->describeProblem(p));
    };

    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(ErrorKind::Failed,
            QCoreApplication::translate("Inflection::Workspace", "Qt's SQLite driver is not installed"));

    const QFileInfo info(ws->m_path);
    if (info.exists()) {
        if (info.isDir())
            return Opened::failure(ErrorKind::NotADatabase,
                QCoreApplication::translate(
                    "Inflection::Workspace", "“%1” is a folder, not an Inflection workspace file.")
                    .arg(QDir::toNativeSeparators(ws->m_path)));
        QString detail;
        const ErrorKind headerProblem
            = isOpenInThisProcess(ws->m_path) ? ErrorKind::None : inspectHeader(ws->m_path, &detail);
        if (headerProblem != ErrorKind::None)
            return fail(headerProblem, detail);
        if (!info.isReadable())
            return fail(ErrorKind::Failed,
                QCoreApplication::translate("Inflection::Workspace", "the file cannot be read"));
    } else {
        if (!options.create || options.readOnly)
            return fail(ErrorKind::Missing);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(ErrorKind::Failed,
                QCoreApplication::translate("Inflection::Workspace", "its folder cannot be created"));
    }
    ws->m_walMadeByReading = options.readOnly && !QFileInfo::exists(ws->m_path + u"-wal"_s)
        && !QFileInfo::exists(ws->m_path + u"-shm"_s);

    ws->m_readOnly = options.readOnly;
    if (info.exists() && !permissionsAllowWriting(info)) {
        ws->m_readOnly = true;
        ws->m_readOnlyProblem = ErrorKind::ReadOnly;
    } else if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0) {
        // SQLite needs to write its journal beside the file.
        if (!info.exists())
            return fail(ErrorKind::Failed,
                QCoreApplication::translate("Inflection::Workspace", "its folder is read-only"));
        ws->m_readOnly = true;
        ws->m_readOnlyProblem = ErrorKind::ReadOnly;
    }
    ws->m_location = fileSystemKindOf(ws->m_path);
    // A new file is made here rather than by SQLite, with the permissions of a new private file (SQLite
    // gives its journals the file's own).
    if (!info.exists() && !FilePermissions::createFile(ws->m_path))
        return fail(ErrorKind::Failed,
            QCoreApplication::translate("Inflection::Workspace", "the file cannot be created"));

    auto classify = [&](const QSqlError &sqlError) {
        switch (SqliteSupport::classifyError(sqlError)) {
        case SqliteSupport::SqliteError::NotADatabase:
            return fail(ErrorKind::NotADatabase);
        case SqliteSupport::SqliteError::Corrupt:
            return fail(ErrorKind::Corrupt);
        case SqliteSupport::SqliteError::Busy:
            return fail(ErrorKind::Locked);
        default:
            return fail(ErrorKind::Failed, sqlError.text());
        }
    };

    QSqlDatabase db;
    const QString mainName
        = ws->m_connectionBase + u'@' + QString::number(quintptr(QThread::currentThreadId()), 16);
    QSqlError connectionError;
    if (!ws->openConnection(mainName, ws->m_readOnly, &db, &connectionError))
        return classify(connectionError);

    QSqlError sqlError;
    const int version = SqliteSupport::userVersion(db, &sqlError);
    if (version < 0)
        return classify(sqlError);
    // A cheap structural probe: the schema must be readable. The full page-by-page check is
    // verify(), which the window runs off the GUI thread and `inflection check` runs in full.
    if (!SqliteSupport::schemaReadable(db, &sqlError))
        return sqlError.isValid() ? classify(sqlError) : fail(ErrorKind::Corrupt);

    // Before anything else is read: the schema must be the one the migrations make for its version.
    const Result<QList<SchemaVerifier::Finding>> findings = SchemaVerifier::verify(db, version);
    if (!findings)
        return fail(ErrorKind::Failed, findings.message());
    if (!findings->isEmpty()) {
        if (!options.allowUnknownSchema || !options.readOnly) {
            QString message = SchemaVerifier::describe(ws->m_path, findings->constFirst());
            const int more = int(findings->size()) - 1;
            if (more > 0)
                message += QCoreApplication::translate("Inflection::Workspace",
                    " (and %n more difference(s): see “inflection check”)", nullptr, more);
            return Opened::failure(ErrorKind::Untrusted, message);
        }
        for (const SchemaVerifier::Finding &finding : *findings)
            ws->m_schemaProblems.append(SchemaVerifier::describe(ws->m_path, finding));
    } else if (version <= Migrator::latestVersion()) {
        // Files made before the search index was kept from C++ still carry triggers that write to
        // the full-text table, which SQLite runs only with trusted_schema on: their migration runs
        // trusting the schema just verified, and the connection distrusts it again afterwards.
        if (!ws->m_readOnly && version < Migrator::latestVersion()
            && !SqliteSupport::setTrustedSchema(db, true, &sqlError))
            return classify(sqlError);
    }

    if (version > Migrator::latestVersion()) {
        // Never migrate down, never write: reopen read-only.
        ws->m_readOnlyProblem = ErrorKind::NewerSchema;
        if (!ws->m_readOnly) {
            ws->m_readOnly = true;
            db.close();
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(options.busyTimeoutMs)
                + u";QSQLITE_OPEN_READONLY"_s);
            if (!db.open())
                return classify(db.lastError());
            if (!SqliteSupport::applyConnectionPragmas(db, &sqlError))
                return classify(sqlError);
        }
    }

    if (!ws->m_readOnly) {
        JournalMode wanted = options.journalMode;
        if (wanted == JournalMode::Automatic)
            wanted = journalModeFromEnvironment();
        if (wanted == JournalMode::Automatic)
            wanted = ws->m_location == FileSystemKind::Network ? JournalMode::Delete : JournalMode::Wal;
        const QString mode = wanted == JournalMode::Wal ? u"wal"_s : u"delete"_s;
        if (SqliteSupport::journalMode(db) != mode) {
            if (const Result<> set = SqliteSupport::setJournalMode(db, mode); !set)
                return classify(db.lastError().isValid() ? db.lastError() : QSqlError(set.message()));
        }
        if (const Result<> migrated = Migrator::migrate(db); !migrated) {
            if (SqliteSupport::classifyError(db.lastError()) == SqliteSupport::SqliteError::Busy
                || migrated.message().contains(u"locked"_s))
                return fail(ErrorKind::Locked);
            return fail(ErrorKind::Failed, migrated.message());
        }
        if (!SqliteSupport::setTrustedSchema(db, false, &sqlError))
            return classify(sqlError);
    }
    ws->m_journalMode = SqliteSupport::journalMode(db) == u"wal"_s ? JournalMode::Wal : JournalMode::Delete;
    ws->m_schemaVersion = SqliteSupport::userVersion(db);
    if (ws->m_readOnly && ws->m_readOnlyProblem != ErrorKind::None)
        ws->m_readOnlyReason = ws->describeProblem(ws->m_readOnlyProblem);
    else if (ws->m_readOnly)
        ws->m_readOnlyReason = QCoreApplication::translate("Inflection::Workspace", "“%1” is open read-only.")
                                   .arg(QDir::toNativeSeparators(ws->m_path));
    registerOpenFile(ws->m_path, +1);
    ws->m_registered = true;
    return Opened(std::move(ws));
}

} // namespace Inflection
