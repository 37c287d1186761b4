// Proposal fields, decisions and the template.
#include "proposal.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace { } // namespace

QString proposalFieldKey(ProposalField field)
{
    switch (field) {
    case ProposalField::Body:
        return u"body"_s;
    case ProposalField::Decision:
        return u"decision"_s;
    case ProposalField::DecisionNotes:
        return u"decision_notes"_s;
    case ProposalField::Notes:
        return u"notes"_s;
    case ProposalField::Agreements:
        return u"agreements"_s;
    case ProposalField::Learnings:
        return u"learnings"_s;
    }
    return {};
}

QString proposalFieldDisplayName(ProposalField field)
{
    switch (field) {
    case ProposalField::Body:
        return QCoreApplication::translate("Inflection::Proposal", "proposal");
    case ProposalField::Decision:
        return QCoreApplication::translate("Inflection::Proposal", "decision");
    case ProposalField::DecisionNotes:
        return QCoreApplication::translate("Inflection::Proposal", "reasoning of the decision");
    case ProposalField::Notes:
        return QCoreApplication::translate("Inflection::Proposal", "notes");
    case ProposalField::Agreements:
        return QCoreApplication::translate("Inflection::Proposal", "agreements on tricky components");
    case ProposalField::Learnings:
        return QCoreApplication::translate("Inflection::Proposal", "learnings and questions");
    }
    return {};
}

QStringList proposalDecisionKeys()
{
    return {u"pending"_s, u"proceed"_s, u"rethink"_s, u"more-info"_s};
}

QString proposalDecisionDisplayName(const QString &key)
{
    if (key == u"pending")
        return QCoreApplication::translate("Inflection::Proposal", "Pending");
    if (key == u"proceed")
        return QCoreApplication::translate("Inflection::Proposal", "Proceed");
    if (key == u"rethink")
        return QCoreApplication::translate("Inflection::Proposal", "Stop and rethink");
    if (key == u"more-info")
        return QCoreApplication::translate("Inflection::Proposal", "Gather more information");
    return key;
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
        return decision;
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
        if (!proposalDecisionKeys().contains(text))
            return false;
        decision = text;
        return true;
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
    return id == o.id && uuid == o.uuid && revision == o.revision && reviewId == o.reviewId && body == o.body
        && decision == o.decision && decisionNotes == o.decisionNotes && notes == o.notes
        && agreements == o.agreements && learnings == o.learnings;
}

} // namespace Inflection
