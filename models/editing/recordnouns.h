// What a table model calls its records: the names of its undo steps, its messages, its drags.
// The texts are marked with QT_TR_NOOP in the model's class, so they are translated in its context.
#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Inflection {

struct RecordNouns
{
    const char *key; // names the drag's MIME type: application/x-inflection-<key>-uuids
    const char *add; // "Add departure"
    const char *remove; // "Delete departure"
    const char *move; // "Move departure"
    const char *one; // "the departure “%1”", %1 being the record's label

    QString mimeType() const
    {
        return QLatin1StringView("application/x-inflection-") + QLatin1StringView(key)
            + QLatin1StringView("-uuids");
    }
};

} // namespace Inflection
