// The parked idea's one field.
#include "parkedidea.h"

namespace Inflection {

const KeyTable<ParkedIdeaField> &parkedIdeaFields()
{
    static const KeyTable<ParkedIdeaField> table("Inflection::ParkedIdeaField",
        {{ParkedIdeaField::Text, "text", QT_TRANSLATE_NOOP("Inflection::ParkedIdeaField", "idea")}});
    return table;
}

} // namespace Inflection
