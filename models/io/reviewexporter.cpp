// Export of reviews to the interchange format.
#include "reviewexporter.h"
#include "outputfile.h"

#include "../domain/timestamp.h"
#include "../store/reviewtreestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(timestampToText(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A record's own fields, with its uuid and who changed it when.
QJsonObject stamped(const StoredRecord &record, QJsonObject fields, bool withCreated = true)
{
    fields.insert(u"uuid"_s, record.uuid);
    if (withCreated)
        fields.insert(u"created_at"_s, timestampToText(record.createdAt));
    fields.insert(u"updated_at"_s, timestampToText(record.updatedAt));
    fields.insert(u"updated_by"_s, record.updatedBy);
    return fields;
}

template<typename Record, typename ToJson>
void insertList(QJsonObject &into, const QString &key, const QList<Record> &records, ToJson toJson)
{
    QJsonArray array;
    for (const Record &record : records)
        array.append(toJson(record));
    if (!array.isEmpty())
        into.insert(key, array);
}

} // namespace

ReviewExporter::ReviewExporter(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<QJsonObject> ReviewExporter::toJson(const QString &uuid) const
{
    const Result<ReviewTree> tree = ReviewTreeStore(m_workspace).read(uuid);
    if (tree.error() == ErrorKind::Missing)
        return Result<QJsonObject>::failure(ErrorKind::Missing,
            QCoreApplication::translate("Inflection::ReviewExporter", "There is no review %1.").arg(uuid));
    if (!tree)
        return Result<QJsonObject>::errorOf(tree);
    return toJson(*tree);
}

QJsonObject ReviewExporter::toJson(const ReviewTree &tree)
{
    const Review &review = tree.review;
    // The review's time is its last edit, its children's included: an importer compares it with its copy's.
    QJsonObject r = stamped(review,
        {
            {u"kind"_s, reviewKinds().key(review.kind)},
            {u"title"_s, review.title},
            {u"status"_s, reviewStatuses().key(review.status)},
            {u"system"_s, review.system},
            {u"tags"_s, review.tags},
            {u"owner"_s, review.owner},
            {u"meeting_at"_s, timeValue(review.meetingAt)},
            {u"superseded_by"_s, textOrNull(review.supersededBy)},
        });

    insertList(r, u"checklist"_s, tree.checklist, [](const ChecklistAnswer &a) {
        QJsonObject o = stamped(a,
            {{u"key"_s, a.key}, {u"answer"_s, checklistAnswers().key(a.answer)}, {u"notes"_s, a.notes}},
            false);
        o.remove(u"uuid"_s);
        return o;
    });
    insertList(r, u"attendees"_s, tree.attendees, [](const Attendee &a) {
        return stamped(a, {{u"name"_s, a.name}, {u"role"_s, a.role}, {u"present"_s, a.present}}, false);
    });
    if (tree.launch) {
        const LaunchPlan &plan = *tree.launch;
        r.insert(u"launch"_s,
            stamped(plan,
                {{u"go_live_at"_s, timeValue(plan.goLiveAt)}, {u"pushed_by"_s, plan.pushedBy},
                    {u"rollout"_s, rollouts().key(plan.rollout)}, {u"communication"_s, plan.communication},
                    {u"decision"_s, launchDecisions().key(plan.decision)},
                    {u"decision_notes"_s, plan.decisionNotes}},
                false));
    }
    insertList(r, u"contingencies"_s, tree.contingencies, [](const ContingencyItem &c) {
        return stamped(c,
            {{u"issue"_s, c.issue}, {u"likelihood"_s, c.likelihood}, {u"impact"_s, c.impact},
                {u"comments"_s, c.comments}, {u"engineering"_s, c.engineering},
                {u"onsite_messaging"_s, c.onsiteMessaging}, {u"pr_needed"_s, c.prNeeded}});
    });
    if (tree.proposal) {
        const Proposal &p = *tree.proposal;
        r.insert(u"proposal"_s,
            stamped(p,
                {{u"body"_s, p.body}, {u"decision"_s, proposalDecisions().key(p.decision)},
                    {u"decision_notes"_s, p.decisionNotes}, {u"notes"_s, p.notes},
                    {u"agreements"_s, p.agreements}, {u"learnings"_s, p.learnings}},
                false));
    }
    insertList(r, u"departures"_s, tree.departures, [](const Departure &d) {
        return stamped(d,
            {{u"kind"_s, departureKinds().key(d.kind)}, {u"name"_s, d.name}, {u"costs"_s, d.costs},
                {u"tradeoffs"_s, d.tradeoffs}, {u"prohibits"_s, d.prohibits}});
    });
    insertList(r, u"comments"_s, tree.comments, [](const Comment &c) {
        return stamped(c,
            {{u"field"_s, c.field}, {u"exact"_s, c.anchor.exact}, {u"prefix"_s, c.anchor.prefix},
                {u"suffix"_s, c.anchor.suffix}, {u"start"_s, c.anchor.start}, {u"end"_s, c.anchor.end},
                {u"author"_s, c.author}, {u"text"_s, c.text}, {u"resolved_by"_s, c.resolvedBy},
                {u"resolved_at"_s, timeValue(c.resolvedAt)}, {u"parent"_s, textOrNull(c.parentUuid)}});
    });
    insertList(r, u"questions"_s, tree.questions, [](const Question &q) {
        return stamped(q,
            {{u"text"_s, q.text}, {u"author"_s, q.author}, {u"answered"_s, q.answered},
                {u"answer"_s, q.answer}, {u"votes"_s, QJsonArray::fromStringList(q.voters)}});
    });
    if (tree.incident) {
        const IncidentFacts &f = *tree.incident;
        r.insert(u"incident"_s,
            stamped(f,
                {{u"started_at"_s, timeValue(f.startedAt)}, {u"detected_at"_s, timeValue(f.detectedAt)},
                    {u"resolved_at"_s, timeValue(f.resolvedAt)},
                    {u"status_page_at"_s, timeValue(f.statusPageAt)}, {u"severity"_s, f.severity},
                    {u"summary"_s, f.summary}, {u"impact"_s, f.impact}, {u"order_agreed"_s, f.orderAgreed},
                    {u"mitigated_at"_s, timeValue(f.mitigatedAt)}, {u"went_well"_s, f.wentWell},
                    {u"lucky"_s, f.lucky}, {u"not_foreseen"_s, f.notForeseen}},
                false));
    }
    insertList(r, u"remediation"_s, tree.remediation, [](const RemediationItem &item) {
        return stamped(item,
            {{u"text"_s, item.text}, {u"type"_s, remediationTypes().key(item.type)}, {u"owner"_s, item.owner},
                {u"ticket"_s, item.ticket},
                {u"due"_s, item.due.isValid() ? QJsonValue(item.due.toString(Qt::ISODate)) : QJsonValue()},
                {u"status"_s, remediationStatuses().key(item.status)}});
    });
    // Links to events by the events' uuids, which the file carries too.
    insertList(r, u"contributing_factors"_s, tree.contributingFactors, [](const ContributingFactor &f) {
        return stamped(f,
            {{u"text"_s, f.text}, {u"category"_s, f.category},
                {u"events"_s, QJsonArray::fromStringList(f.events)}});
    });
    // Links to contingency items and departures of other reviews, by their uuids: they hold when those
    // reviews are in the workspace the file goes to, or come later.
    insertList(r, u"foresight"_s, tree.incidentLinks, [](const IncidentLink &link) {
        return stamped(link,
            {{u"target"_s, link.target}, {u"target_kind"_s, linkTargetKinds().key(link.targetKind)},
                {u"verdict"_s, foresightVerdicts().key(link.verdict)}});
    });
    insertList(r, u"parking_lot"_s, tree.parkingLot, [](const ParkedIdea &idea) {
        return stamped(idea, {{u"text"_s, idea.text}});
    });
    insertList(r, u"lint_dismissals"_s, tree.lintDismissals, [](const LintDismissal &d) {
        return stamped(d, {{u"field"_s, d.field}, {u"phrase"_s, d.phrase}, {u"occurrence"_s, d.occurrence}});
    });
    insertList(r, u"timeline"_s, tree.timeline, [](const TimelineEvent &e) {
        return stamped(e,
            {{u"occurred_at"_s, timeValue(e.occurredAt)}, {u"kind"_s, timelineKinds().key(e.kind)},
                {u"actor"_s, e.actor}, {u"text"_s, e.text}, {u"known_by"_s, e.knownBy},
                {u"source"_s, e.source}, {u"agreed"_s, e.agreed}, {u"reasoning"_s, e.reasoning}});
    });
    return QJsonObject {{u"format"_s, u"inflection-review"_s}, {u"version"_s, 1}, {u"review"_s, r}};
}

QByteArray ReviewExporter::serialize(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<> ReviewExporter::writeFile(const QString &uuid, const QString &path) const
{
    const Result<QJsonObject> document = toJson(uuid);
    if (!document)
        return Result<>::errorOf(document);
    OutputFile file(path);
    if (!file.open())
        return Result<>::failure(file.errorString());
    if (!file.write(serialize(*document)) || !file.commit())
        return Result<>::failure(file.errorString());
    return {};
}

} // namespace Inflection
