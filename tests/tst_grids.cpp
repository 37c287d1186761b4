// The record grids and the review header as a person uses them, in the main window on the demo
// workspace: a row added while the heatmap filters the grid, the footer's count, the last change of a
// review after any edit, headers never cut, column widths remembered, numbers sorted largest first, and
// the header folded on a small window.
#include "architecture/architecturedocument.h"
#include "architectureview.h"
#include "domain/checklistquestion.h"
#include "domain/datetimeformat.h"
#include "domain/timestamp.h"
#include "gridcolumns.h"
#include "heatmapwidget.h"
#include "io/demoworkspace.h"
#include "language.h"
#include "mainwindow.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "operabilityview.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "preferencesdialog.h"
#include "report/heatmaprenderer.h"
#include "review/checklistmodel.h"
#include "reviewpage.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"
#include "workspacebrowser.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestGrids : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlEnterAddsInEveryGrid();
    void rowAddedUnderAHeatmapFilterIsShownAndAloneSelected();
    void lastChangeFollowsProposalAndTimelineEdits();
    void headersAreNeverCut();
    void shortTextIsWholeInANarrowWindow();
    void columnsFollowWhatIsScrolledIntoView();
    void heatmapKeepsItsRoomWhenTheFooterGrows();
    void preferencesKeepTheCurrentRow();
    void columnWidthsAreRemembered();
    void numbersSortLargestFirst();
    void smallWindowFoldsTheHeaderAndShowsFifteenEvents();
    void headerFoldsWithMouseAndKeyboard();

private:
    QString uuidOf(ReviewKind kind) const;
    void openWindow(QSize size);
    ReviewPage *open(ReviewKind kind);
    static void checkHeaders(QTableView *view);
    static void clickHeader(QTableView *view, int column);
    static QString footer(OperabilityView *view);
    QDateTime listedUpdatedAt(const QString &uuid) const;
    void grab(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGrids::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGrids::init()
{
    QSettings().clear();
    Language::apply(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"grids.inflection"_s);
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    QVERIFY(DemoWorkspace::populate(workspace->get()));
    workspace->reset();
    openWindow(QSize(1280, 900));
}

void TestGrids::openWindow(QSize size)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(m_path);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(m_window->session()->reviews()->reload());
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGrids::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QSettings().clear();
}

QString TestGrids::uuidOf(ReviewKind kind) const
{
    ReviewListModel *reviews = m_window->session()->reviews();
    for (int row = 0; row < reviews->rowCount(); ++row) {
        if (reviews->reviewAt(row).kind == kind)
            return reviews->reviewAt(row).uuid;
    }
    return {};
}

ReviewPage *TestGrids::open(ReviewKind kind)
{
    ReviewPage *page = m_window->openReview(uuidOf(kind));
    if (page) {
        QApplication::processEvents();
        QApplication::processEvents(); // the columns fit once laid out
    }
    return page;
}

void TestGrids::grab(const QString &name) const
{
    // Pictures to look at, when asked for.
    const QString folder = qEnvironmentVariable("INFLECTION_SCREENSHOTS");
    if (!folder.isEmpty())
        m_window->grab().save(folder + u'/' + name + u".png"_s);
}

QString TestGrids::footer(OperabilityView *view)
{
    const QList<QLabel *> labels = view->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().startsWith(u"Showing"_s) || label->text().contains(u"contingenc"_s))
            return label->text();
    }
    return {};
}

void TestGrids::checkHeaders(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const int margin = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text) + margin;
        QVERIFY2(header->sectionSize(column) >= needed,
            qPrintable(u"%1: “%2” is %3 px wide in a %4 px column"_s.arg(view->accessibleName(), text)
                           .arg(needed)
                           .arg(header->sectionSize(column))));
    }
}

void TestGrids::clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint centre(
        header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QDateTime TestGrids::listedUpdatedAt(const QString &uuid) const
{
    QString out;
    QString err;
    if (TestSupport::run(TestSupport::appBinary(), {u"list"_s, m_path, u"--json"_s}, &out, &err) != 0) {
        qWarning() << err;
        return {};
    }
    const QJsonArray reviews = QJsonDocument::fromJson(out.toUtf8()).array();
    for (const QJsonValue &review : reviews) {
        if (review[u"uuid"_s].toString() == uuid)
            return timestampFromText(review[u"updated_at"_s].toString());
    }
    return {};
}

void TestGrids::ctrlEnterAddsInEveryGrid()
{
    ReviewPage *page = open(ReviewKind::Postmortem);
    QVERIFY(page);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    for (QTableView *table : {view->timelineView(), view->remediationView()}) {
        const int rows = table->model()->rowCount();
        view->tabs()->setCurrentWidget(table->parentWidget());
        for (QWidget *up = table; up; up = up->parentWidget()) {
            if (const int tab = view->tabs()->indexOf(up); tab >= 0)
                view->tabs()->setCurrentIndex(tab);
        }
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(table->model()->rowCount(), rows + 1);
        if (QWidget *editor = QApplication::focusWidget(); editor && editor != table)
            QTest::keyClick(editor, Qt::Key_Escape);
    }
}

void TestGrids::rowAddedUnderAHeatmapFilterIsShownAndAloneSelected()
{
    ReviewPage *page = open(ReviewKind::Operability);
    QVERIFY(page);
    auto *view = qobject_cast<OperabilityView *>(page->content());
    QVERIFY(view);
    view->tabs()->setCurrentIndex(1);
    QTableView *grid = view->grid();
    ContingencyModel *all = view->operability()->contingencies();
    const int total = all->rowCount();
    QVERIFY(total >= 3);
    // The cell of the first item, clicked on the heatmap.
    const int likelihood = all->index(0, 0).data(ContingencyModel::LikelihoodRole).toInt();
    const int impact = all->index(0, 0).data(ContingencyModel::ImpactRole).toInt();
    HeatmapWidget *heatmap = view->heatmap();
    const QPoint cell = HeatmapRenderer()
                            .cellRect(QRectF(heatmap->rect()), heatmap->font(), {likelihood, impact})
                            .center()
                            .toPoint();
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, cell);
    const int shown = grid->model()->rowCount();
    QVERIFY(shown >= 1 && shown < total);
    QVERIFY2(footer(view).startsWith(u"Showing %1 of %2"_s.arg(shown).arg(total)), qPrintable(footer(view)));

    // Ctrl+Enter right on the heatmap adds into the chosen cell (the filter stays), as from the grid.
    QTest::keyClick(heatmap, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(all->rowCount(), total + 1);
    QCOMPARE(grid->model()->rowCount(), shown + 1);
    if (auto *started = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()))
        QTest::keyClick(started, Qt::Key_Escape);
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(all->rowCount(), total);
    QCOMPARE(grid->model()->rowCount(), shown);

    // A row clicked, then Ctrl+Enter: the new row is in the grid, in view, and the only one selected.
    QTest::mouseClick(
        grid->viewport(), Qt::LeftButton, {}, grid->visualRect(grid->model()->index(0, 0)).center());
    QCOMPARE(grid->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the new row's issue is being edited");
    QTest::keyClicks(editor, u"The payment provider times out"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(all->rowCount(), total + 1);
    QCOMPARE(grid->model()->rowCount(), shown + 1);
    const QModelIndexList selected = grid->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), u"The payment provider times out"_s);
    QVERIFY(grid->viewport()->rect().intersects(grid->visualRect(selected.first())));
    QVERIFY2(footer(view).startsWith(u"Showing %1 of %2"_s.arg(shown + 1).arg(total + 1)),
        qPrintable(footer(view)));
    grab(u"grids-contingency-added"_s);

    // Delete removes that row alone; the footer follows, and follows undo and redo.
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(all->rowCount(), total);
    QCOMPARE(grid->model()->rowCount(), shown);
    QVERIFY2(footer(view).startsWith(u"Showing %1 of %2"_s.arg(shown).arg(total)), qPrintable(footer(view)));
    QTest::keySequence(grid, QKeySequence::Undo);
    QCOMPARE(all->rowCount(), total + 1);
    QVERIFY2(footer(view).startsWith(u"Showing %1 of %2"_s.arg(shown + 1).arg(total + 1)),
        qPrintable(footer(view)));
    QTest::keySequence(grid, QKeySequence::Redo);
    QCOMPARE(all->rowCount(), total);
    QVERIFY2(footer(view).startsWith(u"Showing %1 of %2"_s.arg(shown).arg(total)), qPrintable(footer(view)));
    // The filter cleared: the count of all.
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, cell);
    QCOMPARE(grid->model()->rowCount(), total);
    QVERIFY2(footer(view).startsWith(QString::number(total)), qPrintable(footer(view)));
}

void TestGrids::lastChangeFollowsProposalAndTimelineEdits()
{
    ReviewListModel *reviews = m_window->session()->reviews();
    QTableView *browser = m_window->browser()->view();
    const auto browserText = [&](const QString &uuid) {
        for (int row = 0; row < browser->model()->rowCount(); ++row) {
            const QModelIndex index = browser->model()->index(row, ReviewListModel::UpdatedColumn);
            if (index.data(ReviewListModel::UuidRole).toString() == uuid)
                return index.data().toString();
        }
        return QString();
    };

    // The proposal typed into.
    const QString architecture = uuidOf(ReviewKind::Architecture);
    const QDateTime before = reviews->reviewByUuid(architecture)->updatedAt;
    QTest::qWait(5);
    ReviewPage *page = open(ReviewKind::Architecture);
    auto *view = qobject_cast<ArchitectureView *>(page->content());
    QVERIFY(view);
    view->tabs()->setCurrentIndex(0);
    QPlainTextEdit *editor = view->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, u" RAID"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reviews->reviewByUuid(architecture)->updatedAt > before, 5000);
    const QDateTime proposalEdited = reviews->reviewByUuid(architecture)->updatedAt;
    QCOMPARE(browserText(architecture), DateTimeFormat::dateTime(proposalEdited.toLocalTime()));
    QCOMPARE(listedUpdatedAt(architecture), proposalEdited);
    QVERIFY(page->findChild<QLabel *>() != nullptr);

    // A timeline event's text changed in its cell.
    const QString postmortem = uuidOf(ReviewKind::Postmortem);
    const QDateTime timelineBefore = reviews->reviewByUuid(postmortem)->updatedAt;
    ReviewPage *postmortemPage = open(ReviewKind::Postmortem);
    auto *postmortemView = qobject_cast<PostmortemView *>(postmortemPage->content());
    QVERIFY(postmortemView);
    postmortemView->tabs()->setCurrentIndex(1);
    QTableView *timeline = postmortemView->timelineView();
    QVERIFY(timeline->isVisible());
    // An event added below the first one (Enter), its text typed.
    const int events = timeline->model()->rowCount();
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {},
        timeline->visualRect(timeline->model()->index(0, TimelineModel::TextColumn)).center());
    QTest::keyClick(timeline, Qt::Key_Return);
    auto *cellEditor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY2(cellEditor, "the new event's text is being edited");
    QTest::keyClicks(cellEditor, u"The replica refuses connections"_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QCOMPARE(timeline->model()->rowCount(), events + 1);
    QCOMPARE(timeline->model()->index(1, TimelineModel::TextColumn).data().toString(),
        u"The replica refuses connections"_s);
    const QDateTime timelineEdited = reviews->reviewByUuid(postmortem)->updatedAt;
    QVERIFY(timelineEdited > timelineBefore);
    QCOMPARE(browserText(postmortem), DateTimeFormat::dateTime(timelineEdited.toLocalTime()));
    QCOMPARE(listedUpdatedAt(postmortem), timelineEdited);
    // The page's header says so too.
    const QString shown = DateTimeFormat::dateTime(timelineEdited.toLocalTime());
    bool found = false;
    for (QLabel *label : postmortemPage->findChildren<QLabel *>())
        found = found || label->text().contains(u"last changed "_s + shown);
    QVERIFY2(found, "the page's header shows the last change");
}

void TestGrids::headersAreNeverCut()
{
    for (const QSize size : {QSize(1280, 900), QSize(1024, 700)}) {
        m_window->resize(size);
        QApplication::processEvents();
        checkHeaders(m_window->browser()->view());
        auto *operability = qobject_cast<OperabilityView *>(open(ReviewKind::Operability)->content());
        operability->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        checkHeaders(operability->grid());
        grab(u"grids-contingencies-%1"_s.arg(size.width()));
        // The issue, the heaviest text, shows at least twenty characters or so at any size.
        QHeaderView *header = operability->grid()->horizontalHeader();
        QVERIFY2(header->sectionSize(ContingencyModel::IssueColumn)
                >= 20 * operability->grid()->fontMetrics().averageCharWidth(),
            qPrintable(u"at %1 px the issue has %2 px"_s.arg(size.width())
                           .arg(header->sectionSize(ContingencyModel::IssueColumn))));
        operability->tabs()->setCurrentIndex(0);
        QApplication::processEvents();
        checkHeaders(operability->checklistView());
        auto *postmortem = qobject_cast<PostmortemView *>(open(ReviewKind::Postmortem)->content());
        postmortem->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        checkHeaders(postmortem->timelineView());
        postmortem->tabs()->setCurrentIndex(3);
        QApplication::processEvents();
        checkHeaders(postmortem->remediationView());
        auto *architecture = qobject_cast<ArchitectureView *>(open(ReviewKind::Architecture)->content());
        architecture->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        checkHeaders(architecture->departuresView());
    }
}

// In a 1000 px window the remediation's owners and tickets show whole ("Dana …" before): the width
// left over makes short text whole before the description takes its share.
void TestGrids::shortTextIsWholeInANarrowWindow()
{
    m_window->resize(1000, 700);
    auto *postmortem = qobject_cast<PostmortemView *>(open(ReviewKind::Postmortem)->content());
    postmortem->tabs()->setCurrentIndex(3);
    QApplication::processEvents();
    QApplication::processEvents();
    QTableView *view = postmortem->remediationView();
    grab(u"grids-remediation-1000"_s);
    for (const int column : {int(RemediationModel::OwnerColumn), int(RemediationModel::TicketColumn)}) {
        const int needed = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column);
        const int width = view->horizontalHeader()->sectionSize(column);
        QVERIFY2(width >= needed,
            qPrintable(u"column %1 is %2 px wide, its values need %3"_s.arg(column).arg(width).arg(needed)));
    }
    // The description still has the most room.
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->sectionSize(RemediationModel::TextColumn)
        > header->sectionSize(RemediationModel::OwnerColumn));
}

// A value out of sight widens its column when it is scrolled into view (and the column does not narrow
// again); a column of choices is as wide as its widest choice before any is chosen.
void TestGrids::columnsFollowWhatIsScrolledIntoView()
{
    m_window->resize(1000, 500);
    auto *postmortem = qobject_cast<PostmortemView *>(open(ReviewKind::Postmortem)->content());
    postmortem->tabs()->setCurrentIndex(1);
    QTableView *view = postmortem->timelineView();
    QAbstractItemModel *model = view->model();
    const int last = model->rowCount() - 1;
    QTRY_VERIFY(view->isVisible());
    view->scrollToTop();
    QApplication::processEvents();
    QVERIFY2(view->rowAt(view->viewport()->height() - 1) < last, "the last event is out of sight");
    const QString actor = u"Dana Okafor, database on-call"_s;
    const QModelIndex cell = model->index(last, TimelineModel::ActorColumn);
    view->scrollToTop();
    QVERIFY(model->setData(cell, actor));
    view->scrollToTop();
    QApplication::processEvents();
    QApplication::processEvents();
    const int needed = view->fontMetrics().horizontalAdvance(actor);
    QVERIFY(view->columnWidth(TimelineModel::ActorColumn) < needed); // measured in view only
    // The facilitator scrolls down with the keys: the actor is whole when it comes into sight.
    view->setFocus();
    view->setCurrentIndex(model->index(0, TimelineModel::TextColumn));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(view->rowAt(view->viewport()->height() - 1) == last || view->rowAt(0) <= last);
    QTRY_VERIFY2(view->columnWidth(TimelineModel::ActorColumn) > needed,
        qPrintable(u"%1 px for %2"_s.arg(view->columnWidth(TimelineModel::ActorColumn)).arg(needed)));
    const int wide = view->columnWidth(TimelineModel::ActorColumn);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QApplication::processEvents();
    QApplication::processEvents();
    QCOMPARE(view->columnWidth(TimelineModel::ActorColumn), wide);

    auto *operability = qobject_cast<OperabilityView *>(open(ReviewKind::Operability)->content());
    operability->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(operability->checklistView()->isVisible());
    QApplication::processEvents();
    int widest = 0;
    for (const ChecklistAnswerValue value : checklistAnswers().values())
        widest = qMax(widest,
            operability->checklistView()->fontMetrics().horizontalAdvance(
                checklistAnswers().displayName(value)));
    QVERIFY(operability->checklistView()->columnWidth(ChecklistModel::AnswerColumn) > widest);
}

// At 1024 px a cell chosen on the heatmap makes the footer a long sentence; it wraps instead of
// widening the grid's side, so the heatmap keeps the room its labels need.
void TestGrids::heatmapKeepsItsRoomWhenTheFooterGrows()
{
    m_window->resize(1024, 700);
    auto *view = qobject_cast<OperabilityView *>(open(ReviewKind::Operability)->content());
    view->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    HeatmapWidget *heatmap = view->heatmap();
    const int before = heatmap->width();
    ContingencyModel *all = view->operability()->contingencies();
    const int likelihood = all->index(0, 0).data(ContingencyModel::LikelihoodRole).toInt();
    const int impact = all->index(0, 0).data(ContingencyModel::ImpactRole).toInt();
    QTest::mouseClick(heatmap, Qt::LeftButton, {},
        HeatmapRenderer()
            .cellRect(QRectF(heatmap->rect()), heatmap->font(), {likelihood, impact})
            .center()
            .toPoint());
    QApplication::processEvents();
    QVERIFY2(footer(view).startsWith(u"Showing"_s), qPrintable(footer(view)));
    grab(u"grids-heatmap-filtered-1024"_s);
    QVERIFY2(heatmap->width() >= heatmap->minimumSizeHint().width(),
        qPrintable(u"%1 px, needs %2"_s.arg(heatmap->width()).arg(heatmap->minimumSizeHint().width())));
    QCOMPARE(heatmap->width(), before);
    QVERIFY(m_window->width() <= 1024);
    // …and its labels are whole ("Negligi…" before).
    QVERIFY(heatmap->width() >= HeatmapRenderer::minimumSize(heatmap->font()).width());
    QVERIFY(heatmap->height() >= HeatmapRenderer::minimumSize(heatmap->font()).height());
}

// Preferences applied (another language, another severity list) while a timeline row is current:
// the same event stays current and selected, in every language.
void TestGrids::preferencesKeepTheCurrentRow()
{
    auto *view = qobject_cast<PostmortemView *>(open(ReviewKind::Postmortem)->content());
    view->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QTableView *timeline = view->timelineView();
    const QModelIndex chosen = timeline->model()->index(4, TimelineModel::TextColumn);
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->visualRect(chosen).center());
    QCOMPARE(timeline->currentIndex().row(), 4);
    const QString event = chosen.data(RecordTableModel::UuidRole).toString();
    {
        PreferencesDialog dialog(m_window->session(), m_window.get());
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
        QVERIFY(dialog.apply());
    }
    // The page is made again in German: its timeline is another table, on the same event.
    const auto verifySameEvent = [this, &event] {
        QApplication::processEvents();
        QApplication::processEvents();
        auto *page
            = qobject_cast<PostmortemView *>(m_window->page(uuidOf(ReviewKind::Postmortem))->content());
        QVERIFY(page);
        QCOMPARE(page->tabs()->currentIndex(), 1);
        QTableView *table = page->timelineView();
        QCOMPARE(table->currentIndex().data(RecordTableModel::UuidRole).toString(), event);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), table->currentIndex().row());
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    };
    verifySameEvent();
    Language::apply(u"en"_s);
    verifySameEvent();
}

void TestGrids::columnWidthsAreRemembered()
{
    auto *view = qobject_cast<OperabilityView *>(open(ReviewKind::Operability)->content());
    view->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QTableView *grid = view->grid();
    QHeaderView *header = grid->horizontalHeader();
    const int column = ContingencyModel::LikelihoodColumn;
    const int before = header->sectionSize(column);
    // The handle at the column's right edge, dragged 60 px to the right.
    const int edge = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(edge + 60, y),
        header->viewport()->mapToGlobal(QPointF(edge + 60, y)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(header->viewport(), &move);
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
    QApplication::processEvents();
    const int widened = header->sectionSize(column);
    QVERIFY2(widened >= before + 50, qPrintable(u"%1 → %2"_s.arg(before).arg(widened)));

    // Another window, the same review: the same width.
    openWindow(QSize(1280, 900));
    view = qobject_cast<OperabilityView *>(open(ReviewKind::Operability)->content());
    view->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QCOMPARE(view->grid()->horizontalHeader()->sectionSize(column), widened);
}

void TestGrids::numbersSortLargestFirst()
{
    auto *view = qobject_cast<OperabilityView *>(open(ReviewKind::Operability)->content());
    view->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QTableView *grid = view->grid();
    int largest = 0;
    for (int row = 0; row < grid->model()->rowCount(); ++row)
        largest = qMax(largest, grid->model()->index(row, 0).data(ContingencyModel::ScoreRole).toInt());
    clickHeader(grid, ContingencyModel::ScoreColumn);
    QCOMPARE(grid->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(grid->model()->index(0, 0).data(ContingencyModel::ScoreRole).toInt(), largest);
    clickHeader(grid, ContingencyModel::LikelihoodColumn);
    QCOMPARE(grid->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // Text still sorts A to Z first.
    clickHeader(grid, ContingencyModel::IssueColumn);
    QCOMPARE(grid->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    // The browser: the latest change first.
    QTableView *browser = m_window->browser()->view();
    m_window->tabs()->setCurrentIndex(0);
    clickHeader(browser, ReviewListModel::TitleColumn);
    clickHeader(browser, ReviewListModel::UpdatedColumn);
    QCOMPARE(browser->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestGrids::smallWindowFoldsTheHeaderAndShowsFifteenEvents()
{
    openWindow(QSize(1024, 700));
    ReviewPage *page = open(ReviewKind::Postmortem);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    view->tabs()->setCurrentIndex(1);
    // Enough events to fill the table.
    TimelineModel *timeline = view->postmortem()->timeline();
    while (timeline->rowCount() < 24)
        QVERIFY(!timeline->addEvent(timeline->rowCount(), TimelineEvent()).isEmpty());
    QApplication::processEvents();
    QVERIFY(page->isHeaderFolded());
    QVERIFY(!page->titleEdit()->isVisible());
    QVERIFY(page->summaryLabel()->isVisible());
    QTableView *table = view->timelineView();
    int visible = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->viewport()->rect().contains(table->visualRect(table->model()->index(row, 0))))
            ++visible;
    }
    grab(u"grids-timeline-1024x700"_s);
    QVERIFY2(visible >= 15, qPrintable(u"%1 rows in view"_s.arg(visible)));
    checkHeaders(table);
}

void TestGrids::headerFoldsWithMouseAndKeyboard()
{
    ReviewPage *page = open(ReviewKind::Postmortem);
    QVERIFY(!page->isHeaderFolded()); // a tall window has room
    QVERIFY(page->titleEdit()->isVisible());
    // The mouse folds it.
    QTest::mouseClick(page->foldButton(), Qt::LeftButton);
    QVERIFY(page->isHeaderFolded());
    QVERIFY(!page->titleEdit()->isVisible());
    QVERIFY(page->summaryLabel()->text().contains(u"Held"_s) || !page->summaryLabel()->text().isEmpty());
    grab(u"grids-header-folded"_s);
    // The keyboard unfolds it: the shortcut, and the button with Space.
    auto *postmortem = qobject_cast<PostmortemView *>(page->content());
    postmortem->timelineView()->setFocus();
    QTest::keyClick(postmortem->timelineView(), Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(!page->isHeaderFolded());
    QVERIFY(page->titleEdit()->isVisible());
    page->foldButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page->foldButton(), Qt::Key_Space);
    QVERIFY(page->isHeaderFolded());
    // Remembered: folded in the next window, however tall.
    openWindow(QSize(1280, 900));
    page = open(ReviewKind::Postmortem);
    QVERIFY(page->isHeaderFolded());
    QTest::mouseClick(page->foldButton(), Qt::LeftButton);
    QVERIFY(!page->isHeaderFolded());
    // Chosen unfolded, it stays so on a small window.
    openWindow(QSize(1024, 700));
    page = open(ReviewKind::Postmortem);
    QVERIFY(!page->isHeaderFolded());
}

QTEST_MAIN(TestGrids)
#include "tst_grids.moc"
