// An architecture review's proposal (Markdown) and the meeting's outcome: notes, agreements on tricky
// components, learnings and questions, and the decision with its reasoning.
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QString>
#include <QVariant>

namespace Inflection {

enum class ProposalField {
    Body,
    Decision,
    DecisionNotes,
    Notes,
    Agreements,
    Learnings,
};

// Keys: the column names.
const KeyTable<ProposalField> &proposalFields();

// The talk's three outcomes of an architecture review, and none yet.
enum class ProposalDecision {
    Pending,
    Proceed,
    Rethink, // stop and rethink
    MoreInfo, // gather more information
};

const KeyTable<ProposalDecision> &proposalDecisions();
// A new proposal's text: the sections the talk asks a proposal to cover.
QString proposalTemplate();

struct Proposal : ReviewPart
{
    using Field = ProposalField;

    QString body;
    ProposalDecision decision = ProposalDecision::Pending;
    QString decisionNotes;
    QString notes;
    QString agreements;
    QString learnings;

    // Decision: its key.
    QVariant field(ProposalField field) const;
    bool setField(ProposalField field, const QVariant &value);
    bool operator==(const Proposal &other) const;
    bool operator!=(const Proposal &other) const { return !(*this == other); }
};

} // namespace Inflection
