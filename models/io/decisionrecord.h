// One architecture decision record as read from a Markdown file (MADR, Nygard/adr-tools, log4brains),
// and the dialects a record is written in.
#pragma once

#include "../domain/keytable.h"
#include "../domain/proposal.h"
#include "../domain/reviewstatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Inflection {

enum class DecisionRecordFormat {
    Auto, // reading only: recognised per file
    Madr, // MADR 4: YAML front matter, "Context and Problem Statement", "Considered Options", …
    Nygard, // Michael Nygard's, as adr-tools writes it: Status, Context, Decision, Consequences
};

// Keys: "auto", "madr", "nygard".
const KeyTable<DecisionRecordFormat> &decisionRecordFormats();

struct DecisionRecord
{
    struct Person
    {
        QString name;
        QString role; // an attendee role's key ("stakeholder")
        bool present = true;
    };

    QString path; // the file it was read from
    int number = 0; // the file name's leading number ("0007-…"); 0 when it has none
    QString dialect; // what the file was recognised as: "MADR 4", "MADR 2", "log4brains", "Nygard"
    QString uuid; // the review's uuid when the file records one (a file Inflection wrote)
    QString title;
    QString statusText; // the status as written ("Accepted", "superseded by [ADR-0005](…)")
    bool statusRecognised = true; // whether it names a status word Inflection knows (or none at all)
    QStringList tags; // "Tags: a, b" (log4brains), or front matter's tags
    ProposalDecision decision = ProposalDecision::Pending;
    ReviewStatus status = ReviewStatus::Draft;
    QDate date;
    QList<Person> people;
    QString body; // the record's text, the proposal of the review it becomes
    QString decisionNotes; // the decision's reasoning
    // Links to other records: their targets as written (a file name, or "ADR-0005" / "5").
    QString supersededBy;
    QString supersededByUuid; // when the file records the successor's uuid
    QStringList supersedes;
    QStringList amends;
    QStringList amendedBy;
};

} // namespace Inflection
