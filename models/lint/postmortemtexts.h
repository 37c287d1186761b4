// The free-text fields of a postmortem, as the blameless coach checks them: the keys that name them (for
// dismissals), the words that say where each is, and every one of them in page order.
#pragma once

#include "../domain/reviewtree.h"
#include "reviewfindings.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace Inflection {

class PostmortemTexts
{
public:
    static QString summaryKey();
    static QString impactKey();
    static QString timelineKey(const QString &eventUuid, bool reasoning);
    static QString discussionKey(const QString &questionKey);
    static QString remediationKey(const QString &itemUuid);
    static QString factorKey(const QString &factorUuid);
    static QString wentWellKey();
    static QString luckyKey();
    static QString parkingLotKey(const QString &ideaUuid);

    // Where a field is, for people: "Timeline, event 4: 14:05:00 Dana", "Decision 7 at 14:05:00, why it
    // made sense"; position is the event's place in the timeline, from 1.
    static QString timelineLabel(
        const TimelineEvent &event, int position, bool reasoning, const QTimeZone &zone);
    static QString discussionLabel(const QString &questionText);

    // The people the coach knows by name: the attendees and the timeline's actors (not the senders of
    // alerts, which are systems).
    static QStringList people(const ReviewTree &tree);
    // The names the coach knows are systems: the review's system and the senders of alerts.
    static QStringList systems(const ReviewTree &tree);
    // Every free-text field of the postmortem, in page order; times in zone.
    static QList<FieldText> of(const ReviewTree &tree, const QTimeZone &zone);
    // The findings not dismissed in the review.
    static QList<FieldFinding> openFindings(const ReviewTree &tree, const QTimeZone &zone);
};

} // namespace Inflection
