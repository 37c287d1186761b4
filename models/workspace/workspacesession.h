// An open workspace and everything that lives as long as it is open: the list of its reviews, the
// documents of the reviews open now, the watcher that notices other people's changes, presence, the
// history of a review, and the background check of the file. Closing it closes all of them, in one
// place.
#pragma once

#include "domain/insightfigures.h"
#include "domain/result.h"
#include "domain/review.h"
#include "domain/searchhit.h"
#include "domain/workspaceconfig.h"
#include "io/decisionrecordimporter.h"
#include "io/reviewimporter.h"
#include "store/workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>

class QThread;

namespace Inflection {

class ChangeWatcher;
class HistoryModel;
class PresenceTracker;
class ReviewDocument;
class ReviewListModel;
class ReviewRepository;

class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    // Opens (or, when options allow, creates) the workspace at path.
    static Result<std::unique_ptr<WorkspaceSession>> open(
        const QString &path, const Workspace::Options &options);
    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    // Where the local workspace lives when none is chosen: the platform's application-data folder.
    static QString defaultPath() { return Workspace::defaultPath(); }
    // Saves what the open documents still hold and closes them; presence leaves.
    ~WorkspaceSession() override;

    Workspace *workspace() const { return m_workspace.get(); }
    QString path() const { return m_workspace->path(); }
    // Read-only because the workspace is, or, on a server, while its connection is lost.
    bool isReadOnly() const { return m_workspace->isReadOnly() || !m_connected; }
    QString readOnlyReason() const;
    // A server's connection: while it is lost, the session is read-only and tries again by itself, waiting
    // longer after each attempt (up to maxRetryDelayMs); a successful attempt makes it writable again and
    // reads everything anew. A file is always connected.
    bool isConnected() const { return m_connected; }
    // When the next attempt is due, in milliseconds from now (-1: none is planned, or one is running).
    int millisecondsUntilRetry() const;
    // Why the last attempt failed; empty before the first.
    QString lastReconnectError() const { return m_reconnectError; }
    // Tries now (Reconnect Now), instead of waiting for the next attempt.
    void reconnectNow();
    // Looks whether the server's connection went away; when it did, the session turns read-only and starts
    // reconnecting. Returns whether it is lost. The session looks by itself too, on every poll and after
    // any failed edit or read.
    bool checkConnection();
    static constexpr int firstRetryDelayMs = 1000;
    static constexpr int maxRetryDelayMs = 8000;
    // On a network file system (a shared drive), and whether it writes ahead (WAL) or rolls back.
    bool isShared() const;
    bool writesAhead() const;

    ReviewListModel *reviews() const { return m_reviews; }
    HistoryModel *history() const { return m_history; }
    PresenceTracker *presence() const { return m_presence; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }

    // A new review of that kind, added to the list; its uuid.
    Result<QString> createReview(ReviewKind kind, const QString &title = QString());
    // The document of an open review (the one open already, or opened now).
    Result<ReviewDocument *> openDocument(const QString &uuid);
    ReviewDocument *document(const QString &uuid) const;
    QList<ReviewDocument *> documents() const;
    // Saves what it still holds and closes it.
    void closeDocument(const QString &uuid);

    // The reviews matching every word of text, best first, each with where it matched and a snippet;
    // nothing (no filter) for no words.
    Result<std::optional<QList<SearchHit>>> search(const QString &text) const;
    // Copies the review with everything in it to the workspace at path, which must exist.
    Result<ReviewImporter::Imported> publish(const QString &uuid, const QString &path, bool force);
    // Writes a plan of decision records (File ▸ Import ▸ Decision Records…): what open documents hold is
    // saved first, and the list and the open documents show the result.
    Result<DecisionRecordImporter::Summary> importDecisionRecords(const DecisionRecordImporter::Plan &plan);

    // The workspace's settings, and writing those that differ (Preferences): the open documents read
    // them again.
    Result<WorkspaceConfig> config() const;
    Result<> setConfig(const WorkspaceConfig &config);
    // How many contributing factors, in all the workspace's postmortems, are filed under each category
    // key (a taxonomy's category that none has is not there).
    Result<QHash<QString, int>> factorCountsByCategory() const;
    // The rows Insights are computed from (postmortems, their factors and remediation items), read now.
    Result<InsightsData> insightsData() const;
    // Who edits (the name in settings, else the account's full name); storing it changes what new edits
    // record from then on, here too.
    static QString authorName();
    static QString systemUserName();
    static void storeAuthorName(const QString &name);
    void setAuthorName(const QString &name);

    // How often other people's changes are looked for (and whether the file is still writable).
    void setPollInterval(int milliseconds);
    // Looks now; true when something had changed (and was read again).
    bool checkForChanges();
    // Reads the workspace's file page by page, off this thread; damage makes the session read-only.
    void startVerification();
    void waitForVerification();

Q_SIGNALS:
    // Another connection or process changed the workspace; the list, the documents and presence
    // have read it again.
    void changedExternally();
    // The workspace became read-only while open (its file, or damage found): readOnlyReason() says why.
    void becameReadOnly();
    // A server's login was granted the right to write while the workspace was open for reading only.
    void becameWritable();
    void documentOpened(Inflection::ReviewDocument *document);
    void documentClosed(const QString &uuid);
    // The server's connection was lost (isConnected() false, the session read-only), or is back (editable
    // again, everything read anew).
    void connectionChanged(bool connected);
    // An attempt to reconnect failed; the next is in milliseconds.
    void reconnectScheduled(int milliseconds);
    // Something failed that no edit of the user's caused (a read, a background check): what to say.
    void problem(const QString &message);

private:
    void refreshFromStore();
    // Overdue remediation and new technology, marked on the list's rows.
    void updateMarks();
    void turnReadOnly();
    // On a server: the login's rights read again, and the session turned read-only or writable to match.
    void recheckRights();
    // After a failed edit or read: the connection lost, or else the login's rights read again.
    void checkAfterFailure();
    // A failed read told as a problem, unless the server's connection is found lost with it.
    void tellReadProblem(const QString &message);
    void loseConnection();
    void attemptReconnect();
    void finishAttempt(quint64 attempt, bool answers);
    void finishVerification(quint64 generation, int problem);
    // An edit of an open review (this connection's edits do not move the watcher): the list's last
    // change, the marks and the history follow.
    void documentEdited(const QString &uuid);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReviewRepository> m_repository;
    ReviewListModel *m_reviews;
    HistoryModel *m_history;
    PresenceTracker *m_presence;
    ChangeWatcher *m_watcher;
    QTimer m_writableCheck;
    int m_checksUntilRights = 0; // writable checks until a server's rights are read again
    std::map<QString, std::unique_ptr<ReviewDocument>> m_documents; // by uuid
    QPointer<QThread> m_verifier;
    quint64 m_generation = 0;
    bool m_connected = true;
    QTimer m_retry; // the next attempt to reconnect
    int m_retryDelayMs = firstRetryDelayMs;
    QPointer<QThread> m_pinger; // asks the server whether it is back, off this thread
    quint64 m_attempt = 0;
    bool m_attemptRunning = false;
    QString m_reconnectError;
};

} // namespace Inflection
