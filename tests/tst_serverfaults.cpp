// A workspace on a server when the server goes away or cannot be reached: a session terminated mid-edit,
// the server stopped at once and started again, a wrong password, an unreachable host, TLS refused, a
// newer schema. Each gives a clear message, nothing acknowledged is lost, and the app goes on running.
// Runs on a real server (scripts/with-postgres, with INFLECTION_PG_AUTH=scram and INFLECTION_PG_TCP=1).
#include "architecture/architecturedocument.h"
#include "domain/review.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "reconnectbanner.h"
#include "reviewpage.h"
#include "store/incidentrepository.h"
#include "store/migrator.h"
#include "store/reviewrepository.h"
#include "store/sqldialect.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QUndoStack>

#include <arpa/inet.h>
#include <atomic>
#include <functional>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Inflection;
using namespace Qt::Literals::StringLiterals;

namespace {

// One statement as the test server's superuser on conninfo; its first value, or "error: …".
QString sql(const QString &conninfo, const QString &statement)
{
    PGconn *connection = PQconnectdb(conninfo.toUtf8().constData());
    QString answer;
    if (PQstatus(connection) != CONNECTION_OK) {
        answer = u"error: "_s + QString::fromUtf8(PQerrorMessage(connection));
    } else {
        PGresult *result = PQexec(connection, statement.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK && PQntuples(result) > 0)
            answer = QString::fromUtf8(PQgetvalue(result, 0, 0));
        else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            answer = u"error: "_s + QString::fromUtf8(PQerrorMessage(connection));
        PQclear(result);
    }
    PQfinish(connection);
    return answer;
}

// The server's pg_ctl, as the server's user: "stop -m immediate", "start".
bool pgCtl(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("INFLECTION_TEST_PG_CTL"), arguments);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

// The backend serving the calling thread's connection of workspace.
QString backendOf(const Workspace *workspace)
{
    QSqlQuery query(workspace->database());
    if (!query.exec(u"SELECT pg_backend_pid()"_s) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void terminatedMidEditIsReportedAndReconnects();
    void lostConnectionIsNoticedWithoutAnEdit();
    void acknowledgedEditsSurviveAnImmediateStop();
    void sessionReconnectsAfterTheServerIsBack();
    void proposalTypedAsTheServerWentIsSavedWhenBack();
    void wrongPassword();
    void unreachableHost();
    void tlsRequiredButRefused();
    void newerSchemaOpensReadOnly();

    void windowTurnsReadOnlyAndKeepsTheTypedText();
    void windowKeepsAValueWhoseSaveFailed();
    void windowReconnectsByItselfAfterAnImmediateStop();
    void windowKeepsTextTypedInAFormField();

private:
    // The workspace's connection string with these keywords changed or added.
    QString withParameters(const QList<std::pair<QString, QString>> &parameters) const;
    // Ends the backend behind workspace's connection of this thread, from a connection of the test's own.
    void terminate(const Workspace *workspace);
    // The window on the workspace, with the review open and its title field focused.
    ReviewPage *openInWindow(MainWindow *window);
    // What read makes of the review as a new connection reads it.
    QString stored(const std::function<QString(Workspace *, const Review &)> &read) const;
    // The title as a new connection reads it.
    QString storedTitle() const;
    // The incident's summary as a new connection reads it.
    QString storedSummary() const;

    QTemporaryDir m_dir;
    QString m_server; // the test server's database, as with-postgres names it
    QString m_workspace; // a fresh workspace on the server for each test
    QString m_review; // its one review
};

void TestServerFaults::initTestCase()
{
    if (!TestSupport::onServer() || qEnvironmentVariableIsEmpty("INFLECTION_TEST_POSTGRES"))
        QSKIP("a server's faults: run under scripts/with-postgres with INFLECTION_TEST_BACKEND=postgresql");
    QStandardPaths::setTestModeEnabled(true);
    m_server = qEnvironmentVariable("INFLECTION_TEST_POSTGRES");
}

void TestServerFaults::init()
{
    QSettings().clear();
    m_workspace = TestSupport::freshWorkspace(m_dir.path(), u"faults"_s);
    auto ws = Workspace::open(m_workspace);
    QVERIFY2(ws, qPrintable(ws.message()));
    const Result<Review> review = ReviewRepository(ws->get()).create(ReviewKind::Postmortem, u"Outage"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_review = review->uuid;
}

void TestServerFaults::cleanup()
{
    // A test that failed while the server was stopped leaves it running for the next.
    if (!sql(m_server, u"SELECT 1"_s).startsWith(u'1'))
        pgCtl({u"start"_s});
    TestSupport::dropServerWorkspaces();
}

QString TestServerFaults::withParameters(const QList<std::pair<QString, QString>> &parameters) const
{
    QString text = m_workspace;
    for (const auto &[keyword, value] : parameters)
        text += u' ' + keyword + u'=' + value;
    return text;
}

void TestServerFaults::terminate(const Workspace *workspace)
{
    const QString pid = backendOf(workspace);
    QVERIFY(!pid.isEmpty());
    QCOMPARE(sql(m_server, u"SELECT pg_terminate_backend(%1)"_s.arg(pid)), u"t"_s);
    // Gone from the server before the test goes on.
    QTRY_COMPARE(sql(m_server, u"SELECT count(*) FROM pg_stat_activity WHERE pid = %1"_s.arg(pid)), u"0"_s);
}

QString TestServerFaults::stored(const std::function<QString(Workspace *, const Review &)> &read) const
{
    Workspace::Options options;
    options.readOnly = true;
    auto ws = Workspace::open(m_workspace, options);
    if (!ws)
        return u"cannot open: "_s + ws.message();
    const Result<Review> review = ReviewRepository(ws->get()).find(m_review);
    return review ? read(ws->get(), *review) : u"cannot read: "_s + review.message();
}

QString TestServerFaults::storedTitle() const
{
    return stored([](Workspace *, const Review &review) { return review.title; });
}

QString TestServerFaults::storedSummary() const
{
    return stored([](Workspace *workspace, const Review &review) {
        const Result<IncidentFacts> facts = IncidentRepository(workspace).ofReview(review.id);
        return facts ? facts->summary : u"cannot read: "_s + facts.message();
    });
}

ReviewPage *TestServerFaults::openInWindow(MainWindow *window)
{
    const Result<> opened = window->openWorkspace(m_workspace);
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    window->resize(1000, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    ReviewPage *page = window->openReview(m_review);
    if (page) {
        page->titleEdit()->setFocus(Qt::OtherFocusReason);
        page->titleEdit()->end(false);
    }
    return page;
}

// The backend goes while an edit is being saved: the edit is refused with a message that says the
// connection was lost and holds the value; the session turns read-only at once, reconnects by itself
// (the server is still up), and the next edit is saved. What was saved before is there.
void TestServerFaults::terminatedMidEditIsReportedAndReconnects()
{
    auto opened = WorkspaceSession::open(m_workspace, Workspace::Options());
    QVERIFY2(opened, qPrintable(opened.message()));
    WorkspaceSession *session = opened->get();
    session->setPollInterval(60000); // only the failed edit tells
    QSignalSpy problems(session, &WorkspaceSession::problem);
    QSignalSpy changes(session, &WorkspaceSession::connectionChanged);
    ReviewListModel *reviews = session->reviews();
    QVERIFY(reviews->setField(m_review, ReviewField::Owner, u"Saved before"_s));

    terminate(session->workspace());
    QVERIFY(!reviews->setField(m_review, ReviewField::Owner, u"Typed while it went"_s));
    QVERIFY(!problems.isEmpty());
    const QString message = problems.constLast().at(0).toString();
    QVERIFY2(message.contains(u"connection to the server was lost"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Typed while it went"_s), qPrintable(message));
    QVERIFY(!session->isConnected());
    QVERIFY(session->isReadOnly());
    QVERIFY2(session->readOnlyReason().contains(u"was lost"_s), qPrintable(session->readOnlyReason()));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().at(0).toBool(), false);

    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 15000);
    QVERIFY(!session->isReadOnly());
    QCOMPARE(changes.constLast().at(0).toBool(), true);
    QVERIFY(reviews->setField(m_review, ReviewField::Owner, u"Saved after"_s));
    Workspace::Options options;
    options.readOnly = true;
    auto fresh = Workspace::open(m_workspace, options);
    QVERIFY2(fresh, qPrintable(fresh.message()));
    QCOMPARE(ReviewRepository(fresh->get()).find(m_review)->owner, u"Saved after"_s);
}

// Nobody edits: the session notices the lost connection by itself, and is back by itself.
void TestServerFaults::lostConnectionIsNoticedWithoutAnEdit()
{
    auto opened = WorkspaceSession::open(m_workspace, Workspace::Options());
    QVERIFY2(opened, qPrintable(opened.message()));
    WorkspaceSession *session = opened->get();
    session->setPollInterval(100);
    QSignalSpy changes(session, &WorkspaceSession::connectionChanged);
    terminate(session->workspace());
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 5000);
    QCOMPARE(changes.constFirst().at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 15000);
    // Listening again: another connection's change is seen without polling the table.
    auto other = Workspace::open(m_workspace);
    QVERIFY2(other, qPrintable(other.message()));
    QSignalSpy refreshed(session, &WorkspaceSession::changedExternally);
    const Result<Review> stored = ReviewRepository(other->get()).find(m_review);
    QVERIFY(ReviewRepository(other->get()).updateField(*stored, ReviewField::Owner, u"Someone else"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
    QCOMPARE(session->reviews()->reviewByUuid(m_review)->owner, u"Someone else"_s);
}

// Edits acknowledged one after another while the server is stopped at once (pg_ctl stop -m immediate):
// after it starts again every acknowledged one is there; the one in flight was either saved or reported
// as not saved.
void TestServerFaults::acknowledgedEditsSurviveAnImmediateStop()
{
    auto ws = Workspace::open(m_workspace);
    QVERIFY2(ws, qPrintable(ws.message()));
    Workspace *workspace = ws->get();
    QMutex mutex;
    QStringList acknowledged;
    QString inFlight;
    QString refusal;
    std::atomic<int> count {0};
    QThread *writer = QThread::create([&] {
        ReviewRepository repository(workspace);
        for (int n = 0; n < 100000; ++n) {
            const QString title = u"Edit %1"_s.arg(n);
            const Result<Review> created = repository.create(ReviewKind::Architecture, title);
            const QMutexLocker lock(&mutex);
            if (!created) {
                inFlight = title;
                refusal = created.message();
                break;
            }
            acknowledged.append(created->uuid);
            ++count;
        }
        workspace->releaseThreadConnection();
    });
    writer->start();
    QTRY_VERIFY_WITH_TIMEOUT(count.load() >= 50, 60000);
    QVERIFY(pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s}));
    QVERIFY(writer->wait(60000));
    delete writer;
    QVERIFY2(!inFlight.isEmpty(), "the writer never saw the server go");
    QVERIFY2(refusal.contains(u"connection"_s, Qt::CaseInsensitive)
            || refusal.contains(u"server"_s, Qt::CaseInsensitive),
        qPrintable(refusal));
    QVERIFY(pgCtl({u"start"_s}));
    ws->reset();

    auto reopened = Workspace::open(m_workspace);
    QVERIFY2(reopened, qPrintable(reopened.message()));
    ReviewRepository repository(reopened->get());
    for (const QString &uuid : std::as_const(acknowledged))
        QVERIFY2(repository.find(uuid), qPrintable(uuid));
    const Result<QList<Review>> all = repository.all();
    QVERIFY(all);
    // The first review, the acknowledged ones, and perhaps the one in flight: nothing else.
    QVERIFY(all->size() == acknowledged.size() + 1 || all->size() == acknowledged.size() + 2);
    qInfo("%lld edits acknowledged before the immediate stop, all there after it; the one in flight %s; "
          "it was told: %s",
        qint64(acknowledged.size()), all->size() == acknowledged.size() + 2 ? "was saved" : "was not saved",
        qPrintable(refusal));
}

// The server stopped at once: the session says so, its attempts fail with a reason while it is down, and it
// is back by itself once the server is.
void TestServerFaults::sessionReconnectsAfterTheServerIsBack()
{
    auto opened = WorkspaceSession::open(m_workspace, Workspace::Options());
    QVERIFY2(opened, qPrintable(opened.message()));
    WorkspaceSession *session = opened->get();
    session->setPollInterval(100);
    QSignalSpy scheduled(session, &WorkspaceSession::reconnectScheduled);
    QVERIFY(pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isConnected(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), 10000);
    QVERIFY2(!session->lastReconnectError().isEmpty(), "an attempt failed without a reason");
    QVERIFY(!session->reviews()->setField(m_review, ReviewField::Owner, u"While it is down"_s));
    // Reconnect Now while it is still down: one more failed attempt, nothing else.
    const qsizetype before = scheduled.size();
    QTRY_VERIFY(session->millisecondsUntilRetry() >= 0);
    session->reconnectNow();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() > before, 15000);
    QVERIFY(!session->isConnected());

    QVERIFY(pgCtl({u"start"_s}));
    QElapsedTimer back;
    back.start();
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 30000);
    qInfo("connected again %lld ms after the server started", back.elapsed());
    QVERIFY(session->reviews()->setField(m_review, ReviewField::Owner, u"After the restart"_s));
}

// A proposal's text, typed as the connection went (it saves by itself a moment later): kept in the
// document while the session is read-only, and saved as soon as the connection is back.
void TestServerFaults::proposalTypedAsTheServerWentIsSavedWhenBack()
{
    auto opened = WorkspaceSession::open(m_workspace, Workspace::Options());
    QVERIFY2(opened, qPrintable(opened.message()));
    WorkspaceSession *session = opened->get();
    session->setPollInterval(100);
    const Result<QString> uuid = session->createReview(ReviewKind::Architecture, u"Queue"_s);
    QVERIFY2(uuid, qPrintable(uuid.message()));
    const Result<ReviewDocument *> document = session->openDocument(*uuid);
    QVERIFY2(document, qPrintable(document.message()));
    auto *architecture = dynamic_cast<ArchitectureDocument *>(*document);
    QVERIFY(architecture);
    QSignalSpy changes(session, &WorkspaceSession::connectionChanged);
    terminate(session->workspace());
    QTextCursor cursor(architecture->proposalText());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"\nWritten as the server went."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 15000);
    QVERIFY(architecture->proposalText()->toPlainText().endsWith(u"Written as the server went."_s));

    // Another window opening it now reads it.
    auto other = WorkspaceSession::open(m_workspace, Workspace::Options());
    QVERIFY2(other, qPrintable(other.message()));
    const Result<ReviewDocument *> read = (*other)->openDocument(*uuid);
    QVERIFY2(read, qPrintable(read.message()));
    auto *stored = dynamic_cast<ArchitectureDocument *>(*read);
    QVERIFY(stored);
    QVERIFY2(stored->proposalText()->toPlainText().endsWith(u"Written as the server went."_s),
        qPrintable(stored->proposalText()->toPlainText().right(80)));
}

void TestServerFaults::wrongPassword()
{
    QCOMPARE(sql(m_server, u"DROP ROLE IF EXISTS alice"_s), QString());
    QCOMPARE(sql(m_server, u"CREATE ROLE alice LOGIN SUPERUSER PASSWORD 'right'"_s), QString());
    const QString wrong = withParameters({{u"user"_s, u"alice"_s}, {u"password"_s, u"wrong"_s}});
    const QString right = withParameters({{u"user"_s, u"alice"_s}, {u"password"_s, u"right"_s}});
    {
        auto ws = Workspace::open(right);
        QVERIFY2(ws, qPrintable(ws.message()));
    }
    auto ws = Workspace::open(wrong);
    if (ws)
        QSKIP("the server does not ask for passwords: run with INFLECTION_PG_AUTH=scram");
    QVERIFY2(ws.message().contains(u"cannot be opened"_s), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(u"password authentication failed"_s), qPrintable(ws.message()));
    QVERIFY2(!ws.message().contains(u"wrong"_s), qPrintable(ws.message())); // never the password
}

void TestServerFaults::unreachableHost()
{
    // A port that was free a moment ago: nothing listens on it.
    int port = 0;
    {
        const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(probe >= 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        QVERIFY(::bind(probe, reinterpret_cast<sockaddr *>(&address), size) == 0);
        QVERIFY(::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &size) == 0);
        port = ntohs(address.sin_port);
        ::close(probe);
    }
    const QString text
        = u"host=127.0.0.1 port=%1 dbname=inflection user=postgres connect_timeout=3"_s.arg(port);
    QElapsedTimer timer;
    timer.start();
    auto ws = Workspace::open(text);
    QVERIFY(!ws);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(ws.message().contains(u"cannot be opened"_s), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(u"127.0.0.1"_s), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(u"refused"_s), qPrintable(ws.message()));
    qInfo("%s", qPrintable(ws.message()));
}

void TestServerFaults::tlsRequiredButRefused()
{
    const QString port = qEnvironmentVariable("INFLECTION_TEST_PG_PORT");
    if (port.isEmpty())
        QSKIP("TLS is for TCP: run with INFLECTION_PG_TCP=1");
    const QString text
        = u"host=127.0.0.1 port=%1 dbname=inflection user=postgres sslmode=require"_s.arg(port);
    auto ws = Workspace::open(text);
    QVERIFY(!ws);
    QVERIFY2(ws.message().contains(u"cannot be opened"_s), qPrintable(ws.message()));
    QVERIFY2(ws.message().contains(u"SSL"_s), qPrintable(ws.message()));
    qInfo("%s", qPrintable(ws.message()));
    // The same server without the demand: it opens.
    auto plain = Workspace::open(u"host=127.0.0.1 port=%1 dbname=inflection user=postgres"_s.arg(port));
    QVERIFY2(plain, qPrintable(plain.message()));
}

// A workspace whose schema a newer Inflection made: read-only, saying why, never migrated down or
// written; the window shows it read-only.
void TestServerFaults::newerSchemaOpensReadOnly()
{
    const int latest = Migrator::latestVersion(SqlDialect::postgreSql());
    const QString conninfo = m_workspace; // the superuser's, on the workspace's database
    QCOMPARE(sql(conninfo, u"UPDATE inflection_schema SET version = %1"_s.arg(latest + 1)), QString());

    auto ws = Workspace::open(m_workspace);
    QVERIFY2(ws, qPrintable(ws.message()));
    QVERIFY((*ws)->isReadOnly());
    QCOMPARE((*ws)->readOnlyProblem(), ErrorKind::NewerSchema);
    QCOMPARE((*ws)->schemaVersion(), latest + 1);
    QVERIFY2((*ws)->readOnlyReason().contains(u"newer version"_s), qPrintable((*ws)->readOnlyReason()));
    // The server refuses a write too (the session is read-only), not only the app.
    QSqlQuery update((*ws)->database());
    QVERIFY(!update.exec(u"UPDATE review SET title = 'Written anyway'"_s));
    ws->reset();
    QCOMPARE(sql(conninfo, u"SELECT version FROM inflection_schema"_s), QString::number(latest + 1));
    QCOMPARE(storedTitle(), u"Outage"_s);

    MainWindow window;
    const Result<> opened = window.openWorkspace(m_workspace);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(window.readOnlyBanner()->isVisibleTo(&window));
    QVERIFY2(window.readOnlyBanner()->text().contains(u"newer version"_s),
        qPrintable(window.readOnlyBanner()->text()));
    ReviewPage *page = window.openReview(m_review);
    QVERIFY(page);
    QVERIFY(page->titleEdit()->isReadOnly());
}

// Someone is typing a title when the backend is terminated: the window says it is reconnecting and turns
// read-only, the typed text stays in the field; once the connection is back the field is editable again
// and Return saves what was typed.
void TestServerFaults::windowTurnsReadOnlyAndKeepsTheTypedText()
{
    MainWindow window;
    ReviewPage *page = openInWindow(&window);
    QVERIFY(page);
    window.session()->setPollInterval(100);
    QLineEdit *title = page->titleEdit();
    QTest::keyClicks(title, u" in the night"_s);
    QCOMPARE(title->text(), u"Outage in the night"_s);

    terminate(window.session()->workspace());
    QTRY_VERIFY_WITH_TIMEOUT(window.reconnectBanner()->isVisible(), 5000);
    QVERIFY2(window.reconnectBanner()->text().contains(u"was lost"_s),
        qPrintable(window.reconnectBanner()->text()));
    QVERIFY(title->isReadOnly());
    QCOMPARE(title->text(), u"Outage in the night"_s);
    QTest::keyClicks(title, u"!"_s); // read-only: nothing is added
    QCOMPARE(title->text(), u"Outage in the night"_s);

    QTRY_VERIFY_WITH_TIMEOUT(!window.reconnectBanner()->isVisible(), 15000);
    QVERIFY(!title->isReadOnly());
    QCOMPARE(title->text(), u"Outage in the night"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedTitle(), u"Outage in the night"_s);
}

// The backend is gone when Return is pressed (before the window noticed): the save fails, the notice says
// why with the value, the field keeps it and is read-only; Reconnect Now, then Return saves it.
void TestServerFaults::windowKeepsAValueWhoseSaveFailed()
{
    MainWindow window;
    ReviewPage *page = openInWindow(&window);
    QVERIFY(page);
    window.session()->setPollInterval(60000);
    QLineEdit *title = page->titleEdit();
    QTest::keyClicks(title, u" at dawn"_s);
    terminate(window.session()->workspace());
    QTest::keyClick(title, Qt::Key_Return);

    QVERIFY(window.noticeBanner()->isVisible());
    const QString notice = window.noticeBanner()->text();
    QVERIFY2(notice.contains(u"connection to the server was lost"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"Outage at dawn"_s), qPrintable(notice));
    QCOMPARE(title->text(), u"Outage at dawn"_s);
    QVERIFY(title->isReadOnly());
    QVERIFY(window.reconnectBanner()->isVisible());
    QCOMPARE(storedTitle(), u"Outage"_s);

    QTRY_VERIFY(window.reconnectBanner()->reconnectButton());
    QTest::mouseClick(window.reconnectBanner()->reconnectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.reconnectBanner()->isVisible(), 15000);
    QVERIFY(!title->isReadOnly());
    QCOMPARE(title->text(), u"Outage at dawn"_s);
    // The notice no longer speaks of now, and still holds the value.
    QVERIFY(window.noticeBanner()->isVisible());
    QCOMPARE(window.noticeBanner()->level(), MessageBanner::Level::Information);
    QVERIFY2(
        window.noticeBanner()->text().startsWith(
            u"Connected to the server again: the workspace is editable, and what was kept in its fields is "
            "saved. The earlier notice: "_s),
        qPrintable(window.noticeBanner()->text()));
    QVERIFY(window.noticeBanner()->text().contains(u"Outage at dawn"_s));
    // Reconnect Now had the keyboard and went with the strip: the keyboard is back in the field.
    QVERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedTitle(), u"Outage at dawn"_s);
}

// The server stops at once while a title is being typed and starts again a few seconds later: the window
// says it is reconnecting, tells why each attempt failed, and is editable again by itself.
void TestServerFaults::windowReconnectsByItselfAfterAnImmediateStop()
{
    MainWindow window;
    ReviewPage *page = openInWindow(&window);
    QVERIFY(page);
    window.session()->setPollInterval(100);
    QLineEdit *title = page->titleEdit();
    QTest::keyClicks(title, u" (restart)"_s);
    QVERIFY(pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(window.reconnectBanner()->isVisible(), 5000);
    QVERIFY(title->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(window.reconnectBanner()->text().contains(u"Trying again"_s), 10000);
    // libpq's error over several lines: its first line in the strip, all of it in the tooltip; the strip
    // keeps its height from one attempt to the next.
    QVERIFY2(!window.reconnectBanner()->text().contains(u'\n'), qPrintable(window.reconnectBanner()->text()));
    QCOMPARE(window.reconnectBanner()->toolTip(), window.session()->lastReconnectError());
    const int stripHeight = window.reconnectBanner()->height();
    QVERIFY2(window.statusText().contains(u"read-only"_s), qPrintable(window.statusText()));
    // Reconnect Now from the keyboard (focused, Space), while the next attempt is seconds away: one runs
    // at once, and fails, the server being down.
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->millisecondsUntilRetry() > 1500, 10000);
    QSignalSpy scheduled(window.session(), &WorkspaceSession::reconnectScheduled);
    QPushButton *reconnect = window.reconnectBanner()->reconnectButton();
    QVERIFY(reconnect);
    reconnect->setFocus(Qt::TabFocusReason);
    QTest::keyClick(reconnect, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), 1000);
    QVERIFY(window.reconnectBanner()->isVisible());
    QTest::qWait(50); // laid out again
    QVERIFY(window.reconnectBanner()->height() >= stripHeight);

    QVERIFY(pgCtl({u"start"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(!window.reconnectBanner()->isVisible(), 30000);
    QVERIFY(!title->isReadOnly());
    QCOMPARE(title->text(), u"Outage (restart)"_s);
    QVERIFY(title->hasFocus()); // back from Reconnect Now
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedTitle(), u"Outage (restart)"_s);
}

// The server stops at once while an incident's summary (a multi-line field of a form) is being typed, and
// starts again: the field keeps the focus and the text and turns read-only; leaving it then saves nothing
// and loses nothing; once the window is editable again the text is stored without another key, and the
// reload after the reconnection does not replace it.
void TestServerFaults::windowKeepsTextTypedInAFormField()
{
    MainWindow window;
    ReviewPage *page = openInWindow(&window);
    QVERIFY(page);
    window.session()->setPollInterval(100);
    QPlainTextEdit *summary = nullptr;
    for (QPlainTextEdit *edit : page->findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == u"Summary"_s)
            summary = edit;
    }
    QVERIFY(summary);
    QTRY_VERIFY(summary->isVisible());
    summary->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(summary, u"The queue filled up."_s);
    QTest::keyClick(summary, Qt::Key_Return);
    QTest::keyClicks(summary, u"Then the disk"_s);
    const QString typed = u"The queue filled up.\nThen the disk"_s;
    QCOMPARE(summary->toPlainText(), typed);

    QVERIFY(pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(window.reconnectBanner()->isVisible(), 5000);
    QVERIFY(summary->isReadOnly());
    QVERIFY(summary->hasFocus()); // not disabled: the focus did not move and nothing was saved on its way
    QCOMPARE(summary->toPlainText(), typed);
    QTest::keyClicks(summary, u"!"_s); // read-only: nothing is added
    QCOMPARE(summary->toPlainText(), typed);
    // Leaving the field while the server is away tries no save that could take the text with it.
    QTest::keyClick(summary, Qt::Key_Tab);
    QVERIFY(!summary->hasFocus());
    QCOMPARE(summary->toPlainText(), typed);

    QVERIFY(pgCtl({u"start"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(!window.reconnectBanner()->isVisible(), 30000);
    QVERIFY(!summary->isReadOnly());
    QTRY_COMPARE_WITH_TIMEOUT(storedSummary(), typed, 5000);
    QCOMPARE(summary->toPlainText(), typed);
    QTest::qWait(500); // a live refresh of the saved row changes nothing
    QCOMPARE(summary->toPlainText(), typed);
    QVERIFY(page->undoStack()->canUndo()); // one step, as any edit
}

QTEST_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
