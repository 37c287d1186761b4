// The meeting-room presentation: on the chosen screen, full screen, following the models, keyboard-driven;
// every text whole at a projector's sizes, the laptop told what the room sees, ideas parked from any tab.
#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/parkinglotmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "presentationwindow.h"
#include "presentingbanner.h"
#include "projectiondelegate.h"
#include "projectiontable.h"
#include "reviewpage.h"
#include "store/workspace.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>
#include <QUndoStack>
#include <QtMath>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestPresentationWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void opensFullScreenOnTheChosenScreen();
    void followsTheModels();
    void keyboardThroughThePhases();
    void escapeLeaves();
    void presentOnAScreenChosenFromTheMenu();
    void everyTextWholeOnAProjector_data();
    void everyTextWholeOnAProjector();
    void typeGrowsWithTheScreenAndTheZoom();
    void currentRowAndOverdueReadOnAProjector();
    void laptopShowsWhatTheRoomSeesAndStops();
    void parkThisThoughtFromEveryTab();

private:
    // The demo workspace in a main window, its postmortem open on the Timeline tab; the page's view.
    PostmortemView *openDemo();
    // Presents view's postmortem on the projector in a window of that size (the projector's own when
    // empty), and waits until it is laid out.
    PresentationWindow *presentAt(PostmortemView *view, const QSize &size);
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    PostmortemDocument *m_document = nullptr; // owned by the session
    std::unique_ptr<PostmortemView> m_page;
    QPointer<PresentationWindow> m_window;
};

void TestPresentationWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto session = WorkspaceSession::open(m_dir->filePath(u"m.inflection"_s), Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    // The title the presentation shows is the review's.
    const Result<QString> created
        = m_session->createReview(ReviewKind::Postmortem, u"Primary database failover"_s);
    QVERIFY2(created, qPrintable(created.message()));
    const Result<ReviewDocument *> opened = m_session->openDocument(*created);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_document = qobject_cast<PostmortemDocument *>(*opened);
    QVERIFY(m_document);
    m_page = std::make_unique<PostmortemView>(m_document);
    for (const QString &text : {u"Alert fires"_s, u"Fail over"_s, u"Errors stop"_s}) {
        TimelineEvent e;
        e.text = text;
        QVERIFY(!m_document->timeline()->addEvent(m_document->timeline()->rowCount(), e).isEmpty());
    }
    m_page->show();
    m_window = m_page->present(); // the projector, when there is one
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPresentationWindow::cleanup()
{
    m_main.reset();
    m_demoDir.reset();
    delete m_window;
    m_page.reset();
    m_document = nullptr;
    m_session.reset();
    m_dir.reset();
}

void TestPresentationWindow::opensFullScreenOnTheChosenScreen()
{
    // Run with a laptop (primary) and a projector: the presentation goes to the projector.
    QScreen *projector = nullptr;
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != QGuiApplication::primaryScreen())
            projector = screen;
    }
    if (!projector)
        QSKIP("needs two screens: run with QT_QPA_PLATFORM=offscreen:configfile=tests/twoscreens.json");
    QCOMPARE(PresentationWindow::preferredScreen(), projector);
    QCOMPARE(m_window->screen(), projector);
    QVERIFY(m_window->isFullScreen());
    QVERIFY(m_window->isWindow());
    QCOMPARE(m_window->geometry(), projector->geometry());
    // Large type: bigger than the page's.
    QVERIFY(m_window->font().pointSizeF() > m_page->font().pointSizeF() * 1.5);
    // A screen can also be chosen.
    QPointer<PresentationWindow> onLaptop = m_page->present(QGuiApplication::primaryScreen());
    QVERIFY(QTest::qWaitForWindowExposed(onLaptop));
    QCOMPARE(onLaptop->screen(), QGuiApplication::primaryScreen());
    QCOMPARE(onLaptop->geometry(), QGuiApplication::primaryScreen()->geometry());
    delete onLaptop;
}

void TestPresentationWindow::followsTheModels()
{
    QCOMPARE(m_window->timelineView()->model()->rowCount(), 3);
    TimelineEvent e;
    e.text = u"Status page updated"_s;
    QVERIFY(!m_document->timeline()->addEvent(1, e).isEmpty()); // at the laptop
    QCOMPARE(m_window->timelineView()->model()->rowCount(), 4);
    QCOMPARE(m_window->timelineView()->model()->index(1, TimelineModel::TextColumn).data().toString(),
        u"Status page updated"_s);
    QVERIFY(m_document->incident()->setField(
        IncidentField::StartedAt, QDateTime(QDate(2026, 3, 3), QTime(13, 58), Qt::UTC)));
    QVERIFY(m_document->incident()->setField(
        IncidentField::ResolvedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 53), Qt::UTC)));
    QVERIFY2(
        m_window->clockLabel()->text().contains(u"55 min"_s), qPrintable(m_window->clockLabel()->text()));
}

void TestPresentationWindow::keyboardThroughThePhases()
{
    QSignalSpy phases(m_window.data(), &PresentationWindow::phaseChanged);
    QWidget *focus = m_window->timelineView();
    QCOMPARE(m_window->currentEvent(), 0);
    QTest::keyClick(focus, Qt::Key_Down);
    QCOMPARE(m_window->currentEvent(), 1);
    QTest::keyClick(focus, Qt::Key_End);
    QCOMPARE(m_window->currentEvent(), 2);
    QTest::keyClick(focus, Qt::Key_Home);
    QCOMPARE(m_window->currentEvent(), 0);
    QTest::keyClick(focus, Qt::Key_PageDown);
    QCOMPARE(m_window->phase(), PresentationWindow::Phase::Discussion);
    QVERIFY(m_window->phaseLabel()->accessibleName().contains(u"Discussion"_s));
    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : m_window.data(), Qt::Key_PageDown);
    QCOMPARE(m_window->phase(), PresentationWindow::Phase::Remediation);
    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : m_window.data(), Qt::Key_PageDown);
    QCOMPARE(m_window->phase(), PresentationWindow::Phase::Remediation); // the last phase
    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : m_window.data(), Qt::Key_PageUp);
    QCOMPARE(m_window->phase(), PresentationWindow::Phase::Discussion);
    QCOMPARE(phases.count(), 3);
}

void TestPresentationWindow::escapeLeaves()
{
    QTest::keyClick(m_window->timelineView(), Qt::Key_Escape);
    QTRY_VERIFY(m_window.isNull()); // closed and deleted
    QVERIFY(m_page->isVisible()); // the laptop's page stays
}

void TestPresentationWindow::presentOnAScreenChosenFromTheMenu()
{
    QMenu *menu = m_page->presentAction()->menu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QList<QAction *> choices; // the screens, then what is done while presenting
    const QList<QAction *> items = menu->actions();
    for (QAction *item : items) {
        if (item->isSeparator())
            break;
        choices << item;
    }
    QVERIFY(items.contains(m_page->stopPresentingAction()));
    QVERIFY(items.contains(m_page->largerTextAction()));
    QCOMPARE(choices.size(), QGuiApplication::screens().size());
    QVERIFY(choices.first()->text().contains(u"this computer"_s));
    // Choose the laptop's own screen (say, to rehearse).
    choices.first()->trigger();
    PresentationWindow *rehearsal = nullptr;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *p = qobject_cast<PresentationWindow *>(w); p && p != m_window)
            rehearsal = p;
    }
    QVERIFY(rehearsal);
    QVERIFY(QTest::qWaitForWindowExposed(rehearsal));
    QCOMPARE(rehearsal->screen(), QGuiApplication::primaryScreen());
    delete rehearsal;
}

namespace {

QScreen *projector()
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != QGuiApplication::primaryScreen())
            return screen;
    }
    return QGuiApplication::primaryScreen();
}

// Relative luminance and contrast ratio as WCAG 2 defines them.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// Every cell of view that shows on its viewport holds its whole text: the text, laid out at the width
// it is given in the font it is drawn in, needs no more than the rectangle the cell has for it. The
// column titles fit on their line too. Returns how many cells were measured.
int verifyNothingCut(QTableView *view, const QString &where)
{
    // Once the table has fitted itself to the last change.
    if (auto *table = qobject_cast<ProjectionTable *>(view);
        table && !QTest::qWaitFor([table] { return !table->layoutPending(); })) {
        QTest::qFail("never laid out", __FILE__, __LINE__);
        return -1;
    }
    auto *delegate = qobject_cast<ProjectionDelegate *>(view->itemDelegate());
    if (!delegate) {
        QTest::qFail("not drawn by the projection delegate", __FILE__, __LINE__);
        return -1;
    }
    const QRect viewport = view->viewport()->rect();
    const QAbstractItemModel *model = view->model();
    int measured = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            const QRect cell = view->visualRect(index);
            if (!cell.intersects(viewport))
                continue;
            const QString text = index.data().toString();
            const QFont font = ProjectionDelegate::cellFont(view->font(), index);
            const QRect room = delegate->textRect(cell, index, font);
            // Wrapped as item views wrap: at word boundaries, a word wider than its room anywhere.
            QTextLayout layout(QString(text).replace(u'\n', QChar::LineSeparator), font);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            qreal height = 0;
            qreal width = 0;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(room.width());
                height += (height > 0 ? QFontMetricsF(font).leading() : 0) + line.height();
                width = qMax(width, line.naturalTextWidth());
            }
            layout.endLayout();
            const QRect needed(room.topLeft(), QSize(qCeil(width), qCeil(height)));
            const QString what = u"%1, row %2, column %3: “%4” needs %5×%6 in %7×%8"_s.arg(where)
                                     .arg(row)
                                     .arg(column)
                                     .arg(text)
                                     .arg(needed.width())
                                     .arg(needed.height())
                                     .arg(room.width())
                                     .arg(room.height());
            if (!cell.contains(room) || needed.width() > room.width() || needed.height() > room.height()) {
                QTest::qFail(qPrintable(what), __FILE__, __LINE__);
                return -1;
            }
            ++measured;
        }
    }
    const QHeaderView *header = view->horizontalHeader();
    if (header->isVisible()) {
        // A title may wrap at its spaces, but each word is whole and every line in the header.
        const QFontMetrics metrics(header->font());
        const int margin = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            int widestWord = 0;
            for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
                widestWord = qMax(widestWord, metrics.horizontalAdvance(word));
            const QRect room(0, 0, header->sectionSize(column) - margin, 1 << 20);
            if (!view->isColumnHidden(column)
                && (widestWord + margin > header->sectionSize(column)
                    || metrics.boundingRect(room, Qt::TextWordWrap, title).height() > header->height())) {
                QTest::qFail(
                    qPrintable(u"%1: the title “%2” is cut"_s.arg(where, title)), __FILE__, __LINE__);
                return -1;
            }
        }
    }
    return measured;
}

} // namespace

PostmortemView *TestPresentationWindow::openDemo()
{
    delete m_window; // the small fixture's presentation
    m_demoDir = std::make_unique<QTemporaryDir>();
    const QString path = m_demoDir->filePath(u"demo.inflection"_s);
    {
        Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
        if (!workspace || !DemoWorkspace::populate(workspace->get()))
            return nullptr;
    }
    m_main = std::make_unique<MainWindow>();
    if (!m_main->openWorkspace(path) || !m_main->session()->reviews()->reload())
        return nullptr;
    m_main->setGeometry(
        QRect(QGuiApplication::primaryScreen()->geometry().topLeft() + QPoint(20, 20), QSize(1200, 700)));
    m_main->show();
    if (!QTest::qWaitForWindowExposed(m_main.get()))
        return nullptr;
    ReviewListModel *reviews = m_main->session()->reviews();
    for (int row = 0; row < reviews->rowCount(); ++row) {
        if (reviews->reviewAt(row).kind == ReviewKind::Postmortem) {
            ReviewPage *page = m_main->openReview(reviews->reviewAt(row).uuid);
            auto *view = page ? qobject_cast<PostmortemView *>(page->content()) : nullptr;
            if (view)
                view->tabs()->setCurrentIndex(1); // the timeline
            return view;
        }
    }
    return nullptr;
}

PresentationWindow *TestPresentationWindow::presentAt(PostmortemView *view, const QSize &size)
{
    PresentationWindow *window = view->present(projector());
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    if (size.isValid() && size != window->size()) {
        // A projector of that size: the window as large as it would be on it.
        window->showNormal();
        window->setGeometry(QRect(projector()->geometry().topLeft(), size));
        if (!QTest::qWaitFor([window, size] { return window->size() == size; }))
            return nullptr;
    }
    QTest::qWait(50); // laid out
    return window;
}

void TestPresentationWindow::everyTextWholeOnAProjector_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("zoom");
    QTest::newRow("1280×720") << QSize(1280, 720) << 100;
    QTest::newRow("1920×1080") << QSize(1920, 1080) << 100;
    // The facilitator's largest zooms: the tables' type grows with them, long words wrapping.
    QTest::newRow("1920×1080 at 150 %") << QSize(1920, 1080) << 150;
    QTest::newRow("1280×720 at 150 %") << QSize(1280, 720) << 150;
}

void TestPresentationWindow::everyTextWholeOnAProjector()
{
    QFETCH(QSize, size);
    QFETCH(int, zoom);
    QSettings().setValue(u"presentation/zoom"_s, zoom);
    const auto forget = qScopeGuard([] { QSettings().remove(u"presentation/zoom"_s); });
    PostmortemView *view = openDemo();
    QVERIFY(view);
    PresentationWindow *window = presentAt(view, size);
    QVERIFY(window);
    QCOMPARE(window->size(), size);
    QCOMPARE(window->zoom(), zoom);
    QVERIFY(QTest::qWaitForWindowActive(window));
    // With the screenshots asked for, each phase is saved as the room sees it.
    const QString shots = qEnvironmentVariable("INFLECTION_PRESENTATION_SCREENSHOTS");
    const char *names[] = {"timeline", "discussion", "remediation"};
    int phases = 0;
    bool wrapped = false;
    for (const PresentationWindow::Phase phase : {PresentationWindow::Phase::Timeline,
             PresentationWindow::Phase::Discussion, PresentationWindow::Phase::Remediation}) {
        if (phase != PresentationWindow::Phase::Timeline)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QCOMPARE(window->phase(), phase);
        auto *table = qobject_cast<ProjectionTable *>(window->phaseView(phase));
        QVERIFY(table);
        QCOMPARE(QApplication::focusWidget(), table);
        const int rows = table->model()->rowCount();
        QVERIFY2(rows >= 4, "the demo has something to show in every phase");
        // Through every item, as the facilitator goes: each one shown whole, nothing on screen cut.
        QTest::keyClick(table, Qt::Key_Home);
        for (int row = 0; row < rows; ++row) {
            if (row > 0)
                QTest::keyClick(table, Qt::Key_Down);
            QCOMPARE(table->currentIndex().row(), row);
            QTRY_VERIFY2(table->currentRowWhollyVisible(),
                qPrintable(
                    u"%1, row %2: %3 px tall at y %4 in %5 px"_s.arg(PresentationWindow::phaseName(phase))
                        .arg(row)
                        .arg(table->rowHeight(row))
                        .arg(table->rowViewportPosition(row))
                        .arg(table->viewport()->height())));
            const QString where = u"%1 at %2×%3"_s.arg(PresentationWindow::phaseName(phase))
                                      .arg(size.width())
                                      .arg(size.height());
            QVERIFY(verifyNothingCut(table, where) > 0);
            QVERIFY(verifyNothingCut(window->parkingLotView(), where + u", parking lot"_s) > 0);
            if (!shots.isEmpty() && row == qMin(2, rows - 1)) {
                QDir().mkpath(shots);
                QVERIFY(window->grab().save(
                    QDir(shots).filePath(u"presentation-%1x%2-%3%4.png"_s.arg(size.width())
                                             .arg(size.height())
                                             .arg(QLatin1String(names[phases]))
                                             .arg(zoom == 100 ? QString() : u"-zoom%1"_s.arg(zoom)))));
            }
            // The room's type is the window's, or nearly (a little smaller rather than a word broken);
            // zoomed in, never smaller than that: the table grows as far as whole items and whole words
            // allow (typeGrowsWithTheScreenAndTheZoom checks that it grows).
            const int type = QFontInfo(table->font()).pixelSize();
            const int atHundred = window->textPixelSize() * 100 / zoom;
            QVERIFY2(type * 10 >= atHundred * 8,
                qPrintable(u"%1, zoom %2 %: %3 px in a window of %4 px"_s.arg(where).arg(zoom).arg(type).arg(
                    window->textPixelSize())));
        }
        // A row is as tall as its text: somewhere the longest text takes more than one line.
        for (int row = 0; row < rows; ++row)
            wrapped = wrapped || table->rowHeight(row) > 2 * QFontMetrics(table->font()).height();
        ++phases;
    }
    QVERIFY(wrapped);
    QCOMPARE(phases, 3);
}

void TestPresentationWindow::typeGrowsWithTheScreenAndTheZoom()
{
    QSettings().remove(u"presentation/zoom"_s);
    PostmortemView *view = openDemo();
    QVERIFY(view);
    PresentationWindow *window = presentAt(view, QSize(1280, 720));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    // Readable from the back of a room: a line at least 1/30 of the height, in pixels as the room sees them.
    const int small = window->textPixelSize();
    QVERIFY2(small >= 720 / 30, qPrintable(QString::number(small)));
    QCOMPARE(QFontInfo(window->timelineView()->font()).pixelSize(), small);
    window->setGeometry(QRect(projector()->geometry().topLeft(), QSize(1920, 1080)));
    QTRY_COMPARE(window->size(), QSize(1920, 1080));
    const int large = window->textPixelSize();
    QVERIFY2(large >= small * 14 / 10, qPrintable(u"%1 at 720, %2 at 1080"_s.arg(small).arg(large)));

    // The facilitator's zoom, with the keys on the projector…
    const auto tableType = [window] {
        auto *table = qobject_cast<ProjectionTable *>(window->timelineView());
        (void)QTest::qWaitFor([table] { return !table->layoutPending(); });
        QApplication::processEvents();
        return QFontInfo(table->font()).pixelSize();
    };
    const int tableAt100 = tableType();
    QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(window->zoom(), 110);
    QVERIFY(window->textPixelSize() > large);
    // …which the room sees in the table too.
    QVERIFY2(tableType() > tableAt100, qPrintable(u"%1 → %2"_s.arg(tableAt100).arg(tableType())));
    QTest::keyClick(window, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(window->zoom(), 90);
    QVERIFY(window->textPixelSize() < large);
    QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window->zoom(), 100);
    QCOMPARE(window->textPixelSize(), large);
    // …and on the laptop, whichever tab is open, and from the Present menu.
    m_main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_main.get()));
    view->tabs()->setCurrentIndex(3);
    QTest::keyClick(m_main.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(window->zoom(), 110);
    QMenu *menu = view->presentAction()->menu();
    Q_EMIT menu->aboutToShow();
    QVERIFY(menu->actions().contains(view->largerTextAction()));
    view->largerTextAction()->trigger();
    QCOMPARE(window->zoom(), 120);
    QVERIFY(view->presentingBanner()->text().contains(u"120 %"_s));
    // Everything still whole at that size.
    QTRY_VERIFY(qobject_cast<ProjectionTable *>(window->timelineView())->currentRowWhollyVisible());
    QVERIFY(verifyNothingCut(window->timelineView(), u"zoomed"_s) > 0);
    // Remembered for the next meeting.
    window->close();
    QTRY_VERIFY(!view->presentation());
    PresentationWindow *next = presentAt(view, QSize());
    QVERIFY(next);
    QCOMPARE(next->zoom(), 120);
    QSettings().remove(u"presentation/zoom"_s);
}

void TestPresentationWindow::currentRowAndOverdueReadOnAProjector()
{
    QSettings().remove(u"presentation/zoom"_s);
    PostmortemView *view = openDemo();
    QVERIFY(view);
    view->postmortem()->remediation()->setToday(QDate(2026, 4, 1)); // two items are overdue then
    PresentationWindow *window = presentAt(view, QSize(1280, 720));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QPalette pal = window->palette();
    // Dark on light, which a lit room does not wash out; the current row a strong fill, not an outline.
    QVERIFY(luminance(pal.color(QPalette::Base)) > 0.8);
    QVERIFY(contrast(pal.color(QPalette::Text), pal.color(QPalette::Base)) >= 7);
    QVERIFY(contrast(pal.color(QPalette::Text), pal.color(QPalette::AlternateBase)) >= 7);
    QVERIFY(contrast(pal.color(QPalette::HighlightedText), pal.color(QPalette::Highlight)) >= 7);
    QVERIFY(contrast(pal.color(QPalette::Highlight), pal.color(QPalette::Base)) >= 7);

    QTest::keyClick(window->timelineView(), Qt::Key_PageDown);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    QCOMPARE(window->phase(), PresentationWindow::Phase::Remediation);
    QTableView *table = window->remediationView();
    int overdue = -1;
    for (int row = 0; row < table->model()->rowCount() && overdue < 0; ++row) {
        if (table->model()->index(row, 0).data(RemediationModel::OverdueRole).toBool())
            overdue = row;
    }
    QVERIFY(overdue >= 0);
    QTest::keyClick(table, Qt::Key_Home);
    QTest::qWait(50);
    const QImage shown = table->viewport()->grab().toImage();
    const auto pixel = [&shown, table](const QPoint &point) {
        return shown.pixelColor(point * shown.devicePixelRatio());
    };
    // The whole current row is filled: in every column, at the cell's far corner (no text there).
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const QRect cell = table->visualRect(table->model()->index(0, column));
        QCOMPARE(pixel(cell.bottomRight() - QPoint(2, 2)), pal.color(QPalette::Highlight));
    }
    // An overdue date is a badge, white on deep red, on the current row and on the others.
    for (const int row : {overdue, 0}) {
        if (row != overdue && !table->model()->index(row, 0).data(RemediationModel::OverdueRole).toBool())
            continue;
        QTest::keyClick(table, row == 0 ? Qt::Key_Home : Qt::Key_End);
        const QModelIndex due = table->model()->index(row, RemediationModel::DueColumn);
        auto *delegate = qobject_cast<ProjectionDelegate *>(table->itemDelegate());
        const QFont font = ProjectionDelegate::cellFont(table->font(), due);
        const QRect room = delegate->textRect(table->visualRect(due), due, font);
        const QImage now = table->viewport()->grab().toImage();
        const QColor badge = now.pixelColor(
            (QPoint(room.left() - 2, room.top() + QFontMetrics(font).height() / 2)) * now.devicePixelRatio());
        QVERIFY2(contrast(Qt::white, badge) >= 4.5, qPrintable(badge.name()));
        QVERIFY(badge != pal.color(QPalette::Base) && badge != pal.color(QPalette::Highlight));
    }
}

void TestPresentationWindow::laptopShowsWhatTheRoomSeesAndStops()
{
    PostmortemView *view = openDemo();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowActive(m_main.get()));
    QVERIFY(!view->presentingBanner()->isVisible());
    QVERIFY(!view->stopPresentingAction()->isEnabled());
    QTest::keyClick(m_main.get(), Qt::Key_F5); // Present
    QPointer<PresentationWindow> window = view->presentation();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->screen(), projector());
    // The laptop says so, with what the room sees: the page's banner and the window's status bar.
    QVERIFY(view->presentingBanner()->isVisible());
    const QString first
        = window->timelineView()->model()->index(0, TimelineModel::TextColumn).data().toString();
    QVERIFY2(view->presentingBanner()->text().contains(u"event 1 of"_s),
        qPrintable(view->presentingBanner()->text()));
    QVERIFY(view->presentingBanner()->text().contains(first));
    QVERIFY(view->presentingBanner()->text().contains(projector()->name()));
    QVERIFY(m_main->statusNoteLabel()->isVisible());
    QVERIFY2(m_main->statusNoteLabel()->text().contains(u"Presenting"_s),
        qPrintable(m_main->statusNoteLabel()->text()));
    QVERIFY(m_main->statusNoteLabel()->text().contains(u"event 1 of"_s));
    // The room moves on: the laptop follows.
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window->timelineView(), Qt::Key_Down);
    const QString second
        = window->timelineView()->model()->index(1, TimelineModel::TextColumn).data().toString();
    QVERIFY(view->presentingBanner()->text().contains(u"event 2 of"_s));
    QVERIFY(view->presentingBanner()->text().contains(second));
    QTest::keyClick(window->timelineView(), Qt::Key_PageDown);
    QVERIFY(view->presentingBanner()->text().contains(u"Discussion, question 1 of"_s));
    QVERIFY(m_main->statusNoteLabel()->text().contains(u"Discussion, question 1 of"_s));
    if (const QString shots = qEnvironmentVariable("INFLECTION_PRESENTATION_SCREENSHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(100);
        QVERIFY(m_main->grab().save(QDir(shots).filePath(u"laptop-presenting.png"_s)));
    }
    // On any tab the banner stays, and its Stop ends the presentation.
    view->tabs()->setCurrentIndex(0);
    QVERIFY(view->presentingBanner()->isVisible());
    QTest::mouseClick(view->presentingBanner()->stopButton(), Qt::LeftButton);
    QTRY_VERIFY(window.isNull());
    QTRY_VERIFY(!view->presentingBanner()->isVisible());
    QVERIFY(!m_main->statusNoteLabel()->isVisible());
    QVERIFY(!view->stopPresentingAction()->isEnabled());

    // F5 from another tab presents again; Shift+F5 stops, at the laptop…
    m_main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_main.get()));
    QTest::keyClick(m_main.get(), Qt::Key_F5);
    window = view->presentation();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    m_main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_main.get()));
    QTest::keyClick(m_main.get(), Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY(window.isNull());
    QTRY_VERIFY(!view->presentingBanner()->isVisible());
    // …and on the projector.
    window = presentAt(view, QSize());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY(window.isNull());
    QTRY_VERIFY(m_main->statusNoteLabel()->isHidden());
}

void TestPresentationWindow::parkThisThoughtFromEveryTab()
{
    QSettings().remove(u"presentation/zoom"_s);
    const auto zoomForgotten = qScopeGuard([] { QSettings().remove(u"presentation/zoom"_s); });
    PostmortemView *view = openDemo();
    QVERIFY(view);
    PresentationWindow *window = presentAt(view, QSize(1280, 720));
    QVERIFY(window);
    ParkingLotModel *parked = view->postmortem()->parkingLot();
    QUndoStack *stack = view->postmortem()->undoStack();
    QTableView *room = window->parkingLotView();
    int mostHidden = 0; // ideas out of sight above, at most
    const auto verifyShownInTheRoom = [room, parked, &mostHidden](const QString &idea) {
        const int last = parked->rowCount() - 1;
        QCOMPARE(room->model()->rowCount(), parked->rowCount());
        QCOMPARE(room->model()->index(last, 0).data().toString(), idea);
        QVERIFY(verifyNothingCut(room, u"parking lot"_s) > 0); // laid out, nothing cut
        QTRY_VERIFY(room->viewport()->rect().contains(room->visualRect(room->model()->index(last, 0))));
        // Whole ideas only: none half under the heading; the heading counts those out of sight.
        int above = 0;
        for (int row = 0; row <= last; ++row) {
            const QRect rect = room->visualRect(room->model()->index(row, 0));
            if (room->isRowHidden(row))
                ++above;
            else
                QVERIFY2(room->viewport()->rect().contains(rect),
                    qPrintable(u"row %1 half shown: %2,%3 %4×%5 in %6×%7"_s.arg(row)
                                   .arg(rect.x())
                                   .arg(rect.y())
                                   .arg(rect.width())
                                   .arg(rect.height())
                                   .arg(room->viewport()->width())
                                   .arg(room->viewport()->height())));
        }
        const auto *title = room->window()->findChild<QLabel *>(u"parkingTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text().contains(u"%1 more above"_s.arg(above)), above > 0);
        mostHidden = qMax(mostHidden, above);
    };
    // Large type, as a facilitator would choose for a deep room: the lot soon fills.
    for (int step = 0; step < 5; ++step)
        window->zoomIn();
    // Ctrl+Shift+K on every tab of the page: to the field, type, Enter.
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        m_main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_main.get()));
        view->tabs()->setCurrentIndex(tab);
        const int before = parked->rowCount();
        const int steps = stack->count();
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_main.get();
        ReviewPage *page = m_main->page(view->document()->uuid());
        page->setHeaderFolded(false); // the title field is in the unfolded header
        QLineEdit *title = page->titleEdit();
        const QString titleText = title->text();
        if (tab == 0) { // typing in a text field, where Ctrl+K would delete to the end of the line
            title->setFocus();
            title->setCursorPosition(0);
            QTRY_COMPARE(QApplication::focusWidget(), title);
            focus = title;
        }
        QTest::keyClick(focus, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), view->parkField());
        const QString idea
            = u"Idea from tab %1: check every replica's settings against its primary's"_s.arg(tab);
        QTest::keyClicks(view->parkField(), idea);
        QTest::keyClick(view->parkField(), Qt::Key_Return);
        QCOMPARE(parked->rowCount(), before + 1);
        QCOMPARE(stack->count(), steps + 1); // one undo step
        QCOMPARE(title->text(), titleText);
        QVERIFY(view->parkField()->text().isEmpty());
        verifyShownInTheRoom(idea);
    }
    if (const QString shots = qEnvironmentVariable("INFLECTION_PRESENTATION_SCREENSHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(window->grab().save(QDir(shots).filePath(u"presentation-parking-lot-zoomed.png"_s)));
    }
    // From the projector: Ctrl+Shift+K there opens a field under the parking lot, in the room's sight
    // (with one screen the laptop's window is behind the projection): Escape puts it away, keeping
    // what was typed and the presentation; Enter parks it and gives the keys back to the phase.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_COMPARE(QApplication::activeWindow(), window);
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window->parkField());
    QVERIFY(window->parkField()->isVisible());
    QVERIFY(window->isActiveWindow());
    QTest::keyClicks(window->parkField(), u"Ask the vendor"_s);
    // The lot, shorter now, still shows its newest idea whole.
    QTRY_VERIFY(!qobject_cast<ProjectionTable *>(room)->layoutPending());
    QVERIFY(verifyNothingCut(room, u"parking lot, the field open"_s) > 0);
    QTRY_VERIFY(
        room->viewport()->rect().contains(room->visualRect(room->model()->index(parked->rowCount() - 1, 0))));
    if (const QString shots = qEnvironmentVariable("INFLECTION_PRESENTATION_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(window->grab().save(QDir(shots).filePath(u"presentation-parking-in-the-room.png"_s)));
    QTest::keyClick(window->parkField(), Qt::Key_Escape);
    QVERIFY(view->presentation());
    QVERIFY(!window->parkField()->isVisible());
    QCOMPARE(QApplication::focusWidget(), window->phaseView(window->phase()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window->parkField());
    QCOMPARE(window->parkField()->text(), u"Ask the vendor"_s);
    QTest::keyClicks(window->parkField(), u" about battery alarms"_s);
    QTest::keyClick(window->parkField(), Qt::Key_Return);
    verifyShownInTheRoom(u"Ask the vendor about battery alarms"_s);
    QVERIFY(window->parkField()->text().isEmpty());
    QVERIFY(!window->parkField()->isVisible());
    QCOMPARE(QApplication::focusWidget(), window->phaseView(window->phase()));
    // The button parks what is typed.
    m_main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_main.get()));
    view->parkField()->setFocus();
    QTest::keyClicks(view->parkField(), u"Rehearse the failover"_s);
    const int steps = stack->count();
    QTest::mouseClick(view->parkButton(), Qt::LeftButton);
    verifyShownInTheRoom(u"Rehearse the failover"_s);
    QCOMPARE(stack->count(), steps + 1);
    // One undo takes it out again, on the projector too.
    const int count = parked->rowCount();
    view->timelineView()->setFocus();
    QTest::keyClick(view->timelineView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(parked->rowCount(), count - 1);
    QCOMPARE(room->model()->rowCount(), count - 1);
    verifyShownInTheRoom(u"Ask the vendor about battery alarms"_s);
    QVERIFY2(mostHidden > 0, "at this size the lot was never full");
}

QTEST_MAIN(TestPresentationWindow)
#include "tst_presentationwindow.moc"
