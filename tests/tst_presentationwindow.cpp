// The meeting-room presentation: on the chosen screen, full screen, following the models, keyboard-driven.
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "presentationwindow.h"
#include "store/workspace.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

private:
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
    const QList<QAction *> choices = menu->actions();
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

QTEST_MAIN(TestPresentationWindow)
#include "tst_presentationwindow.moc"
