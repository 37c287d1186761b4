#include "reviewtables.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const QStringList &ReviewTables::content()
{
    static const QStringList tables {u"proposal"_s, u"departure"_s, u"comment"_s, u"question"_s,
        u"checklist_answer"_s, u"attendee"_s, u"launch"_s, u"contingency"_s, u"incident"_s,
        u"timeline_event"_s, u"remediation"_s, u"parking_lot"_s, u"lint_dismissal"_s,
        u"contributing_factor"_s, u"incident_link"_s};
    return tables;
}

} // namespace Inflection
