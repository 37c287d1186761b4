// The free-text fields of a postmortem, as the blameless coach checks them: the keys that name them
// (for dismissals) and, for reports and the command line, the texts read from the workspace.
#pragma once

#include "../lint/reviewfindings.h"

#include <QList>
#include <QString>

namespace Inflection {

class Workspace;

class PostmortemTexts
{
public:
    static QString summaryKey();
    static QString impactKey();
    static QString timelineKey(const QString &eventUuid, bool reasoning);
    static QString discussionKey(const QString &questionKey);
    static QString remediationKey(const QString &itemUuid);
    static QString parkingLotKey(const QString &ideaUuid);

    // Every free-text field of the review as stored, in page order.
    static QList<FieldText> read(Workspace *workspace, qint64 reviewId, QString *error = nullptr);
    // The findings not dismissed in the review.
    static QList<FieldFinding> openFindings(Workspace *workspace, qint64 reviewId, QString *error = nullptr);
};

} // namespace Inflection
