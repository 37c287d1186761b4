// An architecture review's proposal (Markdown) and the meeting's outcome: notes, agreements on tricky
// components, learnings and questions, and the decision with its reasoning.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
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

QString proposalFieldKey(ProposalField field); // the column name
QString proposalFieldDisplayName(ProposalField field);
QStringList proposalDecisionKeys(); // "pending", "proceed", "rethink", "more-info"
QString proposalDecisionDisplayName(const QString &key);
// A new proposal's text: the sections the talk asks a proposal to cover.
QString proposalTemplate();

struct Proposal
{
    qint64 id = 0; // 0: never stored
    QString uuid;
    int revision = 0;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QString body;
    QString decision = QStringLiteral("pending");
    QString decisionNotes;
    QString notes;
    QString agreements;
    QString learnings;

    QVariant field(ProposalField field) const;
    bool setField(ProposalField field, const QVariant &value);
    bool operator==(const Proposal &other) const;
    bool operator!=(const Proposal &other) const { return !(*this == other); }
};

} // namespace Inflection
