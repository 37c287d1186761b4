// The window on a team server, driven as a person does: File ▸ Connect to Team Server… typed into with the
// keyboard (a wrong password and an unreachable host said in the dialog, with what was typed kept), Open
// Recent listing the server without its password, the status bar naming the server and the login's role,
// a reader's read-only window with its banner, an editor's read-only workspace settings, libpq's ~/.pgpass
// and a server as the default workspace. Runs on the throwaway server of scripts/with-postgres; the password
// cases need INFLECTION_PG_AUTH=scram (ctest sets it). Without a keyring the window asks for the password
// again; under scripts/with-keyring (tst_connectserver_keyring) the keyring keeps it.
#include "connectserverdialog.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "preferencesdialog.h"
#include "reviewpage.h"
#include "rowlisteditor.h"
#include "serverkeyring.h"
#include "store/serverlogin.h"
#include "store/serverroles.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"
#include "workspacebrowser.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace Inflection;
using namespace Qt::Literals::StringLiterals;

namespace {
const auto editorPassword = u"horse-battery-7"_s;
const auto readerPassword = u"staple-correct-9"_s;
} // namespace

class TestConnectServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectsWithTypedFields();
    void wrongPasswordIsSaidAndCanBeCorrected();
    void unreachableServerIsSaidAndCanBeCorrected();
    void recentServerAsksForItsPassword();
    void pgpassNeedsNoPassword();
    void givenServerAsksAtOnce();
    void withoutKeyringSaysSoPlainly();
    void twoLoginsAreToldApart();
    void readerGetsReadOnlyWindowWithBanner();
    void editorSeesSettingsReadOnly();
    void roleChangedWhileOpenShows();
    void defaultWorkspaceMayBeAServer();

private:
    // Types into the dialog's fields (host: the server's socket folder when empty) and presses Return.
    void type(ConnectServerDialog *dialog, const QString &user, const QString &password,
        const QString &host = QString(), bool remember = false) const;
    // File ▸ Connect to Team Server…, with step run on the dialog while it is open.
    void connectThroughDialog(const std::function<void(ConnectServerDialog *)> &step);
    QString sqlOnOwner(const QString &sql) const;
    QString storageText() const;
    // The owner's connection as another login (never with a password).
    QString as(const QString &login) const
    {
        return u"host=%1 dbname=%2 user=%3"_s.arg(m_host, m_database, login);
    }

    QTemporaryDir m_dir;
    QString m_owner;
    QString m_host;
    QString m_database;
    bool m_scram = false;
    std::unique_ptr<MainWindow> m_window;
};

QString TestConnectServer::sqlOnOwner(const QString &sql) const
{
    QProcess psql;
    psql.start(qEnvironmentVariable("INFLECTION_TEST_PG_BIN") + u"/psql"_s,
        {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_owner, u"-c"_s, sql});
    psql.waitForFinished(60000);
    if (psql.exitCode() != 0)
        qWarning("psql: %s", psql.readAllStandardError().constData());
    return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
}

void TestConnectServer::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("INFLECTION_TEST_POSTGRES"))
        QSKIP("a team server's window: run under scripts/with-postgres (ctest runs "
              "tst_connectserver_postgresql)");
    QStandardPaths::setTestModeEnabled(true);
    m_scram = qEnvironmentVariable("INFLECTION_PG_AUTH") == u"scram"_s;
    m_owner = qEnvironmentVariable("INFLECTION_TEST_POSTGRES");
    const Result<WorkspaceLocation> owner = WorkspaceLocation::parse(m_owner);
    QVERIFY2(owner && owner->isServer(), qPrintable(owner.message()));
    m_host = owner->parameter(u"host"_s);
    m_database = owner->parameter(u"dbname"_s);
    QString err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"server"_s, u"init"_s, m_owner}, nullptr, &err), 0);
    sqlOnOwner(u"CREATE ROLE carol LOGIN PASSWORD '%1'; CREATE ROLE rita LOGIN PASSWORD '%2'"_s.arg(
        editorPassword, readerPassword));
    auto workspace = Workspace::open(m_owner);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    QVERIFY(ServerRoles::grant(**workspace, u"carol"_s, u"editor"_s));
    QVERIFY(ServerRoles::grant(**workspace, u"rita"_s, u"reader"_s));
    const Result<QString> level = ServerRoles::level(**workspace);
    QVERIFY2(level, qPrintable(level.message()));
    QCOMPARE(*level, u"admin"_s); // the owner
}

void TestConnectServer::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConnectServer::cleanup()
{
    m_window.reset();
    qunsetenv("PGPASSFILE");
}

void TestConnectServer::type(ConnectServerDialog *dialog, const QString &user, const QString &password,
    const QString &host, bool remember) const
{
    QTest::keyClicks(dialog->hostEdit(), host.isEmpty() ? m_host : host);
    QTest::keyClicks(dialog->databaseEdit(), m_database);
    QTest::keyClicks(dialog->userEdit(), user);
    QTest::keyClicks(dialog->passwordEdit(), password);
    if (remember)
        QTest::keyClick(dialog->rememberBox(), Qt::Key_Space);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
}

void TestConnectServer::connectThroughDialog(const std::function<void(ConnectServerDialog *)> &step)
{
    bool ran = false;
    TestSupport::whileModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
        if (!dialog)
            return false;
        ran = true;
        step(dialog);
        if (dialog->isVisible())
            dialog->reject(); // the step left it open: the test says what it found
        return true;
    });
    m_window->connectServerAction()->trigger();
    QVERIFY(ran);
}

QString TestConnectServer::storageText() const
{
    // What the status bar shows, as the person reads it.
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == m_window->statusText())
            return label->text();
    }
    return {};
}

void TestConnectServer::connectsWithTypedFields()
{
    bool accepted = false;
    connectThroughDialog([&](ConnectServerDialog *dialog) {
        type(dialog, u"carol"_s, m_scram ? editorPassword : QString());
        accepted = dialog->result() == QDialog::Accepted && !dialog->isVisible();
    });
    QVERIFY(accepted);
    QVERIFY(m_window->session());
    QVERIFY(m_window->session()->workspace()->isServer());
    QVERIFY(!m_window->session()->isReadOnly());
    const QString name = u"%1 on this computer as carol"_s.arg(m_database);
    QCOMPARE(storageText(), u"%1 · editor"_s.arg(name));
    QCOMPARE(m_window->windowTitle(), u"%1 — Inflection"_s.arg(name));
    // Open Recent lists the server by name, kept without any password.
    const QStringList recent = MainWindow::recentWorkspaces();
    QCOMPARE(recent.size(), 1);
    QVERIFY(!recent.first().contains(u"password"_s));
    QVERIFY(recent.first().contains(u"user=carol"_s));
    QCOMPARE(m_window->recentMenu()->actions().size(), 1);
    QCOMPARE(m_window->recentMenu()->actions().first()->text(), name);
    const QString tip = m_window->recentMenu()->actions().first()->toolTip();
    QVERIFY2(tip.startsWith(name) && tip.contains(recent.first()), qPrintable(tip));
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(editorPassword.toUtf8()));
}

void TestConnectServer::wrongPasswordIsSaidAndCanBeCorrected()
{
    if (!m_scram)
        QSKIP("the server trusts every login: run with INFLECTION_PG_AUTH=scram for passwords");
    QString refused;
    bool openAfterWrong = false;
    QStringList kept;
    bool accepted = false;
    connectThroughDialog([&](ConnectServerDialog *dialog) {
        type(dialog, u"carol"_s, u"not-her-password"_s);
        openAfterWrong = dialog->isVisible();
        refused = dialog->messageBanner()->isVisible() ? dialog->messageBanner()->text() : QString();
        kept = {dialog->hostEdit()->text(), dialog->databaseEdit()->text(), dialog->userEdit()->text(),
            dialog->passwordEdit()->text()};
        // The password typed again, over the wrong one.
        dialog->passwordEdit()->setFocus();
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->passwordEdit(), editorPassword);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        accepted = dialog->result() == QDialog::Accepted && !dialog->isVisible();
    });
    QVERIFY(openAfterWrong);
    QVERIFY2(refused.contains(u"password authentication failed"_s), qPrintable(refused));
    QCOMPARE(kept, (QStringList {m_host, m_database, u"carol"_s, u"not-her-password"_s}));
    QVERIFY(accepted);
    QVERIFY(m_window->session() && m_window->session()->workspace()->isServer());
}

void TestConnectServer::unreachableServerIsSaidAndCanBeCorrected()
{
    const QString nowhere = m_dir.filePath(u"no-server-here"_s);
    QString refused;
    QString hostKept;
    bool accepted = false;
    connectThroughDialog([&](ConnectServerDialog *dialog) {
        type(dialog, u"carol"_s, m_scram ? editorPassword : QString(), nowhere);
        refused = dialog->isVisible() ? dialog->messageBanner()->text() : QString();
        hostKept = dialog->hostEdit()->text();
        dialog->hostEdit()->setFocus();
        QTest::keyClick(dialog->hostEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->hostEdit(), m_host);
        QTest::keyClick(dialog->hostEdit(), Qt::Key_Return);
        accepted = dialog->result() == QDialog::Accepted && !dialog->isVisible();
    });
    QVERIFY2(refused.contains(nowhere), qPrintable(refused));
    QCOMPARE(hostKept, nowhere);
    QVERIFY(accepted);
    QVERIFY(m_window->session() && m_window->session()->workspace()->isServer());
}

void TestConnectServer::recentServerAsksForItsPassword()
{
    if (!m_scram)
        QSKIP("the server trusts every login: run with INFLECTION_PG_AUTH=scram for passwords");
    connectThroughDialog(
        [&](ConnectServerDialog *dialog) { type(dialog, u"carol"_s, editorPassword, QString(), true); });
    QVERIFY(m_window->session() && m_window->session()->workspace()->isServer());
    // The keyring is asked to keep it; where there is none (here: no Secret Service) the window says so.
    const bool keptInKeyring = !m_window->noticeBanner()->isVisible();
    qInfo(keptInKeyring ? "the keyring kept the password" : "no keyring here: the window asks again");
    // scripts/with-keyring gives it a keyring of its own: then it must be kept there.
    if (qEnvironmentVariableIsSet("INFLECTION_KEYRING_BUS"))
        QVERIFY2(keptInKeyring, qPrintable(m_window->noticeBanner()->text()));
    if (!keptInKeyring)
        QVERIFY2(m_window->noticeBanner()->text().contains(u"keyring"_s),
            qPrintable(m_window->noticeBanner()->text()));
    const QString server = MainWindow::recentWorkspaces().value(0);
    QVERIFY(m_window->openWorkspace(TestSupport::makeWorkspace(m_dir.filePath(u"own.inflection"_s), 1)));
    QVERIFY(!m_window->session()->workspace()->isServer());

    // Open Recent ▸ the server: without the keyring, the dialog asks for the password, the rest filled in.
    QAction *recent = nullptr;
    for (QAction *action : m_window->recentMenu()->actions()) {
        if (action->data().toString() == server)
            recent = action;
    }
    QVERIFY(recent);
    // With the password in the keyring it opens at once; a dialog then is a failure (and is closed).
    struct Asked
    {
        bool shown = false;
        bool over = false; // the recent server opened: a later dialog is another test's
        QString message;
        QStringList filled;
    };
    auto asked = std::make_shared<Asked>();
    TestSupport::whileModal([asked, keptInKeyring](QWidget *modal) {
        if (asked->over)
            return true;
        auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
        if (!dialog)
            return false;
        asked->shown = true;
        asked->message = dialog->messageBanner()->text();
        asked->filled
            = {dialog->hostEdit()->text(), dialog->databaseEdit()->text(), dialog->userEdit()->text()};
        if (keptInKeyring) {
            dialog->reject();
            return true;
        }
        QTest::keyClicks(dialog->passwordEdit(), editorPassword);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        return true;
    });
    recent->trigger();
    asked->over = true;
    if (keptInKeyring) {
        QVERIFY2(!asked->shown, qPrintable(asked->message));
        // Taken out again: a test leaves nothing in a person's keyring.
        if (const Result<> forgotten
            = ServerKeyring::forget(ServerLogin::key(*WorkspaceLocation::parse(server)));
            !forgotten)
            qWarning("the keyring kept the test's password: %s", qPrintable(forgotten.message()));
    } else {
        QVERIFY(asked->shown);
        QVERIFY2(asked->message.contains(u"asks for a password"_s), qPrintable(asked->message));
        QCOMPARE(asked->filled, (QStringList {m_host, m_database, u"carol"_s}));
    }
    QVERIFY(m_window->session() && m_window->session()->workspace()->isServer());
    QCOMPARE(m_window->session()->path(), server);
}

void TestConnectServer::pgpassNeedsNoPassword()
{
    if (!m_scram)
        QSKIP("the server trusts every login: run with INFLECTION_PG_AUTH=scram for passwords");
    const QString pgpass = m_dir.filePath(u"pgpass"_s);
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("*:*:*:carol:" + editorPassword.toUtf8() + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // libpq demands it
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    // No dialog: libpq finds the password itself.
    const Result<> opened = m_window->openWorkspace(as(u"carol"_s));
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(m_window->session()->workspace()->isServer());
}

// The workspace the window starts on (the command line's, the default) is a server that wants a password
// nothing has: the connect dialog opens by itself once the window shows, filled in and saying why, while the
// window behind says that nothing is open (not an empty workspace). Closed unanswered, the notice keeps
// Connect… for later.
void TestConnectServer::givenServerAsksAtOnce()
{
    if (!m_scram)
        QSKIP("the server trusts every login: run with INFLECTION_PG_AUTH=scram for passwords");
    struct Seen
    {
        int dialogs = 0;
        QString problem;
        QStringList filled;
        bool passwordFocused = false;
        QString placeholder;
        QString status;
    };
    auto seen = std::make_shared<Seen>();
    // The first time the person closes the dialog with Escape; the second time (Connect…) types the password.
    const auto answer = [this, seen](QWidget *modal) {
        auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
        if (!dialog)
            return false;
        ++seen->dialogs;
        if (seen->dialogs == 1) {
            seen->problem
                = dialog->messageBanner()->isVisible() ? dialog->messageBanner()->text() : QString();
            seen->filled
                = {dialog->hostEdit()->text(), dialog->databaseEdit()->text(), dialog->userEdit()->text()};
            seen->passwordFocused = dialog->focusWidget() == dialog->passwordEdit();
            seen->placeholder = m_window->browser()->placeholder()->text();
            seen->status = storageText();
            QTest::keyClick(dialog, Qt::Key_Escape);
        } else {
            QTest::keyClicks(dialog->passwordEdit(), editorPassword);
            QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        }
        return true;
    };
    TestSupport::whileModal(answer);
    m_window->openGivenWorkspace(as(u"carol"_s), m_dir.filePath(u"fallback.inflection"_s));
    // Nothing waits on the dialog here: it comes from the event loop, as at the app's start after show().
    QCOMPARE(seen->dialogs, 0);
    QVERIFY(!m_window->session());
    QTRY_COMPARE(seen->dialogs, 1);
    QVERIFY2(seen->problem.contains(u"asks for a password"_s), qPrintable(seen->problem));
    QCOMPARE(seen->filled, (QStringList {m_host, m_database, u"carol"_s}));
    QVERIFY(seen->passwordFocused);
    QVERIFY2(seen->placeholder.contains(u"No workspace is open"_s), qPrintable(seen->placeholder));
    QVERIFY2(!seen->placeholder.contains(u"No reviews"_s), qPrintable(seen->placeholder));
    QVERIFY(m_window->browser()->placeholder()->isVisible());
    QCOMPARE(seen->status, u"No workspace open"_s);

    // Closed unanswered: nothing open, and the notice says why, with Connect… to try again.
    QVERIFY(!m_window->session());
    MessageBanner *notice = m_window->noticeBanner();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"asks for a password"_s), qPrintable(notice->text()));
    QCOMPARE(notice->buttons().size(), 1);
    TestSupport::whileModal(answer);
    QTest::mouseClick(notice->buttons().first(), Qt::LeftButton);
    QCOMPARE(seen->dialogs, 2);
    QVERIFY(m_window->session() && m_window->session()->workspace()->isServer());
    QCOMPARE(storageText(), u"%1 on this computer as carol · editor"_s.arg(m_database));
    QVERIFY2(!m_window->browser()->placeholder()->text().contains(u"No workspace"_s),
        qPrintable(m_window->browser()->placeholder()->text()));
    // Connected: the queued dialog does not come back.
    QTest::qWait(200);
    QCOMPARE(seen->dialogs, 2);
}

// Where no keyring runs (no D-Bus session, no Secret Service), the window says so in a plain sentence with
// what to do instead; QtKeychain's own words (about D-Bus) come only at the end, as a detail.
void TestConnectServer::withoutKeyringSaysSoPlainly()
{
    if (!m_scram)
        QSKIP("the server trusts every login: run with INFLECTION_PG_AUTH=scram for passwords");
    if (qEnvironmentVariableIsSet("INFLECTION_KEYRING_BUS"))
        QSKIP("a keyring of the test's own runs here (scripts/with-keyring)");
    connectThroughDialog(
        [&](ConnectServerDialog *dialog) { type(dialog, u"carol"_s, editorPassword, QString(), true); });
    QVERIFY(m_window->session() && m_window->session()->workspace()->isServer());
    if (!m_window->noticeBanner()->isVisible()) {
        const Result<> forgotten
            = ServerKeyring::forget(ServerLogin::key(*WorkspaceLocation::parse(as(u"carol"_s))));
        QVERIFY2(forgotten, qPrintable(forgotten.message()));
        QSKIP("a keyring runs on this desktop: run without a D-Bus session to see the window without one");
    }
    const auto plainFirst = [](const QString &text, const QString &start) {
        if (!text.startsWith(start))
            return false;
        // Anything technical only after "Details:".
        const qsizetype details = text.indexOf(u"(Details:"_s);
        const QString plain = details < 0 ? text : text.left(details);
        return !plain.contains(u"dbus"_s, Qt::CaseInsensitive) && !plain.contains(u"D-Bus"_s)
            && plain.contains(u"~/.pgpass"_s) && plain.contains(u"type it each time"_s);
    };
    const QString kept = m_window->noticeBanner()->text();
    QVERIFY2(plainFirst(kept, u"No keyring is running on this desktop"_s), qPrintable(kept));

    // Started again on the server: the dialog asks for the password and says why it cannot be remembered.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QString problem;
    bool asked = false;
    TestSupport::whileModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
        if (!dialog)
            return false;
        asked = true;
        problem = dialog->messageBanner()->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
        return true;
    });
    m_window->openGivenWorkspace(as(u"carol"_s), m_dir.filePath(u"fallback.inflection"_s));
    QTRY_VERIFY(asked);
    const QString asks
        = u"The server of “%1 on this computer as carol” asks for a password: type it to connect. "_s.arg(
            m_database);
    QVERIFY2(problem.startsWith(asks), qPrintable(problem));
    QVERIFY2(plainFirst(problem.mid(asks.size()), u"No keyring is running on this desktop"_s),
        qPrintable(problem));
}

// An admin and a reader of one server: Open Recent and the title bar say which login each is.
void TestConnectServer::twoLoginsAreToldApart()
{
    connectThroughDialog(
        [&](ConnectServerDialog *dialog) { type(dialog, u"carol"_s, m_scram ? editorPassword : QString()); });
    connectThroughDialog(
        [&](ConnectServerDialog *dialog) { type(dialog, u"rita"_s, m_scram ? readerPassword : QString()); });
    QVERIFY(m_window->session() && m_window->session()->isReadOnly());
    const QString rita = u"%1 on this computer as rita"_s.arg(m_database);
    const QString carol = u"%1 on this computer as carol"_s.arg(m_database);
    QCOMPARE(m_window->windowTitle(), u"%1 — Inflection"_s.arg(rita));
    QStringList entries;
    QStringList tips;
    for (const QAction *action : m_window->recentMenu()->actions()) {
        entries << action->text();
        tips << action->toolTip();
    }
    QCOMPARE(entries, (QStringList {rita, carol}));
    QVERIFY2(tips.value(0).contains(u"user=rita"_s), qPrintable(tips.value(0)));
    QVERIFY2(tips.value(1).contains(u"user=carol"_s), qPrintable(tips.value(1)));
}

void TestConnectServer::readerGetsReadOnlyWindowWithBanner()
{
    bool accepted = false;
    connectThroughDialog([&](ConnectServerDialog *dialog) {
        type(dialog, u"rita"_s, m_scram ? readerPassword : QString());
        accepted = dialog->result() == QDialog::Accepted;
    });
    QVERIFY(accepted);
    QVERIFY(m_window->session()->isReadOnly());
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    QVERIFY2(m_window->readOnlyBanner()->text().contains(u"may read the workspace"_s),
        qPrintable(m_window->readOnlyBanner()->text()));
    QCOMPARE(storageText(), u"%1 on this computer as rita · reader"_s.arg(m_database));
    // Nothing new can be made.
    for (QAction *action : m_window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == u"New &Architecture Review"_s)
            QVERIFY(!action->isEnabled());
    }
    QVERIFY(m_window->createReview(ReviewKind::Postmortem).isEmpty());
}

void TestConnectServer::editorSeesSettingsReadOnly()
{
    QVERIFY(m_window->openWorkspace(m_owner)); // the owner: an admin
    {
        PreferencesDialog preferences(m_window->session(), m_window.get());
        QVERIFY(preferences.ticketTemplateEdit()->isEnabled());
        QVERIFY(preferences.knownTechnologyEditor()->isEnabled());
    }
    connectThroughDialog(
        [&](ConnectServerDialog *dialog) { type(dialog, u"carol"_s, m_scram ? editorPassword : QString()); });
    QVERIFY(!m_window->session()->isReadOnly());
    PreferencesDialog preferences(m_window->session(), m_window.get());
    preferences.show();
    QVERIFY(!preferences.ticketTemplateEdit()->isEnabled());
    QVERIFY(!preferences.timeZoneBox()->isEnabled());
    QVERIFY(!preferences.matrixCell(3, 3)->isEnabled());
    QVERIFY(!preferences.knownTechnologyEditor()->isEnabled());
    QVERIFY(!preferences.importRadarButton()->isEnabled());
    bool reasonShown = false;
    for (const QLabel *label : preferences.findChildren<QLabel *>())
        reasonShown = reasonShown || label->text().contains(u"Only an admin of the workspace"_s);
    QVERIFY(reasonShown);
    // Her own settings stay hers to change.
    QVERIFY(preferences.authorEdit()->isEnabled());
    // The typed name is not what the server's log records, and the dialog says so, with her login.
    QVERIFY(preferences.authorNote()->isVisibleTo(&preferences));
    QVERIFY2(preferences.authorNote()->text().contains(u"your login, carol,"_s),
        qPrintable(preferences.authorNote()->text()));
    // The server open now becomes the default workspace with a click, without its password.
    QVERIFY(preferences.useCurrentButton()->isEnabled());
    QTest::mouseClick(preferences.useCurrentButton(), Qt::LeftButton);
    const QString shown = preferences.defaultWorkspaceEdit()->text();
    QVERIFY2(WorkspaceLocation::looksLikeServer(shown), qPrintable(shown));
    QVERIFY2(shown.contains(u"carol"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(editorPassword), qPrintable(shown));
    QVERIFY(preferences.apply());
    QCOMPARE(PreferencesDialog::defaultWorkspace(), shown);
}

// An admin takes carol's right to edit while her window is open, and gives it back: each shows in her
// window within seconds (read-only with the reader's banner and status, then editable again), and a
// title she was typing as it went is kept and saved once she may edit again.
void TestConnectServer::roleChangedWhileOpenShows()
{
    connectThroughDialog(
        [&](ConnectServerDialog *dialog) { type(dialog, u"carol"_s, m_scram ? editorPassword : QString()); });
    QVERIFY(m_window->session() && !m_window->session()->isReadOnly());
    m_window->session()->setPollInterval(100);
    const QString uuid = m_window->createReview(ReviewKind::Postmortem);
    QVERIFY(!uuid.isEmpty());
    ReviewPage *page = m_window->openReview(uuid);
    QVERIFY(page);
    QLineEdit *title = page->titleEdit();
    title->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, u"Cache stampede"_s);

    auto owner = Workspace::open(m_owner);
    QVERIFY2(owner, qPrintable(owner.message()));
    QVERIFY(ServerRoles::grant(**owner, u"carol"_s, u"reader"_s));
    // Her Return comes before the window noticed: the server refuses, the window turns read-only at
    // once and the field keeps what she typed.
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(m_window->session()->isReadOnly());
    QVERIFY(title->isReadOnly());
    QCOMPARE(title->text(), u"Cache stampede"_s);
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    QVERIFY2(m_window->readOnlyBanner()->text().contains(u"may read the workspace"_s),
        qPrintable(m_window->readOnlyBanner()->text()));
    QCOMPARE(storageText(), u"%1 on this computer as carol · reader"_s.arg(m_database));

    QVERIFY(ServerRoles::grant(**owner, u"carol"_s, u"editor"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isReadOnly(), 5000);
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
    QVERIFY(!title->isReadOnly());
    QCOMPARE(storageText(), u"%1 on this computer as carol · editor"_s.arg(m_database));
    title->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_COMPARE(m_window->session()->reviews()->reviewByUuid(uuid)->title, u"Cache stampede"_s);

    // Taken away with no edit to show it: the periodic check does.
    QVERIFY(ServerRoles::grant(**owner, u"carol"_s, u"reader"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isReadOnly(), 5000);
    QVERIFY(title->isReadOnly());
    QCOMPARE(storageText(), u"%1 on this computer as carol · reader"_s.arg(m_database));
    QVERIFY(ServerRoles::grant(**owner, u"carol"_s, u"editor"_s));
}

void TestConnectServer::defaultWorkspaceMayBeAServer()
{
    PreferencesDialog preferences(nullptr, m_window.get());
    preferences.show();
    QVERIFY(!preferences.useCurrentButton()->isEnabled()); // no workspace open
    QVERIFY(!preferences.authorNote()->isVisibleTo(&preferences));
    QLineEdit *edit = preferences.defaultWorkspaceEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, u"postgresql://carol:secret-9@db.example.org/reviews?sslmode=verify-full"_s);
    QVERIFY2(preferences.apply(), qPrintable(preferences.lastError()));
    const QString chosen = PreferencesDialog::defaultWorkspace();
    QVERIFY(WorkspaceLocation::looksLikeServer(chosen));
    QVERIFY2(!chosen.contains(u"secret-9"_s), qPrintable(chosen));
    QVERIFY(chosen.contains(u"db.example.org"_s));
    QVERIFY(chosen.contains(u"verify-full"_s));
    // Shown again as kept.
    PreferencesDialog again(nullptr, m_window.get());
    QCOMPARE(again.defaultWorkspaceEdit()->text(), chosen);
}

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
