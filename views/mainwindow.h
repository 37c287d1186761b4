// The main window: a workspace browser and a tab per open review.
#pragma once

#include "domain/result.h"
#include "domain/reviewkind.h"
#include "io/reviewimporter.h"
#include "report/report.h"

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

class InsightsPage;
class MessageBanner;
class ReconnectBanner;
class ReviewDocument;
class ReviewPage;
class WorkspaceBrowser;
class WorkspaceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at path in place of the current one. On failure the current workspace
    // stays open and the result says why. A server's workspace is connected to as libpq connects (its
    // ~/.pgpass and pg_service.conf included); when the server asks for a password that neither has, the
    // one kept in the keyring is used, and without one it fails with Refused, asking for it.
    Result<> openWorkspace(const QString &path);
    // File ▸ Connect to Team Server…: the dialog, started from a connection (a recent server, say) and
    // showing why it is asked for when problem is given.
    void connectToServer(const QString &connection = QString(), const QString &problem = QString());
    QAction *connectServerAction() const { return m_connectServer; }
    QMenu *recentMenu() const { return m_recentMenu; }
    // Shows a message that the window could not open what it was asked to.
    void showProblem(const QString &message);
    // Why the workspace at path could not be opened; for a server, with Connect… to type a password or
    // correct the connection in the connect dialog. When the server asks for a password that nothing has
    // (kind Refused), the connect dialog opens by itself as soon as the event loop runs (queued, so that
    // neither the start nor the caller waits on it), filled in and saying why.
    void showOpenProblem(const QString &path, const QString &message, ErrorKind kind = ErrorKind::Failed);
    // "Saved to …" with Open and Show in Folder.
    void showSaved(const QString &path);

    // The open workspace; null when none is.
    WorkspaceSession *session() const { return m_session.get(); }
    WorkspaceBrowser *browser() const { return m_browser; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    MessageBanner *noticeBanner() const { return m_noticeBanner; }
    // A server's connection lost: reconnecting, with Reconnect Now.
    ReconnectBanner *reconnectBanner() const { return m_reconnectBanner; }
    // "Saved to …" with Open and Show in Folder, floating over the bottom of the window.
    MessageBanner *savedNotice() const { return m_savedNotice; }
    QString statusText() const;
    // The status bar's note from the open pages (empty when none has one).
    QLabel *statusNoteLabel() const { return m_noteLabel; }

    // Creates a review of that kind and opens it; returns its uuid (empty on failure).
    QString createReview(ReviewKind kind);
    ReviewPage *openReview(const QString &uuid);
    // The review opened at one of its items (a contingency item, a departure).
    ReviewPage *openReviewAt(const QString &uuid, const QString &itemUuid);
    ReviewPage *page(const QString &uuid) const { return m_pages.value(uuid); }
    // The Reviews list, then Insights when open, then a tab for each open review.
    QTabWidget *tabs() const { return m_tabs; }
    // Opens (or goes to) the Insights page beside the review browser; returns it.
    InsightsPage *showInsights();
    // The Insights page; null while it is not open.
    InsightsPage *insights() const { return m_insights; }
    QAction *insightsAction() const { return m_insightsAction; }
    // Waits for the background integrity check of the open workspace (for tests and shutdown).
    void waitForVerification();
    // The reviews open when the window last closed on this workspace, each on its own tab as it was,
    // and the tab that was shown; reviews that are gone are left out silently. Done at start.
    void restoreOpenReviews();

    static QStringList recentWorkspaces();
    // A workspace that opened before and is not there now (an unmounted drive, say) is not created
    // afresh: it fails with a message saying so, and the current workspace stays open.
    Result<> openExistingWorkspace(const QString &path);
    // The workspace the window was started on. Where there is none yet, a new one is made only when
    // the person agrees; otherwise fallback opens, with a notice that nothing was created. Problems
    // show in the window.
    void openGivenWorkspace(const QString &path, const QString &fallback);

    // Copies (publishes) the review with all its children to the workspace at path, which must exist:
    // new there, or an update when their copy was not edited after ours (Newer otherwise, unless force).
    // The target is remembered among the publishing targets.
    Result<ReviewImporter::Imported> publishReview(
        const QString &uuid, const QString &path, bool force = false);
    static QStringList publishTargets();

    // The History panel: the current review's change log.
    QDockWidget *historyDock() const { return m_historyDock; }

    // The review of the current tab; empty on the browser.
    QString currentReviewUuid() const;
    // Writes the review's summary ("pdf", "markdown") or interchange file ("json") to path. A PDF is
    // written off the GUI thread with progress and Stop; exportFinished says how it ended.
    void exportReview(const QString &uuid, const QString &format, const QString &path);
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QList<QAction *> exportActions() const { return m_exportActions; }
    // File ▸ Export ▸ Decision Record… (architecture reviews) and File ▸ Import ▸ Decision Records….
    QAction *exportDecisionRecordAction() const { return m_exportDecisionRecord; }
    QAction *importDecisionRecordsAction() const { return m_importDecisionRecords; }
    QAction *importTimelineAction() const { return m_importTimeline; }
    // The import dialog, opened on path when one is given; writes what the person accepts.
    void importDecisionRecords(const QString &path = QString());

Q_SIGNALS:
    void exportFinished(bool written, const QString &message);
    void decisionRecordsImported(int added, int updated);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A new language: the menus, the browser and the open pages in it.
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    // Remembers the open reviews and the tab shown, per workspace (restoreOpenReviews()).
    void saveOpenReviews() const;
    void closeWorkspace();
    // The review's page goes, and with it (when closeDocument) its document.
    void closeReviewTab(int index, bool closeDocument = true);
    ReviewPage *addPage(ReviewDocument *document);
    // The page of the tab at index; null for the browser.
    ReviewPage *pageAt(int index) const;
    void newWorkspace();
    void chooseWorkspace();
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    // The text that opens path: path itself, or a server's connection with the password kept for it.
    Result<QString> connectionFor(const QString &path) const;
    // A recent workspace chosen: a server that cannot be opened as it is gets the connect dialog.
    void openRecent(const QString &path);
    void updateWindowState();
    // The login's level on a server (for the status bar) read again, and the window's state shown.
    void updateServerLevel();
    // After a reconnection or a right to write given back: a warning still shown is marked as from
    // before, after now (what is the case now).
    void markNoticePast(const QString &now);
    void about();
    void showPreferences();
    void retranslate();
    // Pending edits of the open pages stored, so that a summary has them.
    void commitPendingEdits();
    void showReviewProblem(const QString &message);
    // Insights is the current tab.
    bool insightsShown() const;
    // The current review's summary, or on Insights the learning report; an empty message when there is
    // neither.
    Result<Report> currentReport();
    // Writes a summary or report ("pdf", "markdown") to path; a PDF off the GUI thread, as exportReview.
    void writeReport(const Report &report, const QString &format, const QString &path);
    void printCurrent(bool preview);
    void exportCurrent(const QString &format);
    void exportDecisionRecord();
    void updateReviewActions();
    void rebuildPublishMenu();
    // Publishes the current review to path, asking before replacing a newer copy there.
    void publishCurrent(const QString &path);
    void choosePublishTarget();
    void showHistoryOfCurrent();
    void updatePresence();
    // The status bar's note: what the open pages say holds (a presentation, say).
    void updateStatusNotes();

    std::unique_ptr<WorkspaceSession> m_session;
    QUndoGroup *m_undoGroup;
    QTabWidget *m_tabs;
    WorkspaceBrowser *m_browser;
    InsightsPage *m_insights = nullptr;
    QAction *m_insightsAction = nullptr;
    MessageBanner *m_readOnlyBanner;
    MessageBanner *m_noticeBanner;
    ReconnectBanner *m_reconnectBanner;
    MessageBanner *m_savedNotice;
    QLabel *m_storageLabel;
    QLabel *m_noteLabel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_connectServer = nullptr;
    // The login's level in the open workspace on a server (reader, editor, admin); empty for a file.
    QString m_serverLevel;
    QList<QAction *> m_newReviewActions;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
    QList<QAction *> m_exportActions;
    QAction *m_exportDecisionRecord = nullptr;
    QAction *m_importDecisionRecords = nullptr;
    QAction *m_importTimeline = nullptr;
    QMenu *m_publishMenu = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QTableView *m_historyView = nullptr;
    QPointer<QThread> m_exporter;
    QHash<QString, ReviewPage *> m_pages;
    bool m_retranslatePending = false;
};

} // namespace Inflection
