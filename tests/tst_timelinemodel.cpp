// The postmortem timeline: model contract, reordering by drag and drop and keys, one row a move,
// out-of-order flags, sort by time as one undo step.
#include "domain/fractionalkey.h"
#include "postmortem/timelinemodel.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void passesModelTester();
    void dragAndDropReorders();
    void keyboardMoves();
    void aMoveWritesOneRow();
    void outOfOrderFlags_data();
    void outOfOrderFlags();
    void sortByTimeIsOneUndoStep();
    void sortByTimeMovesFew();
    void editsAreUndoable();
    void rejectsUnknownKind();
    void timesInTheWorkspaceZone();
    void reloadOfALongTimelineKeepsItsRows();

private:
    QString add(
        const QString &text, const QString &time = QString(), TimelineKind kind = TimelineKind::Action);
    QStringList texts() const;
    QHash<QString, QPair<int, QString>> snapshot() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Workspace> m_other;
    std::unique_ptr<TimelineRepository> m_repository;
    std::unique_ptr<TimelineModel> m_model;
    QUndoStack m_stack;
    qint64 m_reviewId = 0;
};

void TestTimelineModel::init()
{
    INFLECTION_REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = TestSupport::freshWorkspace(m_dir->path(), u"t.inflection"_s);
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    const auto review = ReviewRepository(m_workspace.get()).create(ReviewKind::Postmortem, u"Failover"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_reviewId = review->id;
    m_repository = std::make_unique<TimelineRepository>(m_workspace.get());
    m_model = std::make_unique<TimelineModel>(m_repository.get(), m_reviewId);
    m_stack.clear();
    m_model->setUndoStack(&m_stack);
}

void TestTimelineModel::cleanup()
{
    m_stack.clear();
    m_model.reset();
    m_repository.reset();
    m_other.reset();
    m_workspace.reset();
    TestSupport::dropServerWorkspaces();
    m_dir.reset();
}

void TestTimelineModel::reloadOfALongTimelineKeepsItsRows()
{
    // A long timeline (an import) changed elsewhere in a few places: the reload edits and moves those
    // rows in place (selections stay), in one pass, rather than searching for each row.
    const int count = 50000;
    QList<TimelineEvent> events;
    const QStringList keys = FractionalKey::spread(count, QString(), QString());
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.text = u"line %1"_s.arg(i);
        e.kind = TimelineKind::Observation;
        e.position = keys.at(i);
        events.append(e);
    }
    TimelineRepository theirs(m_other.get());
    QVERIFY(theirs.importEvents(m_reviewId, &events, u"log"_s, {}));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), count);
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(theirs.updateField(*theirs.find(events.at(40000).uuid), TimelineField::Text, u"changed"_s));
    QVERIFY(theirs.move(*theirs.find(events.at(30000).uuid), FractionalKey::between(keys.at(0), keys.at(1))));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->reload());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->rowCount(), count);
    QCOMPARE(m_model->recordAt(1).uuid, events.at(30000).uuid);
    QCOMPARE(m_model->recordAt(40000).text, u"changed"_s);
    QCOMPARE(m_model->rowOfUuid(events.at(count - 1).uuid), count - 1);
    QCOMPARE(m_model->rowOfUuid(events.at(29999).uuid), 30000);

    // Most of it taken out elsewhere: one reset.
    QVERIFY(theirs.removeUnchanged(m_reviewId, events.mid(0, count - 10), u"log"_s));
    QVERIFY(m_model->reload());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 10 + 2); // the moved and the edited one were changed: kept
}

QString TestTimelineModel::add(const QString &text, const QString &time, TimelineKind kind)
{
    TimelineEvent e;
    e.text = text;
    e.kind = kind;
    if (!time.isEmpty())
        e.occurredAt = QDateTime::fromString(u"2026-03-03T"_s + time + u":00Z"_s, Qt::ISODate);
    return m_model->addEvent(m_model->rowCount(), e);
}

QStringList TestTimelineModel::texts() const
{
    QStringList result;
    for (const TimelineEvent &e : m_model->records())
        result << e.text;
    return result;
}

QHash<QString, QPair<int, QString>> TestTimelineModel::snapshot() const
{
    QHash<QString, QPair<int, QString>> rows;
    QSqlQuery q(m_other->database());
    q.exec(u"SELECT uuid, revision, position FROM timeline_event"_s);
    while (q.next())
        rows.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toString()});
    return rows;
}

static int changedRows(
    const QHash<QString, QPair<int, QString>> &before, const QHash<QString, QPair<int, QString>> &after)
{
    int changed = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value())
            ++changed;
    }
    return changed;
}

void TestTimelineModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString a = add(u"Replication lag alert"_s, u"14:02"_s, TimelineKind::Alert);
    add(u"On-call acknowledges"_s, u"14:05"_s);
    add(u"Primary fails over"_s, u"14:01"_s, TimelineKind::Observation);
    QVERIFY(m_model->moveRecord(a, 3));
    QVERIFY(m_model->sortByTime());
    m_stack.undo();
    QVERIFY(
        m_model->setData(m_model->index(0, TimelineModel::AgreedColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_model->removeEvents({a}));
    m_stack.undo();
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 3);
}

void TestTimelineModel::dragAndDropReorders()
{
    for (const QString &t : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        add(t);
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(3, 0), m_model->index(3, 3)}));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(texts(), (QStringList {u"d"_s, u"a"_s, u"b"_s, u"c"_s}));
    data.reset(m_model->mimeData({m_model->index(0, 0), m_model->index(1, 0)}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(texts(), (QStringList {u"b"_s, u"c"_s, u"d"_s, u"a"_s}));
    m_stack.undo();
    QCOMPARE(texts(), (QStringList {u"d"_s, u"a"_s, u"b"_s, u"c"_s}));
    // The stored order is the shown one.
    TimelineRepository theirs(m_other.get());
    const auto read = theirs.forReview(m_reviewId);
    QVERIFY2(read, qPrintable(read.message()));
    QStringList stored;
    for (const TimelineEvent &e : *read)
        stored << e.text;
    QCOMPARE(stored, texts());
}

void TestTimelineModel::keyboardMoves()
{
    for (const QString &t : {u"a"_s, u"b"_s, u"c"_s})
        add(t);
    QVERIFY(m_model->moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)); // Alt+Down on a
    QCOMPARE(texts(), (QStringList {u"b"_s, u"a"_s, u"c"_s}));
    QVERIFY(m_model->moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)); // c to the top
    QCOMPARE(texts(), (QStringList {u"c"_s, u"b"_s, u"a"_s}));
    m_stack.undo();
    m_stack.undo();
    QCOMPARE(texts(), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
}

void TestTimelineModel::aMoveWritesOneRow()
{
    QList<TimelineEvent> events;
    const QStringList keys = FractionalKey::sequence(2000);
    for (int i = 0; i < keys.size(); ++i) {
        TimelineEvent e;
        e.reviewId = m_reviewId;
        e.text = u"event %1"_s.arg(i);
        e.position = keys.at(i);
        events.append(e);
    }
    const auto inserted = m_repository->insertAll(events);
    QVERIFY2(inserted, qPrintable(inserted.message()));
    QCOMPARE(inserted->size(), events.size());
    QVERIFY(m_model->reload());
    auto before = snapshot();
    // The uuid passed is a reference into the model's own rows, which the move reorders.
    QVERIFY(m_model->moveRecord(m_model->recordAt(1500).uuid, 3));
    QCOMPARE(changedRows(before, snapshot()), 1);
    before = snapshot();
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(10, 0)}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 1999, 0, QModelIndex()));
    QCOMPARE(changedRows(before, snapshot()), 1);
    // Back and forth between the same neighbours, a few hundred times: always between them.
    const QString moving = m_model->recordAt(0).uuid;
    for (int i = 0; i < 200; ++i) {
        QVERIFY(m_model->moveRecord(moving, i % 2 ? 0 : 3));
        const int row = m_model->rowOfUuid(moving);
        QCOMPARE(row, i % 2 ? 0 : 2);
    }
}

void TestTimelineModel::outOfOrderFlags_data()
{
    QTest::addColumn<QStringList>("times"); // "" for an event without a time
    QTest::addColumn<QList<bool>>("flags");
    QTest::newRow("in order") << QStringList {u"14:00"_s, u"14:05"_s, u"14:10"_s}
                              << QList<bool> {false, false, false};
    QTest::newRow("one early") << QStringList {u"14:00"_s, u"14:10"_s, u"14:05"_s}
                               << QList<bool> {false, false, true};
    QTest::newRow("untimed in between")
        << QStringList {u"14:10"_s, u""_s, u"14:05"_s} << QList<bool> {false, false, true};
    QTest::newRow("compared with the nearest timed event above") << QStringList {
        u"14:00"_s, u"14:30"_s, u"14:10"_s, u"14:20"_s} << QList<bool> {false, false, true, false};
    QTest::newRow("equal times are in order")
        << QStringList {u"14:00"_s, u"14:00"_s} << QList<bool> {false, false};
    QTest::newRow("no times") << QStringList {u""_s, u""_s} << QList<bool> {false, false};
}

void TestTimelineModel::outOfOrderFlags()
{
    QFETCH(QStringList, times);
    QFETCH(QList<bool>, flags);
    for (int i = 0; i < times.size(); ++i)
        add(u"event %1"_s.arg(i), times.at(i));
    QList<bool> shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown << m_model->index(row, TimelineModel::TimeColumn).data(TimelineModel::OutOfOrderRole).toBool();
    QCOMPARE(shown, flags);
    QCOMPARE(m_model->outOfOrderCount(), int(std::count(flags.cbegin(), flags.cend(), true)));
}

void TestTimelineModel::sortByTimeIsOneUndoStep()
{
    add(u"Untimed note at the top"_s);
    add(u"Failover"_s, u"14:10"_s);
    add(u"  its untimed follow-up"_s);
    add(u"Alert"_s, u"14:02"_s, TimelineKind::Alert);
    add(u"Page acknowledged"_s, u"14:05"_s);
    const QStringList before = texts();
    const auto stored = snapshot();
    QVERIFY(m_model->outOfOrderCount() > 0);
    const int steps = m_stack.count();
    QVERIFY(m_model->sortByTime());
    QCOMPARE(m_stack.count(), steps + 1);
    QCOMPARE(texts(),
        (QStringList {u"Untimed note at the top"_s, u"Alert"_s, u"Page acknowledged"_s, u"Failover"_s,
            u"  its untimed follow-up"_s}));
    QCOMPARE(m_model->outOfOrderCount(), 0);
    QVERIFY(!m_model->sortByTime()); // already in order
    m_stack.undo();
    QCOMPARE(texts(), before);
    QCOMPARE(snapshot().size(), stored.size());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        QCOMPARE(snapshot().value(it.key()).second, it.value().second); // the same keys as before
    m_stack.redo();
    QCOMPARE(m_model->outOfOrderCount(), 0);
}

void TestTimelineModel::sortByTimeMovesFew()
{
    // Nine in order and one misplaced at the top: one event moves, one row is written.
    add(u"late"_s, u"15:00"_s);
    for (int i = 0; i < 9; ++i)
        add(u"e%1"_s.arg(i), u"14:0%1"_s.arg(i));
    const auto before = snapshot();
    QVERIFY(m_model->sortByTime());
    QCOMPARE(changedRows(before, snapshot()), 1);
    QCOMPARE(texts().last(), u"late"_s);
}

void TestTimelineModel::editsAreUndoable()
{
    const QString uuid = add(u"Primary fails over"_s, u"14:01"_s);
    TimelineRepository theirs(m_other.get());
    const QDateTime later = QDateTime::fromString(u"2026-03-03T14:07:00Z"_s, Qt::ISODate);
    QVERIFY(m_model->setData(m_model->index(0, TimelineModel::TimeColumn), later.toLocalTime()));
    QVERIFY(m_model->setData(m_model->index(0, TimelineModel::KindColumn), u"decision"_s));
    QVERIFY(m_model->setData(m_model->index(0, TimelineModel::KnownByColumn), u"Dana, Lin"_s));
    QVERIFY(m_model->setField(uuid, TimelineField::Reasoning, u"The runbook said to fail over"_s));
    QCOMPARE(theirs.find(uuid)->occurredAt, later);
    QCOMPARE(theirs.find(uuid)->kind, TimelineKind::Decision);
    m_stack.undo();
    m_stack.undo();
    m_stack.undo();
    m_stack.undo();
    const TimelineEvent back = *theirs.find(uuid);
    QCOMPARE(back.occurredAt, QDateTime::fromString(u"2026-03-03T14:01:00Z"_s, Qt::ISODate));
    QCOMPARE(back.kind, TimelineKind::Action);
    QCOMPARE(back.knownBy, QString());
    QCOMPARE(back.reasoning, QString());
}

void TestTimelineModel::rejectsUnknownKind()
{
    add(u"x"_s);
    QVERIFY(!m_model->setData(m_model->index(0, TimelineModel::KindColumn), u"blame"_s));
    QCOMPARE(m_stack.count(), 1); // only the addition
}

void TestTimelineModel::timesInTheWorkspaceZone()
{
    // A workspace in Moscow (UTC+3 all year), whatever this computer's zone.
    m_model->setTimeZone(QTimeZone("Europe/Moscow"));
    const QString uuid = add(u"Alert"_s, u"14:02"_s); // 14:02 UTC
    // The first event shows its date too; the time is the zone's.
    QVERIFY(m_model->index(0, TimelineModel::TimeColumn).data().toString().endsWith(u"17:02:00"_s));
    const QDateTime wallClock = m_model->index(0, TimelineModel::TimeColumn).data(Qt::EditRole).toDateTime();
    QCOMPARE(wallClock.time(), QTime(17, 2));
    // What an editor returns is read in the workspace's zone and stored in UTC.
    QVERIFY(m_model->setData(
        m_model->index(0, TimelineModel::TimeColumn), QDateTime(QDate(2026, 3, 3), QTime(17, 5))));
    QCOMPARE(TimelineRepository(m_other.get()).find(uuid)->occurredAt,
        QDateTime(QDate(2026, 3, 3), QTime(14, 5), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
