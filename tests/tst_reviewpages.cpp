// The pages of open reviews as a person uses them: the postmortem's Severity box (the workspace's
// levels, the stored one shown, a choice stored and undone), and the language switched while reviews are
// open (the pages are made again; every review's undo history stays, and so does the proposal's text);
// a tech radar imported in Edit ▸ Preferences ▸ Known Technologies marks the proposal's departures.
#include "architecture/architecturedocument.h"
#include "architecture/departuremodel.h"
#include "architecture/proposalmodel.h"
#include "architectureview.h"
#include "io/demoworkspace.h"
#include "language.h"
#include "mainwindow.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "preferencesdialog.h"
#include "reviewpage.h"
#include "rowlisteditor.h"
#include "store/incidentrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestReviewPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void severityBoxOffersTheWorkspacesLevels();
    void severityBoxFollowsTheWorkspacesSettings();
    void languageSwitchKeepsUndoHistories();
    void languageSwitchKeepsTheReviewsTab();
    void supersedingShowsInTheStatusAndOffersNewReviews();
    void overdueItemsAreCountedWhenThePageOpens();
    void onlyNewTechnologyCanBeMarkedKnown();
    void importedRadarMarksTheDepartures();

private:
    QString uuidOf(ReviewKind kind) const;
    // Chooses item index of box with the keyboard, as a person does: open the list, move, Enter.
    static void choose(QComboBox *box, int index);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestReviewPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestReviewPages::init()
{
    Language::apply(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"pages.inflection"_s);
    {
        Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_path);
        QVERIFY2(workspace, qPrintable(workspace.message()));
        QVERIFY(DemoWorkspace::populate(workspace->get()));
    }
    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(m_path);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(m_window->session()->reviews()->reload());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReviewPages::cleanup()
{
    m_window.reset();
    m_dir.reset();
    Language::apply(u"en"_s);
}

QString TestReviewPages::uuidOf(ReviewKind kind) const
{
    ReviewListModel *reviews = m_window->session()->reviews();
    for (int row = 0; row < reviews->rowCount(); ++row) {
        if (reviews->reviewAt(row).kind == kind)
            return reviews->reviewAt(row).uuid;
    }
    return {};
}

void TestReviewPages::choose(QComboBox *box, int index)
{
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_Space); // opens the list
    QAbstractItemView *list = box->view();
    QTRY_VERIFY(list->isVisible());
    const int steps = index - box->currentIndex();
    for (int i = 0; i < std::abs(steps); ++i)
        QTest::keyClick(list, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
}

void TestReviewPages::severityBoxOffersTheWorkspacesLevels()
{
    ReviewPage *page = m_window->openReview(uuidOf(ReviewKind::Postmortem));
    QVERIFY(page);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    QComboBox *severity = view->severityBox();
    view->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(severity->isVisible());

    // "Not set", then the workspace's four levels; the demo's stored level is shown.
    QCOMPARE(severity->count(), 5);
    QCOMPARE(severity->itemText(0), u"Not set"_s);
    QCOMPARE(severity->itemText(1), u"SEV 1"_s);
    QCOMPARE(severity->itemText(4), u"SEV 4"_s);
    QCOMPARE(severity->currentText(), u"SEV 2"_s);
    QVERIFY(severity->toolTip().contains(u"degraded"_s)); // the level's description

    // A choice, made with the keyboard, is stored, and is one undo step.
    PostmortemDocument *document = view->postmortem();
    choose(severity, 1);
    QCOMPARE(severity->currentText(), u"SEV 1"_s);
    QCOMPARE(document->incident()->facts().severity, u"sev1"_s);
    Workspace *workspace = m_window->session()->workspace();
    QCOMPARE(IncidentRepository(workspace).ofReview(document->reviewId())->severity, u"sev1"_s);
    QVERIFY(m_window->undoGroup()->canUndo());
    m_window->undoGroup()->undo();
    QCOMPARE(severity->currentText(), u"SEV 2"_s);
    QCOMPARE(IncidentRepository(workspace).ofReview(document->reviewId())->severity, u"sev2"_s);

    // "Not set" clears it.
    choose(severity, 0);
    QCOMPARE(IncidentRepository(workspace).ofReview(document->reviewId())->severity, QString());
}

void TestReviewPages::severityBoxFollowsTheWorkspacesSettings()
{
    ReviewPage *page = m_window->openReview(uuidOf(ReviewKind::Postmortem));
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    // Levels of the workspace's own, set in Preferences: the box offers them at once. The stored key
    // the workspace no longer lists stays shown, not lost.
    Result<WorkspaceConfig> config = m_window->session()->config();
    QVERIFY(config);
    config->severityLevels
        = {{u"minor"_s, u"Minor"_s, u"Hardly noticed"_s}, {u"major"_s, u"Major"_s, u"Customers noticed"_s}};
    const Result<> set = m_window->session()->setConfig(*config);
    QVERIFY2(set, qPrintable(set.message()));
    QComboBox *severity = view->severityBox();
    QStringList offered;
    for (int i = 0; i < severity->count(); ++i)
        offered += severity->itemText(i);
    QCOMPARE(offered, (QStringList {u"Not set"_s, u"Minor"_s, u"Major"_s, u"sev2"_s}));
    QCOMPARE(severity->currentText(), u"sev2"_s);
}

void TestReviewPages::languageSwitchKeepsUndoHistories()
{
    ReviewPage *postmortemPage = m_window->openReview(uuidOf(ReviewKind::Postmortem));
    auto *postmortem = qobject_cast<PostmortemView *>(postmortemPage->content());
    QVERIFY(postmortem);
    // An edit in the postmortem: a new event, typed.
    postmortem->tabs()->setCurrentIndex(1);
    TimelineModel *timeline = postmortem->postmortem()->timeline();
    const int events = timeline->rowCount();
    postmortem->timelineView()->setFocus();
    postmortem->timelineView()->setCurrentIndex(timeline->index(0, TimelineModel::TextColumn));
    QTest::keyClick(postmortem->timelineView(), Qt::Key_Return);
    QTRY_COMPARE(timeline->rowCount(), events + 1);

    // And in the architecture review: typing in the proposal, and a decision.
    ReviewPage *architecturePage = m_window->openReview(uuidOf(ReviewKind::Architecture));
    auto *architecture = qobject_cast<ArchitectureView *>(architecturePage->content());
    QVERIFY(architecture);
    architecture->tabs()->setCurrentIndex(0);
    QPlainTextEdit *editor = architecture->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"Typed before the switch."_s);
    ArchitectureDocument *architectureDocument = architecture->architecture();
    QVERIFY(architectureDocument->proposal()->setField(ProposalField::Decision, u"rethink"_s));

    ReviewDocument *postmortemDocument = postmortem->document();
    QUndoStack *postmortemStack = postmortemDocument->undoStack();
    QUndoStack *architectureStack = architectureDocument->undoStack();
    const int postmortemSteps = postmortemStack->count();
    const int architectureSteps = architectureStack->count();
    QVERIFY(postmortemSteps >= 1);
    QVERIFY(architectureSteps >= 1);

    Language::apply(u"de"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), u"&Datei"_s);
    // New pages, in German, on the same documents.
    QTRY_VERIFY(m_window->page(postmortemDocument->uuid()) != postmortemPage);
    ReviewPage *again = m_window->page(architectureDocument->uuid());
    QVERIFY(again && again != architecturePage);
    auto *architectureAgain = qobject_cast<ArchitectureView *>(again->content());
    QCOMPARE(architectureAgain->architecture(), architectureDocument);
    QCOMPARE(architectureAgain->tabs()->tabText(0), u"&Vorschlag"_s);
    // The histories are all there.
    QCOMPARE(postmortemStack->count(), postmortemSteps);
    QCOMPARE(architectureStack->count(), architectureSteps);
    QVERIFY(architectureAgain->editor()->toPlainText().endsWith(u"Typed before the switch."_s));
    QVERIFY(architectureAgain->editor()->document()->isUndoAvailable());

    // Undo on the window undoes the current review's last edit.
    m_window->undoGroup()->setActiveStack(architectureStack);
    m_window->undoGroup()->undo();
    QCOMPARE(architectureDocument->proposal()->proposal().decision, ProposalDecision::Proceed);
    m_window->undoGroup()->setActiveStack(postmortemStack);
    while (postmortemStack->canUndo())
        m_window->undoGroup()->undo();
    QCOMPARE(timeline->rowCount(), events);
    // The text's own undo takes the typing back.
    architectureAgain->editor()->undo();
    QVERIFY(!architectureAgain->editor()->toPlainText().endsWith(u"Typed before the switch."_s));
}

void TestReviewPages::languageSwitchKeepsTheReviewsTab()
{
    QVERIFY(m_window->openReview(uuidOf(ReviewKind::Postmortem)));
    QVERIFY(m_window->openReview(uuidOf(ReviewKind::Architecture)));
    QCOMPARE(m_window->currentReviewUuid(), uuidOf(ReviewKind::Architecture));
    // Back to the list of reviews, as a person does: a click on its tab.
    QTabBar *bar = m_window->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    QVERIFY(m_window->currentReviewUuid().isEmpty());
    Language::apply(u"ru"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), u"&Файл"_s);
    QVERIFY2(m_window->currentReviewUuid().isEmpty(), "the list of reviews is no longer shown");
    QVERIFY(m_window->page(uuidOf(ReviewKind::Postmortem)));
    QVERIFY(m_window->page(uuidOf(ReviewKind::Architecture)));
}

void TestReviewPages::supersedingShowsInTheStatusAndOffersNewReviews()
{
    const QString old = uuidOf(ReviewKind::Postmortem);
    ReviewPage *page = m_window->openReview(old);
    QVERIFY(page);
    QComboBox *supersededBy = page->supersededByBox();
    // "Not superseded" and the 15 other postmortems of the demo (its year).
    QCOMPARE(supersededBy->count(), 16);
    // A new postmortem made meanwhile is offered at once.
    const Result<QString> newer
        = m_window->session()->createReview(ReviewKind::Postmortem, u"Both outages of March"_s);
    QVERIFY2(newer, qPrintable(newer.message()));
    QTRY_COMPARE(supersededBy->count(), 17);
    QCOMPARE(supersededBy->itemText(16), u"Both outages of March"_s);
    QVERIFY(m_window->openReview(old) == page);
    const QString statusBefore = page->statusBox()->currentText();
    choose(supersededBy, 16);
    QTRY_COMPARE(page->statusBox()->currentText(), u"Superseded"_s);
    QCOMPARE(m_window->session()->reviews()->reviewByUuid(old)->supersededBy, *newer);
    // One undo step takes both back.
    page->undoStack()->undo();
    QCOMPARE(page->statusBox()->currentText(), statusBefore);
    QCOMPARE(supersededBy->currentIndex(), 0);
}

void TestReviewPages::overdueItemsAreCountedWhenThePageOpens()
{
    // The document is read before its page is made: the count must not wait for the next change.
    ReviewPage *page = m_window->openReview(uuidOf(ReviewKind::Postmortem));
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    const int overdue = view->postmortem()->remediation()->overdueCount();
    QVERIFY(overdue > 0);
    QVERIFY2(view->overdueLabel()->text().contains(QString::number(overdue)),
        qPrintable(view->overdueLabel()->text()));
}

void TestReviewPages::onlyNewTechnologyCanBeMarkedKnown()
{
    ReviewPage *page = m_window->openReview(uuidOf(ReviewKind::Architecture));
    auto *view = qobject_cast<ArchitectureView *>(page->content());
    QVERIFY(view);
    view->tabs()->setCurrentIndex(1);
    QTableView *table = view->departuresView();
    DepartureModel *departures = view->architecture()->departures();
    int fresh = -1;
    for (int row = 0; row < departures->rowCount() && fresh < 0; ++row) {
        if (departures->isNewTechnology(departures->recordAt(row)))
            fresh = row;
    }
    QVERIFY(fresh >= 0);
    QVERIFY(!view->markKnownAction()->isEnabled()); // nothing chosen yet
    table->setFocus();
    table->setCurrentIndex(departures->index(fresh, DepartureModel::NameColumn));
    QVERIFY(view->markKnownAction()->isEnabled());
    view->markKnownAction()->trigger();
    QVERIFY(!departures->isNewTechnology(departures->recordAt(fresh)));
    QVERIFY2(!view->markKnownAction()->isEnabled(), "a known technology can be marked known again");
    view->architecture()->undoStack()->undo();
    QVERIFY(departures->isNewTechnology(departures->recordAt(fresh)));
    QVERIFY(view->markKnownAction()->isEnabled());
}

// Edit ▸ Preferences…, the Known Technologies tab, Import Radar…, a file chosen in the file dialog, what
// it adds and changes shown and taken, OK: the open review's departures list shows RabbitMQ on hold.
void TestReviewPages::importedRadarMarksTheDepartures()
{
    const QString radar = m_dir->filePath(u"radar.csv"_s);
    {
        QFile file(radar);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // "Rabbit MQ" as the radar spells it; the demo's departure is "RabbitMQ". Line 4 is not a ring.
        file.write("name,ring,quadrant,isNew,description\r\n"
                   "Rabbit MQ,HOLD,Platforms,TRUE,\"Queues, for now: use the hosted one\"\r\n"
                   "PostgreSQL (Postgres),Adopt,Platforms,FALSE,Relational data\r\n"
                   "Cobol,Someday,Languages,FALSE,\r\n");
    }
    ReviewPage *page = m_window->openReview(uuidOf(ReviewKind::Architecture));
    auto *view = qobject_cast<ArchitectureView *>(page->content());
    QVERIFY(view);
    QTabBar *reviewTabs = view->tabs()->tabBar();
    QTest::mouseClick(reviewTabs, Qt::LeftButton, {}, reviewTabs->tabRect(1).center());
    QTableView *table = view->departuresView();
    QTRY_VERIFY(table->isVisible());
    const auto radarOf = [table](const QString &name) {
        QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DepartureModel::NameColumn).data(Qt::EditRole).toString() == name)
                return model->index(row, DepartureModel::RadarColumn).data().toString();
        }
        return u"(no such departure)"_s;
    };
    QCOMPARE(radarOf(u"RabbitMQ"_s), u"new"_s);
    // The radar's column stands right after the name.
    QCOMPARE(
        table->horizontalHeader()->visualIndex(DepartureModel::RadarColumn), DepartureModel::NameColumn + 1);

    QString asked;
    bool taken = false;
    bool sawImported = false;
    // 1. The preferences: the Known Technologies tab clicked, then Import Radar… (clicked after this
    // step, as the file dialog it opens waits for its answer).
    TestSupport::whileModal([](QWidget *modal) {
        auto *dialog = qobject_cast<PreferencesDialog *>(modal);
        if (!dialog)
            return false;
        QTabBar *bar = dialog->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
        QTimer::singleShot(
            0, dialog, [dialog] { QTest::mouseClick(dialog->importRadarButton(), Qt::LeftButton); });
        return true;
    });
    // 2. The file dialog: the radar's path typed, Enter.
    TestSupport::whileModal([radar](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        if (!name)
            return false;
        name->setText(radar);
        QTest::keyClick(name, Qt::Key_Return);
        return true;
    });
    // 3. What it adds and changes, and the line it could not read: Import.
    TestSupport::whileModal([&asked, &taken](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"&Import"_s) {
                QTest::mouseClick(button, Qt::LeftButton);
                taken = true;
            }
        }
        return true;
    });
    // 4. Back in the preferences, the technologies on the page: OK.
    TestSupport::whileModal([&taken, &sawImported](QWidget *modal) {
        auto *dialog = qobject_cast<PreferencesDialog *>(modal);
        if (!dialog || !taken)
            return false;
        QTableWidget *known = dialog->knownTechnologyEditor()->table();
        if (known->findItems(u"Rabbit MQ"_s, Qt::MatchExactly).isEmpty())
            return false; // the message box is still closing
        sawImported = true;
        if (const QString keep = qEnvironmentVariable("INFLECTION_KEEP_REPORT"); !keep.isEmpty())
            dialog->grab().save(QDir(keep).filePath(u"radar-preferences.png"_s));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return true;
    });
    QAction *preferences = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == u"&Edit"_s) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == u"&Preferences…"_s)
                    preferences = action;
            }
        }
    }
    QVERIFY(preferences);
    preferences->trigger(); // returns when the dialog is closed

    QVERIFY2(asked.contains(u"adds 2 technologies: Rabbit MQ, PostgreSQL"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"Line 4: the ring “Someday”"_s), qPrintable(asked));
    QVERIFY(taken);
    QVERIFY(sawImported);
    QCOMPARE(radarOf(u"RabbitMQ"_s), u"on hold"_s);
    QCOMPARE(radarOf(u"Solr"_s), u"Adopt"_s);
    QVERIFY2(view->departureLabel()->text().contains(u"On hold on the radar: 1"_s),
        qPrintable(view->departureLabel()->text()));
    // Two sentences, each with its full stop.
    QVERIFY2(
        QRegularExpression(
            u"^(New technology in this proposal: \\d+|No new technology)\\. On hold on the radar: 1\\.$"_s)
            .match(view->departureLabel()->text())
            .hasMatch(),
        qPrintable(view->departureLabel()->text()));
    // The workspace browser's row of the review says so too.
    ReviewListModel *reviews = m_window->session()->reviews();
    const QModelIndex title
        = reviews->index(reviews->rowOfUuid(uuidOf(ReviewKind::Architecture)), ReviewListModel::TitleColumn);
    QCOMPARE(title.data(ReviewListModel::OnHoldTechnologyRole).toInt(), 1);
    if (const QString keep = qEnvironmentVariable("INFLECTION_KEEP_REPORT"); !keep.isEmpty())
        view->grab().save(QDir(keep).filePath(u"radar-departures.png"_s));
}

QTEST_MAIN(TestReviewPages)
#include "tst_reviewpages.moc"
