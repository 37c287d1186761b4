// The main window: a workspace browser and a tab per open review.
#pragma once

#include "domain/reviewkind.h"
#include "io/reviewimporter.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QThread;
class QUndoGroup;

namespace Inflection {

class ChangeWatcher;
class HistoryModel;
class PresenceTracker;
class MessageBanner;
class ReviewListModel;
class ReviewPage;
class ReviewRepository;
class Workspace;
class WorkspaceBrowser;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at path in place of the current one. On failure the current workspace
    // stays open and error says why.
    bool openWorkspace(const QString &path, QString *error);
    // Shows a message that the window could not open what it was asked to.
    void showProblem(const QString &message);

    Workspace *workspace() const { return m_workspace.get(); }
    ReviewListModel *reviewModel() const { return m_model; }
    WorkspaceBrowser *browser() const { return m_browser; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    MessageBanner *noticeBanner() const { return m_noticeBanner; }
    QString statusText() const;

    // Creates a review of that kind and opens it; returns its uuid (empty on failure).
    QString createReview(ReviewKind kind);
    ReviewPage *openReview(const QString &uuid);
    ReviewPage *page(const QString &uuid) const { return m_pages.value(uuid); }
    // Waits for the background integrity check of the open workspace (for tests and shutdown).
    void waitForVerification();

    static QStringList recentWorkspaces();
    // A workspace that opened before and is not there now (an unmounted drive, say) is not created
    // afresh: openWorkspace fails with a message saying so, and the current workspace stays open.
    bool openExistingWorkspace(const QString &path, QString *error);
    // The workspace the window was started on. Where there is none yet, a new one is made only when
    // the person agrees; otherwise fallback opens, with a notice that nothing was created. Problems
    // show in the window.
    void openGivenWorkspace(const QString &path, const QString &fallback);

    // Copies (publishes) the review with all its children to the workspace at path, which must exist:
    // new there, or an update when their copy was not edited after ours (Newer otherwise, unless force).
    // The target is remembered among the publishing targets.
    ReviewImporter::Result publishReview(const QString &uuid, const QString &path, bool force = false);
    static QStringList publishTargets();

    // The History panel: the current review's change log.
    QDockWidget *historyDock() const { return m_historyDock; }
    HistoryModel *historyModel() const { return m_history; }
    // Who else has the open reviews open; replaced with the workspace.
    PresenceTracker *presence() const { return m_presence; }

    // The review of the current tab; empty on the browser.
    QString currentReviewUuid() const;
    // Writes the review's summary ("pdf", "markdown") or interchange file ("json") to path. A PDF is
    // written off the GUI thread with progress and Stop; exportFinished says how it ended.
    void exportReview(const QString &uuid, const QString &format, const QString &path);
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QList<QAction *> exportActions() const { return m_exportActions; }

Q_SIGNALS:
    // Another connection or process changed the open workspace; open pages re-read it.
    void workspaceChangedExternally();
    void exportFinished(bool written, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A new language: the menus, the browser and the open pages in it.
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void closeWorkspace();
    void closeReviewTab(int index);
    void newWorkspace();
    void chooseWorkspace();
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    void updateWindowState();
    void refreshFromStore();
    // Overdue remediation and new technology, marked on the browser's rows.
    void updateReviewMarks();
    void startVerification();
    void finishVerification(quint64 generation, int problem);
    // The workspace became read-only while open: every page and the banner say so.
    void showReadOnly();
    void about();
    void showPreferences();
    void retranslate();
    // Pending edits of the open pages stored, so that a summary has them.
    void commitPendingEdits();
    void printCurrent(bool preview);
    void exportCurrent(const QString &format);
    void updateReviewActions();
    void rebuildPublishMenu();
    // Publishes the current review to path, asking before replacing a newer copy there.
    void publishCurrent(const QString &path);
    void choosePublishTarget();
    void showHistoryOfCurrent();
    void updatePresence();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReviewRepository> m_repository;
    ReviewListModel *m_model = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    QUndoGroup *m_undoGroup;
    QTabWidget *m_tabs;
    WorkspaceBrowser *m_browser;
    MessageBanner *m_readOnlyBanner;
    MessageBanner *m_noticeBanner;
    QLabel *m_storageLabel;
    QMenu *m_recentMenu = nullptr;
    QPointer<QThread> m_verifier; // checks the open workspace page by page, off the GUI thread
    quint64 m_generation = 0; // counts opened workspaces, so a late result finds its own
    QList<QAction *> m_newReviewActions;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
    QList<QAction *> m_exportActions;
    QMenu *m_publishMenu = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QTableView *m_historyView = nullptr;
    HistoryModel *m_history = nullptr;
    PresenceTracker *m_presence = nullptr;
    QPointer<QThread> m_exporter;
    QHash<QString, ReviewPage *> m_pages;
    bool m_retranslatePending = false;
};

} // namespace Inflection
