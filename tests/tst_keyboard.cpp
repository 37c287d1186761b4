// Keyboard only: a new postmortem, three timeline events, one moved, a remediation item — every step a
// key press delivered to whatever has the focus, as a person without a mouse would work.
#include "architectureview.h"
#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "operabilityview.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "reviewpage.h"
#include "store/remediationrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "timelineimportdialog.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void postmortemWithTheKeyboardOnly();
    void noMnemonicIsTwoThings_data();
    void noMnemonicIsTwoThings();
    void everyFieldHasAName_data();
    void everyFieldHasAName();

private:
    // A key to the widget with the focus (the window when nothing has it), as the keyboard sends it.
    static void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(QWidget *window, const QString &text);
    // The demo workspace at path in window, with its review of that kind open.
    static ReviewPage *openDemoReview(MainWindow *window, const QString &path, ReviewKind kind);
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestKeyboard::press(QWidget *window, int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestKeyboard::type(QWidget *window, const QString &text)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClicks(target, text);
}

ReviewPage *TestKeyboard::openDemoReview(MainWindow *window, const QString &path, ReviewKind kind)
{
    {
        auto ws = Workspace::open(path);
        if (!ws) {
            qWarning("cannot create the demo workspace: %s", qPrintable(ws.message()));
            return nullptr;
        }
        if (const Result<> populated = DemoWorkspace::populate(ws->get()); !populated) {
            qWarning("cannot write the demo workspace: %s", qPrintable(populated.message()));
            return nullptr;
        }
    }
    if (const Result<> opened = window->openWorkspace(path); !opened) {
        qWarning("cannot open the demo workspace: %s", qPrintable(opened.message()));
        return nullptr;
    }
    window->show();
    for (const Review &r : ReviewRepository(window->session()->workspace()).all().valueOr({})) {
        if (r.kind == kind)
            return window->openReview(r.uuid);
    }
    return nullptr;
}

void TestKeyboard::postmortemWithTheKeyboardOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keyboard.inflection"_s);
    MainWindow window;
    const Result<> opened = window.openWorkspace(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // File ▸ New Postmortem (Ctrl+Shift+P); the title has the focus.
    press(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!window.currentReviewUuid().isEmpty());
    const QString uuid = window.currentReviewUuid();
    ReviewPage *page = window.page(uuid);
    QTRY_COMPARE(QApplication::focusWidget(), page->titleEdit());
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, u"Search outage on Friday"_s);
    press(&window, Qt::Key_Return);
    QCOMPARE(window.session()->reviews()->reviewByUuid(uuid)->title, u"Search outage on Friday"_s);

    // The Timeline tab by its Alt+letter: the focus goes into the timeline.
    auto *view = qobject_cast<PostmortemView *>(page->content());
    press(&window, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), view->timelineView());
    TimelineModel *timeline = view->postmortem()->timeline();

    // Three events: Enter adds one below and opens its text; typing and Enter commits it.
    const QStringList texts {
        u"Alert for search latency"_s, u"Index rebuild started"_s, u"Search back to normal"_s};
    for (const QString &text : texts) {
        press(&window, Qt::Key_Return);
        QTRY_VERIFY(QApplication::focusWidget() != view->timelineView()); // the cell editor
        type(&window, text);
        press(&window, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), view->timelineView());
    }
    QCOMPARE(timeline->rowCount(), 3);
    QCOMPARE(timeline->recordAt(2).text, texts.at(2));

    // The rebuild started before the alert: move it up (Alt+Up).
    const QModelIndex second = view->timelineView()->model()->index(1, TimelineModel::TextColumn);
    press(&window, Qt::Key_Up);
    QCOMPARE(view->timelineView()->currentIndex().row(), 1);
    press(&window, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(timeline->recordAt(0).text, texts.at(1));
    QCOMPARE(timeline->recordAt(1).text, texts.at(0));
    Q_UNUSED(second);

    // Import… (Alt+M) opens the import dialog from the timeline; Escape closes it. File ▸ Import ▸
    // Timeline Events… is there too, for a postmortem only.
    press(&window, Qt::Key_M, Qt::AltModifier);
    QPointer<TimelineImportDialog> importDialog;
    QTRY_VERIFY((importDialog = window.findChild<TimelineImportDialog *>()) && importDialog->isVisible());
    QTest::keyClick(importDialog, Qt::Key_Escape);
    QTRY_VERIFY(!importDialog || !importDialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), view->timelineView());
    QVERIFY(window.importTimelineAction()->isEnabled());

    // The Remediation tab (Alt+I), Insert for a new item, its text, Enter.
    press(&window, Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), view->remediationView());
    press(&window, Qt::Key_Insert);
    QTRY_VERIFY(QApplication::focusWidget() != view->remediationView());
    type(&window, u"Alert on index size before it fills the disk"_s);
    press(&window, Qt::Key_Return);
    QTRY_COMPARE(view->postmortem()->remediation()->rowCount(), 1);

    // All of it stored.
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    const qint64 reviewId = ReviewRepository(other->get()).find(uuid)->id;
    const QList<TimelineEvent> events = TimelineRepository(other->get()).forReview(reviewId).valueOr({});
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).text, texts.at(1));
    QCOMPARE(events.at(1).text, texts.at(0));
    QCOMPARE(events.at(2).text, texts.at(2));
    const QList<RemediationItem> items = RemediationRepository(other->get()).forReview(reviewId).valueOr({});
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().text, u"Alert on index size before it fills the disk"_s);
}

void TestKeyboard::noMnemonicIsTwoThings_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("architecture") << int(ReviewKind::Architecture);
    QTest::newRow("operability") << int(ReviewKind::Operability);
    QTest::newRow("postmortem") << int(ReviewKind::Postmortem);
}

// On every page of every kind of review, each Alt+letter leads to one place: two things on one letter
// make the keyboard user press it twice and guess.
void TestKeyboard::noMnemonicIsTwoThings()
{
    QFETCH(int, kind);
    QTemporaryDir dir;
    MainWindow window;
    ReviewPage *page = openDemoReview(&window, dir.filePath(u"demo.inflection"_s), ReviewKind(kind));
    QVERIFY(page);
    QStringList clashes;
    // Each tab of the review's own pages in turn (the outermost tab widget is the window's).
    QList<QTabWidget *> inner = page->content()->findChildren<QTabWidget *>();
    if (inner.isEmpty())
        inner.append(nullptr);
    for (QTabWidget *tabs : std::as_const(inner)) {
        for (int t = 0; t < (tabs ? tabs->count() : 1); ++t) {
            if (tabs) {
                if (!tabs->isVisible())
                    continue;
                tabs->setCurrentIndex(t);
            }
            QCoreApplication::processEvents();
            const QMultiMap<QChar, QString> found = TestSupport::mnemonics(&window);
            for (const QChar key : found.uniqueKeys()) {
                const QStringList what = found.values(key);
                if (what.size() > 1)
                    clashes += u"Alt+%1 on “%2”: %3"_s.arg(
                        key, tabs ? tabs->tabText(t) : QString(), what.join(u" | "_s));
            }
        }
    }
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(u"\n"_s + clashes.join(u'\n')));
}

void TestKeyboard::everyFieldHasAName_data()
{
    noMnemonicIsTwoThings_data();
}

// A screen reader says what each field is: every widget the Tab key reaches, on every tab of every kind
// of review, has an accessible name (its label's text, or one of its own).
void TestKeyboard::everyFieldHasAName()
{
    QFETCH(int, kind);
    QTemporaryDir dir;
    MainWindow window;
    ReviewPage *page = openDemoReview(&window, dir.filePath(u"demo.inflection"_s), ReviewKind(kind));
    QVERIFY(page);
    QStringList unnamed;
    QTabWidget *tabs = page->content()->findChild<QTabWidget *>();
    for (int t = 0; t < (tabs ? tabs->count() : 1); ++t) {
        if (tabs)
            tabs->setCurrentIndex(t);
        QCoreApplication::processEvents();
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
                || qobject_cast<QTabBar *>(w) || qobject_cast<QAbstractButton *>(w)
                || qobject_cast<QTabWidget *>(w) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // tab bars and buttons speak their own text; a date field's inner line is the field
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
            if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
                unnamed += u"%1 on “%2” (%3)"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                    tabs ? tabs->tabText(t) : QString(), w->objectName());
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
