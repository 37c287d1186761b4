// SQL for proposals.
#include "proposalrepository.h"

#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

Proposal proposalFromQuery(const QSqlQuery &q)
{
    Proposal p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.revision = q.value(2).toInt();
    p.updatedAt = timestampFromText(q.value(3).toString());
    p.updatedBy = q.value(4).toString();
    p.reviewId = q.value(5).toLongLong();
    p.body = q.value(6).toString();
    p.decision = q.value(7).toString();
    p.decisionNotes = q.value(8).toString();
    p.notes = q.value(9).toString();
    p.agreements = q.value(10).toString();
    p.learnings = q.value(11).toString();
    return p;
}

} // namespace

ProposalRepository::ProposalRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

std::optional<Proposal> ProposalRepository::find(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(
        u"SELECT id, uuid, revision, updated_at, updated_by, review, body, decision, decision_notes, notes, "
        u"agreements, learnings FROM proposal WHERE review = :review"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRow(q, proposalFromQuery, error);
}

Proposal ProposalRepository::forReview(qint64 reviewId, QString *error) const
{
    if (auto proposal = find(reviewId, error))
        return *proposal;
    Proposal blank;
    blank.reviewId = reviewId;
    return blank;
}

ProposalSaveResult ProposalRepository::updateField(
    const Proposal &base, ProposalField field, const QVariant &value)
{
    Proposal edited = base;
    if (!edited.setField(field, value))
        return ProposalSaveResult::failed(
            QCoreApplication::translate("Inflection::ProposalRepository", "That is not a decision."));
    const QString stored = RecordWriter::text(edited.field(field).toString());
    const QList<RecordWriter::ChangeLogEntry> log {{base.reviewId, {}, {}, u"updated"_s,
        u"proposal."_s + proposalFieldKey(field), base.field(field).toString(), stored}};
    return RecordUpdate::updateOrCreate(m_workspace, u"proposal"_s, base, edited,
        {{proposalFieldKey(field), stored}},
        {{u"review"_s, base.reviewId}, {proposalFieldKey(field), stored}}, log,
        [&] { return find(base.reviewId, nullptr); });
}

ProposalSaveResult ProposalRepository::overwriteBody(const Proposal &theirs, const QString &text)
{
    Proposal edited = theirs;
    edited.body = text;
    const QString stored = RecordWriter::text(text);
    return RecordUpdate::update(m_workspace, u"proposal"_s, theirs, edited, {{u"body"_s, stored}},
        {{theirs.reviewId, {}, {}, u"overwritten"_s, u"proposal.body"_s, theirs.body, stored, true}},
        [&] { return find(theirs.reviewId, nullptr); });
}

} // namespace Inflection
