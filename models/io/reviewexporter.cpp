// Export of reviews to the interchange format.
#include "reviewexporter.h"

#include "../store/changelogrepository.h"

#include "../domain/timestamp.h"
#include "../store/attendeerepository.h"
#include "../store/checklistrepository.h"
#include "../store/commentrepository.h"
#include "../store/contingencyrepository.h"
#include "../store/departurerepository.h"
#include "../store/incidentrepository.h"
#include "../store/launchrepository.h"
#include "../store/lintdismissalrepository.h"
#include "../store/proposalrepository.h"
#include "../store/questionrepository.h"
#include "../store/remediationrepository.h"
#include "../store/reviewrepository.h"
#include "../store/timelinerepository.h"
#include "../store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(timestampToText(time)) : QJsonValue(QJsonValue::Null);
}
} // namespace

ReviewExporter::ReviewExporter(Workspace *workspace)
    : m_workspace(workspace)
{ }

std::optional<QJsonObject> ReviewExporter::toJson(const QString &uuid, QString *error) const
{
    const auto review = ReviewRepository(m_workspace).find(uuid, error);
    if (!review) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("Inflection::ReviewExporter", "There is no review %1.")
                         .arg(uuid);
        return std::nullopt;
    }
    const QString lastEdit = ChangeLogRepository(m_workspace).lastEditAt(review->id, error);
    if (!error->isEmpty())
        return std::nullopt;
    QJsonObject r {
        {u"uuid"_s, review->uuid},
        {u"kind"_s, reviewKindKey(review->kind)},
        {u"title"_s, review->title},
        {u"status"_s, reviewStatusKey(review->status)},
        {u"system"_s, review->system},
        {u"tags"_s, review->tags},
        {u"owner"_s, review->owner},
        {u"meeting_at"_s, timeValue(review->meetingAt)},
        {u"superseded_by"_s,
            review->supersededBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(review->supersededBy)},
        {u"created_at"_s, timestampToText(review->createdAt)},
        // The review's time is its last edit, its children's included: an importer compares it with its
        // copy's.
        {u"updated_at"_s, timestampToText(std::max(review->updatedAt, timestampFromText(lastEdit)))},
        {u"updated_by"_s, review->updatedBy},
    };

    QJsonArray checklist;
    for (const ChecklistAnswer &a : ChecklistRepository(m_workspace).answers(review->id, error)) {
        checklist.append(QJsonObject {{u"key"_s, a.key}, {u"answer"_s, checklistAnswerKey(a.answer)},
            {u"notes"_s, a.notes}, {u"updated_at"_s, timestampToText(a.updatedAt)},
            {u"updated_by"_s, a.updatedBy}});
    }
    if (!checklist.isEmpty())
        r.insert(u"checklist"_s, checklist);

    QJsonArray attendees;
    for (const Attendee &a : AttendeeRepository(m_workspace).forReview(review->id, error)) {
        attendees.append(QJsonObject {{u"uuid"_s, a.uuid}, {u"name"_s, a.name}, {u"role"_s, a.role},
            {u"present"_s, a.present}, {u"updated_at"_s, timestampToText(a.updatedAt)},
            {u"updated_by"_s, a.updatedBy}});
    }
    if (!attendees.isEmpty())
        r.insert(u"attendees"_s, attendees);

    const LaunchPlan plan = LaunchRepository(m_workspace).forReview(review->id, error);
    if (plan.id != 0) {
        r.insert(u"launch"_s,
            QJsonObject {{u"uuid"_s, plan.uuid}, {u"go_live_at"_s, timeValue(plan.goLiveAt)},
                {u"pushed_by"_s, plan.pushedBy}, {u"rollout"_s, plan.rollout},
                {u"communication"_s, plan.communication}, {u"decision"_s, plan.decision},
                {u"decision_notes"_s, plan.decisionNotes}, {u"updated_at"_s, timestampToText(plan.updatedAt)},
                {u"updated_by"_s, plan.updatedBy}});
    }

    QJsonArray contingencies;
    for (const ContingencyItem &c : ContingencyRepository(m_workspace).forReview(review->id, error)) {
        contingencies.append(QJsonObject {{u"uuid"_s, c.uuid}, {u"issue"_s, c.issue},
            {u"likelihood"_s, c.likelihood}, {u"impact"_s, c.impact}, {u"comments"_s, c.comments},
            {u"engineering"_s, c.engineering}, {u"onsite_messaging"_s, c.onsiteMessaging},
            {u"pr_needed"_s, c.prNeeded}, {u"created_at"_s, timestampToText(c.createdAt)},
            {u"updated_at"_s, timestampToText(c.updatedAt)}, {u"updated_by"_s, c.updatedBy}});
    }
    if (!contingencies.isEmpty())
        r.insert(u"contingencies"_s, contingencies);

    const Proposal proposal = ProposalRepository(m_workspace).forReview(review->id, error);
    if (proposal.id != 0) {
        r.insert(u"proposal"_s,
            QJsonObject {{u"uuid"_s, proposal.uuid}, {u"body"_s, proposal.body},
                {u"decision"_s, proposal.decision}, {u"decision_notes"_s, proposal.decisionNotes},
                {u"notes"_s, proposal.notes}, {u"agreements"_s, proposal.agreements},
                {u"learnings"_s, proposal.learnings}, {u"updated_at"_s, timestampToText(proposal.updatedAt)},
                {u"updated_by"_s, proposal.updatedBy}});
    }
    QJsonArray departures;
    for (const Departure &d : DepartureRepository(m_workspace).forReview(review->id, error)) {
        departures.append(QJsonObject {{u"uuid"_s, d.uuid}, {u"kind"_s, d.kind}, {u"name"_s, d.name},
            {u"costs"_s, d.costs}, {u"tradeoffs"_s, d.tradeoffs}, {u"prohibits"_s, d.prohibits},
            {u"created_at"_s, timestampToText(d.createdAt)}, {u"updated_at"_s, timestampToText(d.updatedAt)},
            {u"updated_by"_s, d.updatedBy}});
    }
    if (!departures.isEmpty())
        r.insert(u"departures"_s, departures);
    QJsonArray comments;
    for (const Comment &c : CommentRepository(m_workspace).forReview(review->id, error)) {
        comments.append(QJsonObject {{u"uuid"_s, c.uuid}, {u"field"_s, c.field}, {u"exact"_s, c.anchor.exact},
            {u"prefix"_s, c.anchor.prefix}, {u"suffix"_s, c.anchor.suffix}, {u"start"_s, c.anchor.start},
            {u"end"_s, c.anchor.end}, {u"author"_s, c.author}, {u"text"_s, c.text},
            {u"resolved_by"_s, c.resolvedBy}, {u"resolved_at"_s, timeValue(c.resolvedAt)},
            {u"parent"_s, c.parentUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.parentUuid)},
            {u"created_at"_s, timestampToText(c.createdAt)}, {u"updated_at"_s, timestampToText(c.updatedAt)},
            {u"updated_by"_s, c.updatedBy}});
    }
    if (!comments.isEmpty())
        r.insert(u"comments"_s, comments);
    QJsonArray questions;
    for (const Question &q : QuestionRepository(m_workspace).forReview(review->id, error)) {
        questions.append(QJsonObject {{u"uuid"_s, q.uuid}, {u"text"_s, q.text}, {u"author"_s, q.author},
            {u"answered"_s, q.answered}, {u"answer"_s, q.answer},
            {u"votes"_s, QJsonArray::fromStringList(q.voters)},
            {u"created_at"_s, timestampToText(q.createdAt)}, {u"updated_at"_s, timestampToText(q.updatedAt)},
            {u"updated_by"_s, q.updatedBy}});
    }
    if (!questions.isEmpty())
        r.insert(u"questions"_s, questions);

    const IncidentFacts incident = IncidentRepository(m_workspace).forReview(review->id, error);
    if (incident.id != 0) {
        r.insert(u"incident"_s,
            QJsonObject {{u"uuid"_s, incident.uuid}, {u"started_at"_s, timeValue(incident.startedAt)},
                {u"detected_at"_s, timeValue(incident.detectedAt)},
                {u"resolved_at"_s, timeValue(incident.resolvedAt)},
                {u"status_page_at"_s, timeValue(incident.statusPageAt)}, {u"severity"_s, incident.severity},
                {u"summary"_s, incident.summary}, {u"impact"_s, incident.impact},
                {u"order_agreed"_s, incident.orderAgreed},
                {u"updated_at"_s, timestampToText(incident.updatedAt)},
                {u"updated_by"_s, incident.updatedBy}});
    }

    QJsonArray remediation;
    for (const RemediationItem &item : RemediationRepository(m_workspace).forReview(review->id, error)) {
        remediation.append(QJsonObject {{u"uuid"_s, item.uuid}, {u"text"_s, item.text},
            {u"type"_s, item.type}, {u"owner"_s, item.owner}, {u"ticket"_s, item.ticket},
            {u"due"_s,
                item.due.isValid() ? QJsonValue(item.due.toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null)},
            {u"status"_s, item.status}, {u"created_at"_s, timestampToText(item.createdAt)},
            {u"updated_at"_s, timestampToText(item.updatedAt)}, {u"updated_by"_s, item.updatedBy}});
    }
    if (!remediation.isEmpty())
        r.insert(u"remediation"_s, remediation);
    QJsonArray parkingLot;
    for (const ParkedIdea &idea : ParkingLotRepository(m_workspace).forReview(review->id, error)) {
        parkingLot.append(QJsonObject {{u"uuid"_s, idea.uuid}, {u"text"_s, idea.text},
            {u"created_at"_s, timestampToText(idea.createdAt)},
            {u"updated_at"_s, timestampToText(idea.updatedAt)}, {u"updated_by"_s, idea.updatedBy}});
    }
    if (!parkingLot.isEmpty())
        r.insert(u"parking_lot"_s, parkingLot);
    QJsonArray dismissals;
    for (const LintDismissal &d : LintDismissalRepository(m_workspace).forReview(review->id, error)) {
        dismissals.append(QJsonObject {{u"uuid"_s, d.uuid}, {u"field"_s, d.field}, {u"phrase"_s, d.phrase},
            {u"occurrence"_s, d.occurrence}, {u"created_at"_s, timestampToText(d.createdAt)},
            {u"updated_at"_s, timestampToText(d.updatedAt)}, {u"updated_by"_s, d.updatedBy}});
    }
    if (!dismissals.isEmpty())
        r.insert(u"lint_dismissals"_s, dismissals);

    QJsonArray timeline;
    for (const TimelineEvent &e : TimelineRepository(m_workspace).forReview(review->id, error)) {
        timeline.append(QJsonObject {{u"uuid"_s, e.uuid}, {u"occurred_at"_s, timeValue(e.occurredAt)},
            {u"kind"_s, e.kind}, {u"actor"_s, e.actor}, {u"text"_s, e.text}, {u"known_by"_s, e.knownBy},
            {u"source"_s, e.source}, {u"agreed"_s, e.agreed}, {u"reasoning"_s, e.reasoning},
            {u"created_at"_s, timestampToText(e.createdAt)}, {u"updated_at"_s, timestampToText(e.updatedAt)},
            {u"updated_by"_s, e.updatedBy}});
    }
    if (!timeline.isEmpty())
        r.insert(u"timeline"_s, timeline);
    if (!error->isEmpty())
        return std::nullopt;

    return QJsonObject {{u"format"_s, u"inflection-review"_s}, {u"version"_s, 1}, {u"review"_s, r}};
}

QByteArray ReviewExporter::serialize(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool ReviewExporter::writeFile(const QString &uuid, const QString &path, QString *error) const
{
    const auto document = toJson(uuid, error);
    if (!document)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(serialize(*document));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Inflection
