// A review's own record: what the workspace browser lists and every kind shares.
#pragma once

#include "keytable.h"
#include "reviewkind.h"
#include "reviewstatus.h"
#include "storedrecord.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Inflection {

// The fields of a review that a user edits directly; used by undo commands and conflict notices.
enum class ReviewField {
    Title,
    Status,
    System,
    Tags,
    Owner,
    MeetingAt,
    SupersededBy, // the uuid of the review that replaces this one
};

// Keys: the column names.
const KeyTable<ReviewField> &reviewFields();

struct Review : StoredRecord
{
    using Field = ReviewField;

    ReviewKind kind = ReviewKind::Architecture;
    QString title;
    ReviewStatus status = ReviewStatus::Draft;
    QString system;
    QString tags;
    QString owner;
    QDateTime meetingAt; // invalid when no meeting is planned
    QString supersededBy; // uuid; empty unless superseded

    // The latest entry of the review's history (its children's edits included); read, never written.
    QDateTime lastChangeAt;
    QString lastChangeBy;
    QString lastChangeWhat; // change_log's what ("updated")
    QString lastChangeField; // change_log's field key ("timeline.text"); may be empty

    QVariant field(ReviewField field) const;
    // Returns false when the value does not fit the field (an unknown status key, say).
    bool setField(ReviewField field, const QVariant &value);

    bool operator==(const Review &other) const;
    bool operator!=(const Review &other) const { return !(*this == other); }
};

} // namespace Inflection
