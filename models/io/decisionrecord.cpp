// The dialects of decision records.
#include "decisionrecord.h"

namespace Inflection {

const KeyTable<DecisionRecordFormat> &decisionRecordFormats()
{
    static const KeyTable<DecisionRecordFormat> table("Inflection::DecisionRecordFormat",
        {
            {DecisionRecordFormat::Auto, "auto",
                QT_TRANSLATE_NOOP("Inflection::DecisionRecordFormat", "Recognised per file")},
            {DecisionRecordFormat::Madr, "madr",
                QT_TRANSLATE_NOOP("Inflection::DecisionRecordFormat", "MADR (*.md)")},
            {DecisionRecordFormat::Nygard, "nygard",
                QT_TRANSLATE_NOOP("Inflection::DecisionRecordFormat", "Nygard / adr-tools (*.md)")},
        });
    return table;
}

} // namespace Inflection
