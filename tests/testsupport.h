// Shared fixtures for the tests: workspaces on disk, checksums, the app and helper binaries.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMultiMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>

class QWidget;

// In a test function of a store test: skips it when the backend it runs on is not there, saying why.
#define INFLECTION_REQUIRE_BACKEND()                                                                         \
    do {                                                                                                     \
        const QString missing_ = TestSupport::backendMissing();                                              \
        if (!missing_.isEmpty())                                                                             \
            QSKIP(qPrintable(missing_));                                                                     \
    } while (false)
// For what only a SQLite file has (journal modes, pragmas, damaged files): skipped on the server backend.
#define INFLECTION_SQLITE_ONLY()                                                                             \
    do {                                                                                                     \
        if (TestSupport::onServer())                                                                         \
            QSKIP("a SQLite file's own behaviour: it runs on the file backend");                             \
    } while (false)

namespace TestSupport {

// The store tests run on both backends from the same code: on a SQLite file (the default), or, with
// INFLECTION_TEST_BACKEND=postgresql, on a fresh database of the server INFLECTION_TEST_POSTGRES names
// (a libpq URI; scripts/with-postgres sets it).
bool onServer();
// Why the backend asked for cannot run here; empty when it can.
QString backendMissing();
// Where a new, empty workspace is: the file name in folder, or a new database on the server (the same
// string Workspace::open takes). The databases are dropped by dropServerWorkspaces().
QString freshWorkspace(const QString &folder, const QString &name);
// Drops the databases freshWorkspace made (a test's cleanup(); their workspaces closed first).
void dropServerWorkspaces();
// The workspace as the person name works on it. On a file: the same path (the name is given to the store
// as the author). On the server, where the login is who changed something: the connection with the login
// name, made an editor of the workspace first (name: letters and digits).
QString asPerson(const QString &workspace, const QString &name);

// Creates a healthy workspace with the given number of reviews, closed and checkpointed.
QString makeWorkspace(const QString &path, int reviews = 3);
QByteArray sha256(const QString &path);
// Runs a binary to completion; returns its exit code (-1 when it could not run).
int run(const QString &program, const QStringList &arguments, QString *out = nullptr, QString *err = nullptr,
    int timeoutMs = 60000);
// Where and with what environment run() starts a binary; by default the test's own.
struct RunContext
{
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};
int run(const QString &program, const QStringList &arguments, const RunContext &context,
    QString *out = nullptr, QString *err = nullptr, int timeoutMs = 60000);
QString appBinary();
QString helperBinary();

// The number of pages pdfinfo counts in a PDF; -1 when it cannot tell.
int pdfPages(const QString &path);
// Runs step on the GUI thread every 50 ms while a modal dialog is open, until it returns true (at most
// a minute).
void whileModal(const std::function<bool(QWidget *)> &step);
// Every Alt+letter window answers now (its menu bar's, tabs', labels' with a buddy, buttons',
// checkable group boxes', tool bar actions' given as shortcuts), with what each reaches.
QMultiMap<QChar, QString> mnemonics(QWidget *window);

using ZipFiles = QList<std::pair<QString, QByteArray>>; // name in the zip -> contents
// Writes a zip file (deflated, through libzip: real zip bytes); false when it cannot.
bool writeZip(const QString &path, const ZipFiles &files);
// The files under folder, named by their paths below it with prefix in front, in order of name.
ZipFiles filesIn(const QString &folder, const QString &prefix = QString());

} // namespace TestSupport
