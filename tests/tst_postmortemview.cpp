// The postmortem page driven by keys: quick entry, reordering, sort by time, decisions' reasoning.
#include "checklistmodel.h"
#include "incidentmodel.h"
#include "postmortemview.h"
#include "remediationmodel.h"
#include "store/incidentrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "timelinemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestPostmortemView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void enterAddsEventBelowWithItsTime();
    void altArrowsReorder();
    void sortByTimeFromTheToolbar();
    void decisionsAskWhyItMadeSense();
    void discussionQuestionsAreTheTalks();
    void incidentDurationsAndAgreement();
    void parkAnIdeaAndMoveItIntoRemediation();
    void readOnly();

private:
    QStringList texts() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Workspace> m_other;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<PostmortemView> m_view;
    qint64 m_reviewId = 0;
};

void TestPostmortemView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"p.inflection"_s);
    QString error;
    m_workspace = Workspace::open(path, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_other = Workspace::open(path, &error);
    m_reviewId
        = ReviewRepository(m_workspace.get()).create(ReviewKind::Postmortem, u"Failover"_s, &error)->id;
    m_stack = std::make_unique<QUndoStack>();
    m_view = std::make_unique<PostmortemView>(m_workspace.get(), m_reviewId, m_stack.get());
    m_view->resize(1200, 700);
    m_view->tabs()->setCurrentWidget(m_view->timelineView()->parentWidget()); // the Timeline tab
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const QDateTime base(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC);
    int minute = 0;
    for (const auto &[text, kind] : {std::pair {u"Alert fires"_s, u"alert"_s},
             {u"Fail over"_s, u"decision"_s}, {u"Errors stop"_s, u"observation"_s}}) {
        TimelineEvent e;
        e.text = text;
        e.kind = kind;
        e.occurredAt = base.addSecs(60 * (minute += 5));
        m_view->timelineModel()->addEvent(m_view->timelineModel()->rowCount(), e);
    }
    m_stack->clear();
}

void TestPostmortemView::cleanup()
{
    m_view.reset();
    m_stack.reset();
    m_other.reset();
    m_workspace.reset();
    m_dir.reset();
}

QStringList TestPostmortemView::texts() const
{
    QStringList result;
    for (const TimelineEvent &e : m_view->timelineModel()->records())
        result << e.text;
    return result;
}

void TestPostmortemView::enterAddsEventBelowWithItsTime()
{
    QTableView *view = m_view->timelineView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, TimelineModel::KindColumn));
    QTest::keyClick(view, Qt::Key_Return);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the new event's text is being edited");
    QTest::keyClicks(editor, u"On-call acknowledges the page"_s);
    QTest::keyClick(editor, Qt::Key_Return); // commits the text; it does not add another event
    QCOMPARE(texts(),
        (QStringList {
            u"Alert fires"_s, u"On-call acknowledges the page"_s, u"Fail over"_s, u"Errors stop"_s}));
    const TimelineEvent added = m_view->timelineModel()->recordAt(1);
    QCOMPARE(added.occurredAt, m_view->timelineModel()->recordAt(0).occurredAt);
    QCOMPARE(TimelineRepository(m_other.get()).find(added.uuid)->text, u"On-call acknowledges the page"_s);
}

void TestPostmortemView::altArrowsReorder()
{
    QTableView *view = m_view->timelineView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, TimelineModel::TextColumn));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(texts(), (QStringList {u"Fail over"_s, u"Alert fires"_s, u"Errors stop"_s}));
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(m_view->timelineModel()->outOfOrderCount(), 1);
    QVERIFY(m_view->orderLabel()->text().contains(u"earlier than the event above"_s));
    QVERIFY(m_view->sortByTimeAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(texts(), (QStringList {u"Alert fires"_s, u"Fail over"_s, u"Errors stop"_s}));
    QVERIFY(!m_view->sortByTimeAction()->isEnabled());
}

void TestPostmortemView::sortByTimeFromTheToolbar()
{
    QVERIFY(m_view->timelineModel()->moveRecord(m_view->timelineModel()->recordAt(2).uuid, 0));
    QCOMPARE(texts(), (QStringList {u"Errors stop"_s, u"Alert fires"_s, u"Fail over"_s}));
    m_view->sortByTimeAction()->trigger();
    QCOMPARE(texts(), (QStringList {u"Alert fires"_s, u"Fail over"_s, u"Errors stop"_s}));
    m_stack->undo();
    QCOMPARE(texts(), (QStringList {u"Errors stop"_s, u"Alert fires"_s, u"Fail over"_s}));
}

void TestPostmortemView::decisionsAskWhyItMadeSense()
{
    QTableView *decisions = m_view->decisionsView();
    QCOMPARE(decisions->model()->rowCount(), 1); // only the decision
    const QModelIndex reasoning = decisions->model()->index(0, TimelineModel::ReasoningColumn);
    QVERIFY(decisions->model()->setData(reasoning, u"The runbook said so, and drills had worked"_s));
    const QString uuid = reasoning.data(TimelineModel::UuidRole).toString();
    QCOMPARE(TimelineRepository(m_other.get()).find(uuid)->reasoning,
        u"The runbook said so, and drills had worked"_s);
    // A new decision on the timeline shows up here.
    QVERIFY(m_view->timelineModel()->setField(
        m_view->timelineModel()->recordAt(2).uuid, TimelineField::Kind, u"decision"_s));
    QCOMPARE(decisions->model()->rowCount(), 2);
}

void TestPostmortemView::discussionQuestionsAreTheTalks()
{
    ChecklistModel *discussion = m_view->discussionModel();
    QCOMPARE(discussion->rowCount(), 6);
    QCOMPARE(discussion->index(1, ChecklistModel::QuestionColumn).data().toString(),
        u"Was there any troubleshooting fatigue?"_s);
    QCOMPARE(whyItMadeSenseQuestion(),
        u"Think back to what you knew at the time, why did that action make sense to you at the time?"_s);
}

void TestPostmortemView::incidentDurationsAndAgreement()
{
    IncidentModel *incident = m_view->incidentModel();
    QVERIFY(m_view->durationsLabel()->text().contains(u"not known yet"_s));
    const QDateTime started(QDate(2026, 3, 3), QTime(13, 55), Qt::UTC);
    QVERIFY(incident->setField(IncidentField::StartedAt, started));
    QVERIFY(incident->setField(IncidentField::DetectedAt, started.addSecs(7 * 60)));
    QVERIFY(incident->setField(IncidentField::ResolvedAt, started.addSecs(58 * 60)));
    QVERIFY2(
        m_view->durationsLabel()->text().contains(u"58 min"_s), qPrintable(m_view->durationsLabel()->text()));
    QVERIFY(m_view->durationsLabel()->text().contains(u"7 min"_s));
    // An impossible order is shown, not refused.
    QVERIFY(incident->setField(IncidentField::DetectedAt, started.addSecs(-60)));
    QVERIFY(m_view->durationsLabel()->text().contains(u"Detected before it started"_s));
    QCOMPARE(IncidentRepository(m_other.get()).forReview(m_reviewId).detectedAt, started.addSecs(-60));
    // Everyone agrees on the order: stored, and undone with the rest.
    m_view->orderAgreedBox()->click();
    QVERIFY(IncidentRepository(m_other.get()).forReview(m_reviewId).orderAgreed);
    m_stack->undo();
    QVERIFY(!IncidentRepository(m_other.get()).forReview(m_reviewId).orderAgreed);
    QVERIFY(!m_view->orderAgreedBox()->isChecked());
}

void TestPostmortemView::parkAnIdeaAndMoveItIntoRemediation()
{
    m_view->tabs()->setCurrentIndex(m_view->tabs()->count() - 1); // Remediation
    QLineEdit *park = m_view->parkField();
    park->setFocus();
    QTest::keyClicks(park, u"Buy new RAID controllers"_s);
    QTest::keyClick(park, Qt::Key_Return);
    QCOMPARE(m_view->parkingLotModel()->rowCount(), 1);
    QVERIFY(park->text().isEmpty());
    QTableView *parkingView = nullptr;
    const QList<QTableView *> tables = m_view->findChildren<QTableView *>();
    for (QTableView *table : tables) {
        if (table->model() == m_view->parkingLotModel())
            parkingView = table;
    }
    QVERIFY(parkingView);
    parkingView->setCurrentIndex(parkingView->model()->index(0, 0));
    m_view->moveToRemediationAction()->trigger();
    QCOMPARE(m_view->parkingLotModel()->rowCount(), 0);
    QCOMPARE(m_view->remediationModel()->rowCount(), 1);
    QCOMPARE(m_view->remediationModel()->recordAt(0).text, u"Buy new RAID controllers"_s);
    m_stack->undo();
    QCOMPARE(m_view->parkingLotModel()->rowCount(), 1);
    QCOMPARE(m_view->remediationModel()->rowCount(), 0);
}

void TestPostmortemView::readOnly()
{
    m_view->setReadOnly(true);
    QVERIFY(!m_view->addEventAction()->isEnabled());
    QCOMPARE(m_view->timelineView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(m_view->discussionView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!m_view->timelineView()->dragEnabled());
}

QTEST_MAIN(TestPostmortemView)
#include "tst_postmortemview.moc"
