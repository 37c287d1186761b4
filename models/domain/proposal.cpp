// Proposal fields, decisions and the template.
#include "proposal.h"

namespace Inflection {

const KeyTable<ProposalField> &proposalFields()
{
    static const KeyTable<ProposalField> table("Inflection::Proposal",
        {
            {ProposalField::Body, "body", QT_TRANSLATE_NOOP("Inflection::Proposal", "proposal")},
            {ProposalField::Decision, "decision", QT_TRANSLATE_NOOP("Inflection::Proposal", "decision")},
            {ProposalField::DecisionNotes, "decision_notes",
                QT_TRANSLATE_NOOP("Inflection::Proposal", "reasoning of the decision")},
            {ProposalField::Notes, "notes", QT_TRANSLATE_NOOP("Inflection::Proposal", "notes")},
            {ProposalField::Agreements, "agreements",
                QT_TRANSLATE_NOOP("Inflection::Proposal", "agreements on tricky components")},
            {ProposalField::Learnings, "learnings",
                QT_TRANSLATE_NOOP("Inflection::Proposal", "learnings and questions")},
        });
    return table;
}

const KeyTable<ProposalDecision> &proposalDecisions()
{
    static const KeyTable<ProposalDecision> table("Inflection::Proposal",
        {
            {ProposalDecision::Pending, "pending", QT_TRANSLATE_NOOP("Inflection::Proposal", "Pending")},
            {ProposalDecision::Proceed, "proceed", QT_TRANSLATE_NOOP("Inflection::Proposal", "Proceed")},
            {ProposalDecision::Rethink, "rethink",
                QT_TRANSLATE_NOOP("Inflection::Proposal", "Stop and rethink")},
            {ProposalDecision::MoreInfo, "more-info",
                QT_TRANSLATE_NOOP("Inflection::Proposal", "Gather more information")},
        });
    return table;
}

QString proposalTemplate()
{
    return QCoreApplication::translate("Inflection::Proposal",
        "# Goals\n\n"
        "What this change is for, and how we will know it worked.\n\n"
        "# Design\n\n"
        "The design, mapped onto the goals.\n\n"
        "# Departures from current technology\n\n"
        "New languages, database systems, patterns or tools, and why the ones we know will not do.\n\n"
        "# Alternatives considered\n\n"
        "What else we looked at, and why it was not chosen.\n\n"
        "# Costs and pain points\n\n"
        "What this will cost to build, run and change, and where it will hurt.\n");
}

QVariant Proposal::field(ProposalField f) const
{
    switch (f) {
    case ProposalField::Body:
        return body;
    case ProposalField::Decision:
        return proposalDecisions().key(decision);
    case ProposalField::DecisionNotes:
        return decisionNotes;
    case ProposalField::Notes:
        return notes;
    case ProposalField::Agreements:
        return agreements;
    case ProposalField::Learnings:
        return learnings;
    }
    return {};
}

bool Proposal::setField(ProposalField f, const QVariant &value)
{
    const QString text = value.toString();
    switch (f) {
    case ProposalField::Body:
        body = text;
        return true;
    case ProposalField::Decision:
        if (const auto d = proposalDecisions().fromKey(text)) {
            decision = *d;
            return true;
        }
        return false;
    case ProposalField::DecisionNotes:
        decisionNotes = text;
        return true;
    case ProposalField::Notes:
        notes = text;
        return true;
    case ProposalField::Agreements:
        agreements = text;
        return true;
    case ProposalField::Learnings:
        learnings = text;
        return true;
    }
    return false;
}

bool Proposal::operator==(const Proposal &o) const
{
    return sameReviewPart(o) && body == o.body && decision == o.decision && decisionNotes == o.decisionNotes
        && notes == o.notes && agreements == o.agreements && learnings == o.learnings;
}

} // namespace Inflection
