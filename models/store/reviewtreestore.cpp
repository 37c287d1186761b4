// SQL of whole reviews: each part read and written through its repository's columns.
#include "reviewtreestore.h"

#include "reviewtables.h"

#include "attendeerepository.h"
#include "changelogrepository.h"
#include "checklistrepository.h"
#include "commentrepository.h"
#include "contingencyrepository.h"
#include "contributingfactorrepository.h"
#include "departurerepository.h"
#include "incidentlinkrepository.h"
#include "incidentrepository.h"
#include "launchrepository.h"
#include "lintdismissalrepository.h"
#include "parkinglotrepository.h"
#include "proposalrepository.h"
#include "questionrepository.h"
#include "recordupdate.h"
#include "remediationrepository.h"
#include "reviewrepository.h"
#include "scopedtransaction.h"
#include "timelinerepository.h"
#include "workspace.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// The review's one record of a table of one a review: there, or nothing.
template<typename Record, typename Repository>
Result<std::optional<Record>> single(const Repository &repository, qint64 reviewId)
{
    Result<Record> stored = repository.ofReview(reviewId);
    if (!stored)
        return Result<std::optional<Record>>::errorOf(stored);
    return stored->isStored() ? std::optional<Record>(*stored) : std::optional<Record>();
}

} // namespace

ReviewTreeStore::ReviewTreeStore(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<ReviewTree> ReviewTreeStore::read(const QString &uuid) const
{
    ReviewTree tree;
    Result<Review> review = ReviewRepository(m_workspace).find(uuid);
    if (!review)
        return Result<ReviewTree>::errorOf(review);
    tree.review = *review;
    const qint64 id = review->id;
    const Result<QString> lastEdit = ChangeLogRepository(m_workspace).lastEditAt(id);
    if (!lastEdit)
        return Result<ReviewTree>::errorOf(lastEdit);
    tree.review.updatedAt = std::max(review->updatedAt, timestampFromText(*lastEdit));

    // Each part: the first error ends the read.
    Result<> failed;
    const auto take = [&failed](auto result, auto &into) {
        if (!failed)
            return;
        if (!result)
            failed = Result<>::errorOf(result);
        else
            into = std::move(result).value();
    };
    take(ChecklistRepository(m_workspace).forReview(id), tree.checklist);
    take(AttendeeRepository(m_workspace).forReview(id), tree.attendees);
    take(single<LaunchPlan>(LaunchRepository(m_workspace), id), tree.launch);
    take(ContingencyRepository(m_workspace).forReview(id), tree.contingencies);
    take(single<IncidentFacts>(IncidentRepository(m_workspace), id), tree.incident);
    take(TimelineRepository(m_workspace).forReview(id), tree.timeline);
    take(RemediationRepository(m_workspace).forReview(id), tree.remediation);
    take(ContributingFactorRepository(m_workspace).forReview(id), tree.contributingFactors);
    take(IncidentLinkRepository(m_workspace).forReview(id), tree.incidentLinks);
    take(ParkingLotRepository(m_workspace).forReview(id), tree.parkingLot);
    take(LintDismissalRepository(m_workspace).forReview(id), tree.lintDismissals);
    take(single<Proposal>(ProposalRepository(m_workspace), id), tree.proposal);
    take(DepartureRepository(m_workspace).forReview(id), tree.departures);
    take(CommentRepository(m_workspace).forReview(id), tree.comments);
    take(QuestionRepository(m_workspace).forReview(id), tree.questions);
    if (!failed)
        return Result<ReviewTree>::errorOf(failed);
    return tree;
}

Result<ReviewTreeStore::Written> ReviewTreeStore::write(const ReviewTree &tree, bool force, bool asCreated)
{
    using Done = Result<Written>;
    if (m_workspace->isReadOnly())
        return Done::failure(ErrorKind::ReadOnly,
            QCoreApplication::translate(
                "Inflection::ReviewTreeStore", "The workspace is read-only; nothing was imported."));
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Done::errorOf(begun);
    const Result<bool> authorsKept = transaction.keepAuthors();
    if (!authorsKept)
        return Done::errorOf(authorsKept);

    const Review &r = tree.review;
    const Result<Review> existing = ReviewRepository(m_workspace).find(r.uuid);
    if (!existing && existing.error() != ErrorKind::Missing)
        return Done::errorOf(existing);
    if (existing && existing->kind != r.kind)
        return Done::failure(ErrorKind::Refused,
            QCoreApplication::translate("Inflection::ReviewTreeStore",
                "The workspace has review %1 as another kind of review; nothing was imported.")
                .arg(r.uuid));
    if (existing && !force) {
        // Newer: the review or anything in it was edited here after the copy being written was.
        const Result<QString> lastEdit = ChangeLogRepository(m_workspace).lastEditAt(existing->id);
        if (!lastEdit)
            return Done::errorOf(lastEdit);
        const QDateTime edited = std::max(existing->updatedAt, timestampFromText(*lastEdit));
        if (edited > r.updatedAt)
            return Done::failure(ErrorKind::Newer,
                QCoreApplication::translate("Inflection::ReviewTreeStore",
                    "The workspace copy of “%1” is newer (changed %2) than the one being imported (%3); "
                    "nothing was imported.")
                    .arg(existing->title, timestampToText(edited), timestampToText(r.updatedAt)));
    }

    const RecordWriter::ColumnValues reviewColumns = ReviewRepository::columnsOf(r);
    qint64 reviewId = 0;
    if (existing) {
        reviewId = existing->id;
        if (Result<> replaced = ReviewRepository(m_workspace).replace(reviewId, r); !replaced)
            return Done::errorOf(replaced);
        // What was in it is replaced as a whole, children before their parents.
        const QStringList &tables = ReviewTables::content();
        for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
            QSqlQuery remove(db);
            remove.prepare(u"DELETE FROM "_s + *table + u" WHERE review = :review"_s);
            remove.bindValue(u":review"_s, reviewId);
            if (!remove.exec())
                return Done::failure(remove.lastError().text());
        }
    } else {
        RecordWriter::ColumnValues columns = reviewColumns;
        columns.prepend({u"kind"_s, reviewKinds().key(r.kind)});
        const Result<qint64> id = RecordWriter::insert(db, u"review"_s, r.uuid, columns, r.updatedBy,
            timestampToText(r.updatedAt), timestampToText(r.createdAt));
        if (!id)
            return Done::errorOf(id);
        reviewId = *id;
    }

    // Every part through its repository's columns, with its own times and author.
    Result<> failed;
    const auto put = [&](const QString &table, StoredRecord record, RecordWriter::ColumnValues columns) {
        if (!failed)
            return qint64(0);
        for (auto &[column, value] : columns) {
            if (column == u"review"_s)
                value = reviewId;
        }
        const Result<qint64> id
            = RecordWriter::insert(db, table, record.uuid.isEmpty() ? newRecordUuid() : record.uuid, columns,
                record.updatedBy, timestampToText(record.updatedAt), timestampToText(record.createdAt));
        if (!id) {
            failed = Result<>::errorOf(id);
            return qint64(0);
        }
        return *id;
    };
    const auto putAll = [&](const auto &records, const auto &repository) {
        for (const auto &record : records)
            put(repository.mapping().table, record, repository.columnsOf(record));
    };
    putAll(tree.checklist, ChecklistRepository(m_workspace));
    putAll(tree.attendees, AttendeeRepository(m_workspace));
    if (tree.launch)
        putAll(QList<LaunchPlan> {*tree.launch}, LaunchRepository(m_workspace));
    putAll(tree.contingencies, ContingencyRepository(m_workspace));
    if (tree.incident)
        putAll(QList<IncidentFacts> {*tree.incident}, IncidentRepository(m_workspace));
    putAll(tree.timeline, TimelineRepository(m_workspace));
    putAll(tree.remediation, RemediationRepository(m_workspace));
    putAll(tree.contributingFactors, ContributingFactorRepository(m_workspace));
    putAll(tree.incidentLinks, IncidentLinkRepository(m_workspace));
    putAll(tree.parkingLot, ParkingLotRepository(m_workspace));
    if (tree.proposal)
        putAll(QList<Proposal> {*tree.proposal}, ProposalRepository(m_workspace));
    putAll(tree.departures, DepartureRepository(m_workspace));
    for (const LintDismissal &d : tree.lintDismissals)
        put(u"lint_dismissal"_s, d, LintDismissalRepository::columnsOf(d));
    for (const Comment &c : tree.comments)
        put(u"comment"_s, c, CommentRepository::columnsOf(c));
    QSqlQuery vote(db);
    vote.prepare(u"INSERT INTO vote (question, voter, created_at) VALUES (:question, :voter, :at) "
                 u"ON CONFLICT DO NOTHING"_s);
    for (const Question &q : tree.questions) {
        const qint64 questionId = put(u"question"_s, q, QuestionRepository::columnsOf(q));
        for (const QString &voter : q.voters) {
            if (!failed)
                break;
            vote.bindValue(u":question"_s, questionId);
            vote.bindValue(u":voter"_s, voter);
            vote.bindValue(u":at"_s, timestampToText(q.updatedAt));
            if (!vote.exec())
                failed = Result<>::failure(vote.lastError().text());
        }
    }
    if (!failed)
        return Done::errorOf(failed);
    const RecordWriter::ChangeLogEntry entry = asCreated
        ? RecordWriter::ChangeLogEntry {reviewId, timestampToText(r.createdAt), r.updatedBy, u"created"_s, {},
            {}, {}}
        : RecordWriter::ChangeLogEntry {
            reviewId, RecordWriter::now(), m_workspace->author(), u"imported"_s, {}, {}, {}};
    if (Result<> logged = RecordWriter::log(db, entry); !logged)
        return Done::errorOf(logged);
    if (Result<> committed = transaction.commit(); !committed)
        return Done::errorOf(committed);
    return Written {!existing, *authorsKept};
}

} // namespace Inflection
