// Fixtures shared by the tests.
#include "testsupport.h"

#include "store/migrator.h"
#include "store/reviewrepository.h"
#include "store/serverroles.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <libpq-fe.h>
#include <unistd.h>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace TestSupport {

bool onServer()
{
    return qEnvironmentVariable("INFLECTION_TEST_BACKEND").compare(u"postgresql"_s, Qt::CaseInsensitive) == 0;
}

QString backendMissing()
{
    if (onServer() && qEnvironmentVariableIsEmpty("INFLECTION_TEST_POSTGRES"))
        return u"INFLECTION_TEST_POSTGRES is not set: run this test under scripts/with-postgres"_s;
    return {};
}

namespace {

QStringList serverDatabases; // made by freshWorkspace, dropped by dropServerWorkspaces
int serverDatabaseCount = 0;

// Runs one statement as the server's test superuser, on the database the environment names.
void runOnServer(const QByteArray &sql)
{
    PGconn *connection = PQconnectdb(qgetenv("INFLECTION_TEST_POSTGRES").constData());
    if (PQstatus(connection) != CONNECTION_OK)
        qFatal("cannot connect to the test server: %s", PQerrorMessage(connection));
    PGresult *result = PQexec(connection, sql.constData());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QByteArray error = PQerrorMessage(connection);
    PQclear(result);
    PQfinish(connection);
    if (!ok)
        qFatal("the test server refused %s: %s", sql.constData(), error.constData());
}

QString quotedValue(const QString &value)
{
    return u'\'' + QString(value).replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) + u'\'';
}

// A server connection as a connection string, with keyword set to value (added when it is not there).
QString withParameter(
    const Inflection::WorkspaceLocation &server, const QString &keyword, const QString &value)
{
    QStringList parts;
    bool set = false;
    for (const auto &[k, v] : server.connectionParameters()) {
        const bool replaced = k == keyword;
        set = set || replaced;
        parts += k + u'=' + quotedValue(replaced ? value : v);
    }
    if (!set)
        parts += keyword + u'=' + quotedValue(value);
    return parts.join(u' ');
}

QStringList serverRolesMade; // the databases whose roles asPerson made
QStringList serverEditorsMade; // database/login: the editors asPerson made

} // namespace

QString freshWorkspace(const QString &folder, const QString &name)
{
    if (!onServer())
        return folder + u'/' + name;
    const auto server
        = Inflection::WorkspaceLocation::parse(qEnvironmentVariable("INFLECTION_TEST_POSTGRES"));
    if (!server || !server->isServer())
        qFatal("INFLECTION_TEST_POSTGRES is not a server connection: %s", qPrintable(server.message()));
    const QString database = u"inflection_test_%1_%2"_s.arg(::getpid()).arg(++serverDatabaseCount);
    runOnServer("CREATE DATABASE " + database.toUtf8());
    serverDatabases.append(database);
    return withParameter(*server, u"dbname"_s, database);
}

QString asPerson(const QString &workspace, const QString &name)
{
    if (!onServer())
        return workspace;
    static const QRegularExpression plain(u"^[A-Za-z0-9]+$"_s);
    if (!plain.match(name).hasMatch())
        qFatal("asPerson: a login is letters and digits: %s", qPrintable(name));
    const auto server = Inflection::WorkspaceLocation::parse(workspace);
    if (!server || !server->isServer())
        qFatal("asPerson: not a server connection: %s", qPrintable(workspace));
    // Logins are the cluster's, made once (the throwaway cluster trusts its socket: no password).
    runOnServer("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name.toUtf8()
        + "') THEN CREATE ROLE \"" + name.toUtf8() + "\" LOGIN; END IF; END $$");
    auto owner = Inflection::Workspace::open(workspace);
    if (!owner)
        qFatal("asPerson: cannot open the workspace: %s", qPrintable(owner.message()));
    const QString database = server->parameter(u"dbname"_s);
    if (!serverRolesMade.contains(database)) {
        QSqlDatabase db = (*owner)->database();
        const Inflection::Result<> roles = Inflection::Migrator::applyServerRoles(db);
        if (!roles)
            qFatal("asPerson: %s", qPrintable(roles.message()));
        serverRolesMade.append(database);
    }
    if (!serverEditorsMade.contains(database + u'/' + name)) {
        const Inflection::Result<> granted = Inflection::ServerRoles::grant(**owner, name, u"editor"_s);
        if (!granted)
            qFatal("asPerson: cannot make %s an editor: %s", qPrintable(name), qPrintable(granted.message()));
        serverEditorsMade.append(database + u'/' + name);
    }
    return withParameter(*server, u"user"_s, name);
}

void dropServerWorkspaces()
{
    for (const QString &database : std::as_const(serverDatabases))
        runOnServer("DROP DATABASE IF EXISTS " + database.toUtf8() + " WITH (FORCE)");
    serverDatabases.clear();
    serverRolesMade.clear();
    serverEditorsMade.clear();
}

QString makeWorkspace(const QString &path, int reviews)
{
    auto ws = Inflection::Workspace::open(path);
    if (!ws)
        qFatal("cannot create a test workspace: %s", qPrintable(ws.message()));
    Inflection::ReviewRepository repository(ws->get());
    const Inflection::ReviewKind kinds[] = {Inflection::ReviewKind::Architecture,
        Inflection::ReviewKind::Operability, Inflection::ReviewKind::Postmortem};
    for (int i = 0; i < reviews; ++i) {
        const auto created = repository.create(kinds[i % 3], u"Review %1"_s.arg(i + 1));
        if (!created)
            qFatal("cannot create a test review: %s", qPrintable(created.message()));
    }
    return path;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

int run(const QString &program, const QStringList &arguments, QString *out, QString *err, int timeoutMs)
{
    return run(program, arguments, RunContext(), out, err, timeoutMs);
}

int run(const QString &program, const QStringList &arguments, const RunContext &context, QString *out,
    QString *err, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(context.workingDirectory);
    process.setProcessEnvironment(context.environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString appBinary()
{
    return QStringLiteral(INFLECTION_BINARY);
}

QString helperBinary()
{
    return QStringLiteral(INFLECTION_TESTHELPER);
}

int pdfPages(const QString &path)
{
    QString out;
    if (run(u"pdfinfo"_s, {path}, &out) != 0)
        return -1;
    const QRegularExpressionMatch m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The Alt+letter of a text with an & mnemonic ("Se&verity" → V), or a null QChar.
namespace {

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}

bool reachable(const QWidget *w)
{
    return w && w->isVisible() && w->isEnabled();
}

} // namespace

QMultiMap<QChar, QString> mnemonics(QWidget *window)
{
    QMultiMap<QChar, QString> found;
    const auto add = [&found](const QString &text, const QString &where) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            found.insert(key, where + u": "_s + text);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            add(menu->text(), u"menu"_s);
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!reachable(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabEnabled(i) && bar->isTabVisible(i))
                add(bar->tabText(i), u"tab"_s);
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (reachable(label) && reachable(label->buddy()))
            add(label->text(), u"label"_s);
    }
    // A tool bar's actions whose letter is given as a shortcut of their page.
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        if (!reachable(bar))
            continue;
        for (QAction *action : bar->actions()) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
            if (action->isVisible() && action->isEnabled() && !mnemonic.isEmpty()
                && action->shortcuts().contains(mnemonic))
                add(action->text(), u"tool bar"_s);
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        // A tool bar's buttons show their action's text without a mnemonic.
        if (!reachable(button) || qobject_cast<QToolBar *>(button->parentWidget()))
            continue;
        add(button->text(), u"button"_s);
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (reachable(box) && box->isCheckable())
            add(box->title(), u"group"_s);
    }
    return found;
}

void whileModal(const std::function<bool(QWidget *)> &step)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, step] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && step(modal))
            timer->deleteLater();
    });
    timer->start();
    QTimer::singleShot(60000, timer, &QObject::deleteLater); // never waits forever
}

bool writeZip(const QString &path, const ZipFiles &files)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    // libzip reads the buffers when it closes the archive: they are kept until then.
    QList<QByteArray> kept;
    kept.reserve(files.size());
    for (const auto &[name, bytes] : files) {
        kept.append(bytes);
        zip_source_t *source
            = zip_source_buffer(archive, kept.last().constData(), zip_uint64_t(kept.last().size()), 0);
        if (!source) {
            zip_discard(archive);
            return false;
        }
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    }
    return zip_close(archive) == 0;
}

ZipFiles filesIn(const QString &folder, const QString &prefix)
{
    QStringList names;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    ZipFiles files;
    for (const QString &name : std::as_const(names)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append({prefix + name, file.readAll()});
    }
    return files;
}

} // namespace TestSupport
