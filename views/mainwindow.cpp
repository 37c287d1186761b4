// Main window: menus, workspace lifecycle, review tabs, change watching, undo group.
#include "mainwindow.h"

#include "architectureview.h"
#include "departuremodel.h"
#include "historymodel.h"
#include "io/exportformat.h"
#include "io/reviewexporter.h"
#include "messagebanner.h"
#include "operabilityview.h"
#include "postmortemview.h"
#include "preferencesdialog.h"
#include "presencetracker.h"
#include "remediationmodel.h"
#include "report/reportdocument.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "reviewlistmodel.h"
#include "reviewpage.h"
#include "store/changewatcher.h"
#include "store/departurerepository.h"
#include "store/remediationrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "workspacebrowser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
const auto recentKey = u"workspaces/recent"_s;
const auto publishTargetsKey = u"workspaces/publishTargets"_s;
const auto geometryKey = u"mainWindow/geometry"_s;
const auto stateKey = u"mainWindow/state"_s;
constexpr int maxRecent = 8;
constexpr int activePollMs = 1000;
constexpr int inactivePollMs = 5000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_tabs(new QTabWidget(this))
    , m_browser(new WorkspaceBrowser(this))
    , m_readOnlyBanner(new MessageBanner(false, this))
    , m_noticeBanner(new MessageBanner(true, this))
    , m_storageLabel(new QLabel(this))
{
    setWindowIcon(QIcon(u":/inflection/icons/inflection.svg"_s));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    // With only the browser open a tab bar says nothing; it appears with the first open review.
    m_tabs->tabBar()->setAutoHide(true);
    m_tabs->addTab(m_browser, tr("Reviews"));
    // The browser tab stays.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeReviewTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        auto *page = qobject_cast<ReviewPage *>(m_tabs->widget(index));
        m_undoGroup->setActiveStack(page ? page->undoStack() : nullptr);
    });
    connect(m_browser, &WorkspaceBrowser::openRequested, this, &MainWindow::openReview);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_noticeBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_storageLabel);

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"history"_s);
    m_historyView = new QTableView(m_historyDock);
    m_historyView->setAccessibleName(tr("History of the review"));
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyDock->setWidget(m_historyView);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            showHistoryOfCurrent();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showHistoryOfCurrent);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, [this] {
        // An edit here: the browser's "last change" of the review, and its history.
        if (m_model)
            m_model->refreshReview(currentReviewUuid());
        showHistoryOfCurrent();
    });
    connect(this, &MainWindow::workspaceChangedExternally, this, &MainWindow::showHistoryOfCurrent);

    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateReviewActions);

    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (!m_watcher)
            return;
        m_watcher->setInterval(state == Qt::ApplicationActive ? activePollMs : inactivePollMs);
        if (state == Qt::ApplicationActive)
            m_watcher->checkNow();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1000, 640);
    restoreState(settings.value(stateKey).toByteArray());
    updateWindowState();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const struct
    {
        ReviewKind kind;
        QString text;
        QKeySequence shortcut;
    } kinds[] = {
        {ReviewKind::Architecture, tr("New &Architecture Review"), QKeySequence(tr("Ctrl+Shift+A"))},
        {ReviewKind::Operability, tr("New &Operability Review"), QKeySequence(tr("Ctrl+Shift+O"))},
        {ReviewKind::Postmortem, tr("New &Postmortem"), QKeySequence(tr("Ctrl+Shift+P"))},
    };
    for (const auto &k : kinds) {
        QAction *action = file->addAction(k.text);
        action->setShortcut(k.shortcut);
        action->setData(static_cast<int>(k.kind));
        const ReviewKind kind = k.kind;
        connect(action, &QAction::triggered, this, [this, kind] { createReview(kind); });
        m_newReviewActions.append(action);
    }
    file->addSeparator();
    QAction *newWs = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newWs->setShortcut(QKeySequence::New);
    QAction *openWs = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    openWs->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_publishMenu = file->addMenu(tr("Publish &to Workspace"));
    m_publishMenu->setToolTip(tr("Copy the review with everything in it to another workspace, such as a "
                                 "shared one"));
    m_print = file->addAction(tr("&Print…"), this, [this] { printCurrent(false); });
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview = file->addAction(tr("Print Pre&view…"), this, [this] { printCurrent(true); });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    for (const auto &[format, text] :
        {std::pair {u"pdf"_s, tr("&PDF…")}, std::pair {u"markdown"_s, tr("&Markdown…")},
            std::pair {u"json"_s, tr("&JSON (interchange)…")}}) {
        const QString f = format;
        m_exportActions.append(exportMenu->addAction(text, this, [this, f] { exportCurrent(f); }));
    }
    updateReviewActions();
    file->addSeparator();
    QAction *closeTab = file->addAction(tr("&Close Review"), this, [this] {
        if (m_tabs->currentIndex() > 0)
            closeReviewTab(m_tabs->currentIndex());
    });
    closeTab->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    view->addAction(history);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Inflection"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    rebuildRecentMenu();
    rebuildPublishMenu();
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    Workspace::Problem problem = Workspace::Problem::None;
    Workspace::Options options;
    auto workspace = Workspace::open(path, options, &problem, error);
    if (!workspace)
        return false;

    closeWorkspace();
    m_workspace = std::move(workspace);
    m_repository = std::make_unique<ReviewRepository>(m_workspace.get());
    m_model = new ReviewListModel(m_repository.get(), this);
    m_history = new HistoryModel(m_workspace.get(), this);
    m_presence = new PresenceTracker(m_workspace.get(), this);
    connect(m_presence, &PresenceTracker::changed, this, &MainWindow::updatePresence);
    connect(this, &MainWindow::workspaceChangedExternally, m_presence, &PresenceTracker::refresh);
    m_historyView->setModel(m_history);
    for (const int column : {HistoryModel::WhenColumn, HistoryModel::WhoColumn, HistoryModel::ChangeColumn})
        m_historyView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->resizeSection(HistoryModel::BeforeColumn, 260);
    m_model->setUndoStackProvider([this](const QString &uuid) -> QUndoStack * {
        ReviewPage *page = m_pages.value(uuid);
        return page ? page->undoStack() : nullptr;
    });
    connect(m_model, &ReviewListModel::conflictOccurred, m_noticeBanner, &MessageBanner::showConflict);
    connect(m_model, &ReviewListModel::errorOccurred, this,
        [this](const QString &message) { m_noticeBanner->showMessage(message); });
    // The watcher takes its baseline before the first load, so no change falls in between.
    m_watcher = new ChangeWatcher(m_workspace.get(), this);
    m_watcher->setInterval(
        QGuiApplication::applicationState() == Qt::ApplicationActive ? activePollMs : inactivePollMs);
    connect(m_watcher, &ChangeWatcher::changed, this, &MainWindow::refreshFromStore);
    // A file that turns read-only while open (its permissions, a share): say so before the next edit.
    auto *writableCheck = new QTimer(m_watcher);
    writableCheck->setInterval(activePollMs);
    connect(writableCheck, &QTimer::timeout, this, [this] {
        if (m_workspace && m_workspace->recheckWritable())
            showReadOnly();
    });
    writableCheck->start();
    m_watcher->start();
    QString loadError;
    // A screenful first; the rest when the browser scrolls, sorts, filters or searches.
    constexpr int firstRows = 64;
    if (!m_model->loadMostRecent(firstRows, &loadError))
        m_noticeBanner->showMessage(loadError);
    m_browser->setModel(m_model);
    updateReviewMarks();

    rememberRecent(m_workspace->path());
    updateWindowState();
    startVerification();
    return true;
}

void MainWindow::startVerification()
{
    const Workspace *workspace = m_workspace.get();
    const quint64 generation = ++m_generation;
    m_verifier = QThread::create([this, workspace, generation] {
        const int problem = static_cast<int>(workspace->verify());
        QMetaObject::invokeMethod(
            this, [this, generation, problem] { finishVerification(generation, problem); },
            Qt::QueuedConnection);
    });
    connect(m_verifier, &QThread::finished, m_verifier, &QObject::deleteLater);
    m_verifier->start(QThread::LowPriority);
}

void MainWindow::waitForVerification()
{
    if (m_verifier)
        m_verifier->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void MainWindow::finishVerification(quint64 generation, int problem)
{
    if (generation != m_generation)
        return; // about a workspace that is no longer open
    const auto found = static_cast<Workspace::Problem>(problem);
    if (!m_workspace || found != Workspace::Problem::Corrupt)
        return; // a lock held for a moment by another instance is no finding
    m_workspace->becomeReadOnly(found);
    showReadOnly();
}

void MainWindow::showReadOnly()
{
    for (ReviewPage *page : std::as_const(m_pages)) {
        page->setReadOnly(true);
        if (auto *view = qobject_cast<ArchitectureView *>(page->content()))
            view->setReadOnly(true);
        if (auto *view = qobject_cast<OperabilityView *>(page->content()))
            view->setReadOnly(true);
        if (auto *view = qobject_cast<PostmortemView *>(page->content()))
            view->setReadOnly(true);
    }
    updateWindowState();
}

void MainWindow::closeWorkspace()
{
    if (m_exporter)
        m_exporter->wait(); // a PDF being written finishes; its progress dialog is a child of this
    if (m_verifier) {
        m_verifier->wait();
        m_verifier = nullptr; // its result, still queued, is for the workspace closing now
    }
    while (m_tabs->count() > 1)
        closeReviewTab(m_tabs->count() - 1);
    m_browser->setModel(nullptr);
    m_historyView->setModel(nullptr);
    delete m_history;
    m_history = nullptr;
    delete m_presence; // leaves: others see this window gone at once
    m_presence = nullptr;
    delete m_watcher;
    m_watcher = nullptr;
    delete m_model;
    m_model = nullptr;
    m_repository.reset();
    m_workspace.reset();
    m_readOnlyBanner->hide();
    m_noticeBanner->hide();
}

void MainWindow::showProblem(const QString &message)
{
    m_noticeBanner->showMessage(message);
}

void MainWindow::refreshFromStore()
{
    QString error;
    if (!m_model->reload(&error))
        m_noticeBanner->showMessage(error);
    m_browser->refreshSearch();
    updateReviewMarks();
    Q_EMIT workspaceChangedExternally();
}

void MainWindow::updateReviewMarks()
{
    if (!m_workspace)
        return;
    QString error;
    const QHash<qint64, int> counts
        = RemediationRepository(m_workspace.get()).overdueByReview(QDate::currentDate(), &error);
    if (error.isEmpty())
        m_model->setOverdueCounts(counts);
    const QHash<qint64, int> fresh = DepartureRepository(m_workspace.get()).newTechnologyByReview(&error);
    if (error.isEmpty())
        m_model->setNewTechnologyCounts(fresh);
}

QString MainWindow::createReview(ReviewKind kind)
{
    if (!m_repository)
        return {};
    QString error;
    const auto review = m_repository->create(kind, QString(), &error);
    if (!review) {
        m_noticeBanner->showMessage(tr("The review could not be created: %1").arg(error));
        return {};
    }
    m_model->insertReviewWithoutUndo(*review);
    if (ReviewPage *page = openReview(review->uuid))
        page->titleEdit()->setFocus(Qt::OtherFocusReason);
    return review->uuid;
}

ReviewPage *MainWindow::openReview(const QString &uuid)
{
    if (!m_model || !m_model->reviewByUuid(uuid))
        return nullptr;
    if (ReviewPage *existing = m_pages.value(uuid)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    const Review *review = m_model->reviewByUuid(uuid);
    auto *page = new ReviewPage(m_model, uuid, m_workspace->isReadOnly(), m_tabs);
    m_pages.insert(uuid, page);
    m_undoGroup->addStack(page->undoStack());
    if (review->kind == ReviewKind::Architecture) {
        auto *view = new ArchitectureView(m_workspace.get(), review->id, page->undoStack());
        view->setReadOnly(m_workspace->isReadOnly());
        connect(view, &ArchitectureView::problem, m_noticeBanner,
            [this](const QString &message) { m_noticeBanner->showMessage(message); });
        connect(view, &ArchitectureView::conflicted, m_noticeBanner, &MessageBanner::showConflict);
        connect(this, &MainWindow::workspaceChangedExternally, view, &ArchitectureView::reload);
        connect(
            view->departureModel(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateReviewMarks);
        connect(
            view->departureModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateReviewMarks);
        connect(
            view->departureModel(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateReviewMarks);
        connect(
            view->departureModel(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateReviewMarks);
        page->setContent(view);
    } else if (review->kind == ReviewKind::Operability) {
        auto *view = new OperabilityView(m_workspace.get(), review->id, page->undoStack());
        view->setReadOnly(m_workspace->isReadOnly());
        connect(view, &OperabilityView::problem, m_noticeBanner,
            [this](const QString &message) { m_noticeBanner->showMessage(message); });
        connect(view, &OperabilityView::conflicted, m_noticeBanner, &MessageBanner::showConflict);
        connect(this, &MainWindow::workspaceChangedExternally, view, &OperabilityView::reload);
        page->setContent(view);
    } else if (review->kind == ReviewKind::Postmortem) {
        auto *view = new PostmortemView(m_workspace.get(), review->id, page->undoStack());
        view->setTitle(review->title);
        view->setReadOnly(m_workspace->isReadOnly());
        connect(view, &PostmortemView::problem, m_noticeBanner,
            [this](const QString &message) { m_noticeBanner->showMessage(message); });
        connect(view, &PostmortemView::conflicted, m_noticeBanner, &MessageBanner::showConflict);
        connect(this, &MainWindow::workspaceChangedExternally, view, &PostmortemView::reload);
        // Edits made here do not move the workspace's data version for this window: follow them.
        connect(
            view->remediationModel(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateReviewMarks);
        connect(view->remediationModel(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateReviewMarks);
        connect(
            view->remediationModel(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateReviewMarks);
        page->setContent(view);
    }
    const auto tabTitle = [review](const QString &title) {
        // An & in a title is a character, not a mnemonic.
        return title.isEmpty() ? reviewKindDisplayName(review->kind) : QString(title).replace(u'&', u"&&"_s);
    };
    const int index = m_tabs->addTab(page,
        m_model->data(m_model->index(m_model->rowOfUuid(uuid), 0), Qt::DecorationRole).value<QIcon>(),
        tabTitle(review->title));
    const ReviewKind kind = review->kind;
    connect(page, &ReviewPage::titleChanged, this, [this, page, kind](const QString &title) {
        const int i = m_tabs->indexOf(page);
        if (i >= 0)
            m_tabs->setTabText(
                i, title.isEmpty() ? reviewKindDisplayName(kind) : QString(title).replace(u'&', u"&&"_s));
    });
    m_tabs->setCurrentIndex(index);
    m_presence->setOpenReviews(m_pages.keys());
    page->setPresence(m_presence->others(uuid));
    return page;
}

void MainWindow::closeReviewTab(int index)
{
    auto *page = qobject_cast<ReviewPage *>(m_tabs->widget(index));
    if (!page)
        return;
    // Finish an edit in progress before the page goes.
    if (QWidget *focus = QApplication::focusWidget(); focus && page->isAncestorOf(focus))
        focus->clearFocus();
    m_undoGroup->removeStack(page->undoStack());
    m_pages.remove(page->uuid());
    m_tabs->removeTab(index);
    delete page;
    if (m_presence)
        m_presence->setOpenReviews(m_pages.keys());
}

void MainWindow::updatePresence()
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        it.value()->setPresence(m_presence->others(it.key()));
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(recentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkspaces();
    if (recent.value(0) == path)
        return; // already first: nothing to write
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openExistingWorkspace(path, &error))
                QMessageBox::warning(this, tr("Open Workspace"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newWorkspace()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), dir, tr("Inflection workspaces (*.inflection)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + Workspace::fileSuffix();
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, tr("New Workspace"), error);
}

void MainWindow::chooseWorkspace()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), dir, tr("Inflection workspaces (*.inflection);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, tr("Open Workspace"), error);
}

QString MainWindow::statusText() const
{
    if (!m_workspace)
        return tr("No workspace");
    const bool shared = m_workspace->location() == FileSystemKind::Network;
    const bool wal = m_workspace->journalMode() == Workspace::JournalMode::Wal;
    if (m_workspace->isReadOnly())
        return shared ? tr("Shared workspace · read-only") : tr("Local workspace · read-only");
    if (shared)
        return wal ? tr("Shared workspace · WAL journal") : tr("Shared workspace · rollback journal");
    return wal ? tr("Local workspace · WAL journal") : tr("Local workspace · rollback journal");
}

void MainWindow::updateWindowState()
{
    const bool open = m_workspace != nullptr;
    const bool writable = open && !m_workspace->isReadOnly();
    for (QAction *action : std::as_const(m_newReviewActions))
        action->setEnabled(writable);
    m_storageLabel->setText(statusText());
    if (open) {
        setWindowTitle(tr("%1 — Inflection").arg(QFileInfo(m_workspace->path()).fileName()));
        if (m_workspace->isReadOnly())
            m_readOnlyBanner->showMessage(m_workspace->readOnlyReason());
    } else {
        setWindowTitle(tr("Inflection"));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Installing a language's translators sends several of these: retranslate once, after them.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    menuBar()->clear();
    m_newReviewActions.clear();
    m_exportActions.clear();
    createActions();
    updateWindowState();

    // The browser and the open pages are made again in the new language (their edits are stored;
    // their undo histories start afresh).
    auto *browser = new WorkspaceBrowser(m_tabs);
    connect(browser, &WorkspaceBrowser::openRequested, this, &MainWindow::openReview);
    browser->setModel(m_model);
    const bool onBrowser = m_tabs->currentIndex() == 0;
    m_tabs->removeTab(0);
    m_tabs->insertTab(0, browser, tr("Reviews"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    delete m_browser;
    m_browser = browser;
    updateReviewMarks();

    const QString current = currentReviewUuid();
    QStringList open;
    for (int i = 1; i < m_tabs->count(); ++i) {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it.value() == m_tabs->widget(i))
                open.append(it.key());
        }
    }
    while (m_tabs->count() > 1)
        closeReviewTab(m_tabs->count() - 1);
    for (const QString &uuid : std::as_const(open))
        openReview(uuid);
    if (!current.isEmpty() && m_pages.contains(current))
        m_tabs->setCurrentWidget(m_pages.value(current));
    else if (onBrowser)
        m_tabs->setCurrentIndex(0);
    showHistoryOfCurrent();
    if (!m_historyDock->isVisible())
        m_historyDock->setWindowTitle(tr("History"));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_workspace.get(), this);
    connect(
        &dialog, &PreferencesDialog::workspaceSettingsChanged, this, &MainWindow::workspaceChangedExternally);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Inflection"),
        tr("<h3>Inflection %1</h3><p>Architecture reviews, operability reviews and blameless "
           "postmortems: learning from failure at its three inflection points.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

QString MainWindow::currentReviewUuid() const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value() == m_tabs->currentWidget())
            return it.key();
    }
    return {};
}

bool MainWindow::openExistingWorkspace(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = tr("“%1” is not there. If it is on a shared or removable drive, is the drive mounted and "
                    "reachable? Nothing was changed; the workspace open now stays open.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return openWorkspace(path, error);
}

void MainWindow::openGivenWorkspace(const QString &path, const QString &fallback)
{
    QString error;
    if (!QFileInfo::exists(path)) {
        // A typing mistake must not leave a new file behind: ask first.
        const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        const auto answer = QMessageBox::question(this, tr("New Workspace"),
            tr("There is no workspace at “%1”. Create a new workspace there?").arg(shown),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            if (!openWorkspace(fallback, &error))
                showProblem(error);
            else
                m_noticeBanner->showMessage(
                    tr("Nothing was created at “%1”; the default workspace is open.").arg(shown),
                    MessageBanner::Level::Information);
            return;
        }
    }
    if (!openWorkspace(path, &error))
        showProblem(error);
}

QStringList MainWindow::publishTargets()
{
    return QSettings().value(publishTargetsKey).toStringList();
}

ReviewImporter::Result MainWindow::publishReview(const QString &uuid, const QString &path, bool force)
{
    using Outcome = ReviewImporter::Result::Outcome;
    commitPendingEdits();
    if (m_workspace
        && QFileInfo(path).canonicalFilePath() == QFileInfo(m_workspace->path()).canonicalFilePath())
        return {Outcome::Refused, uuid, tr("That is the workspace open now.")};
    if (!QFileInfo::exists(path))
        return {Outcome::Failed, uuid,
            tr("“%1” is not there. If it is on a shared drive, is the drive mounted and reachable? Nothing "
               "was published; your review is unchanged here.")
                .arg(QDir::toNativeSeparators(path))};
    Workspace::Problem problem = Workspace::Problem::None;
    Workspace::Options options;
    options.create = false;
    QString error;
    auto target = Workspace::open(path, options, &problem, &error);
    if (!target)
        return {Outcome::Failed, uuid, error};
    if (target->isReadOnly())
        return {Outcome::Failed, uuid, target->readOnlyReason()};
    target->setAuthor(m_workspace->author());
    const ReviewImporter::Result result
        = ReviewImporter(target.get()).copyFrom(m_workspace.get(), uuid, force);
    QStringList targets = publishTargets();
    targets.removeAll(path);
    targets.prepend(path);
    while (targets.size() > maxRecent)
        targets.removeLast();
    QSettings().setValue(publishTargetsKey, targets);
    rebuildPublishMenu();
    return result;
}

void MainWindow::rebuildPublishMenu()
{
    m_publishMenu->clear();
    for (const QString &path : publishTargets()) {
        QAction *action = m_publishMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { publishCurrent(path); });
    }
    if (!m_publishMenu->isEmpty())
        m_publishMenu->addSeparator();
    m_publishMenu->addAction(tr("&Other Workspace…"), this, &MainWindow::choosePublishTarget);
}

void MainWindow::choosePublishTarget()
{
    const QStringList targets = publishTargets();
    const QString dir = targets.isEmpty() ? QDir::homePath() : QFileInfo(targets.constFirst()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Publish to Workspace"), dir, tr("Inflection workspaces (*.inflection);;All files (*)"));
    if (!path.isEmpty())
        publishCurrent(path);
}

void MainWindow::publishCurrent(const QString &path)
{
    const QString uuid = currentReviewUuid();
    if (uuid.isEmpty())
        return;
    const QString name = QDir::toNativeSeparators(path);
    ReviewImporter::Result result = publishReview(uuid, path);
    if (result.outcome == ReviewImporter::Result::Outcome::Newer) {
        const auto answer = QMessageBox::question(this, tr("Publish to Workspace"),
            tr("%1\n\nReplace their copy with yours? Their changes stay in that review's history.")
                .arg(result.message),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        result = publishReview(uuid, path, true);
    }
    if (result.ok())
        statusBar()->showMessage(result.outcome == ReviewImporter::Result::Outcome::Created
                ? tr("Published to %1 as a new review.").arg(name)
                : tr("Published to %1: their copy was updated.").arg(name),
            8000);
    else
        QMessageBox::warning(this, tr("Publish to Workspace"), result.message);
}

void MainWindow::showHistoryOfCurrent()
{
    if (!m_history || !m_historyDock->isVisible())
        return;
    const Review *review = m_model ? m_model->reviewByUuid(currentReviewUuid()) : nullptr;
    m_historyDock->setWindowTitle(review ? tr("History of “%1”").arg(review->title) : tr("History"));
    QString error;
    if (m_history->reviewId() != (review ? review->id : 0))
        m_history->setReview(review ? review->id : 0);
    else if (!m_history->reload(&error))
        m_noticeBanner->showMessage(error);
}

void MainWindow::updateReviewActions()
{
    const bool review = !currentReviewUuid().isEmpty();
    m_publishMenu->setEnabled(review && m_workspace);
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(review);
    if (m_print) {
        m_print->setEnabled(review);
        m_printPreview->setEnabled(review);
    }
}

void MainWindow::commitPendingEdits()
{
    if (QWidget *focus = QApplication::focusWidget()) {
        focus->clearFocus();
        focus->setFocus();
    }
    for (ReviewPage *page : std::as_const(m_pages)) {
        if (auto *view = qobject_cast<ArchitectureView *>(page->content()))
            view->saveNow();
    }
}

void MainWindow::printCurrent(bool preview)
{
    const QString uuid = currentReviewUuid();
    if (uuid.isEmpty() || !m_workspace)
        return;
    commitPendingEdits();
    QString error;
    const std::optional<Report> report = ReviewReport::build(m_workspace.get(), uuid, &error);
    if (!report) {
        showProblem(error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ReportPrinter::defaultPageSize());
    printer.setDocName(report->title);
    auto paint = [&report](QPrinter *target) {
        ReportDocument document(*report);
        ReportPrinter::print(&document, target, report->title);
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, paint);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void MainWindow::exportCurrent(const QString &format)
{
    const QString uuid = currentReviewUuid();
    const Review *review = m_model ? m_model->reviewByUuid(uuid) : nullptr;
    const std::optional<ExportFormat> chosen = exportFormatFromKey(format);
    if (!review || !chosen)
        return;
    const QString suffix = exportFormatSuffix(*chosen);
    const QString filter = exportFormatFilter(*chosen);
    QString name = review->title;
    name.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"-"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name + u'.' + suffix),
        filter);
    if (!path.isEmpty())
        exportReview(uuid, format, path);
}

void MainWindow::exportReview(const QString &uuid, const QString &format, const QString &path)
{
    commitPendingEdits();
    QString error;
    if (format == u"json"_s) {
        const bool written = ReviewExporter(m_workspace.get()).writeFile(uuid, path, &error);
        if (!written)
            showProblem(error);
        Q_EMIT exportFinished(written, error);
        return;
    }
    const std::optional<Report> report = ReviewReport::build(m_workspace.get(), uuid, &error);
    if (!report) {
        showProblem(error);
        Q_EMIT exportFinished(false, error);
        return;
    }
    if (format == u"markdown"_s) {
        const bool written = ReportPrinter::writeMarkdown(*report, path, &error);
        if (!written)
            showProblem(error);
        Q_EMIT exportFinished(written, error);
        return;
    }
    // A PDF of a long review takes a while: laid out and written off the GUI thread, page by page.
    auto *progress = new QProgressDialog(tr("Writing the PDF…"), tr("Stop"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<std::pair<bool, QString>>();
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    m_exporter = QThread::create([report = *report, path, cancelled, outcome, progress] {
        QString problem;
        const bool written = ReportPrinter::writePdf(report, path, &problem, [&](qint64 page, qint64 pages) {
            QMetaObject::invokeMethod(
                progress,
                [progress, page, pages] {
                    progress->setMaximum(int(pages));
                    progress->setValue(int(page));
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
        *outcome = {written, cancelled->load() ? QString() : problem};
    });
    connect(m_exporter, &QThread::finished, this, [this, progress, outcome, cancelled] {
        progress->deleteLater();
        m_exporter->deleteLater();
        if (!outcome->first && !cancelled->load())
            showProblem(outcome->second);
        Q_EMIT exportFinished(
            outcome->first, cancelled->load() ? tr("Stopped; nothing was written.") : outcome->second);
    });
    m_exporter->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Let an edit in progress finish (and save) before the window goes.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace Inflection
