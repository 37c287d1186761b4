// A comment on a text of a review, anchored to a stretch of it; a thread is a first comment and
// its replies. Resolving keeps who and when.
#pragma once

#include "textanchor.h"

#include <QDateTime>
#include <QString>

namespace Inflection {

struct Comment
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
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
        return id == other.id && uuid == other.uuid && revision == other.revision && anchor == other.anchor
            && author == other.author && text == other.text && resolvedBy == other.resolvedBy
            && resolvedAt == other.resolvedAt && parentUuid == other.parentUuid && field == other.field;
    }
};

} // namespace Inflection
