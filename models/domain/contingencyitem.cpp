// Field access and labels for contingency items.
#include "contingencyitem.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<ContingencyField> &contingencyFields()
{
    static const KeyTable<ContingencyField> table("Inflection::ContingencyField",
        {
            {ContingencyField::Issue, "issue", QT_TRANSLATE_NOOP("Inflection::ContingencyField", "Issue")},
            {ContingencyField::Likelihood, "likelihood",
                QT_TRANSLATE_NOOP("Inflection::ContingencyField", "Likelihood")},
            {ContingencyField::Impact, "impact", QT_TRANSLATE_NOOP("Inflection::ContingencyField", "Impact")},
            {ContingencyField::Comments, "comments",
                QT_TRANSLATE_NOOP("Inflection::ContingencyField", "Comments")},
            {ContingencyField::Engineering, "engineering",
                QT_TRANSLATE_NOOP("Inflection::ContingencyField", "Engineering")},
            {ContingencyField::OnsiteMessaging, "onsite_messaging",
                QT_TRANSLATE_NOOP("Inflection::ContingencyField", "Onsite messaging")},
            {ContingencyField::PrNeeded, "pr_needed",
                QT_TRANSLATE_NOOP("Inflection::ContingencyField", "PR")},
        });
    return table;
}

QString likelihoodLabel(int level)
{
    switch (level) {
    case 1:
        return QCoreApplication::translate("Inflection::Likelihood", "Rare");
    case 2:
        return QCoreApplication::translate("Inflection::Likelihood", "Unlikely");
    case 3:
        return QCoreApplication::translate("Inflection::Likelihood", "Possible");
    case 4:
        return QCoreApplication::translate("Inflection::Likelihood", "Likely");
    case 5:
        return QCoreApplication::translate("Inflection::Likelihood", "Almost certain");
    default:
        return {};
    }
}

QString impactLabel(int level)
{
    switch (level) {
    case 1:
        return QCoreApplication::translate("Inflection::Impact", "Negligible");
    case 2:
        return QCoreApplication::translate("Inflection::Impact", "Minor");
    case 3:
        return QCoreApplication::translate("Inflection::Impact", "Moderate");
    case 4:
        return QCoreApplication::translate("Inflection::Impact", "Major");
    case 5:
        return QCoreApplication::translate("Inflection::Impact", "Severe");
    default:
        return {};
    }
}

QVariant ContingencyItem::field(ContingencyField f) const
{
    switch (f) {
    case ContingencyField::Issue:
        return issue;
    case ContingencyField::Likelihood:
        return likelihood;
    case ContingencyField::Impact:
        return impact;
    case ContingencyField::Comments:
        return comments;
    case ContingencyField::Engineering:
        return engineering;
    case ContingencyField::OnsiteMessaging:
        return onsiteMessaging;
    case ContingencyField::PrNeeded:
        return prNeeded;
    }
    return {};
}

bool ContingencyItem::setField(ContingencyField f, const QVariant &value)
{
    switch (f) {
    case ContingencyField::Issue:
        issue = value.toString();
        return true;
    case ContingencyField::Likelihood:
    case ContingencyField::Impact: {
        bool ok = false;
        const int level = value.toInt(&ok);
        if (!ok || level < 1 || level > 5)
            return false;
        (f == ContingencyField::Likelihood ? likelihood : impact) = level;
        return true;
    }
    case ContingencyField::Comments:
        comments = value.toString();
        return true;
    case ContingencyField::Engineering:
        engineering = value.toString();
        return true;
    case ContingencyField::OnsiteMessaging:
        onsiteMessaging = value.toString();
        return true;
    case ContingencyField::PrNeeded:
        prNeeded = value.toBool();
        return true;
    }
    return false;
}

bool ContingencyItem::operator==(const ContingencyItem &o) const
{
    return sameReviewPart(o) && issue == o.issue && likelihood == o.likelihood && impact == o.impact
        && comments == o.comments && engineering == o.engineering && onsiteMessaging == o.onsiteMessaging
        && prNeeded == o.prNeeded && position == o.position;
}

} // namespace Inflection
