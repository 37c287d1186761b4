// Attendees by role and the launch plan with its go / no-go decision: model contract, storage, undo.
#include "operability/launchplanmodel.h"
#include "review/attendeemodel.h"
#include "store/attendeerepository.h"
#include "store/launchrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestLaunchAttendees : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void operabilityRolesAreTheTalks();
    void attendeesPassModelTester();
    void attendeeEditsAreUndoable();
    void launchPlanPassesModelTester();
    void firstLaunchEditCreatesTheRow();
    void launchEditsAreUndoable_data();
    void launchEditsAreUndoable();
    void launchConflictIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Workspace> m_other;
    QUndoStack m_stack;
    qint64 m_reviewId = 0;
};

void TestLaunchAttendees::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"l.inflection"_s);
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    m_other->setAuthor(u"Sam"_s);
    const auto review = ReviewRepository(m_workspace.get()).create(ReviewKind::Operability, u"Launch"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_reviewId = review->id;
    m_stack.clear();
}

void TestLaunchAttendees::cleanup()
{
    m_stack.clear();
    m_other.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestLaunchAttendees::operabilityRolesAreTheTalks()
{
    QStringList names;
    for (const QString &key : attendeeRoleKeys(ReviewKind::Operability))
        names << attendeeRoleDisplayName(key);
    QCOMPARE(names,
        (QStringList {
            u"Product"_s, u"Development"_s, u"Operations"_s, u"Community/Support"_s, u"QA"_s, u"Other"_s}));
}

void TestLaunchAttendees::attendeesPassModelTester()
{
    AttendeeRepository repository(m_workspace.get());
    AttendeeModel model(&repository, m_reviewId);
    model.setUndoStack(&m_stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString ana = model.addAttendee(u"Ana Ribeiro"_s, u"product"_s);
    const QString lin = model.addAttendee(u"Lin Zhou"_s, u"operations"_s);
    QVERIFY(!ana.isEmpty() && !lin.isEmpty());
    QVERIFY(model.setData(model.index(1, AttendeeModel::PresentColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.removeAttendees({ana}));
    m_stack.undo();
    QCOMPARE(model.attendeeAt(0).name, u"Ana Ribeiro"_s); // back in her place
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
}

void TestLaunchAttendees::attendeeEditsAreUndoable()
{
    AttendeeRepository repository(m_workspace.get());
    AttendeeRepository theirs(m_other.get());
    AttendeeModel model(&repository, m_reviewId);
    model.setUndoStack(&m_stack);
    const QString uuid = model.addAttendee(u"Dana"_s, u"development"_s);
    QCOMPARE(model.index(0, AttendeeModel::RoleColumn).data().toString(), u"Development"_s);
    QVERIFY(model.setData(model.index(0, AttendeeModel::NameColumn), u"Dana Okafor"_s));
    QVERIFY(model.setData(model.index(0, AttendeeModel::RoleColumn), u"qa"_s));
    QVERIFY(!model.setData(model.index(0, AttendeeModel::RoleColumn), u"astronaut"_s));
    QVERIFY(model.setData(model.index(0, AttendeeModel::PresentColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(theirs.find(uuid)->role, u"qa"_s);
    QVERIFY(theirs.find(uuid)->present);
    QCOMPARE(m_stack.count(), 4);
    m_stack.undo();
    QVERIFY(!theirs.find(uuid)->present);
    m_stack.undo();
    QCOMPARE(theirs.find(uuid)->role, u"development"_s);
    m_stack.undo();
    QCOMPARE(theirs.find(uuid)->name, u"Dana"_s);
    m_stack.undo();
    QCOMPARE(theirs.find(uuid).error(), ErrorKind::Missing);
    QCOMPARE(model.rowCount(), 0);
    m_stack.redo();
    QCOMPARE(theirs.find(uuid)->name, u"Dana"_s);
}

void TestLaunchAttendees::launchPlanPassesModelTester()
{
    LaunchRepository repository(m_workspace.get());
    LaunchPlanModel model(&repository, m_reviewId);
    model.setUndoStack(&m_stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.setData(model.index(0, LaunchPlanModel::RolloutColumn), 1)); // percentage, as a combo index
    QCOMPARE(model.plan().rollout, Rollout::Percentage);
    QCOMPARE(model.index(0, LaunchPlanModel::RolloutColumn).data().toString(), u"On a percentage basis"_s);
    m_stack.undo();
    QCOMPARE(model.plan().rollout, Rollout::AllAtOnce);
}

void TestLaunchAttendees::firstLaunchEditCreatesTheRow()
{
    LaunchRepository repository(m_workspace.get());
    QCOMPARE(repository.ofReview(m_reviewId)->id, 0);
    LaunchPlanModel model(&repository, m_reviewId);
    QVERIFY(model.reload());
    QVERIFY(model.setField(LaunchField::PushedBy, u"Marcus Webb"_s));
    const auto stored = LaunchRepository(m_other.get()).ofReview(m_reviewId);
    QVERIFY2(stored, qPrintable(stored.message()));
    QVERIFY(stored->id > 0);
    QCOMPARE(stored->pushedBy, u"Marcus Webb"_s);
    QCOMPARE(stored->decision, LaunchDecision::Pending);
    QCOMPARE(stored->revision, 1);
    QVERIFY(model.setField(LaunchField::Decision, u"go"_s));
    QCOMPARE(LaunchRepository(m_other.get()).ofReview(m_reviewId)->revision, 2);
}

void TestLaunchAttendees::launchEditsAreUndoable_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("go-live time") << int(LaunchField::GoLiveAt)
                                  << QVariant(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
    QTest::newRow("who pushes") << int(LaunchField::PushedBy) << QVariant(u"Marcus"_s);
    QTest::newRow("rollout") << int(LaunchField::Rollout) << QVariant(u"dark-launch"_s);
    QTest::newRow("communication") << int(LaunchField::Communication) << QVariant(u"Blog post at 10:00"_s);
    QTest::newRow("decision") << int(LaunchField::Decision) << QVariant(u"no-go"_s);
    QTest::newRow("reasons") << int(LaunchField::DecisionNotes) << QVariant(u"Support macro missing"_s);
}

void TestLaunchAttendees::launchEditsAreUndoable()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);
    const auto f = static_cast<LaunchField>(field);
    LaunchRepository repository(m_workspace.get());
    LaunchPlanModel model(&repository, m_reviewId);
    model.setUndoStack(&m_stack);
    QVERIFY(model.reload());
    QVERIFY(model.setField(LaunchField::Communication, u"first"_s)); // the row exists now
    m_stack.clear(); // so that the edit below is a step of its own, not merged with this one
    const QVariant before = model.plan().field(f);
    QVERIFY(model.setField(f, value));
    QCOMPARE(LaunchRepository(m_other.get()).ofReview(m_reviewId)->field(f), value);
    m_stack.undo();
    QCOMPARE(LaunchRepository(m_other.get()).ofReview(m_reviewId)->field(f), before);
    m_stack.redo();
    QCOMPARE(model.plan().field(f), value);
}

void TestLaunchAttendees::launchConflictIsReported()
{
    LaunchRepository repository(m_workspace.get());
    LaunchPlanModel model(&repository, m_reviewId);
    QVERIFY(model.reload());
    // Sam sets the decision first, in another instance.
    LaunchRepository theirs(m_other.get());
    QVERIFY(theirs.updateField(*theirs.ofReview(m_reviewId), LaunchField::Decision, u"no-go"_s));
    QSignalSpy conflicts(&model, &LaunchPlanModel::conflictOccurred);
    QVERIFY(!model.setField(LaunchField::Decision, u"go"_s));
    QCOMPARE(conflicts.count(), 1);
    QVERIFY(conflicts.first().first().value<EditConflict>().message.contains(u"Sam"_s));
    QCOMPARE(model.plan().decision, LaunchDecision::NoGo);
}

QTEST_GUILESS_MAIN(TestLaunchAttendees)
#include "tst_launchattendees.moc"
