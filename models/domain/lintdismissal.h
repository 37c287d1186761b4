// A blameless-coach finding someone dismissed: one occurrence of a phrase in one text field.
#pragma once

#include "storedrecord.h"

#include <QDateTime>
#include <QString>

namespace Inflection {

struct LintDismissal : ReviewPart
{
    QString field; // "incident.summary", "timeline_event:<uuid>.text", …
    QString phrase; // in lower case
    int occurrence = 1; // the n-th finding of this phrase in the field, from 1

    // The key findings are matched by.
    static QString key(const QString &field, const QString &phrase, int occurrence)
    {
        return field + u'\x1f' + phrase.toLower() + u'\x1f' + QString::number(occurrence);
    }
    QString key() const { return key(field, phrase, occurrence); }
};

} // namespace Inflection
