// A comment on a text of a review, anchored to a stretch of it; a thread is a first comment and
// its replies. Resolving keeps who and when.
#pragma once

#include "storedrecord.h"

#include "textanchor.h"

#include <QDateTime>
#include <QString>

namespace Inflection {

struct Comment : ReviewPart
{
    QString field = QStringLiteral("proposal.body");
    TextAnchor anchor; // a reply keeps its thread's
    QString author;
    QString text;
    QString resolvedBy; // a thread's first comment only
    QDateTime resolvedAt;
    QString parentUuid; // empty: the first comment of a thread

    bool isResolved() const { return resolvedAt.isValid(); }
    bool operator==(const Comment &other) const
    {
        return sameReviewPart(other) && anchor == other.anchor && author == other.author && text == other.text
            && resolvedBy == other.resolvedBy && resolvedAt == other.resolvedAt
            && parentUuid == other.parentUuid && field == other.field;
    }
};

} // namespace Inflection
