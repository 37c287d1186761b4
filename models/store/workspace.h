// A workspace: one SQLite file holding reviews, opened with the right settings for where it lives, or a
// database on a PostgreSQL server (WorkspaceLocation), with the same API.
#pragma once

#include "../domain/result.h"
#include "filesystemkind.h"
#include "workspacelocation.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>

namespace Inflection {

class SqlDialect;

class Workspace
{
public:
    enum class JournalMode {
        Automatic, // WAL on a local disk, DELETE on a network file system
        Wal,
        Delete,
    };

    struct Options
    {
        bool readOnly = false; // open without ever writing, even when the file is writable
        bool create = true; // create the file when it does not exist
        JournalMode journalMode = JournalMode::Automatic;
        int busyTimeoutMs = 5000;
        // Only with readOnly (check, salvage): open a file whose schema is not what Inflection makes,
        // instead of refusing it; schemaProblems() then says how it differs.
        bool allowUnknownSchema = false;
    };

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (or creates) the workspace at path. On failure: why (Missing, NotADatabase, Truncated,
    // Corrupt, Locked, Untrusted or Failed) with a one-line message; the file is then left exactly as it
    // was. Untrusted: the file's schema is not what Inflection's migrations make for its version (see
    // SchemaVerifier); the message names the first object that differs.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // A file as above, or a server: it is connected to as libpq connects (its ~/.pgpass and
    // pg_service.conf included), brought to the latest schema when older (unless read-only), and opened
    // read-only when the server's schema is newer or the login may not write. A path that looks like a
    // server (WorkspaceLocation::looksLikeServer) is one.
    static Result<std::unique_ptr<Workspace>> open(const WorkspaceLocation &location, const Options &options);

    // Where the local workspace lives when none is chosen: the platform's application-data folder.
    static QString defaultPath();
    static QString fileSuffix(); // "inflection"
    // INFLECTION_JOURNAL_MODE=wal|delete forces a mode for every workspace opened by this process.
    static JournalMode journalModeFromEnvironment();

    // The file's absolute path, or the server connection as settings keep it (never a password).
    QString path() const { return m_path; }
    WorkspaceLocation workspaceLocation() const { return m_workspaceLocation; }
    bool isServer() const { return m_workspaceLocation.isServer(); }
    const SqlDialect &dialect() const;
    FileSystemKind location() const { return m_location; }
    JournalMode journalMode() const { return m_journalMode; }
    bool isReadOnly() const { return m_readOnly; }
    // Why it is read-only (ReadOnly for a file that cannot be written, NewerSchema, Corrupt); None when
    // it was asked to be, or is not.
    ErrorKind readOnlyProblem() const { return m_readOnlyProblem; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    // With Options::allowUnknownSchema: one line for each object of the file's schema that Inflection
    // did not make, or made otherwise. Empty for any workspace open() did not refuse.
    QStringList schemaProblems() const { return m_schemaProblems; }

    // Who is recorded as the author of changes made through this workspace object.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    // The calling thread's own connection, opened on first use.
    QSqlDatabase database() const;
    // A worker thread's last call: closes its connection (a later thread may get the same id).
    void releaseThreadConnection() const;

    // The one-line message for a problem with this workspace's file.
    QString describeProblem(ErrorKind problem) const;

    // Reads every page of the file (SQLite's quick_check) on a connection of its own, so any thread
    // may call it. Fails with Corrupt, Locked or Failed.
    Result<> verify() const;
    // After verify() found damage: refuse writes from now on, saying why.
    void becomeReadOnly(ErrorKind problem);
    // The file (or, in the DELETE journal mode, its folder) may stop being writable while it is open:
    // permissions changed, a share turned read-only. Then the workspace becomes read-only, saying why.
    // Returns true when that happened now.
    bool recheckWritable();
    // On a server: reads the login's right to write again (a grant or a revoke while open) and turns the
    // workspace read-only, or writable again, to match. True when it changed. Never makes writable a
    // workspace read-only for another reason (a newer schema, opened read-only). A file: false.
    bool recheckServerRights();

private:
    Workspace() = default;
    // Why a login that may only read has a read-only workspace.
    QString readerReason() const;
    bool openConnection(const QString &name, bool readOnly, QSqlDatabase *db, QSqlError *error) const;
    bool openServerConnection(const QString &name, bool readOnly, QSqlDatabase *db, QSqlError *error) const;
    static Result<std::unique_ptr<Workspace>> openServer(
        std::unique_ptr<Workspace> ws, const WorkspaceLocation &location, const Options &options);
    // A reader leaves behind no -wal or -shm file it made: see the destructor.
    void removeFilesLeftByReading() const;

    QString m_path;
    WorkspaceLocation m_workspaceLocation;
    QString m_connectionBase;
    Options m_options;
    FileSystemKind m_location = FileSystemKind::Local;
    JournalMode m_journalMode = JournalMode::Wal;
    bool m_readOnly = false;
    ErrorKind m_readOnlyProblem = ErrorKind::None;
    QString m_readOnlyReason;
    bool m_registered = false; // counted among the files open in this process
    int m_schemaVersion = 0;
    QStringList m_schemaProblems;
    bool m_walMadeByReading = false; // opened to read, when no -wal or -shm file was there
    QString m_author;
    mutable QMutex m_connectionsMutex; // guards m_connectionNames: workers open connections too
    mutable QStringList m_connectionNames;
};

} // namespace Inflection
