// SQL for proposals.
#include "proposalrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const RecordTable<Proposal>::Mapping layout {
    u"proposal"_s,
    proposalFields(),
    {u"body"_s, u"decision"_s, u"decision_notes"_s, u"notes"_s, u"agreements"_s, u"learnings"_s},
    [](const QSqlQuery &q, int c, Proposal &p) {
        p.body = q.value(c).toString();
        p.decision = proposalDecisions().fromKey(q.value(c + 1).toString(), ProposalDecision::Pending);
        p.decisionNotes = q.value(c + 2).toString();
        p.notes = q.value(c + 3).toString();
        p.agreements = q.value(c + 4).toString();
        p.learnings = q.value(c + 5).toString();
    },
    [](const Proposal &p) -> QVariantList {
        return {text(p.body), proposalDecisions().key(p.decision), text(p.decisionNotes), text(p.notes),
            text(p.agreements), text(p.learnings)};
    },
    [](ProposalField, const QVariant &value) -> QVariant { return text(value.toString()); },
    [](const Proposal &) { return QString(); },
    u"id"_s,
    {u"review"_s},
};

} // namespace

ProposalRepository::ProposalRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

Result<Proposal> ProposalRepository::overwriteBody(const Proposal &theirs, const QString &body)
{
    Proposal edited = theirs;
    edited.body = body;
    const QString stored = text(body);
    return RecordUpdate::update(m_workspace, u"proposal"_s, theirs, edited, {{u"body"_s, stored}},
        {{theirs.reviewId, {}, {}, u"overwritten"_s, u"proposal.body"_s, theirs.body, stored, true}},
        [&] { return find(theirs.uuid); });
}

} // namespace Inflection
