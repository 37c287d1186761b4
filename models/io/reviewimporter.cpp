// Import of reviews from the interchange format: validate, read it into a review tree, write that whole.
#include "reviewimporter.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "../store/reviewtreestore.h"
#include "../store/workspace.h"
#include "jsonschemavalidator.h"
#include "reviewexporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? timestampFromText(value.toString()) : QDateTime();
}

// A record's uuid, and who changed it when: the file's, or this import's.
void readStamp(const QJsonObject &o, const StoredRecord &fallback, StoredRecord &record)
{
    record.uuid = o.value(u"uuid"_s).toString();
    record.updatedAt = o.contains(u"updated_at"_s) ? timeOf(o.value(u"updated_at"_s)) : fallback.updatedAt;
    record.updatedBy = o.contains(u"updated_by"_s) ? o.value(u"updated_by"_s).toString() : fallback.updatedBy;
    record.createdAt = o.contains(u"created_at"_s) ? timeOf(o.value(u"created_at"_s)) : record.updatedAt;
}

// Each object of an array as a record, lists in the order the file gives, in that manual order.
template<typename Record, typename Read>
QList<Record> listOf(const QJsonValue &value, const StoredRecord &fallback, Read read)
{
    const QJsonArray array = value.toArray();
    const QStringList positions = FractionalKey::sequence(int(array.size()));
    QList<Record> records;
    records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Record record;
        readStamp(o, fallback, record);
        if constexpr (HasPosition<Record>::value)
            record.position = positions.at(i);
        read(o, record);
        records.append(record);
    }
    return records;
}

template<typename Record, typename Read>
std::optional<Record> oneOf(
    const QJsonObject &review, const QString &key, const StoredRecord &fallback, Read read)
{
    if (!review.contains(key))
        return std::nullopt;
    const QJsonObject o = review.value(key).toObject();
    Record record;
    readStamp(o, fallback, record);
    read(o, record);
    return record;
}

} // namespace

ReviewImporter::ReviewImporter(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<ReviewImporter::Imported> ReviewImporter::importFile(const QString &path, bool force)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Imported>::failure(
            QCoreApplication::translate("Inflection::ReviewImporter", "“%1” cannot be read: %2")
                .arg(path, file.errorString()));
    return importJson(file.readAll(), force);
}

Result<ReviewImporter::Imported> ReviewImporter::copyFrom(Workspace *source, const QString &uuid, bool force)
{
    const Result<ReviewTree> tree = ReviewTreeStore(source).read(uuid);
    if (!tree)
        return Result<Imported>::errorOf(tree);
    return write(*tree, force);
}

Result<ReviewImporter::Imported> ReviewImporter::importJson(const QByteArray &json, bool force)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Imported>::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Inflection::ReviewImporter", "not JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    QString error;
    if (!JsonSchemaValidator::reviewSchema().validate(
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &error))
        return Result<Imported>::failure(ErrorKind::Invalid, error);
    return write(treeOf(document.object().value(u"review"_s).toObject(), m_workspace->author()), force);
}

Result<ReviewImporter::Imported> ReviewImporter::write(const ReviewTree &tree, bool force)
{
    const Result<ReviewTreeStore::Written> written = ReviewTreeStore(m_workspace).write(tree, force);
    if (!written)
        return Result<Imported>::errorOf(written);
    const bool created = written->created;
    QString message = created
        ? QCoreApplication::translate("Inflection::ReviewImporter", "Added “%1”.").arg(tree.review.title)
        : QCoreApplication::translate("Inflection::ReviewImporter", "Updated “%1”.").arg(tree.review.title);
    if (!written->authorsKept)
        message += u' ' + loginRecordedNote();
    return Imported {created, tree.review.uuid, written->authorsKept, message};
}

QString ReviewImporter::loginRecordedNote()
{
    return QCoreApplication::translate("Inflection::ReviewImporter",
        "The server recorded this login as the author of what was written: only the workspace's "
        "administrator keeps the authors.");
}

ReviewTree ReviewImporter::treeOf(const QJsonObject &r, const QString &author)
{
    StoredRecord now;
    now.updatedAt = QDateTime::currentDateTimeUtc();
    now.updatedBy = author;
    ReviewTree tree;
    Review &review = tree.review;
    readStamp(r, now, review);
    review.kind = reviewKinds().fromKey(r.value(u"kind"_s).toString()).value_or(ReviewKind::Architecture);
    review.title = r.value(u"title"_s).toString();
    review.status = reviewStatuses().fromKey(r.value(u"status"_s).toString()).value_or(ReviewStatus::Draft);
    review.system = r.value(u"system"_s).toString();
    review.tags = r.value(u"tags"_s).toString();
    review.owner = r.value(u"owner"_s).toString();
    review.meetingAt = timeOf(r.value(u"meeting_at"_s));
    review.supersededBy = r.value(u"superseded_by"_s).toString();

    tree.checklist
        = listOf<ChecklistAnswer>(r.value(u"checklist"_s), now, [](const QJsonObject &o, ChecklistAnswer &a) {
              a.key = o.value(u"key"_s).toString();
              a.answer
                  = checklistAnswers().fromKey(o.value(u"answer"_s).toString(), ChecklistAnswerValue::Open);
              a.notes = o.value(u"notes"_s).toString();
          });
    tree.attendees = listOf<Attendee>(r.value(u"attendees"_s), now, [](const QJsonObject &o, Attendee &a) {
        a.name = o.value(u"name"_s).toString();
        a.role = o.value(u"role"_s).toString();
        a.present = o.value(u"present"_s).toBool();
    });
    tree.launch = oneOf<LaunchPlan>(r, u"launch"_s, now, [](const QJsonObject &o, LaunchPlan &l) {
        l.goLiveAt = timeOf(o.value(u"go_live_at"_s));
        l.pushedBy = o.value(u"pushed_by"_s).toString();
        l.rollout = rollouts().fromKey(o.value(u"rollout"_s).toString(), Rollout::AllAtOnce);
        l.communication = o.value(u"communication"_s).toString();
        l.decision = launchDecisions().fromKey(o.value(u"decision"_s).toString(), LaunchDecision::Pending);
        l.decisionNotes = o.value(u"decision_notes"_s).toString();
    });
    tree.contingencies = listOf<ContingencyItem>(
        r.value(u"contingencies"_s), now, [](const QJsonObject &o, ContingencyItem &c) {
            c.issue = o.value(u"issue"_s).toString();
            c.likelihood = o.value(u"likelihood"_s).toInt();
            c.impact = o.value(u"impact"_s).toInt();
            c.comments = o.value(u"comments"_s).toString();
            c.engineering = o.value(u"engineering"_s).toString();
            c.onsiteMessaging = o.value(u"onsite_messaging"_s).toString();
            c.prNeeded = o.value(u"pr_needed"_s).toBool();
        });
    tree.incident = oneOf<IncidentFacts>(r, u"incident"_s, now, [](const QJsonObject &o, IncidentFacts &f) {
        f.startedAt = timeOf(o.value(u"started_at"_s));
        f.detectedAt = timeOf(o.value(u"detected_at"_s));
        f.resolvedAt = timeOf(o.value(u"resolved_at"_s));
        f.statusPageAt = timeOf(o.value(u"status_page_at"_s));
        f.severity = o.value(u"severity"_s).toString();
        f.summary = o.value(u"summary"_s).toString();
        f.impact = o.value(u"impact"_s).toString();
        f.orderAgreed = o.value(u"order_agreed"_s).toBool();
        f.mitigatedAt = timeOf(o.value(u"mitigated_at"_s));
        f.wentWell = o.value(u"went_well"_s).toString();
        f.lucky = o.value(u"lucky"_s).toString();
        f.notForeseen = o.value(u"not_foreseen"_s).toBool();
    });
    tree.remediation = listOf<RemediationItem>(
        r.value(u"remediation"_s), now, [](const QJsonObject &o, RemediationItem &item) {
            item.text = o.value(u"text"_s).toString();
            item.type = remediationTypes().fromKey(o.value(u"type"_s).toString(), RemediationType::Prevent);
            item.owner = o.value(u"owner"_s).toString();
            item.ticket = o.value(u"ticket"_s).toString();
            item.due = QDate::fromString(o.value(u"due"_s).toString(), Qt::ISODate);
            item.status
                = remediationStatuses().fromKey(o.value(u"status"_s).toString(), RemediationStatus::Open);
        });
    tree.parkingLot = listOf<ParkedIdea>(r.value(u"parking_lot"_s), now,
        [](const QJsonObject &o, ParkedIdea &idea) { idea.text = o.value(u"text"_s).toString(); });
    tree.lintDismissals = listOf<LintDismissal>(
        r.value(u"lint_dismissals"_s), now, [](const QJsonObject &o, LintDismissal &d) {
            d.field = o.value(u"field"_s).toString();
            d.phrase = o.value(u"phrase"_s).toString().toLower();
            d.occurrence = o.value(u"occurrence"_s).toInt();
        });
    tree.proposal = oneOf<Proposal>(r, u"proposal"_s, now, [](const QJsonObject &o, Proposal &p) {
        p.body = o.value(u"body"_s).toString();
        p.decision
            = proposalDecisions().fromKey(o.value(u"decision"_s).toString(), ProposalDecision::Pending);
        p.decisionNotes = o.value(u"decision_notes"_s).toString();
        p.notes = o.value(u"notes"_s).toString();
        p.agreements = o.value(u"agreements"_s).toString();
        p.learnings = o.value(u"learnings"_s).toString();
    });
    tree.departures
        = listOf<Departure>(r.value(u"departures"_s), now, [](const QJsonObject &o, Departure &d) {
              d.kind = departureKinds().fromKey(o.value(u"kind"_s).toString(), DepartureKind::Tool);
              d.name = o.value(u"name"_s).toString();
              d.costs = o.value(u"costs"_s).toString();
              d.tradeoffs = o.value(u"tradeoffs"_s).toString();
              d.prohibits = o.value(u"prohibits"_s).toString();
          });
    // Threads before their replies, as the file lists them.
    tree.comments = listOf<Comment>(r.value(u"comments"_s), now, [](const QJsonObject &o, Comment &c) {
        c.field = o.value(u"field"_s).toString(u"proposal.body"_s);
        c.anchor.exact = o.value(u"exact"_s).toString();
        c.anchor.prefix = o.value(u"prefix"_s).toString();
        c.anchor.suffix = o.value(u"suffix"_s).toString();
        c.anchor.start = o.value(u"start"_s).toInteger();
        c.anchor.end = o.value(u"end"_s).toInteger();
        c.author = o.value(u"author"_s).toString();
        c.text = o.value(u"text"_s).toString();
        c.resolvedBy = o.value(u"resolved_by"_s).toString();
        c.resolvedAt = timeOf(o.value(u"resolved_at"_s));
        c.parentUuid = o.value(u"parent"_s).toString();
    });
    tree.questions = listOf<Question>(r.value(u"questions"_s), now, [](const QJsonObject &o, Question &q) {
        q.text = o.value(u"text"_s).toString();
        q.author = o.value(u"author"_s).toString();
        q.answered = o.value(u"answered"_s).toBool();
        q.answer = o.value(u"answer"_s).toString();
        for (const QJsonValue &voter : o.value(u"votes"_s).toArray())
            q.voters.append(voter.toString());
    });
    tree.timeline
        = listOf<TimelineEvent>(r.value(u"timeline"_s), now, [](const QJsonObject &o, TimelineEvent &e) {
              e.occurredAt = timeOf(o.value(u"occurred_at"_s));
              e.kind = timelineKinds().fromKey(o.value(u"kind"_s).toString(), TimelineKind::Observation);
              e.actor = o.value(u"actor"_s).toString();
              e.text = o.value(u"text"_s).toString();
              e.knownBy = o.value(u"known_by"_s).toString();
              e.source = o.value(u"source"_s).toString();
              e.agreed = o.value(u"agreed"_s).toBool();
              e.reasoning = o.value(u"reasoning"_s).toString();
          });
    // A factor links to events of this review only: a link to any other uuid (an event left out of
    // the file, or of another review) is dropped, the factor kept.
    QSet<QString> eventUuids;
    for (const TimelineEvent &e : std::as_const(tree.timeline)) {
        if (!e.uuid.isEmpty())
            eventUuids.insert(e.uuid);
    }
    tree.contributingFactors = listOf<ContributingFactor>(
        r.value(u"contributing_factors"_s), now, [&eventUuids](const QJsonObject &o, ContributingFactor &f) {
            f.text = o.value(u"text"_s).toString();
            f.category = o.value(u"category"_s).toString().trimmed();
            QStringList events;
            for (const QJsonValue &event : o.value(u"events"_s).toArray()) {
                if (eventUuids.contains(event.toString()))
                    events.append(event.toString());
            }
            f.setField(ContributingFactorField::Events, events); // without repeats
        });
    QSet<QString> linked;
    tree.incidentLinks
        = listOf<IncidentLink>(r.value(u"foresight"_s), now, [](const QJsonObject &o, IncidentLink &link) {
              link.target = o.value(u"target"_s).toString();
              link.targetKind = linkTargetKinds().fromKey(
                  o.value(u"target_kind"_s).toString(), LinkTargetKind::Contingency);
              link.setField(IncidentLinkField::Verdict, o.value(u"verdict"_s).toString());
          });
    // One link an item (the store allows no more).
    tree.incidentLinks.erase(std::remove_if(tree.incidentLinks.begin(), tree.incidentLinks.end(),
                                 [&linked](const IncidentLink &link) {
                                     const bool seen = linked.contains(link.target);
                                     linked.insert(link.target);
                                     return seen;
                                 }),
        tree.incidentLinks.end());
    return tree;
}

} // namespace Inflection
