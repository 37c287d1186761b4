// A remediation idea raised too early in a postmortem's meeting, parked until its phase ("hold that
// thought").
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QString>
#include <QVariant>

namespace Inflection {

enum class ParkedIdeaField {
    Text,
};

// Keys: the column names.
const KeyTable<ParkedIdeaField> &parkedIdeaFields();

struct ParkedIdea : ReviewPart
{
    using Field = ParkedIdeaField;

    QString text;
    QString position;

    QVariant field(ParkedIdeaField) const { return text; }
    bool setField(ParkedIdeaField, const QVariant &value)
    {
        text = value.toString();
        return true;
    }
    bool operator==(const ParkedIdea &other) const
    {
        return sameReviewPart(other) && text == other.text && position == other.position;
    }
    bool operator!=(const ParkedIdea &other) const { return !(*this == other); }
};

} // namespace Inflection
