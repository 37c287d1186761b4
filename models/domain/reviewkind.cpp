// Storage keys and translated names of the review kinds.
#include "reviewkind.h"

namespace Inflection {

const KeyTable<ReviewKind> &reviewKinds()
{
    static const KeyTable<ReviewKind> table("Inflection::ReviewKind",
        {
            {ReviewKind::Architecture, "architecture",
                QT_TRANSLATE_NOOP("Inflection::ReviewKind", "Architecture review")},
            {ReviewKind::Operability, "operability",
                QT_TRANSLATE_NOOP("Inflection::ReviewKind", "Operability review")},
            {ReviewKind::Postmortem, "postmortem", QT_TRANSLATE_NOOP("Inflection::ReviewKind", "Postmortem")},
        });
    return table;
}

} // namespace Inflection
