// "Did we foresee it?": a postmortem's link to what came before it in other reviews — a contingency item
// of an operability review that the incident was (and whether its mitigation worked), or a departure
// (a new technology of an architecture review) the incident involved.
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Inflection {

enum class IncidentLinkField {
    Target,
    TargetKind,
    Verdict,
};

// Keys: the column names.
const KeyTable<IncidentLinkField> &incidentLinkFields();

enum class LinkTargetKind {
    Contingency,
    Departure,
};

const KeyTable<LinkTargetKind> &linkTargetKinds();

// What a link to a contingency item says of it; a departure is always Related.
enum class ForesightVerdict {
    Worked, // foreseen, the mitigation worked
    DidNotHold, // foreseen, the mitigation did not hold
    Related,
};

const KeyTable<ForesightVerdict> &foresightVerdicts();

struct IncidentLink : ReviewPart
{
    using Field = IncidentLinkField;

    QString target; // the uuid of the contingency item or the departure
    LinkTargetKind targetKind = LinkTargetKind::Contingency;
    ForesightVerdict verdict = ForesightVerdict::Related;
    QString position;

    // A contingency item that the incident was, whatever became of its mitigation.
    bool isForeseen() const
    {
        return targetKind == LinkTargetKind::Contingency && verdict != ForesightVerdict::Related;
    }
    // TargetKind and Verdict: their keys.
    QVariant field(IncidentLinkField field) const;
    bool setField(IncidentLinkField field, const QVariant &value);
    bool operator==(const IncidentLink &other) const;
    bool operator!=(const IncidentLink &other) const { return !(*this == other); }
};

// What a link can point at, as a postmortem shows it and offers it: a contingency item or a departure,
// with the review it is in.
struct LinkTarget
{
    QString uuid;
    LinkTargetKind kind = LinkTargetKind::Contingency;
    QString text; // the contingency's issue, the departure's name
    int likelihood = 0; // a contingency's ratings, 1 to 5; 0 for a departure
    int impact = 0;
    QString reviewUuid;
    QString reviewTitle;
    QString system;
};

// A postmortem linked to a contingency item or a departure, as that item's review shows it.
struct LinkedIncident
{
    QString target;
    QString reviewUuid; // the postmortem
    QString title;
    ForesightVerdict verdict = ForesightVerdict::Related;
    QDateTime startedAt; // invalid when not known
};

} // namespace Inflection
