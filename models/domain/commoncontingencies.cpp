// The common contingencies offered in one step.
#include "commoncontingencies.h"

#include <QCoreApplication>

namespace Inflection {

QList<ContingencyItem> commonContingencies()
{
    struct Template
    {
        const char *issue;
        int likelihood;
        int impact;
        const char *engineering;
        const char *onsite;
        bool pr;
    };
    static const Template templates[] = {
        {QT_TRANSLATE_NOOP("Inflection::CommonContingencies", "A service the feature depends on is down"), 3,
            4,
            QT_TRANSLATE_NOOP("Inflection::CommonContingencies",
                "Degrade gracefully: hide the feature and keep the rest of the page working"),
            QT_TRANSLATE_NOOP("Inflection::CommonContingencies",
                "Forum post: the feature is temporarily unavailable, nothing else is affected"),
            false},
        {QT_TRANSLATE_NOOP("Inflection::CommonContingencies", "The database is overloaded"), 2, 5,
            QT_TRANSLATE_NOOP("Inflection::CommonContingencies",
                "Turn off the feature's writes with its config flag; serve reads from the cache"),
            QT_TRANSLATE_NOOP(
                "Inflection::CommonContingencies", "Status page and forum post if pages slow down"),
            true},
        {QT_TRANSLATE_NOOP("Inflection::CommonContingencies", "Traffic is ten times the estimate"), 2, 4,
            QT_TRANSLATE_NOOP("Inflection::CommonContingencies",
                "Ramp down the percentage rollout; add capacity before ramping up again"),
            QT_TRANSLATE_NOOP("Inflection::CommonContingencies", "None unless users notice slowness"), false},
        {QT_TRANSLATE_NOOP("Inflection::CommonContingencies", "The feature must be turned off"), 2, 3,
            QT_TRANSLATE_NOOP("Inflection::CommonContingencies",
                "Config flag to turn it off without a deploy; tested before launch"),
            QT_TRANSLATE_NOOP("Inflection::CommonContingencies",
                "Blog and forum post explaining the pause and when it comes back"),
            true},
    };
    QList<ContingencyItem> items;
    for (const Template &t : templates) {
        ContingencyItem item;
        item.issue = QCoreApplication::translate("Inflection::CommonContingencies", t.issue);
        item.likelihood = t.likelihood;
        item.impact = t.impact;
        item.engineering = QCoreApplication::translate("Inflection::CommonContingencies", t.engineering);
        item.onsiteMessaging = QCoreApplication::translate("Inflection::CommonContingencies", t.onsite);
        item.prNeeded = t.pr;
        items.append(item);
    }
    return items;
}

} // namespace Inflection
