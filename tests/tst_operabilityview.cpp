// The operability page driven by keyboard and mouse: add, edit, delete, reorder, filter, undo, read-only.
#include "heatmapwidget.h"
#include "operability/contingencyfilterproxymodel.h"
#include "operability/contingencymodel.h"
#include "operability/launchplanmodel.h"
#include "operability/operabilitydocument.h"
#include "operabilityview.h"
#include "store/contingencyrepository.h"
#include "store/launchrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestOperabilityView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addAndTypeWithKeyboard();
    void deleteKeyAndUndo();
    void altArrowsReorder();
    void heatmapClickFiltersGrid();
    void sortingByScoreStopsManualMoves();
    void readOnlyDisablesEditing();
    void showsChangesFromAnotherInstance();
    void riskLevelIsAWorkspaceSetting();
    void launchFormNotSetStoresNoTime();
    void goDecisionOffersDecidedStatus();

private:
    QStringList issues() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<Workspace> m_other;
    OperabilityDocument *m_document = nullptr; // owned by the session
    QUndoStack *m_stack = nullptr; // the document's
    std::unique_ptr<OperabilityView> m_view;
    qint64 m_reviewId = 0;
};

void TestOperabilityView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"v.inflection"_s);
    auto session = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    m_other->setAuthor(u"Lin"_s);
    const Result<QString> created = m_session->createReview(ReviewKind::Operability, u"Launch"_s);
    QVERIFY2(created, qPrintable(created.message()));
    const Result<ReviewDocument *> opened = m_session->openDocument(*created);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_document = qobject_cast<OperabilityDocument *>(*opened);
    QVERIFY(m_document);
    m_reviewId = m_document->reviewId();
    m_stack = m_document->undoStack();
    m_view = std::make_unique<OperabilityView>(m_document);
    m_view->tabs()->setCurrentIndex(1);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    for (const auto &[issue, l, i] : {std::tuple {u"alpha"_s, 3, 4}, {u"beta"_s, 1, 1}, {u"gamma"_s, 3, 4}}) {
        ContingencyItem item;
        item.issue = issue;
        item.likelihood = l;
        item.impact = i;
        QVERIFY(
            !m_document->contingencies()->addItem(m_document->contingencies()->rowCount(), item).isEmpty());
    }
    m_stack->clear();
}

void TestOperabilityView::cleanup()
{
    m_view.reset();
    m_document = nullptr;
    m_stack = nullptr;
    m_other.reset();
    m_session.reset();
    m_dir.reset();
}

QStringList TestOperabilityView::issues() const
{
    QStringList result;
    QAbstractItemModel *model = m_view->grid()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, ContingencyModel::IssueColumn).data().toString();
    return result;
}

void TestOperabilityView::addAndTypeWithKeyboard()
{
    QTableView *grid = m_view->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, ContingencyModel::IssueColumn));
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier); // Add, below the current row
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the new row's issue is being edited");
    QTest::keyClicks(editor, u"Search cluster runs out of disk"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(
        issues(), (QStringList {u"alpha"_s, u"Search cluster runs out of disk"_s, u"beta"_s, u"gamma"_s}));
    const QString uuid = grid->model()->index(1, 0).data(ContingencyModel::UuidRole).toString();
    QCOMPARE(ContingencyRepository(m_other.get()).find(uuid)->issue, u"Search cluster runs out of disk"_s);
    QCOMPARE(m_stack->count(), 2); // add, then the issue text
}

void TestOperabilityView::deleteKeyAndUndo()
{
    QTableView *grid = m_view->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(1, ContingencyModel::ScoreColumn));
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(issues(), (QStringList {u"alpha"_s, u"gamma"_s}));
    QCOMPARE(ContingencyRepository(m_other.get()).forReview(m_reviewId)->size(), 2);
    m_stack->undo();
    QCOMPARE(issues(), (QStringList {u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QCOMPARE(ContingencyRepository(m_other.get()).forReview(m_reviewId)->size(), 3);
}

void TestOperabilityView::altArrowsReorder()
{
    QTableView *grid = m_view->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, ContingencyModel::IssueColumn));
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(issues(), (QStringList {u"beta"_s, u"alpha"_s, u"gamma"_s}));
    QCOMPARE(grid->currentIndex().row(), 1); // the moved row stays current
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(issues(), (QStringList {u"beta"_s, u"gamma"_s, u"alpha"_s}));
    QTest::keyClick(grid, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(issues(), (QStringList {u"beta"_s, u"alpha"_s, u"gamma"_s}));
    // Stored in that order.
    const QList<ContingencyItem> stored
        = ContingencyRepository(m_other.get()).forReview(m_reviewId).valueOr({});
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).issue, u"beta"_s);
    QCOMPARE(stored.at(1).issue, u"alpha"_s);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(issues(), (QStringList {u"alpha"_s, u"beta"_s, u"gamma"_s}));
}

void TestOperabilityView::heatmapClickFiltersGrid()
{
    HeatmapWidget *heatmap = m_view->heatmap();
    HeatmapRenderer renderer;
    const QPoint cell
        = renderer.cellRect(QRectF(heatmap->rect()), heatmap->font(), {3, 4}).center().toPoint();
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, cell);
    QCOMPARE(issues(), (QStringList {u"alpha"_s, u"gamma"_s}));
    // Alt+Down within the filtered grid moves past the next shown item.
    QTableView *grid = m_view->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(issues(), (QStringList {u"gamma"_s, u"alpha"_s}));
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, cell);
    QCOMPARE(issues(), (QStringList {u"beta"_s, u"gamma"_s, u"alpha"_s}));
}

void TestOperabilityView::sortingByScoreStopsManualMoves()
{
    QTableView *grid = m_view->grid();
    grid->horizontalHeader()->setSortIndicator(ContingencyModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(issues(), (QStringList {u"alpha"_s, u"gamma"_s, u"beta"_s}));
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QVERIFY(!m_view->moveUpAction()->isEnabled());
    QVERIFY(!m_view->moveDownAction()->isEnabled());
    QVERIFY(!grid->dragEnabled());
    QVERIFY(m_view->manualOrderAction()->isEnabled());
    m_view->manualOrderAction()->trigger();
    QCOMPARE(issues(), (QStringList {u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QVERIFY(m_view->moveDownAction()->isEnabled());
    QVERIFY(grid->dragEnabled());
}

void TestOperabilityView::readOnlyDisablesEditing()
{
    m_document->setReadOnly(true); // the view follows its document
    QVERIFY(!m_view->addAction()->isEnabled());
    QVERIFY(!m_view->addCommonAction()->isEnabled());
    QCOMPARE(m_view->grid()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(m_view->checklistView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!m_view->grid()->dragEnabled());
}

void TestOperabilityView::showsChangesFromAnotherInstance()
{
    ContingencyRepository theirs(m_other.get());
    const QList<ContingencyItem> items = theirs.forReview(m_reviewId).valueOr({});
    QCOMPARE(items.size(), 3);
    const ContingencyItem beta = items.at(1);
    const Result<ContingencyItem> saved = theirs.updateField(beta, ContingencyField::Likelihood, 3);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(m_view->heatmap()->count(3, 1), 0);
    // What the window does when the workspace's data version moves: the session reads it again.
    QVERIFY(m_session->checkForChanges());
    QCOMPARE(m_view->heatmap()->count(3, 1), 1);
    QCOMPARE(m_view->heatmap()->count(1, 1), 0);
    QCOMPARE(
        m_view->grid()->model()->index(1, ContingencyModel::LikelihoodColumn).data(Qt::EditRole).toInt(), 3);
}

void TestOperabilityView::riskLevelIsAWorkspaceSetting()
{
    Q_EMIT m_view->heatmap()->riskLevelChangeRequested(1, 1, RiskLevel::VeryHigh);
    QCOMPARE(m_view->heatmap()->matrix().level(1, 1), RiskLevel::VeryHigh);
    // Everyone on the workspace sees it.
    const Result<WorkspaceConfig> seen = WorkspaceSettings(m_other.get()).read();
    QVERIFY2(seen, qPrintable(seen.message()));
    QCOMPARE(seen->riskMatrix.level(1, 1), RiskLevel::VeryHigh);
    QCOMPARE(seen->riskMatrix.level(5, 5), RiskLevel::VeryHigh);
    QCOMPARE(seen->riskMatrix.level(2, 2), RiskLevel::Low);
}

void TestOperabilityView::launchFormNotSetStoresNoTime()
{
    m_view->tabs()->setCurrentIndex(2);
    auto *goLive = m_view->tabs()->widget(2)->findChild<QDateTimeEdit *>();
    auto *pushedBy = m_view->tabs()->widget(2)->findChild<QLineEdit *>();
    QVERIFY(goLive && pushedBy);
    QCOMPARE(goLive->text(), u"Not set"_s);
    const QDateTime when(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
    goLive->setFocus();
    goLive->setDateTime(when.toLocalTime());
    pushedBy->setFocus(); // leaving the field submits it
    QCOMPARE(LaunchRepository(m_other.get()).ofReview(m_reviewId)->goLiveAt, when);
    goLive->setFocus();
    goLive->setDateTime(goLive->minimumDateTime());
    pushedBy->setFocus();
    const Result<LaunchPlan> cleared = LaunchRepository(m_other.get()).ofReview(m_reviewId);
    QVERIFY2(cleared, qPrintable(cleared.message()));
    QVERIFY(!cleared->goLiveAt.isValid());
}

// Go chosen: the page offers to set the status to Decided; accepted, one Undo takes both back.
void TestOperabilityView::goDecisionOffersDecidedStatus()
{
    m_view->tabs()->setCurrentIndex(2);
    const QList<QComboBox *> combos = m_view->tabs()->widget(2)->findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 2); // rollout, decision
    QComboBox *decision = combos.last();
    QCOMPARE(m_document->review()->status, ReviewStatus::Draft);
    QString asked;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        asked = box->text();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    answer.start();
    decision->setFocus();
    QTest::keyClick(decision, Qt::Key_Down); // Pending → Go
    QVERIFY2(!answer.isActive(), "no question was asked");
    QVERIFY2(asked.contains(u"Decided"_s), qPrintable(asked));
    QCOMPARE(m_document->launchPlan()->plan().decision, LaunchDecision::Go);
    QCOMPARE(m_document->review()->status, ReviewStatus::Decided);
    QCOMPARE(LaunchRepository(m_other.get()).ofReview(m_reviewId)->decision, LaunchDecision::Go);
    QCOMPARE(ReviewRepository(m_other.get()).find(m_document->uuid())->status, ReviewStatus::Decided);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_document->launchPlan()->plan().decision, LaunchDecision::Pending);
    QCOMPARE(m_document->review()->status, ReviewStatus::Draft);
    QCOMPARE(decision->currentIndex(), 0);
}

QTEST_MAIN(TestOperabilityView)
#include "tst_operabilityview.moc"
