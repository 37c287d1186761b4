// Crash safety: a child process edits a postmortem through the store and is killed with SIGKILL at
// random moments, over and over, in WAL and in DELETE journal mode. After every kill the file must
// pass SQLite's integrity check, open again, and hold every edit the child reported as saved. On a server
// (tst_crashsafety_postgresql) the same: the killed client's open transaction is the server's to roll
// back, and every edit it acknowledged must be there; and the server itself is stopped at random
// (pg_ctl stop -m immediate, as a power cut) and started again, after which every edit it acknowledged
// must be there too.
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { INFLECTION_REQUIRE_BACKEND(); }
    void cleanup() { TestSupport::dropServerWorkspaces(); }
    void killedAtRandom_data();
    void killedAtRandom();
};

void TestCrashSafety::killedAtRandom_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::addColumn<int>("kills");
    QTest::addColumn<bool>("stopServer"); // instead of killing the client
    if (TestSupport::onServer()) {
        QTest::newRow("client killed") << QString() << 100 << false;
        QTest::newRow("server stopped immediately") << QString() << 20 << true;
        return;
    }
    QTest::newRow("wal") << u"wal"_s << 200 << false;
    QTest::newRow("delete") << u"delete"_s << 200 << false;
}

void TestCrashSafety::killedAtRandom()
{
    QFETCH(QString, journalMode);
    QFETCH(int, kills);
    QFETCH(bool, stopServer);
    const QString pgCtl = qEnvironmentVariable("INFLECTION_TEST_PG_CTL");
    if (stopServer && pgCtl.isEmpty())
        QSKIP("INFLECTION_TEST_PG_CTL is not set: run this test under scripts/with-postgres");
    QTemporaryDir dir;
    const QString path = TestSupport::freshWorkspace(dir.path(), u"crash.inflection"_s);
    qputenv("INFLECTION_JOURNAL_MODE", journalMode.toLatin1());
    qint64 reviewId = 0;
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        const auto review = ReviewRepository(ws->get()).create(ReviewKind::Postmortem, u"Crash"_s);
        QVERIFY2(review, qPrintable(review.message()));
        reviewId = review->id;
    }
    QRandomGenerator random(20261123);
    QHash<QString, qint64> acknowledged; // event uuid -> the latest edit reported saved
    int acknowledgedEdits = 0;
    int integrityFailures = 0;
    int lostEdits = 0;
    int failedOpens = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFLECTION_JOURNAL_MODE"_s, journalMode);
        child.setProcessEnvironment(env);
        child.start(TestSupport::helperBinary(),
            {u"edit-stream"_s, path, QString::number(reviewId), QString::number(random.generate())});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000)); // "ready"
        // Somewhere in the middle of an edit, or between two.
        // (A server's round trip is longer than a local file's: there, a little later.)
        QTest::qWait(TestSupport::onServer() ? int(random.bounded(20, 200)) : int(random.bounded(5, 60)));
        // The child edits until killed: if it ended by itself, something went wrong in it. (And
        // kill() with no process id would signal this whole process group.)
        const qint64 pid = child.processId();
        if (child.state() != QProcess::Running || pid <= 0) {
            child.waitForFinished(10000);
            QFAIL(qPrintable(u"the editing process ended by itself: "_s
                + QString::fromUtf8(
                    child.readAllStandardOutput().right(400) + child.readAllStandardError().right(400))));
        }
        if (stopServer) {
            // The client loses its connection in the middle of its work: it says so and ends.
            QCOMPARE(TestSupport::run(pgCtl, {u"stop"_s, u"-m"_s, u"immediate"_s}), 0);
            if (!child.waitForFinished(30000)) {
                ::kill(pid_t(pid), SIGKILL);
                QVERIFY(child.waitForFinished(10000));
            }
            QCOMPARE(TestSupport::run(pgCtl, {u"start"_s}), 0);
        } else {
            ::kill(pid_t(pid), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
        }
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.value(0) == "error" && !stopServer) // a stopped server is an error for the client
                QFAIL(line.constData());
            if (words.value(0) != "saved" || words.size() != 3)
                continue;
            acknowledged[QString::fromLatin1(words.at(1))] = words.at(2).toLongLong();
            ++acknowledgedEdits;
        }

        auto opened = Workspace::open(path);
        if (!opened) {
            ++failedOpens;
            qWarning("open failed after kill %d: %s", kill, qPrintable(opened.message()));
            continue;
        }
        Workspace *ws = opened->get();
        if (!ws->isServer()) { // a file's own check: the server keeps its tables whole itself
            QSqlQuery check(ws->database());
            if (!check.exec(u"PRAGMA integrity_check"_s) || !check.next()
                || check.value(0).toString() != u"ok"_s)
                ++integrityFailures;
            check.finish();
        }
        const auto events = TimelineRepository(ws).forReview(reviewId);
        if (!events) {
            ++failedOpens;
            qWarning("reading failed after kill %d: %s", kill, qPrintable(events.message()));
            continue;
        }
        QHash<QString, qint64> stored;
        for (const TimelineEvent &e : *events)
            stored.insert(e.uuid, e.text.section(u' ', 1, 1).toLongLong());
        // Each reported edit is there, or a later one to the same event (stored, then killed before
        // it could say so).
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (!stored.contains(it.key()) || stored.value(it.key()) < it.value())
                ++lostEdits;
        }
    }
    qunsetenv("INFLECTION_JOURNAL_MODE");
    qInfo(
        "%s: %d kills or stops, %d edits reported saved, %d lost, %d integrity failures, %d failed opens or "
        "reads",
        QTest::currentDataTag(), kills, acknowledgedEdits, lostEdits, integrityFailures, failedOpens);
    QVERIFY(acknowledgedEdits > kills); // the kills came in the middle of real work
    QCOMPARE(lostEdits, 0);
    QCOMPARE(integrityFailures, 0);
    QCOMPARE(failedOpens, 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
