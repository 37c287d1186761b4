// The main window on the offscreen platform: open, create (only when asked), edit with undo, read-only,
// live refresh.
#include "heatmapwidget.h"
#include "insightspage.h"
#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "operabilityview.h"
#include "reviewpage.h"
#include "reviewview.h"
#include "store/changewatcher.h"
#include "store/contingencyrepository.h"
#include "store/remediationrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewfilterproxymodel.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"
#include "workspacebrowser.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsWorkspaceReviews();
    void createsReviewFromMenu();
    void editsThroughUndoGroup();
    void remoteEditShowsWithoutLosingLocalEdit();
    void readOnlyWorkspaceShowsBanner();
    void failedOpenKeepsCurrentWorkspace();
    void windowWithoutWorkspaceSaysSo();
    void missingWorkspaceIsCreatedOnlyWhenAsked_data();
    void missingWorkspaceIsCreatedOnlyWhenAsked();
    void damagedWorkspaceTurnsReadOnly();
    void searchFiltersBrowser();
    void remembersRecentWorkspaces();
    void largeWorkspaceLoadsOnDemand();
    void searchReachesReviewsNotYetLoaded();
    void operabilityPageFollowsOtherInstances();
    void browserFlagsOverdueRemediation();
    void exportsTheCurrentReview();
    void openReviewsComeBack();
    void insightsComesBack();

private:
    QAction *findAction(const QString &text) const;
    // The open workspace's reviews, as the browser lists them.
    ReviewListModel *reviews() const { return m_window->session()->reviews(); }
    // Another connection to the workspace at path: what another app instance writes or finds.
    static std::unique_ptr<Workspace> openOther(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = TestSupport::makeWorkspace(m_dir->filePath(u"team.inflection"_s), 3);
    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(m_path);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(m_window->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

std::unique_ptr<Workspace> TestMainWindow::openOther(const QString &path)
{
    auto other = Workspace::open(path);
    if (!other)
        qWarning("cannot open the workspace: %s", qPrintable(other.message()));
    return std::move(other).take().value_or(nullptr);
}

void TestMainWindow::exportsTheCurrentReview()
{
    const QString demo = m_dir->filePath(u"demo.inflection"_s);
    {
        auto ws = openOther(demo);
        QVERIFY(ws);
        const Result<> populated = DemoWorkspace::populate(ws.get());
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    const Result<> opened = m_window->openWorkspace(demo);
    QVERIFY2(opened, qPrintable(opened.message()));
    QString uuid;
    for (int row = 0; row < reviews()->rowCount(); ++row) {
        const Review &r = reviews()->reviewAt(row);
        if (r.kind == ReviewKind::Postmortem && uuid.isEmpty())
            uuid = r.uuid; // the worked example
    }
    QVERIFY(!uuid.isEmpty());
    // On the browser there is nothing to print or export; on a review there is.
    QVERIFY(!m_window->printAction()->isEnabled());
    QVERIFY(m_window->openReview(uuid));
    QCOMPARE(m_window->currentReviewUuid(), uuid);
    QVERIFY(m_window->printAction()->isEnabled());
    for (QAction *action : m_window->exportActions())
        QVERIFY(action->isEnabled());

    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    const QString pdf = m_dir->filePath(u"summary.pdf"_s);
    m_window->exportReview(uuid, u"pdf"_s, pdf); // off the GUI thread
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    for (const QString &format : {u"markdown"_s, u"json"_s}) {
        const QString path = m_dir->filePath(u"summary."_s + format);
        m_window->exportReview(uuid, format, path);
        QVERIFY(QFileInfo(path).size() > 100);
    }
}

QAction *TestMainWindow::findAction(const QString &text) const
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

void TestMainWindow::showsWorkspaceReviews()
{
    QCOMPARE(m_window->browser()->view()->model()->rowCount(), 3);
    QVERIFY(m_window->windowTitle().contains(u"team.inflection"_s));
    QVERIFY(m_window->statusText().contains(u"Local"_s));
    QVERIFY(m_window->statusText().contains(u"WAL"_s));
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
    m_window->waitForVerification();
    QVERIFY(!m_window->session()->workspace()->isReadOnly());
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
}

void TestMainWindow::createsReviewFromMenu()
{
    QAction *action = findAction(u"New Postmortem"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(reviews()->rowCount(), 4);
    const Review &created = reviews()->reviewAt(3);
    QCOMPARE(created.kind, ReviewKind::Postmortem);
    ReviewPage *page = m_window->page(created.uuid);
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QCOMPARE(m_window->undoGroup()->activeStack(), page->undoStack());
    // The postmortem page offers the postmortem's statuses.
    QCOMPARE(page->statusBox()->count(), reviewStatusesFor(ReviewKind::Postmortem).size());
}

void TestMainWindow::editsThroughUndoGroup()
{
    const QString uuid = reviews()->reviewAt(0).uuid;
    const QString original = reviews()->reviewAt(0).title;
    ReviewPage *page = m_window->openReview(uuid);
    QVERIFY(page);
    QLineEdit *title = page->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Search indexing through a queue"_s);
    QTest::keyClick(title, Qt::Key_Return);

    auto other = openOther(m_path);
    QVERIFY(other);
    ReviewRepository repository(other.get());
    QCOMPARE(repository.find(uuid)->title, u"Search indexing through a queue"_s);

    QAction *undo = findAction(u"Undo Change title"_s);
    QVERIFY2(undo, "Edit ▸ Undo names the step");
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(repository.find(uuid)->title, original);
    QCOMPARE(title->text(), original);
    m_window->undoGroup()->redo();
    QCOMPARE(repository.find(uuid)->title, u"Search indexing through a queue"_s);
    QCOMPARE(title->text(), u"Search indexing through a queue"_s);
}

void TestMainWindow::remoteEditShowsWithoutLosingLocalEdit()
{
    const QString uuid = reviews()->reviewAt(1).uuid;
    ReviewPage *page = m_window->openReview(uuid);
    QVERIFY(page);
    // The user is typing a system name, not finished yet.
    page->systemEdit()->setFocus();
    QTest::keyClicks(page->systemEdit(), u"checko"_s);

    auto other = openOther(m_path);
    QVERIFY(other);
    other->setAuthor(u"Marcus"_s);
    ReviewRepository repository(other.get());
    const Result<Review> saved
        = repository.updateField(*repository.find(uuid), ReviewField::Owner, u"Marcus Webb"_s);
    QVERIFY2(saved, qPrintable(saved.message()));
    QVERIFY(m_window->session()->changeWatcher()->checkNow());

    QCOMPARE(page->ownerEdit()->text(), u"Marcus Webb"_s);
    QCOMPARE(page->systemEdit()->text(), u"checko"_s);
    QTest::keyClicks(page->systemEdit(), u"ut"_s);
    QTest::keyClick(page->systemEdit(), Qt::Key_Tab);
    const Review stored = *repository.find(uuid);
    QCOMPARE(stored.system, u"checkout"_s);
    QCOMPARE(stored.owner, u"Marcus Webb"_s);
    QVERIFY(!m_window->noticeBanner()->isVisible());
}

void TestMainWindow::readOnlyWorkspaceShowsBanner()
{
    const QString copy = m_dir->filePath(u"readonly.inflection"_s);
    TestSupport::makeWorkspace(copy, 2);
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = TestSupport::sha256(copy);
    const Result<> opened = m_window->openWorkspace(copy);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    QVERIFY(m_window->readOnlyBanner()->text().contains(u"read-only"_s));
    QVERIFY(m_window->statusText().contains(u"read-only"_s));
    QAction *create = findAction(u"New Architecture Review"_s);
    QVERIFY(create);
    QVERIFY(!create->isEnabled());
    ReviewPage *page = m_window->openReview(reviews()->reviewAt(0).uuid);
    QVERIFY(page);
    QVERIFY(page->titleEdit()->isReadOnly());
    m_window.reset();
    QCOMPARE(TestSupport::sha256(copy), before);
}

void TestMainWindow::failedOpenKeepsCurrentWorkspace()
{
    const QString junk = m_dir->filePath(u"junk.inflection"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a workspace");
    f.close();
    const Result<> opened = m_window->openWorkspace(junk);
    QVERIFY(!opened);
    QVERIFY2(opened.message().contains(u"not an SQLite database"_s), qPrintable(opened.message()));
    QCOMPARE(m_window->session()->workspace()->path(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(reviews()->rowCount(), 3);
}

void TestMainWindow::missingWorkspaceIsCreatedOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("create");
    QTest::newRow("No: nothing is created, the default workspace opens") << false;
    QTest::newRow("Yes: the workspace is created and open") << true;
}

// Started on a path where there is no workspace (a typing mistake, say), the window asks before it
// creates one there.
void TestMainWindow::missingWorkspaceIsCreatedOnlyWhenAsked()
{
    QFETCH(bool, create);
    const QString missing = m_dir->filePath(u"tema.inflection"_s);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    MainWindow window;
    QString question;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            answer.stop();
            question = box->text();
            QTest::mouseClick(box->button(create ? QMessageBox::Yes : QMessageBox::No), Qt::LeftButton);
            return;
        }
    });
    answer.start();
    window.openGivenWorkspace(missing, m_path);
    QVERIFY2(!answer.isActive(), "no question was asked");
    QVERIFY2(question.contains(QDir::toNativeSeparators(missing)), qPrintable(question));
    QVERIFY(window.session());

    if (!create) {
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before); // no file, no -wal
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(window.session()->path(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(window.session()->reviews()->rowCount(), 3);
        QVERIFY(!window.noticeBanner()->isHidden());
        QVERIFY2(window.noticeBanner()->text().contains(u"Nothing was created"_s)
                && window.noticeBanner()->text().contains(QDir::toNativeSeparators(missing)),
            qPrintable(window.noticeBanner()->text()));
    } else {
        QVERIFY(QFileInfo::exists(missing));
        QCOMPARE(window.session()->path(), QFileInfo(missing).absoluteFilePath());
        QCOMPARE(window.session()->reviews()->rowCount(), 0);
        QVERIFY(!window.session()->isReadOnly());
        QVERIFY(window.noticeBanner()->isHidden());
    }
    window.waitForVerification();

    // A workspace that is there opens without a question.
    MainWindow again;
    answer.start();
    again.openGivenWorkspace(m_path, missing);
    QVERIFY(answer.isActive());
    answer.stop();
    QCOMPARE(again.session()->path(), QFileInfo(m_path).absoluteFilePath());
    again.waitForVerification();
}

// A window with nothing open (a server that asked for a password and was not given one, say) says that no
// workspace is open: its list is not an empty workspace's "No reviews yet".
void TestMainWindow::windowWithoutWorkspaceSaysSo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.session());
    QLabel *placeholder = window.browser()->placeholder();
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().startsWith(u"No workspace is open."_s), qPrintable(placeholder->text()));
    QVERIFY2(placeholder->text().contains(u"Connect to Team Server"_s), qPrintable(placeholder->text()));
    QCOMPARE(window.statusText(), u"No workspace open"_s);
    QVERIFY(!window.browser()->clearFiltersButton()->isVisible());

    // An empty workspace opened: now the list is empty because the workspace is.
    QVERIFY(window.openWorkspace(m_dir->filePath(u"empty.inflection"_s)));
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().startsWith(u"No reviews yet."_s), qPrintable(placeholder->text()));
    window.waitForVerification();
}

void TestMainWindow::damagedWorkspaceTurnsReadOnly()
{
    const QString damaged = TestSupport::makeWorkspace(m_dir->filePath(u"damaged.inflection"_s), 200);
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096 * 3));
        f.write(QByteArray(4096 * 2, '\x42'));
    }
    const QByteArray before = TestSupport::sha256(damaged);
    if (const Result<> opened = m_window->openWorkspace(damaged); !opened) {
        // found while opening: equally fine
        QVERIFY2(opened.message().contains(u"damaged"_s), qPrintable(opened.message()));
        return;
    }
    m_window->waitForVerification();
    QVERIFY(m_window->session()->workspace()->isReadOnly());
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    QVERIFY2(m_window->readOnlyBanner()->text().contains(u"damaged"_s),
        qPrintable(m_window->readOnlyBanner()->text()));
    QAction *create = findAction(u"New Operability Review"_s);
    QVERIFY(!create->isEnabled());
    m_window.reset();
    QCOMPARE(TestSupport::sha256(damaged), before);
}

void TestMainWindow::searchFiltersBrowser()
{
    WorkspaceBrowser *browser = m_window->browser();
    QTest::keyClicks(browser->searchField(), u"review 2"_s);
    QTRY_COMPARE(browser->view()->model()->rowCount(), 1);
    browser->searchField()->clear();
    QTRY_COMPARE(browser->view()->model()->rowCount(), 3);
    browser->kindFilter()->setCurrentIndex(browser->kindFilter()->findData(int(ReviewKind::Operability)));
    QCOMPARE(browser->view()->model()->rowCount(), 1);
}

void TestMainWindow::remembersRecentWorkspaces()
{
    const QString second = TestSupport::makeWorkspace(m_dir->filePath(u"second.inflection"_s), 1);
    const Result<> opened = m_window->openWorkspace(second);
    QVERIFY2(opened, qPrintable(opened.message()));
    const QStringList recent = MainWindow::recentWorkspaces();
    QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
    QCOMPARE(recent.value(1), QFileInfo(m_path).absoluteFilePath());
}

void TestMainWindow::largeWorkspaceLoadsOnDemand()
{
    const QString large = TestSupport::makeWorkspace(m_dir->filePath(u"large.inflection"_s), 150);
    const Result<> opened = m_window->openWorkspace(large);
    QVERIFY2(opened, qPrintable(opened.message()));
    ReviewListModel *model = reviews();
    QTableView *view = m_window->browser()->view();
    // A screenful first, most recently changed on top.
    QVERIFY(model->rowCount() < 150);
    QVERIFY(!model->isComplete());
    QCOMPARE(view->model()->index(0, ReviewListModel::TitleColumn).data().toString(), u"Review 150"_s);
    // Sorting by another column needs them all, and gets them.
    view->sortByColumn(ReviewListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->rowCount(), 150);
    QCOMPARE(view->model()->index(0, ReviewListModel::TitleColumn).data().toString(), u"Review 1"_s);
}

void TestMainWindow::searchReachesReviewsNotYetLoaded()
{
    const QString large = TestSupport::makeWorkspace(m_dir->filePath(u"large.inflection"_s), 150);
    const Result<> opened = m_window->openWorkspace(large);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(!reviews()->isComplete());
    // Reviews 2 and 20 to 29 were changed long ago: not in the first screenful. Words match as
    // prefixes, so "2" finds all eleven.
    QTest::keyClicks(m_window->browser()->searchField(), u"review 2"_s);
    QTRY_COMPARE(m_window->browser()->view()->model()->rowCount(), 11);
    m_window->browser()->kindFilter()->setCurrentIndex(0);
    m_window->browser()->searchField()->clear();
    QTRY_COMPARE(m_window->browser()->view()->model()->rowCount(), 150);
}

void TestMainWindow::operabilityPageFollowsOtherInstances()
{
    QString uuid;
    for (int row = 0; row < reviews()->rowCount(); ++row) {
        if (reviews()->reviewAt(row).kind == ReviewKind::Operability)
            uuid = reviews()->reviewAt(row).uuid;
    }
    ReviewPage *page = m_window->openReview(uuid);
    QVERIFY(page);
    auto *view = qobject_cast<OperabilityView *>(page->content());
    QVERIFY2(view, "an operability review opens with its own page content");
    QCOMPARE(view->operability()->contingencies()->rowCount(), 0);
    // Another instance adds a contingency to this review.
    auto other = openOther(m_path);
    QVERIFY(other);
    ContingencyItem item;
    item.reviewId = reviews()->reviewByUuid(uuid)->id;
    item.issue = u"Search cluster down"_s;
    item.likelihood = 4;
    item.impact = 5;
    item.position = u"V"_s;
    const Result<ContingencyItem> inserted = ContingencyRepository(other.get()).insert(item);
    QVERIFY2(inserted, qPrintable(inserted.message()));
    QVERIFY(m_window->session()->changeWatcher()->checkNow());
    QCOMPARE(view->operability()->contingencies()->rowCount(), 1);
    QCOMPARE(view->heatmap()->count(4, 5), 1);
    // And edits there are undone with Edit ▸ Undo of the window.
    QVERIFY(view->operability()->contingencies()->setData(
        view->operability()->contingencies()->index(0, ContingencyModel::ImpactColumn), 2));
    QCOMPARE(m_window->undoGroup()->activeStack(), page->undoStack());
    m_window->undoGroup()->undo();
    QCOMPARE(
        ContingencyRepository(other.get()).find(view->operability()->contingencies()->itemAt(0).uuid)->impact,
        5);
}

void TestMainWindow::browserFlagsOverdueRemediation()
{
    const Review *postmortem = nullptr;
    for (int row = 0; row < reviews()->rowCount(); ++row) {
        if (reviews()->reviewAt(row).kind == ReviewKind::Postmortem)
            postmortem = &reviews()->reviewAt(row);
    }
    QVERIFY(postmortem);
    const QModelIndex title
        = reviews()->index(reviews()->rowOfUuid(postmortem->uuid), ReviewListModel::TitleColumn);
    QCOMPARE(title.data(ReviewListModel::OverdueRole).toInt(), 0);
    // Another instance adds an item that was due last week.
    auto other = openOther(m_path);
    QVERIFY(other);
    RemediationItem item;
    item.reviewId = postmortem->id;
    item.text = u"Alert on controller batteries"_s;
    item.due = QDate::currentDate().addDays(-7);
    item.position = u"V"_s;
    const Result<RemediationItem> inserted = RemediationRepository(other.get()).insert(item);
    QVERIFY2(inserted, qPrintable(inserted.message()));
    QVERIFY(m_window->session()->changeWatcher()->checkNow());
    QCOMPARE(title.data(ReviewListModel::OverdueRole).toInt(), 1);
    QVERIFY(title.data(Qt::ForegroundRole).isValid());
    QVERIFY(title.data(Qt::ToolTipRole).toString().contains(u"overdue"_s));
}

// The Insights page, opened by its shortcut and left in front, is there again in front on the next start;
// closed, it stays closed.
void TestMainWindow::insightsComesBack()
{
    const QString first = reviews()->reviewAt(0).uuid;
    QVERIFY(m_window->openReview(first));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->insights());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->insights());
    m_window->close();
    m_window.reset();

    const auto reopen = [this] {
        m_window = std::make_unique<MainWindow>();
        const Result<> opened = m_window->openWorkspace(m_path);
        QVERIFY2(opened, qPrintable(opened.message()));
        m_window->restoreOpenReviews();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    };
    reopen();
    QVERIFY(m_window->insights());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->insights());
    QVERIFY(m_window->page(first));

    // Shown behind the review, and then closed: it comes back behind, then not at all.
    QTabBar *bar = m_window->tabs()->tabBar();
    QTest::mouseClick(
        bar, Qt::LeftButton, {}, bar->tabRect(m_window->tabs()->indexOf(m_window->page(first))).center());
    m_window->close();
    m_window.reset();
    reopen();
    QVERIFY(m_window->insights());
    QCOMPARE(m_window->currentReviewUuid(), first);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->insights());
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Close)); // File ▸ Close Review
    QCOMPARE(m_window->tabs()->indexOf(m_window->insights()), -1);
    m_window->close();
    m_window.reset();
    reopen();
    QVERIFY(!m_window->insights());
}

// The reviews open when the window closed, each on the tab it showed, and the tab shown, come back on
// the next start on that workspace; a review deleted meanwhile is left out without a word.
void TestMainWindow::openReviewsComeBack()
{
    const QString first = reviews()->reviewAt(0).uuid;
    const QString second = reviews()->reviewAt(1).uuid;
    const QString third = reviews()->reviewAt(2).uuid;
    // Opened from the browser, as a person does.
    for (const QString &uuid : {first, second, third})
        QVERIFY(m_window->openReview(uuid));
    QCOMPARE(m_window->tabs()->count(), 4);
    ReviewPage *firstPage = m_window->page(first);
    QVERIFY(firstPage->content() && firstPage->content()->tabs());
    QTabWidget *inner = firstPage->content()->tabs();
    QTabBar *bar = m_window->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(m_window->tabs()->indexOf(firstPage)).center());
    QCOMPARE(m_window->currentReviewUuid(), first);
    QTest::mouseClick(inner->tabBar(), Qt::LeftButton, {}, inner->tabBar()->tabRect(1).center());
    QCOMPARE(inner->currentIndex(), 1);
    m_window->close();
    m_window.reset();

    // The third is deleted by someone else before the next start.
    {
        auto other = openOther(m_path);
        QVERIFY(other);
        QSqlQuery q(other->database());
        q.prepare(u"DELETE FROM review WHERE uuid = ?"_s);
        q.addBindValue(third);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }

    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(m_path);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_window->restoreOpenReviews();
    m_window->show();
    QCOMPARE(m_window->tabs()->count(), 3); // the browser, the first, the second
    QVERIFY(m_window->page(first));
    QVERIFY(m_window->page(second));
    QVERIFY(!m_window->page(third));
    QVERIFY(
        m_window->tabs()->indexOf(m_window->page(first)) < m_window->tabs()->indexOf(m_window->page(second)));
    QCOMPARE(m_window->currentReviewUuid(), first);
    QCOMPARE(m_window->page(first)->content()->tabs()->currentIndex(), 1);
    QVERIFY(!m_window->noticeBanner()->isVisible()); // silently

    // Another workspace keeps its own: nothing open there.
    const QString elsewhere = TestSupport::makeWorkspace(m_dir->filePath(u"other.inflection"_s), 1);
    MainWindow another;
    QVERIFY(another.openWorkspace(elsewhere));
    another.restoreOpenReviews();
    QCOMPARE(another.tabs()->count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
