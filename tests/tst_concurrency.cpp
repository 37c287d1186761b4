// Two writers on one workspace: stale updates are refused and reported, nothing is lost, watchers fire.
#include "store/changewatcher.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void staleUpdateIsRefused();
    void modelReportsConflictWithBothValues();
    void editsOfDifferentFieldsBothLand();
    void severalFieldsAreOneChange();
    void watcherIgnoresOwnWritesAndSeesOthers();
    void twoProcessesUpdateTheSameReview();
    void watcherFiresInAnotherProcess();

private:
    // The shared workspace, opened by one more connection; null (and a failed test) when it would not open.
    std::unique_ptr<Workspace> open() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestConcurrency::init()
{
    INFLECTION_REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path
        = TestSupport::makeWorkspace(TestSupport::freshWorkspace(m_dir->path(), u"shared.inflection"_s), 1);
}

void TestConcurrency::cleanup()
{
    m_dir.reset();
    TestSupport::dropServerWorkspaces();
}

std::unique_ptr<Workspace> TestConcurrency::open() const
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    if (!ws) {
        qWarning("cannot open the workspace: %s", qPrintable(ws.message()));
        return nullptr;
    }
    return std::move(ws).value();
}

void TestConcurrency::staleUpdateIsRefused()
{
    auto alice = open();
    auto bob = open();
    QVERIFY(alice && bob);
    alice->setAuthor(u"Alice"_s);
    bob->setAuthor(u"Bob"_s);
    ReviewRepository aliceRepo(alice.get());
    ReviewRepository bobRepo(bob.get());

    const auto aliceAll = aliceRepo.all();
    const auto bobAll = bobRepo.all();
    QVERIFY(aliceAll && bobAll);
    const Review aliceCopy = aliceAll->first();
    const Review bobCopy = bobAll->first();
    QCOMPARE(aliceCopy.revision, bobCopy.revision);

    const auto first = aliceRepo.updateField(aliceCopy, ReviewField::Title, u"Alice's title"_s);
    QVERIFY2(first, qPrintable(first.message()));
    QCOMPARE(first->revision, aliceCopy.revision + 1);

    const auto second = bobRepo.updateField(bobCopy, ReviewField::Title, u"Bob's title"_s);
    QCOMPARE(second.error(), ErrorKind::Conflict);
    // The conflict carries what is stored now, so the caller can show both values.
    QVERIFY(second.hasValue());
    QCOMPARE(second->title, u"Alice's title"_s);
    // A server records the login it authenticated (both are the test's one login there), a file the name
    // given.
    QSqlQuery login(alice->database());
    QVERIFY(!TestSupport::onServer() || (login.exec(u"SELECT session_user"_s) && login.next()));
    QCOMPARE(second->updatedBy, TestSupport::onServer() ? login.value(0).toString() : u"Alice"_s);
    QCOMPARE(second->revision, aliceCopy.revision + 1);

    // Nothing was overwritten.
    QCOMPARE(aliceRepo.find(aliceCopy.uuid)->title, u"Alice's title"_s);

    // Bob, now on the current revision, can save deliberately.
    const auto third = bobRepo.updateField(*second, ReviewField::Title, u"Bob's title"_s);
    QVERIFY2(third, qPrintable(third.message()));
    QCOMPARE(aliceRepo.find(aliceCopy.uuid)->title, u"Bob's title"_s);
}

void TestConcurrency::modelReportsConflictWithBothValues()
{
    auto mine = open();
    auto theirs = open();
    QVERIFY(mine && theirs);
    theirs->setAuthor(u"Grace"_s);
    ReviewRepository myRepo(mine.get());
    ReviewRepository theirRepo(theirs.get());
    ReviewListModel model(&myRepo);
    QVERIFY(model.reload());
    QUndoStack stack;
    model.setUndoStackProvider([&stack](const QString &) { return &stack; });
    QSignalSpy conflicts(&model, &ReviewListModel::conflictOccurred);

    const QString uuid = model.reviewAt(0).uuid;
    QVERIFY(theirRepo.updateField(*theirRepo.find(uuid), ReviewField::Owner, u"Grace"_s));

    QVERIFY(!model.setField(uuid, ReviewField::Owner, u"Linus"_s));
    QCOMPARE(conflicts.count(), 1);
    const auto conflict = conflicts.first().first().value<EditConflict>();
    const QString message = conflict.message;
    QVERIFY2(message.contains(u"Grace"_s) && message.contains(u"Linus"_s) && message.contains(u"owner"_s),
        qPrintable(message));
    // The model shows what is stored; the refused edit left no undo step behind.
    QCOMPARE(model.reviewAt(0).owner, u"Grace"_s);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(theirRepo.find(uuid)->owner, u"Grace"_s);

    // Keep mine: stored over theirs as a new revision, one undo step back to theirs.
    QVERIFY(conflict.hasChoice());
    const int theirRevision = theirRepo.find(uuid)->revision;
    conflict.keepMine();
    QCOMPARE(theirRepo.find(uuid)->owner, u"Linus"_s);
    QCOMPARE(theirRepo.find(uuid)->revision, theirRevision + 1);
    QCOMPARE(model.reviewAt(0).owner, u"Linus"_s);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(theirRepo.find(uuid)->owner, u"Grace"_s);
    QCOMPARE(conflicts.count(), 1);
}

void TestConcurrency::editsOfDifferentFieldsBothLand()
{
    auto mine = open();
    auto theirs = open();
    QVERIFY(mine && theirs);
    ReviewRepository myRepo(mine.get());
    ReviewRepository theirRepo(theirs.get());
    ReviewListModel model(&myRepo);
    QVERIFY(model.reload());
    QSignalSpy conflicts(&model, &ReviewListModel::conflictOccurred);
    const QString uuid = model.reviewAt(0).uuid;

    QVERIFY(theirRepo.updateField(*theirRepo.find(uuid), ReviewField::System, u"billing"_s));
    QVERIFY(model.setField(uuid, ReviewField::Title, u"Invoice run timed out"_s));
    QCOMPARE(conflicts.count(), 0);
    const Review stored = *theirRepo.find(uuid);
    QCOMPARE(stored.system, u"billing"_s);
    QCOMPARE(stored.title, u"Invoice run timed out"_s);
    QCOMPARE(model.reviewAt(0).system, u"billing"_s);
}

void TestConcurrency::severalFieldsAreOneChange()
{
    auto ws = open();
    QVERIFY(ws);
    ReviewRepository repository(ws.get());
    const auto all = repository.all();
    QVERIFY2(all, qPrintable(all.message()));
    const Review base = all->first();
    const auto result = repository.updateFields(base,
        {{ReviewField::System, u"search"_s}, {ReviewField::Owner, u"Priya"_s},
            {ReviewField::Tags, u"queue"_s}});
    QVERIFY2(result, qPrintable(result.message()));
    QCOMPARE(result->revision, base.revision + 1);
    const Review stored = *repository.find(base.uuid);
    QCOMPARE(stored.revision, base.revision + 1);
    QCOMPARE(stored.system, u"search"_s);
    QCOMPARE(stored.owner, u"Priya"_s);
    QCOMPARE(stored.tags, u"queue"_s);
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(u"SELECT field, new_value FROM change_log WHERE what = 'updated' ORDER BY id"_s));
    QStringList logged;
    while (q.next())
        logged << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(logged, (QStringList {u"system=search"_s, u"owner=Priya"_s, u"tags=queue"_s}));
    // From the old revision: refused as a whole, nothing half-written.
    const auto stale
        = repository.updateFields(base, {{ReviewField::System, u"x"_s}, {ReviewField::Owner, u"y"_s}});
    QCOMPARE(stale.error(), ErrorKind::Conflict);
    QCOMPARE(repository.find(base.uuid)->system, u"search"_s);
    // A bad value in any field refuses the whole change.
    const auto bad
        = repository.updateFields(stored, {{ReviewField::Title, u"ok"_s}, {ReviewField::Status, u"nope"_s}});
    QCOMPARE(bad.error(), ErrorKind::Refused);
    QCOMPARE(repository.find(base.uuid)->title, stored.title);
}

void TestConcurrency::watcherIgnoresOwnWritesAndSeesOthers()
{
    auto mine = open();
    auto theirs = open();
    QVERIFY(mine && theirs);
    ChangeWatcher watcher(mine.get());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    ReviewRepository myRepo(mine.get());
    ReviewRepository theirRepo(theirs.get());

    QVERIFY(myRepo.create(ReviewKind::Architecture, u"mine"_s));
    QTest::qWait(200); // a server's notification of it would have come by now
    QVERIFY(!watcher.checkNow());
    QCOMPARE(changed.count(), 0);

    QVERIFY(theirRepo.create(ReviewKind::Architecture, u"theirs"_s));
    // At once on a file; as soon as it is notified on a server.
    QTRY_COMPARE_WITH_TIMEOUT((watcher.checkNow(), changed.count()), 1, 2000);
    QVERIFY(!watcher.checkNow());
}

void TestConcurrency::twoProcessesUpdateTheSameReview()
{
    auto ws = open();
    QVERIFY(ws);
    ReviewRepository repository(ws.get());
    const auto all = repository.all();
    QVERIFY2(all, qPrintable(all.message()));
    const Review base = all->first();

    // Both start from the same revision; exactly one may win, the other is told.
    QProcess first;
    QProcess second;
    const QString revision = QString::number(base.revision);
    first.start(
        TestSupport::helperBinary(), {u"set-title"_s, m_path, base.uuid, revision, u"From process one"_s});
    second.start(
        TestSupport::helperBinary(), {u"set-title"_s, m_path, base.uuid, revision, u"From process two"_s});
    QVERIFY(first.waitForFinished(30000));
    QVERIFY(second.waitForFinished(30000));
    const QString out1 = QString::fromUtf8(first.readAllStandardOutput()).trimmed();
    const QString out2 = QString::fromUtf8(second.readAllStandardOutput()).trimmed();
    const bool oneWon = out1.startsWith(u"saved"_s) && out2.startsWith(u"conflict"_s);
    const bool twoWon = out2.startsWith(u"saved"_s) && out1.startsWith(u"conflict"_s);
    QVERIFY2(oneWon != twoWon, qPrintable(out1 + u" / "_s + out2));
    const Review stored = *repository.find(base.uuid);
    QCOMPARE(stored.title, oneWon ? u"From process one"_s : u"From process two"_s);
    QCOMPARE(stored.revision, base.revision + 1);
    // The loser was told the winner's value.
    QVERIFY((oneWon ? out2 : out1).endsWith(stored.title));
}

void TestConcurrency::watcherFiresInAnotherProcess()
{
    QProcess watcher;
    watcher.start(TestSupport::helperBinary(), {u"watch"_s, m_path, u"10000"_s});
    QVERIFY(watcher.waitForReadyRead(10000));
    QCOMPARE(watcher.readLine().trimmed(), QByteArray("ready"));

    auto ws = open();
    QVERIFY(ws);
    ReviewRepository repository(ws.get());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(repository.create(ReviewKind::Postmortem, u"Queue backlog"_s));
    QVERIFY(watcher.waitForReadyRead(5000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(watcher.readLine().trimmed(), QByteArray("changed"));
    QVERIFY2(elapsed < 2000, qPrintable(u"the other process saw the change after %1 ms"_s.arg(elapsed)));
    QVERIFY(watcher.waitForFinished(5000));
    QCOMPARE(watcher.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
