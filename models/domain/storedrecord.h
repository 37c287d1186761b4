// What every stored record of user content carries: its row, its stable uuid, the revision an edit is
// based on, and when and by whom it was made and last changed.
#pragma once

#include <QDateTime>
#include <QString>
#include <type_traits>

namespace Inflection {

struct StoredRecord
{
    qint64 id = 0; // 0: not stored (yet)
    QString uuid;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;

    bool isStored() const { return id != 0; }
    bool sameStoredRecord(const StoredRecord &other) const
    {
        return id == other.id && uuid == other.uuid && revision == other.revision
            && updatedAt == other.updatedAt && updatedBy == other.updatedBy;
    }
};

// A record that belongs to one review.
struct ReviewPart : StoredRecord
{
    qint64 reviewId = 0;

    bool sameReviewPart(const ReviewPart &other) const
    {
        return sameStoredRecord(other) && reviewId == other.reviewId;
    }
};

// Whether a kind of record is kept in a manual order (it has a fractional position key).
template<typename Record, typename = void>
struct HasPosition : std::false_type
{ };
template<typename Record>
struct HasPosition<Record, std::void_t<decltype(std::declval<Record>().position)>> : std::true_type
{ };

} // namespace Inflection
