// Incident links' fields, target kinds and verdicts.
#include "incidentlink.h"

namespace Inflection {

const KeyTable<IncidentLinkField> &incidentLinkFields()
{
    static const KeyTable<IncidentLinkField> table("Inflection::IncidentLinkField",
        {
            {IncidentLinkField::Target, "target",
                QT_TRANSLATE_NOOP("Inflection::IncidentLinkField", "linked item")},
            {IncidentLinkField::TargetKind, "target_kind",
                QT_TRANSLATE_NOOP("Inflection::IncidentLinkField", "kind of linked item")},
            {IncidentLinkField::Verdict, "verdict",
                QT_TRANSLATE_NOOP("Inflection::IncidentLinkField", "foresight")},
        });
    return table;
}

const KeyTable<LinkTargetKind> &linkTargetKinds()
{
    static const KeyTable<LinkTargetKind> table("Inflection::LinkTargetKind",
        {
            {LinkTargetKind::Contingency, "contingency",
                QT_TRANSLATE_NOOP("Inflection::LinkTargetKind", "Contingency")},
            {LinkTargetKind::Departure, "departure",
                QT_TRANSLATE_NOOP("Inflection::LinkTargetKind", "Departure")},
        });
    return table;
}

const KeyTable<ForesightVerdict> &foresightVerdicts()
{
    static const KeyTable<ForesightVerdict> table("Inflection::ForesightVerdict",
        {
            {ForesightVerdict::Worked, "worked",
                QT_TRANSLATE_NOOP("Inflection::ForesightVerdict", "Foreseen, the mitigation worked")},
            {ForesightVerdict::DidNotHold, "did-not-hold",
                QT_TRANSLATE_NOOP("Inflection::ForesightVerdict", "Foreseen, the mitigation did not hold")},
            {ForesightVerdict::Related, "related",
                QT_TRANSLATE_NOOP("Inflection::ForesightVerdict", "Related")},
        });
    return table;
}

QVariant IncidentLink::field(IncidentLinkField f) const
{
    switch (f) {
    case IncidentLinkField::Target:
        return target;
    case IncidentLinkField::TargetKind:
        return linkTargetKinds().key(targetKind);
    case IncidentLinkField::Verdict:
        return foresightVerdicts().key(verdict);
    }
    return {};
}

bool IncidentLink::setField(IncidentLinkField f, const QVariant &value)
{
    switch (f) {
    case IncidentLinkField::Target:
        if (value.toString().trimmed().isEmpty())
            return false;
        target = value.toString().trimmed();
        return true;
    case IncidentLinkField::TargetKind:
        if (const auto k = linkTargetKinds().fromKey(value.toString())) {
            targetKind = *k;
            return true;
        }
        return false;
    case IncidentLinkField::Verdict:
        if (const auto v = foresightVerdicts().fromKey(value.toString())) {
            // A departure is involved or not: it foresaw nothing.
            if (targetKind == LinkTargetKind::Departure && *v != ForesightVerdict::Related)
                return false;
            verdict = *v;
            return true;
        }
        return false;
    }
    return false;
}

bool IncidentLink::operator==(const IncidentLink &o) const
{
    return sameReviewPart(o) && target == o.target && targetKind == o.targetKind && verdict == o.verdict
        && position == o.position;
}

} // namespace Inflection
