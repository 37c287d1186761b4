// Main window: menus, workspace lifecycle, review tabs, change watching, undo group.
#include "mainwindow.h"

#include "connectserverdialog.h"
#include "decisionrecordimportdialog.h"
#include "domain/displaytext.h"
#include "filedialogguard.h"
#include "insightspage.h"
#include "io/decisionrecordwriter.h"
#include "io/exportformat.h"
#include "io/reviewexporter.h"
#include "messagebanner.h"
#include "postmortemview.h"
#include "preferencesdialog.h"
#include "reconnectbanner.h"
#include "recordgrid.h"
#include "report/reportdocument.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "review/reviewdocument.h"
#include "reviewpage.h"
#include "reviewview.h"
#include "serverkeyring.h"
#include "store/serverlogin.h"
#include "store/serverroles.h"
#include "store/workspacelocation.h"
#include "workspace/historymodel.h"
#include "workspace/presencetracker.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"
#include "workspacebrowser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDesktopServices>
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
#include <QUrl>
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

// The reviews left open in a workspace, and the tab shown: a group per workspace, named by a hash of
// its path (a path's slashes would make groups of their own).
QString openReviewsGroup(const QString &workspacePath)
{
    const QByteArray path = QFileInfo(workspacePath).absoluteFilePath().toUtf8();
    return u"openReviews/"_s
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
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
    , m_reconnectBanner(new ReconnectBanner(this))
    , m_savedNotice(new MessageBanner(true, this))
    , m_storageLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
{
    // Before any file dialog: none may open a workspace file it lists (and drop SQLite's locks on it).
    FileDialogGuard::install();
    setWindowIcon(QIcon(u":/inflection/icons/inflection.svg"_s));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    // With only the browser open a tab bar says nothing; it appears with the first open review.
    m_tabs->tabBar()->setAutoHide(true);
    m_tabs->addTab(m_browser, tr("Reviews"));
    // The browser tab stays.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeReviewTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const ReviewPage *page = pageAt(index);
        m_undoGroup->setActiveStack(page ? page->undoStack() : nullptr);
    });
    connect(m_browser, &WorkspaceBrowser::openRequested, this, &MainWindow::openReview);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_reconnectBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_noticeBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_savedNotice->floatOver(central);

    // What holds while the pages are open (a review on the projector, say), then the storage.
    m_noteLabel->setAccessibleName(tr("Status of the open reviews"));
    m_noteLabel->hide();
    statusBar()->addPermanentWidget(m_noteLabel);
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

    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateReviewActions);

    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (!m_session)
            return;
        m_session->setPollInterval(state == Qt::ApplicationActive ? activePollMs : inactivePollMs);
        if (state == Qt::ApplicationActive)
            m_session->checkForChanges();
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
        {ReviewKind::Operability, tr("New Operabilit&y Review"), QKeySequence(tr("Ctrl+Shift+O"))},
        {ReviewKind::Postmortem, tr("New Post&mortem"), QKeySequence(tr("Ctrl+Shift+P"))},
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
    m_connectServer = file->addAction(tr("Connect to Team &Server…"), this, [this] { connectToServer(); });
    m_connectServer->setToolTip(tr("Open a workspace on a PostgreSQL server"));
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
        m_exportActions.constLast()->setData(f);
    }
    m_exportDecisionRecord
        = exportMenu->addAction(tr("&Decision Record…"), this, &MainWindow::exportDecisionRecord);
    m_exportDecisionRecord->setToolTip(
        tr("The architecture review as an architecture decision record (MADR or "
           "Nygard's) for the code's repository"));
    QMenu *importMenu = file->addMenu(tr("&Import"));
    m_importDecisionRecords
        = importMenu->addAction(tr("&Decision Records…"), this, [this] { importDecisionRecords(); });
    m_importDecisionRecords->setToolTip(
        tr("Architecture decision records (MADR, Nygard, adr-tools, log4brains) as architecture reviews"));
    m_importTimeline = importMenu->addAction(tr("&Timeline Events…"), this, [this] {
        const ReviewPage *page = pageAt(m_tabs->currentIndex());
        if (auto *view = page ? qobject_cast<PostmortemView *>(page->content()) : nullptr)
            view->importIntoTimeline();
    });
    m_importTimeline->setToolTip(tr("Add events to the postmortem's timeline from a CSV file, a Slack export "
                                    "or an IRC log"));
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
    // Insights is a tab beside the review browser rather than a dock or a dialog: it is a page one reads
    // for a while and leaves for a postmortem it leads to, as one leaves the browser; as a closable tab
    // it costs nothing while unused, and Ctrl+Tab goes between it, the browser and the reviews.
    m_insightsAction = view->addAction(tr("&Insights"), this, [this] { showInsights(); });
    m_insightsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_insightsAction->setToolTip(tr("What the postmortems add up to: incidents by month, time to detect "
                                    "and resolve, contributing factors and follow-through"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Inflection"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    rebuildRecentMenu();
    rebuildPublishMenu();
}

Result<> MainWindow::openWorkspace(const QString &path)
{
    const Result<QString> connection = connectionFor(path);
    if (!connection)
        return Result<>::errorOf(connection);
    Result<std::unique_ptr<WorkspaceSession>> opened
        = WorkspaceSession::open(*connection, Workspace::Options());
    if (!opened)
        return Result<>::errorOf(opened);

    closeWorkspace();
    m_session = std::move(opened).value();
    WorkspaceSession *session = m_session.get();
    session->setPollInterval(
        QGuiApplication::applicationState() == Qt::ApplicationActive ? activePollMs : inactivePollMs);
    connect(session, &WorkspaceSession::problem, this, &MainWindow::showProblem);
    connect(session, &WorkspaceSession::becameReadOnly, this, &MainWindow::updateServerLevel);
    connect(session, &WorkspaceSession::becameWritable, this, &MainWindow::updateServerLevel);
    connect(session, &WorkspaceSession::connectionChanged, this, &MainWindow::updateWindowState);
    connect(session, &WorkspaceSession::connectionChanged, this, [this](bool connected) {
        if (!connected)
            return;
        markNoticePast(m_session && m_session->isReadOnly()
                ? tr("Connected to the server again.")
                : tr("Connected to the server again: the workspace is editable, and what was kept in its "
                     "fields is saved."));
    });
    connect(session, &WorkspaceSession::becameWritable, this, [this] {
        markNoticePast(tr("Your login may change the workspace again, and what was kept in its fields is "
                          "saved."));
    });
    m_reconnectBanner->setSession(session);
    connect(session, &WorkspaceSession::changedExternally, this, [this] {
        m_browser->refreshSearch();
        showHistoryOfCurrent();
    });
    connect(session->presence(), &PresenceTracker::changed, this, &MainWindow::updatePresence);
    connect(
        session->reviews(), &ReviewListModel::conflictOccurred, m_noticeBanner, &MessageBanner::showConflict);
    m_historyView->setModel(session->history());
    for (const int column : {HistoryModel::WhenColumn, HistoryModel::WhoColumn, HistoryModel::ChangeColumn})
        m_historyView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->resizeSection(HistoryModel::BeforeColumn, 260);
    m_browser->setSession(session);
    if (m_insights)
        m_insights->setSession(session);
    rememberRecent(session->path());
    updateServerLevel();
    session->startVerification();
    return {};
}

void MainWindow::waitForVerification()
{
    if (m_session)
        m_session->waitForVerification();
}

void MainWindow::closeWorkspace()
{
    if (m_exporter)
        m_exporter->wait(); // a PDF being written finishes; its progress dialog is a child of this
    while (m_tabs->count() > 1)
        closeReviewTab(m_tabs->count() - 1);
    m_browser->setSession(nullptr);
    m_historyView->setModel(nullptr);
    m_reconnectBanner->setSession(nullptr);
    m_session.reset();
    m_readOnlyBanner->hide();
    m_noticeBanner->hide();
}

void MainWindow::showProblem(const QString &message)
{
    m_noticeBanner->showMessage(message);
}

void MainWindow::updateServerLevel()
{
    // What the login may do, read again when its rights changed (a grant or a revoke while open).
    m_serverLevel.clear();
    if (m_session && m_session->workspace()->isServer() && m_session->isConnected()) {
        if (const Result<QString> level = ServerRoles::level(*m_session->workspace()))
            m_serverLevel = *level;
    }
    updateWindowState();
}

void MainWindow::markNoticePast(const QString &now)
{
    // A warning from while the workspace could not save (a save that failed, a read that could not be
    // made) is not the state any more: it is said to be from before, its text kept, as a value that
    // failed to save (in a table's cell, say) may be in it.
    if (!m_noticeBanner->isVisible() || m_noticeBanner->level() != MessageBanner::Level::Warning
        || m_noticeBanner->offersChoice())
        return;
    m_noticeBanner->showMessage(
        tr("%1 The earlier notice: %2").arg(now, m_noticeBanner->text()), MessageBanner::Level::Information);
}

void MainWindow::showReviewProblem(const QString &message)
{
    m_noticeBanner->showMessage(message);
}

QString MainWindow::createReview(ReviewKind kind)
{
    if (!m_session)
        return {};
    const Result<QString> uuid = m_session->createReview(kind);
    if (!uuid) {
        m_noticeBanner->showMessage(uuid.message());
        return {};
    }
    if (ReviewPage *page = openReview(*uuid))
        page->titleEdit()->setFocus(Qt::OtherFocusReason);
    return *uuid;
}

ReviewPage *MainWindow::openReview(const QString &uuid)
{
    if (!m_session)
        return nullptr;
    if (ReviewPage *existing = m_pages.value(uuid)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    const Result<ReviewDocument *> document = m_session->openDocument(uuid);
    if (!document) {
        m_noticeBanner->showMessage(document.message());
        return nullptr;
    }
    ReviewPage *page = addPage(*document);
    m_tabs->setCurrentWidget(page);
    return page;
}

ReviewPage *MainWindow::openReviewAt(const QString &uuid, const QString &itemUuid)
{
    ReviewPage *page = openReview(uuid);
    if (page && page->content())
        page->content()->reveal(itemUuid);
    return page;
}

ReviewPage *MainWindow::addPage(ReviewDocument *document)
{
    auto *page = new ReviewPage(document, m_tabs);
    m_pages.insert(document->uuid(), page);
    // A supersede link followed: the other review opens (or comes to the front).
    connect(page, &ReviewPage::openReviewRequested, this, [this](const QString &uuid) { openReview(uuid); });
    m_undoGroup->addStack(document->undoStack());
    connect(
        document, &ReviewDocument::errorOccurred, this, &MainWindow::showReviewProblem, Qt::UniqueConnection);
    connect(document, &ReviewDocument::conflictOccurred, m_noticeBanner, &MessageBanner::showConflict,
        Qt::UniqueConnection);
    const ReviewKind kind = document->kind();
    const auto tabTitle = [kind](const QString &title) {
        // An & in a title is a character, not a mnemonic.
        // A title from a file may be far longer than any screen, or hold controls: the tab shows its
        // start, harmlessly.
        const QString shown = DisplayText::line(title, 80);
        return shown.isEmpty() ? reviewKinds().displayName(kind) : QString(shown).replace(u'&', u"&&"_s);
    };
    const Review *review = document->review();
    const QIcon icon
        = m_session->reviews()
              ->data(m_session->reviews()->index(m_session->reviews()->rowOfUuid(document->uuid()), 0),
                  Qt::DecorationRole)
              .value<QIcon>();
    m_tabs->addTab(page, icon, tabTitle(review ? review->title : QString()));
    connect(page, &ReviewPage::titleChanged, this, [this, page, tabTitle](const QString &title) {
        const int i = m_tabs->indexOf(page);
        if (i >= 0)
            m_tabs->setTabText(i, tabTitle(title));
    });
    page->setPresence(m_session->presence()->others(document->uuid()));
    if (page->content()) {
        connect(page->content(), &ReviewView::statusNoteChanged, this, &MainWindow::updateStatusNotes);
        connect(page->content(), &ReviewView::openRequested, this, &MainWindow::openReview);
        connect(page->content(), &ReviewView::openItemRequested, this, &MainWindow::openReviewAt);
    }
    updateStatusNotes();
    return page;
}

void MainWindow::updateStatusNotes()
{
    QStringList notes;
    for (const ReviewPage *page : std::as_const(m_pages)) {
        if (page->content() && !page->content()->statusNote().isEmpty())
            notes << page->content()->statusNote();
    }
    m_noteLabel->setText(notes.join(u" · "_s));
    m_noteLabel->setVisible(!notes.isEmpty());
}

ReviewPage *MainWindow::pageAt(int index) const
{
    QWidget *widget = m_tabs->widget(index);
    for (ReviewPage *page : std::as_const(m_pages)) {
        if (page == widget)
            return page;
    }
    return nullptr;
}

InsightsPage *MainWindow::showInsights()
{
    if (!m_insights) {
        m_insights = new InsightsPage(m_tabs);
        connect(m_insights, &InsightsPage::openRequested, this, &MainWindow::openReview);
        connect(m_insights, &InsightsPage::problem, this, &MainWindow::showProblem);
        // Its Print… and Export buttons do what File ▸ Print… and Export do while it is shown.
        connect(m_insights, &InsightsPage::printRequested, this, [this] { printCurrent(false); });
        connect(m_insights, &InsightsPage::exportRequested, this, &MainWindow::exportCurrent);
        m_insights->setSession(m_session.get());
        m_tabs->insertTab(1, m_insights, tr("Insights"));
    }
    m_tabs->setCurrentWidget(m_insights);
    return m_insights;
}

void MainWindow::closeReviewTab(int index, bool closeDocument)
{
    if (m_insights && m_tabs->widget(index) == m_insights) {
        m_tabs->removeTab(index);
        delete m_insights;
        m_insights = nullptr;
        return;
    }
    ReviewPage *page = pageAt(index);
    if (!page)
        return;
    // Finish an edit in progress before the page goes.
    if (QWidget *focus = QApplication::focusWidget(); focus && page->isAncestorOf(focus))
        focus->clearFocus();
    ReviewDocument *document = page->document();
    m_undoGroup->removeStack(document->undoStack());
    m_pages.remove(page->uuid());
    m_tabs->removeTab(index);
    delete page;
    if (closeDocument && m_session)
        m_session->closeDocument(document->uuid());
    updateStatusNotes();
}

void MainWindow::updatePresence()
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        it.value()->setPresence(m_session->presence()->others(it.key()));
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
        // A server by its database and host (kept without a password); its whole connection as the tip.
        const Result<WorkspaceLocation> location = WorkspaceLocation::parse(path);
        const bool server = location && location->isServer();
        QAction *action
            = m_recentMenu->addAction(server ? location->displayName() : QDir::toNativeSeparators(path));
        if (server) // the name (with the login) and the whole connection
            action->setToolTip(location->displayName() + u'\n' + path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecent(const QString &path)
{
    const Result<> opened = openExistingWorkspace(path);
    if (opened)
        return;
    if (WorkspaceLocation::looksLikeServer(path))
        connectToServer(path, opened.message()); // a password to type, a host to correct
    else
        QMessageBox::warning(this, tr("Open Workspace"), opened.message());
}

Result<QString> MainWindow::connectionFor(const QString &path) const
{
    if (!WorkspaceLocation::looksLikeServer(path))
        return path;
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(path);
    if (!location)
        return Result<QString>::errorOf(location);
    if (!location->parameter(u"password"_s).isEmpty())
        return path;
    // libpq's own files first: a password is asked for only when the server wants one they do not have.
    const Result<ServerLogin::Answer> answer = ServerLogin::probe(*location);
    if (!answer)
        return Result<QString>::errorOf(answer);
    if (*answer == ServerLogin::Answer::Connected)
        return path;
    const Result<QString> kept = ServerKeyring::read(ServerLogin::key(*location));
    if (kept && !kept->isEmpty())
        return ServerLogin::withPassword(*location, *kept);
    const QString asked
        = tr("The server of “%1” asks for a password: type it to connect.").arg(location->displayName());
    if (!kept && kept.error() != ErrorKind::Missing) // why the keyring could not help, said plainly
        return Result<QString>::failure(ErrorKind::Refused,
            tr("The server of “%1” asks for a password: type it to connect. %2")
                .arg(location->displayName(), kept.message()));
    return Result<QString>::failure(ErrorKind::Refused, asked);
}

void MainWindow::connectToServer(const QString &connection, const QString &problem)
{
    ConnectServerDialog dialog([this](const QString &typed) { return openWorkspace(typed); }, this);
    if (!connection.isEmpty())
        dialog.setConnection(connection);
    if (!problem.isEmpty())
        dialog.showProblem(problem);
    if (dialog.exec() == QDialog::Accepted && !dialog.keyringProblem().isEmpty())
        m_noticeBanner->showMessage(dialog.keyringProblem(), MessageBanner::Level::Information);
}

void MainWindow::newWorkspace()
{
    const QString dir = m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), dir, tr("Inflection workspaces (*.inflection)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + Workspace::fileSuffix();
    if (const Result<> opened = openWorkspace(path); !opened)
        QMessageBox::warning(this, tr("New Workspace"), opened.message());
}

void MainWindow::chooseWorkspace()
{
    const QString dir = m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), dir, tr("Inflection workspaces (*.inflection);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Result<> opened = openWorkspace(path); !opened)
        QMessageBox::warning(this, tr("Open Workspace"), opened.message());
}

QString MainWindow::statusText() const
{
    if (!m_session)
        return tr("No workspace open");
    if (m_session->workspace()->isServer()) {
        // Which server, and what the login may do there.
        const QString name = m_session->workspace()->workspaceLocation().displayName();
        const bool readOnly = m_session->isReadOnly();
        if (m_serverLevel == u"admin"_s)
            return readOnly ? tr("%1 · admin · read-only").arg(name) : tr("%1 · admin").arg(name);
        if (m_serverLevel == u"editor"_s)
            return readOnly ? tr("%1 · editor · read-only").arg(name) : tr("%1 · editor").arg(name);
        if (m_serverLevel == u"reader"_s)
            return tr("%1 · reader").arg(name);
        return readOnly ? tr("%1 · read-only").arg(name) : name;
    }
    const bool shared = m_session->isShared();
    const bool wal = m_session->writesAhead();
    if (m_session->isReadOnly())
        return shared ? tr("Shared workspace · read-only") : tr("Local workspace · read-only");
    if (shared)
        return wal ? tr("Shared workspace · WAL journal") : tr("Shared workspace · rollback journal");
    return wal ? tr("Local workspace · WAL journal") : tr("Local workspace · rollback journal");
}

void MainWindow::updateWindowState()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->isReadOnly();
    for (QAction *action : std::as_const(m_newReviewActions))
        action->setEnabled(writable);
    m_storageLabel->setText(statusText());
    if (open) {
        const Workspace *workspace = m_session->workspace();
        setWindowTitle(tr("%1 — Inflection")
                           .arg(workspace->isServer() ? workspace->workspaceLocation().displayName()
                                                      : QFileInfo(m_session->path()).fileName()));
        // A lost connection has its own banner, which goes when the connection is back.
        if (workspace->isReadOnly())
            m_readOnlyBanner->showMessage(m_session->readOnlyReason());
        else
            m_readOnlyBanner->hide(); // a login given the right to write while open
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

    // The browser and the open pages are made again in the new language, on the same documents: what
    // was typed, the selections' rows and the undo histories stay; so does the tab shown.
    const bool onBrowser = m_tabs->currentIndex() == 0;
    const bool insightsOpen = m_insights != nullptr;
    const bool onInsights = insightsOpen && m_tabs->currentWidget() == m_insights;
    const QString current = onBrowser ? QString() : currentReviewUuid();
    auto *browser = new WorkspaceBrowser(m_tabs);
    connect(browser, &WorkspaceBrowser::openRequested, this, &MainWindow::openReview);
    connect(browser, &WorkspaceBrowser::problem, this, &MainWindow::showProblem);
    browser->setSession(m_session.get());
    m_tabs->removeTab(0);
    m_tabs->insertTab(0, browser, tr("Reviews"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    delete m_browser;
    m_browser = browser;

    QStringList open;
    for (int i = 1; i < m_tabs->count(); ++i) {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it.value() == m_tabs->widget(i))
                open.append(it.key());
        }
    }
    struct Shown
    {
        QString uuid;
        int tab = 0; // the page's own current tab
        QList<RecordGrid::CurrentRecord> records; // the current row of each of its tables
    };
    QList<Shown> shown;
    for (const QString &uuid : std::as_const(open)) {
        const ReviewPage *page = m_pages.value(uuid);
        shown.append(
            {uuid, page->content() && page->content()->tabs() ? page->content()->tabs()->currentIndex() : 0,
                RecordGrid::currentRecords(page)});
    }
    while (m_tabs->count() > 1)
        closeReviewTab(m_tabs->count() - 1, false);
    for (const Shown &was : std::as_const(shown)) {
        ReviewPage *page = addPage(m_session->document(was.uuid));
        if (page->content() && page->content()->tabs())
            page->content()->tabs()->setCurrentIndex(was.tab);
        RecordGrid::setCurrentRecords(page, was.records);
    }
    if (insightsOpen)
        showInsights(); // made again in the new language (its filters start afresh)
    if (!current.isEmpty() && m_pages.contains(current))
        m_tabs->setCurrentWidget(m_pages.value(current));
    else if (onBrowser)
        m_tabs->setCurrentIndex(0);
    else if (onInsights)
        m_tabs->setCurrentWidget(m_insights);
    showHistoryOfCurrent();
    if (!m_historyDock->isVisible())
        m_historyDock->setWindowTitle(tr("History"));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_session.get(), this);
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

Result<> MainWindow::openExistingWorkspace(const QString &path)
{
    if (!WorkspaceLocation::looksLikeServer(path) && !QFileInfo::exists(path))
        return Result<>::failure(ErrorKind::Missing,
            tr("“%1” is not there. If it is on a shared or removable drive, is the drive mounted and "
               "reachable? Nothing was changed; the workspace open now stays open.")
                .arg(QDir::toNativeSeparators(path)));
    return openWorkspace(path);
}

void MainWindow::openGivenWorkspace(const QString &path, const QString &fallback)
{
    // A server's workspace is made by "inflection server init", never by opening it.
    if (!WorkspaceLocation::looksLikeServer(path) && !QFileInfo::exists(path)) {
        // A typing mistake must not leave a new file behind: ask first.
        const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        const auto answer = QMessageBox::question(this, tr("New Workspace"),
            tr("There is no workspace at “%1”. Create a new workspace there?").arg(shown),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            if (const Result<> opened = openWorkspace(fallback); !opened)
                showOpenProblem(fallback, opened.message(), opened.error());
            else
                m_noticeBanner->showMessage(
                    tr("Nothing was created at “%1”; the default workspace is open.").arg(shown),
                    MessageBanner::Level::Information);
            return;
        }
    }
    if (const Result<> opened = openWorkspace(path); !opened)
        showOpenProblem(path, opened.message(), opened.error());
}

void MainWindow::showOpenProblem(const QString &path, const QString &message, ErrorKind kind)
{
    showProblem(message);
    if (!WorkspaceLocation::looksLikeServer(path))
        return;
    // A password to type, a host to correct: the notice stays, for when the dialog is closed unanswered.
    m_noticeBanner->addButton(tr("Co&nnect…"), [this, path] { connectToServer(path); });
    if (kind == ErrorKind::Refused) {
        QTimer::singleShot(0, this, [this, path, message] {
            if (!m_session)
                connectToServer(path, message);
        });
    }
}

QStringList MainWindow::publishTargets()
{
    return QSettings().value(publishTargetsKey).toStringList();
}

Result<ReviewImporter::Imported> MainWindow::publishReview(
    const QString &uuid, const QString &path, bool force)
{
    if (!m_session)
        return Result<ReviewImporter::Imported>::failure(tr("No workspace is open."));
    commitPendingEdits();
    const Result<ReviewImporter::Imported> published = m_session->publish(uuid, path, force);
    if (published.error() != ErrorKind::Refused && published.error() != ErrorKind::Missing) {
        QStringList targets = publishTargets();
        targets.removeAll(path);
        targets.prepend(path);
        while (targets.size() > maxRecent)
            targets.removeLast();
        QSettings().setValue(publishTargetsKey, targets);
        rebuildPublishMenu();
    }
    return published;
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
    Result<ReviewImporter::Imported> result = publishReview(uuid, path);
    if (result.error() == ErrorKind::Newer) {
        const auto answer = QMessageBox::question(this, tr("Publish to Workspace"),
            tr("%1\n\nReplace their copy with yours? Their changes stay in that review's history.")
                .arg(result.message()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        result = publishReview(uuid, path, true);
    }
    if (result) {
        QString message = result->created ? tr("Published to %1 as a new review.").arg(name)
                                          : tr("Published to %1: their copy was updated.").arg(name);
        if (!result->authorsKept)
            message += u' ' + ReviewImporter::loginRecordedNote();
        statusBar()->showMessage(message, result->authorsKept ? 8000 : 20000);
    } else
        QMessageBox::warning(this, tr("Publish to Workspace"), result.message());
}

void MainWindow::showHistoryOfCurrent()
{
    if (!m_session || !m_historyDock->isVisible())
        return;
    HistoryModel *history = m_session->history();
    const Review *review = m_session->reviews()->reviewByUuid(currentReviewUuid());
    m_historyDock->setWindowTitle(
        review ? tr("History of “%1”").arg(DisplayText::line(review->title, 80)) : tr("History"));
    if (history->reviewId() != (review ? review->id : 0))
        history->setReview(review ? review->id : 0);
    else if (const Result<> loaded = history->reload(); !loaded)
        m_noticeBanner->showMessage(loaded.message());
}

bool MainWindow::insightsShown() const
{
    return m_insights && m_tabs->currentWidget() == m_insights;
}

void MainWindow::updateReviewActions()
{
    const bool review = !currentReviewUuid().isEmpty();
    // On Insights, Print and Export (PDF, Markdown) are the learning report's; it has no interchange file.
    const bool report = review || insightsShown();
    m_publishMenu->setEnabled(review && m_session);
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(action->data().toString() == u"json"_s ? review : report);
    if (m_exportDecisionRecord) {
        const Review *current
            = review && m_session ? m_session->reviews()->reviewByUuid(currentReviewUuid()) : nullptr;
        m_exportDecisionRecord->setEnabled(current && current->kind == ReviewKind::Architecture);
    }
    if (m_importTimeline) {
        const ReviewPage *page = review ? pageAt(m_tabs->currentIndex()) : nullptr;
        const auto *view = page ? qobject_cast<const PostmortemView *>(page->content()) : nullptr;
        m_importTimeline->setEnabled(view && view->importAction()->isEnabled());
    }
    if (m_print) {
        m_print->setEnabled(report);
        m_printPreview->setEnabled(report);
    }
}

Result<Report> MainWindow::currentReport()
{
    if (insightsShown())
        return m_insights->report();
    const QString uuid = currentReviewUuid();
    if (uuid.isEmpty() || !m_session)
        return Result<Report>::failure(ErrorKind::Missing, QString());
    commitPendingEdits();
    return ReviewReport::build(m_session->workspace(), uuid);
}

void MainWindow::commitPendingEdits()
{
    if (QWidget *focus = QApplication::focusWidget()) {
        focus->clearFocus();
        focus->setFocus();
    }
    if (m_session) {
        for (ReviewDocument *document : m_session->documents())
            document->saveNow();
    }
}

namespace {
// A title as a file name: no character a file system refuses.
QString fileNameOf(QString title)
{
    return title.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"-"_s);
}
} // namespace

void MainWindow::printCurrent(bool preview)
{
    const Result<Report> report = currentReport();
    if (!report) {
        if (!report.message().isEmpty())
            showProblem(report.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPrinter::defaultPageLayout()); // the pages of the PDF
    printer.setDocName(report->title);
    auto paint = [this, &report](QPrinter *target) {
        ReportDocument document(*report);
        if (const Result<> printed = ReportPrinter::print(&document, target, report->title); !printed)
            showProblem(printed.message());
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

namespace {

// A name typed without the format's ending gets it, as the dialog's filter promises ("summary" →
// "summary.pdf"); a name with any ending of its own is left as typed.
QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path;
}

} // namespace

void MainWindow::exportCurrent(const QString &format)
{
    if (insightsShown()) {
        const std::optional<ExportFormat> chosen = exportFormatFromKey(format);
        if (!chosen || *chosen == ExportFormat::Json)
            return;
        const QString name = fileNameOf(m_insights->reportFileName());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(name + u'.' + exportFormatSuffix(*chosen)),
            exportFormatFilter(*chosen));
        if (!path.isEmpty())
            writeReport(m_insights->report(), format, withSuffix(path, exportFormatSuffix(*chosen)));
        return;
    }
    const QString uuid = currentReviewUuid();
    const Review *review = m_session ? m_session->reviews()->reviewByUuid(uuid) : nullptr;
    const std::optional<ExportFormat> chosen = exportFormatFromKey(format);
    if (!review || !chosen)
        return;
    const QString suffix = exportFormatSuffix(*chosen);
    const QString filter = exportFormatFilter(*chosen);
    const QString name = fileNameOf(review->title);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name + u'.' + suffix),
        filter);
    if (!path.isEmpty())
        exportReview(uuid, format, withSuffix(path, suffix));
}

void MainWindow::exportDecisionRecord()
{
    const QString uuid = currentReviewUuid();
    const Review *review = m_session ? m_session->reviews()->reviewByUuid(uuid) : nullptr;
    if (!review || review->kind != ReviewKind::Architecture)
        return;
    const QString madr = decisionRecordFormats().displayName(DecisionRecordFormat::Madr);
    const QString nygard = decisionRecordFormats().displayName(DecisionRecordFormat::Nygard);
    QString filter = madr;
    // The folder a record was last exported to (a repository's doc/adr, most often).
    const QString folderKey = u"decisionRecords/exportFolder"_s;
    const QString folder
        = QSettings()
              .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Decision Record"),
        QDir(folder).filePath(DecisionRecordWriter::fileName(0, review->title)), madr + u";;"_s + nygard,
        &filter);
    if (path.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    commitPendingEdits();
    const DecisionRecordFormat format
        = filter == nygard ? DecisionRecordFormat::Nygard : DecisionRecordFormat::Madr;
    const Result<> written = DecisionRecordWriter::writeFile(m_session->workspace(), uuid, format, path);
    if (!written)
        showProblem(written.message());
    else
        showSaved(path);
    Q_EMIT exportFinished(bool(written), written.message());
}

void MainWindow::importDecisionRecords(const QString &path)
{
    if (!m_session)
        return;
    if (m_session->isReadOnly()) {
        showProblem(m_session->readOnlyReason());
        return;
    }
    DecisionRecordImportDialog dialog(m_session.get(), this);
    if (!path.isEmpty())
        dialog.setPath(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<DecisionRecordImporter::Summary> done = m_session->importDecisionRecords(dialog.plan());
    if (!done) {
        showProblem(done.message());
        return;
    }
    //: After File ▸ Import ▸ Decision Records…
    QString told = tr("Decision records imported: %n review(s) added", nullptr, done->added) + u", "_s
        + tr("%n updated", nullptr, done->updated) + u", "_s + tr("%n unchanged.", nullptr, done->unchanged);
    const int unreadable = int(dialog.plan().failures.size());
    if (unreadable > 0) {
        //: After the import's summary; the files are named in the import dialog's preview.
        told += u' ' + tr("%n file(s) could not be read and were left out.", nullptr, unreadable);
    }
    m_savedNotice->showMessage(
        told, unreadable > 0 ? MessageBanner::Level::Warning : MessageBanner::Level::Information);
    Q_EMIT decisionRecordsImported(done->added, done->updated);
}

void MainWindow::exportReview(const QString &uuid, const QString &format, const QString &path)
{
    if (!m_session)
        return;
    commitPendingEdits();
    const auto finished = [this, path](const Result<> &written) {
        if (!written)
            showProblem(written.message());
        else
            showSaved(path);
        Q_EMIT exportFinished(bool(written), written.message());
    };
    if (format == u"json"_s) {
        finished(ReviewExporter(m_session->workspace()).writeFile(uuid, path));
        return;
    }
    const Result<Report> report = ReviewReport::build(m_session->workspace(), uuid);
    if (!report) {
        finished(Result<>::errorOf(report));
        return;
    }
    writeReport(*report, format, path);
}

void MainWindow::writeReport(const Report &report, const QString &format, const QString &path)
{
    const auto finished = [this, path](const Result<> &written) {
        if (!written)
            showProblem(written.message());
        else
            showSaved(path);
        Q_EMIT exportFinished(bool(written), written.message());
    };
    if (format == u"markdown"_s) {
        finished(ReportPrinter::writeMarkdown(report, path));
        return;
    }
    // A PDF of a long review takes a while: laid out and written off the GUI thread, page by page.
    auto *progress = new QProgressDialog(tr("Writing the PDF…"), tr("Stop"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<std::pair<bool, QString>>();
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    m_exporter = QThread::create([report, path, cancelled, outcome, progress] {
        const Result<> written = ReportPrinter::writePdf(report, path, [&](qint64 page, qint64 pages) {
            QMetaObject::invokeMethod(
                progress,
                [progress, page, pages] {
                    progress->setMaximum(int(pages));
                    progress->setValue(int(page));
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
        *outcome = {bool(written), cancelled->load() ? QString() : written.message()};
    });
    connect(m_exporter, &QThread::finished, this, [this, progress, outcome, cancelled, path] {
        progress->deleteLater();
        m_exporter->deleteLater();
        if (!outcome->first && !cancelled->load())
            showProblem(outcome->second);
        else if (outcome->first)
            showSaved(path);
        Q_EMIT exportFinished(
            outcome->first, cancelled->load() ? tr("Stopped; nothing was written.") : outcome->second);
    });
    m_exporter->start();
}

void MainWindow::saveOpenReviews() const
{
    if (!m_session)
        return;
    QStringList open;
    QList<QVariant> tabs; // each page's own tab
    for (int i = 1; i < m_tabs->count(); ++i) {
        const ReviewPage *page = pageAt(i);
        if (!page)
            continue;
        open.append(page->document()->uuid());
        tabs.append(page->content() && page->content()->tabs() ? page->content()->tabs()->currentIndex() : 0);
    }
    QSettings settings;
    settings.beginGroup(openReviewsGroup(m_session->path()));
    settings.setValue(u"path"_s, m_session->path()); // for whoever reads the settings file
    settings.setValue(u"reviews"_s, open);
    settings.setValue(u"pageTabs"_s, tabs);
    settings.setValue(u"current"_s, currentReviewUuid());
    settings.setValue(u"insights"_s, m_insights != nullptr && m_tabs->indexOf(m_insights) >= 0);
    settings.setValue(u"insightsCurrent"_s, m_insights != nullptr && m_tabs->currentWidget() == m_insights);
    settings.endGroup();
}

void MainWindow::restoreOpenReviews()
{
    if (!m_session)
        return;
    QSettings settings;
    settings.beginGroup(openReviewsGroup(m_session->path()));
    const QStringList open = settings.value(u"reviews"_s).toStringList();
    const QList<QVariant> tabs = settings.value(u"pageTabs"_s).toList();
    const QString current = settings.value(u"current"_s).toString();
    const bool insights = settings.value(u"insights"_s).toBool();
    const bool insightsCurrent = settings.value(u"insightsCurrent"_s).toBool();
    settings.endGroup();
    if (insights)
        showInsights(); // as it was left: the page one reads beside the browser
    for (int i = 0; i < open.size(); ++i) {
        // A review deleted since (here or by someone else) is left out without a word.
        if (!m_session->reviews()->reviewByUuid(open.at(i)))
            continue;
        const Result<ReviewDocument *> document = m_session->openDocument(open.at(i));
        if (!document || m_pages.contains(open.at(i)))
            continue;
        ReviewPage *page = addPage(*document);
        if (page->content() && page->content()->tabs() && i < tabs.size())
            page->content()->tabs()->setCurrentIndex(tabs.at(i).toInt());
    }
    if (ReviewPage *page = m_pages.value(current))
        m_tabs->setCurrentWidget(page);
    else if (insights && insightsCurrent)
        m_tabs->setCurrentWidget(m_insights);
    else
        m_tabs->setCurrentIndex(0);
}

void MainWindow::showSaved(const QString &path)
{
    m_savedNotice->showMessage(
        tr("Saved to %1").arg(QDir::toNativeSeparators(path)), MessageBanner::Level::Information);
    const auto open = [this](const QString &target) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
            showProblem(tr("“%1” could not be opened.").arg(QDir::toNativeSeparators(target)));
    };
    m_savedNotice->addButton(tr("&Open"), [open, path] { open(path); });
    m_savedNotice->addButton(tr("Show in &Folder"), [open, path] { open(QFileInfo(path).absolutePath()); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Let an edit in progress finish (and save) before the window goes.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    saveOpenReviews();
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace Inflection
