// The outcome of saving a review: saved, refused because someone else saved first, or failed.
#pragma once

#include "../domain/review.h"

#include <QString>

namespace Inflection {

class [[nodiscard]] ReviewSaveResult
{
public:
    enum class Status {
        Saved,
        Conflict, // the stored revision moved on; review() is what is stored now
        Failed,
    };

    static ReviewSaveResult saved(const Review &stored) { return {Status::Saved, stored, {}}; }
    static ReviewSaveResult conflict(const Review &current) { return {Status::Conflict, current, {}}; }
    static ReviewSaveResult failed(const QString &message) { return {Status::Failed, {}, message}; }

    Status status() const { return m_status; }
    bool isSaved() const { return m_status == Status::Saved; }
    // Saved: the record as now stored. Conflict: the other writer's record.
    const Review &review() const { return m_review; }
    QString errorMessage() const { return m_error; }

private:
    ReviewSaveResult(Status status, const Review &review, const QString &error)
        : m_status(status)
        , m_review(review)
        , m_error(error)
    { }

    Status m_status;
    Review m_review;
    QString m_error;
};

} // namespace Inflection
