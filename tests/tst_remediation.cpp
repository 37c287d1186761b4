// Remediation items and the parking lot: overdue flags, ticket links, undo, parking an idea and
// moving it into remediation in one step.
#include "postmortem/parkinglotmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "store/parkinglotrepository.h"
#include "store/remediationrepository.h"
#include "store/workspace.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

Q_DECLARE_METATYPE(Inflection::RemediationStatus)

class TestRemediation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void passesModelTester();
    void overdueItems_data();
    void overdueItems();
    void ticketLinks_data();
    void ticketLinks();
    void editsAreUndoable();
    void parkAndMoveIntoRemediation();
    void overdueByReview();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // The postmortem open as in the app: its document owns the models and the undo stack.
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<Workspace> m_other; // a second connection, as another app instance would have
    PostmortemDocument *m_document = nullptr;
    RemediationModel *m_model = nullptr;
    ParkingLotModel *m_parking = nullptr;
    QUndoStack *m_stack = nullptr;
    qint64 m_reviewId = 0;
};

void TestRemediation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"r.inflection"_s);
    auto session = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    const auto uuid = m_session->createReview(ReviewKind::Postmortem, u"Failover"_s);
    QVERIFY2(uuid, qPrintable(uuid.message()));
    const auto opened = m_session->openDocument(*uuid);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_document = qobject_cast<PostmortemDocument *>(*opened);
    QVERIFY(m_document);
    m_reviewId = m_document->reviewId();
    m_model = m_document->remediation();
    m_parking = m_document->parkingLot();
    m_stack = m_document->undoStack();
    QCOMPARE(m_model->undoStack(), m_stack);
    QCOMPARE(m_parking->undoStack(), m_stack);
    m_model->setToday(QDate(2026, 3, 20));
}

void TestRemediation::cleanup()
{
    m_document = nullptr;
    m_model = nullptr;
    m_parking = nullptr;
    m_stack = nullptr;
    m_session.reset();
    m_other.reset();
    m_dir.reset();
}

void TestRemediation::passesModelTester()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester parkingTester(m_parking, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RemediationItem item;
    item.text = u"Alert on controller battery state"_s;
    const QString a = m_model->addRecord(0, item);
    item.text = u"Compare settings in the failover script"_s;
    m_model->addRecord(1, item);
    QVERIFY(m_model->moveRecord(a, 2));
    QVERIFY(m_model->setData(m_model->index(0, RemediationModel::StatusColumn), u"in-progress"_s));
    const QString idea = m_document->park(u"Buy new RAID controllers"_s);
    QVERIFY(m_document->moveToRemediation(idea));
    m_stack->undo();
    QVERIFY(m_model->removeItems({a}));
    m_stack->undo();
    QVERIFY(m_model->reload());
    QVERIFY(m_parking->reload());
}

void TestRemediation::overdueItems_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<RemediationStatus>("status");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("past, open") << QDate(2026, 3, 10) << RemediationStatus::Open << true;
    QTest::newRow("past, in progress") << QDate(2026, 3, 10) << RemediationStatus::InProgress << true;
    QTest::newRow("past, done") << QDate(2026, 3, 10) << RemediationStatus::Done << false;
    QTest::newRow("today") << QDate(2026, 3, 20) << RemediationStatus::Open << false;
    QTest::newRow("future") << QDate(2026, 4, 1) << RemediationStatus::Open << false;
    QTest::newRow("no due date") << QDate() << RemediationStatus::Open << false;
}

void TestRemediation::overdueItems()
{
    QFETCH(QDate, due);
    QFETCH(RemediationStatus, status);
    QFETCH(bool, overdue);
    RemediationItem item;
    item.text = u"Add max_connections to the replica template"_s;
    item.due = due;
    item.status = status;
    m_model->addRecord(0, item);
    QCOMPARE(m_model->index(0, 0).data(RemediationModel::OverdueRole).toBool(), overdue);
    QCOMPARE(m_model->overdueCount(), overdue ? 1 : 0);
    QCOMPARE(m_model->index(0, RemediationModel::DueColumn).data(Qt::ForegroundRole).isValid(), overdue);
}

void TestRemediation::ticketLinks_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("url");
    QTest::newRow("key") << u"https://tracker.example/browse/{key}"_s << u"OPS-1234"_s
                         << u"https://tracker.example/browse/OPS-1234"_s;
    QTest::newRow("characters are encoded") << u"https://tracker.example/browse/{key}"_s << u"a b/c?d"_s
                                            << u"https://tracker.example/browse/a%20b%2Fc%3Fd"_s;
    QTest::newRow("no ticket") << u"https://tracker.example/browse/{key}"_s << u""_s << u""_s;
    QTest::newRow("no template") << u""_s << u"OPS-1"_s << u""_s;
}

void TestRemediation::ticketLinks()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QString, ticket);
    QFETCH(QString, url);
    QCOMPARE(ticketUrl(urlTemplate, ticket).toString(QUrl::FullyEncoded), url);
}

void TestRemediation::editsAreUndoable()
{
    RemediationItem item;
    item.text = u"Alert on the controller battery"_s;
    const QString uuid = m_model->addRecord(0, item);
    RemediationRepository theirs(m_other.get());
    QVERIFY(m_model->setField(uuid, RemediationField::Owner, u"Dana"_s));
    QVERIFY(m_model->setField(uuid, RemediationField::Ticket, u"OPS-88"_s));
    QVERIFY(m_model->setField(uuid, RemediationField::Due, QDate(2026, 3, 31)));
    QVERIFY(m_model->setField(uuid, RemediationField::Type, u"troubleshoot"_s));
    QVERIFY(!m_model->setField(uuid, RemediationField::Status, u"forgotten"_s));
    QCOMPARE(theirs.find(uuid)->due, QDate(2026, 3, 31));
    QCOMPARE(theirs.find(uuid)->ticket, u"OPS-88"_s);
    for (int i = 0; i < 4; ++i)
        m_stack->undo();
    const RemediationItem back = *theirs.find(uuid);
    QCOMPARE(back.owner, QString());
    QCOMPARE(back.ticket, QString());
    QVERIFY(!back.due.isValid());
    QCOMPARE(back.type, RemediationType::Prevent);
}

void TestRemediation::parkAndMoveIntoRemediation()
{
    const QString idea = m_document->park(u"Replace RAID controllers fleet-wide"_s);
    QCOMPARE(m_parking->rowCount(), 1);
    const int steps = m_stack->count();
    QVERIFY(m_document->moveToRemediation(idea));
    QCOMPARE(m_stack->count(), steps + 1); // one step
    QCOMPARE(m_parking->rowCount(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->recordAt(0).text, u"Replace RAID controllers fleet-wide"_s);
    QCOMPARE(ParkingLotRepository(m_other.get()).forReview(m_reviewId)->size(), 0);
    QCOMPARE(RemediationRepository(m_other.get()).forReview(m_reviewId)->size(), 1);
    m_stack->undo();
    QCOMPARE(m_parking->rowCount(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(ParkingLotRepository(m_other.get()).find(idea)->text, u"Replace RAID controllers fleet-wide"_s);
}

void TestRemediation::overdueByReview()
{
    RemediationItem item;
    item.text = u"late"_s;
    item.due = QDate(2026, 3, 1);
    m_model->addRecord(0, item);
    item.text = u"late but done"_s;
    item.status = RemediationStatus::Done;
    m_model->addRecord(1, item);
    item.text = u"not yet due"_s;
    item.status = RemediationStatus::Open;
    item.due = QDate(2026, 5, 1);
    m_model->addRecord(2, item);
    const auto counts = RemediationRepository(m_other.get()).overdueByReview(QDate(2026, 3, 20));
    QVERIFY2(counts, qPrintable(counts.message()));
    QCOMPARE(counts->value(m_reviewId), 1);
}

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
