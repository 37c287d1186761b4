// The open workspace: its list, documents, watcher, presence, history and background check.
#include "workspace/workspacesession.h"

#include "review/reviewdocument.h"
#include "store/changewatcher.h"
#include "store/contributingfactorrepository.h"
#include "store/departurerepository.h"
#include "store/identity.h"
#include "store/insightsrepository.h"
#include "store/knowntechnologyrepository.h"
#include "store/remediationrepository.h"
#include "store/reviewrepository.h"
#include "store/searchindex.h"
#include "store/serverconnection.h"
#include "store/workspacelocation.h"
#include "store/workspacesettings.h"
#include "workspace/historymodel.h"
#include "workspace/presencetracker.h"
#include "workspace/reviewdocumentfactory.h"
#include "workspace/reviewlistmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QUndoStack>
#include <algorithm>

namespace Inflection {

Result<std::unique_ptr<WorkspaceSession>> WorkspaceSession::open(
    const QString &path, const Workspace::Options &options)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path, options);
    if (!workspace)
        return Result<std::unique_ptr<WorkspaceSession>>::errorOf(workspace);
    return std::make_unique<WorkspaceSession>(std::move(workspace).value());
}

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_repository(std::make_unique<ReviewRepository>(m_workspace.get()))
    , m_reviews(new ReviewListModel(m_repository.get(), this))
    , m_history(new HistoryModel(m_workspace.get(), this))
    , m_presence(new PresenceTracker(m_workspace.get(), this))
    // The watcher takes its baseline now, before the first load, so no change falls in between.
    , m_watcher(new ChangeWatcher(m_workspace.get(), this))
{
    // A field's "keep mine" after a conflict goes on the review's own undo stack.
    m_reviews->setUndoStackProvider([this](const QString &uuid) -> QUndoStack * {
        ReviewDocument *open = document(uuid);
        return open ? open->undoStack() : nullptr;
    });
    connect(m_reviews, &ReviewListModel::errorOccurred, this, &WorkspaceSession::problem);
    connect(m_history, &HistoryModel::errorOccurred, this, &WorkspaceSession::problem);
    // A failed edit or read may be the first sign of a lost server: read-only at once, before the field
    // that was being saved decides what to show.
    // Or of rights taken away meanwhile (a grant or a revoke while open).
    connect(this, &WorkspaceSession::problem, this, &WorkspaceSession::checkAfterFailure);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WorkspaceSession::attemptReconnect);
    connect(m_watcher, &ChangeWatcher::changed, this, &WorkspaceSession::refreshFromStore);
    // A file that turns read-only while open (its permissions, a share): say so before the next edit.
    connect(&m_writableCheck, &QTimer::timeout, this, [this] {
        if (m_workspace->recheckWritable())
            turnReadOnly();
        // A role granted or taken away while open shows within a few checks, without a query each time.
        constexpr int checksPerRightsCheck = 10;
        if (!checkConnection() && --m_checksUntilRights <= 0) {
            m_checksUntilRights = checksPerRightsCheck;
            recheckRights();
        }
    });
    setPollInterval(1000);
    m_watcher->start();
    m_writableCheck.start();
    // A screenful first; the rest when the list is scrolled, sorted, filtered or searched.
    constexpr int firstRows = 64;
    if (Result<> loaded = m_reviews->loadMostRecent(firstRows); !loaded)
        QMetaObject::invokeMethod(
            this, [this, loaded] { Q_EMIT problem(loaded.message()); }, Qt::QueuedConnection);
    updateMarks();
}

WorkspaceSession::~WorkspaceSession()
{
    waitForVerification();
    if (m_pinger)
        m_pinger->wait();
    // Each document saves what it still holds as it goes.
    while (!m_documents.empty())
        closeDocument(m_documents.begin()->first);
    delete m_presence; // leaves: others see this window gone at once
    m_presence = nullptr;
    delete m_reviews; // before the repository it reads
}

bool WorkspaceSession::isShared() const
{
    return m_workspace->location() == FileSystemKind::Network;
}

bool WorkspaceSession::writesAhead() const
{
    return m_workspace->journalMode() == Workspace::JournalMode::Wal;
}

ReviewDocument *WorkspaceSession::document(const QString &uuid) const
{
    const auto it = m_documents.find(uuid);
    return it == m_documents.end() ? nullptr : it->second.get();
}

QList<ReviewDocument *> WorkspaceSession::documents() const
{
    QList<ReviewDocument *> open;
    for (const auto &[uuid, document] : m_documents)
        open.append(document.get());
    return open;
}

Result<QString> WorkspaceSession::createReview(ReviewKind kind, const QString &title)
{
    const Result<Review> review = m_reviews->repository()->create(kind, title);
    if (!review)
        return Result<QString>::failure(review.error(),
            QCoreApplication::translate("Inflection::WorkspaceSession", "The review could not be created: %1")
                .arg(review.message()));
    m_reviews->insertReviewWithoutUndo(*review);
    return review->uuid;
}

Result<ReviewDocument *> WorkspaceSession::openDocument(const QString &uuid)
{
    if (ReviewDocument *open = document(uuid))
        return open;
    const Review *review = m_reviews->reviewByUuid(uuid);
    Result<Review> stored = review ? Result<Review>(*review) : m_reviews->repository()->find(uuid);
    if (!stored)
        return Result<ReviewDocument *>::errorOf(stored);
    if (!review)
        m_reviews->insertReviewWithoutUndo(*stored);
    Result<std::unique_ptr<ReviewDocument>> opened
        = ReviewDocumentFactory::open(m_workspace.get(), m_reviews, *stored, this);
    if (!opened)
        return Result<ReviewDocument *>::errorOf(opened);
    ReviewDocument *document = opened->get();
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this, uuid] { documentEdited(uuid); });
    // A refused edit: the server gone, or the login's rights taken away meanwhile.
    connect(document, &ReviewDocument::errorOccurred, this, &WorkspaceSession::checkAfterFailure);
    if (!m_connected)
        document->setReadOnly(true);
    connect(document, &ReviewDocument::textSaved, this, [this, uuid] { documentEdited(uuid); });
    m_documents.emplace(uuid, std::move(opened).value());
    QStringList open;
    for (const auto &[key, value] : m_documents)
        open.append(key);
    m_presence->setOpenReviews(open);
    Q_EMIT documentOpened(document);
    return document;
}

void WorkspaceSession::closeDocument(const QString &uuid)
{
    const auto it = m_documents.find(uuid);
    if (it == m_documents.end())
        return;
    std::unique_ptr<ReviewDocument> document = std::move(it->second);
    m_documents.erase(it);
    document->saveNow();
    document.reset();
    if (m_presence) {
        QStringList open;
        for (const auto &[key, value] : m_documents)
            open.append(key);
        m_presence->setOpenReviews(open);
    }
    Q_EMIT documentClosed(uuid);
}

Result<std::optional<QList<SearchHit>>> WorkspaceSession::search(const QString &text) const
{
    return SearchIndex::search(m_workspace.get(), text);
}

Result<ReviewImporter::Imported> WorkspaceSession::publish(
    const QString &uuid, const QString &path, bool force)
{
    using Published = Result<ReviewImporter::Imported>;
    for (ReviewDocument *open : documents())
        open->saveNow();
    const Result<WorkspaceLocation> where = WorkspaceLocation::parse(path);
    if (!where)
        return Published::errorOf(where);
    if (where->sameWorkspace(m_workspace->workspaceLocation()))
        return Published::failure(ErrorKind::Refused,
            QCoreApplication::translate("Inflection::WorkspaceSession", "That is the workspace open now."));
    if (where->isFile() && !QFileInfo::exists(path))
        return Published::failure(ErrorKind::Missing,
            QCoreApplication::translate("Inflection::WorkspaceSession",
                "“%1” is not there. If it is on a shared drive, is the drive mounted and reachable? Nothing "
                "was published; your review is unchanged here.")
                .arg(QDir::toNativeSeparators(path)));
    Workspace::Options options;
    options.create = false;
    Result<std::unique_ptr<Workspace>> target = Workspace::open(path, options);
    if (!target)
        return Published::errorOf(target);
    if ((*target)->isReadOnly())
        return Published::failure(ErrorKind::ReadOnly, (*target)->readOnlyReason());
    (*target)->setAuthor(m_workspace->author());
    return ReviewImporter(target->get()).copyFrom(m_workspace.get(), uuid, force);
}

Result<DecisionRecordImporter::Summary> WorkspaceSession::importDecisionRecords(
    const DecisionRecordImporter::Plan &plan)
{
    for (ReviewDocument *open : documents())
        open->saveNow();
    const Result<DecisionRecordImporter::Summary> done
        = DecisionRecordImporter(m_workspace.get()).apply(plan);
    refreshFromStore();
    return done;
}

Result<WorkspaceConfig> WorkspaceSession::config() const
{
    return WorkspaceSettings(m_workspace.get()).read();
}

Result<InsightsData> WorkspaceSession::insightsData() const
{
    return InsightsRepository(m_workspace.get()).read();
}

Result<> WorkspaceSession::setConfig(const WorkspaceConfig &config)
{
    const Result<> written = WorkspaceSettings(m_workspace.get()).write(config);
    if (!written)
        return written;
    for (ReviewDocument *open : documents()) {
        if (Result<> read = open->reloadConfig(); !read)
            Q_EMIT problem(read.message());
    }
    updateMarks();
    return {};
}

Result<QHash<QString, int>> WorkspaceSession::factorCountsByCategory() const
{
    return ContributingFactorRepository(m_workspace.get()).countsByCategory();
}

QString WorkspaceSession::authorName()
{
    return Identity::authorName();
}

QString WorkspaceSession::systemUserName()
{
    return Identity::systemUserName();
}

void WorkspaceSession::storeAuthorName(const QString &name)
{
    Identity::setAuthorName(name);
}

void WorkspaceSession::setAuthorName(const QString &name)
{
    storeAuthorName(name);
    m_workspace->setAuthor(Identity::authorName());
}

void WorkspaceSession::setPollInterval(int milliseconds)
{
    m_watcher->setInterval(milliseconds);
    m_writableCheck.setInterval(milliseconds);
}

bool WorkspaceSession::checkForChanges()
{
    return m_watcher->checkNow();
}

void WorkspaceSession::refreshFromStore()
{
    if (Result<> loaded = m_reviews->reload(); !loaded)
        tellReadProblem(loaded.message());
    updateMarks();
    for (ReviewDocument *open : documents()) {
        if (Result<> loaded = open->reload(); !loaded)
            tellReadProblem(loaded.message());
    }
    m_presence->refresh();
    if (Result<> loaded = m_history->reload(); !loaded)
        tellReadProblem(loaded.message());
    Q_EMIT changedExternally();
}

void WorkspaceSession::documentEdited(const QString &uuid)
{
    if (Result<> refreshed = m_reviews->refreshReview(uuid); !refreshed)
        tellReadProblem(refreshed.message());
    updateMarks();
    if (m_history->reviewId() != 0) {
        if (Result<> loaded = m_history->reload(); !loaded)
            tellReadProblem(loaded.message());
    }
}

void WorkspaceSession::updateMarks()
{
    const Result<QHash<qint64, int>> overdue
        = RemediationRepository(m_workspace.get()).overdueByReview(QDate::currentDate());
    if (overdue)
        m_reviews->setOverdueCounts(*overdue);
    // Each review's departures against the known technologies: how many are new, how many on hold.
    const Result<TechRadar> radar = KnownTechnologyRepository(m_workspace.get()).radar();
    const Result<DepartureRepository::TechnologyCounts> counts = radar
        ? DepartureRepository(m_workspace.get()).technologyByReview(*radar)
        : Result<DepartureRepository::TechnologyCounts>::errorOf(radar);
    if (counts)
        m_reviews->setTechnologyCounts(counts->fresh, counts->onHold);
    if (!overdue || !counts)
        tellReadProblem(!overdue ? overdue.message() : counts.message());
}

void WorkspaceSession::turnReadOnly()
{
    for (ReviewDocument *open : documents())
        open->setReadOnly(true);
    Q_EMIT becameReadOnly();
}

void WorkspaceSession::checkAfterFailure()
{
    if (!checkConnection())
        recheckRights();
}

void WorkspaceSession::tellReadProblem(const QString &message)
{
    // A read that failed because the server went is told by the reconnecting strip, not as a raw error
    // over the notice (which may hold the value of an edit that failed with it).
    if (!checkConnection())
        Q_EMIT problem(message);
}

void WorkspaceSession::recheckRights()
{
    if (!m_connected || !m_workspace->recheckServerRights())
        return;
    if (m_workspace->isReadOnly()) {
        turnReadOnly();
        return;
    }
    for (ReviewDocument *open : documents())
        open->setReadOnly(false);
    Q_EMIT becameWritable();
}

QString WorkspaceSession::readOnlyReason() const
{
    if (m_connected)
        return m_workspace->readOnlyReason();
    return QCoreApplication::translate("Inflection::WorkspaceSession",
        "The connection to the server “%1” was lost. Until it is back the workspace is read-only; what "
        "you are typing stays in its field, and every change the server acknowledged is kept.")
        .arg(m_workspace->workspaceLocation().displayName());
}

bool WorkspaceSession::checkConnection()
{
    if (!m_connected)
        return true;
    if (!ServerConnection::isLost(*m_workspace))
        return false;
    loseConnection();
    return true;
}

void WorkspaceSession::loseConnection()
{
    m_connected = false;
    m_reconnectError.clear();
    m_retryDelayMs = firstRetryDelayMs;
    m_watcher->stop();
    for (ReviewDocument *open : documents())
        open->setReadOnly(true);
    Q_EMIT connectionChanged(false);
    m_retry.start(m_retryDelayMs);
}

int WorkspaceSession::millisecondsUntilRetry() const
{
    return m_retry.isActive() ? m_retry.remainingTime() : -1;
}

void WorkspaceSession::reconnectNow()
{
    if (m_connected || m_attemptRunning)
        return;
    m_retry.stop();
    attemptReconnect();
}

void WorkspaceSession::attemptReconnect()
{
    if (m_connected || m_attemptRunning)
        return;
    m_attemptRunning = true;
    // Whether the server answers is asked off this thread: an unreachable host is waited for up to the
    // connection's timeout, and the window goes on meanwhile. Only a server that answers is logged in to.
    const Workspace *workspace = m_workspace.get();
    const quint64 attempt = ++m_attempt;
    m_pinger = QThread::create([this, workspace, attempt] {
        const bool answers = ServerConnection::answers(*workspace);
        QMetaObject::invokeMethod(
            this, [this, attempt, answers] { finishAttempt(attempt, answers); }, Qt::QueuedConnection);
    });
    connect(m_pinger, &QThread::finished, m_pinger, &QObject::deleteLater);
    m_pinger->start();
}

void WorkspaceSession::finishAttempt(quint64 attempt, bool answers)
{
    if (attempt != m_attempt || m_connected)
        return;
    m_attemptRunning = false;
    Result<> reconnected = answers
        ? ServerConnection::reconnect(*m_workspace)
        : Result<>::failure(QCoreApplication::translate(
            "Inflection::WorkspaceSession", "The server “%1” does not answer yet.")
                                .arg(m_workspace->workspaceLocation().displayName()));
    if (!reconnected) {
        m_reconnectError = reconnected.message();
        m_retryDelayMs = std::min(m_retryDelayMs * 2, maxRetryDelayMs);
        m_retry.start(m_retryDelayMs);
        Q_EMIT reconnectScheduled(m_retryDelayMs);
        return;
    }
    m_connected = true;
    m_reconnectError.clear();
    for (ReviewDocument *open : documents()) {
        open->setReadOnly(m_workspace->isReadOnly());
        open->saveNow(); // what was typed while the server was away (a proposal's text)
    }
    m_watcher->start();
    Q_EMIT connectionChanged(true);
    // What others changed meanwhile was not notified: everything is read again.
    refreshFromStore();
}

void WorkspaceSession::startVerification()
{
    const Workspace *workspace = m_workspace.get();
    const quint64 generation = ++m_generation;
    m_verifier = QThread::create([this, workspace, generation] {
        const int found = static_cast<int>(workspace->verify().error());
        QMetaObject::invokeMethod(
            this, [this, generation, found] { finishVerification(generation, found); }, Qt::QueuedConnection);
    });
    connect(m_verifier, &QThread::finished, m_verifier, &QObject::deleteLater);
    m_verifier->start(QThread::LowPriority);
}

void WorkspaceSession::waitForVerification()
{
    if (m_verifier)
        m_verifier->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void WorkspaceSession::finishVerification(quint64 generation, int problem)
{
    const auto found = static_cast<ErrorKind>(problem);
    // A lock held for a moment by another instance is no finding.
    if (generation != m_generation || found != ErrorKind::Corrupt)
        return;
    m_workspace->becomeReadOnly(found);
    turnReadOnly();
}

} // namespace Inflection
