// Reads and writes review records, with optimistic concurrency and a change log.
#pragma once

#include "../domain/result.h"
#include "../domain/review.h"

#include <QList>
#include <QSet>
#include <QVariant>
#include <optional>
#include <utility>

namespace Inflection {

class Workspace;

class ReviewRepository
{
public:
    explicit ReviewRepository(Workspace *workspace);

    Workspace *workspace() const { return m_workspace; }

    Result<Review> create(ReviewKind kind, const QString &title);
    Result<Review> find(const QString &uuid) const; // Missing when there is none
    Result<QList<Review>> all() const;
    // The most recently changed reviews first, at most limit of them.
    Result<QList<Review>> mostRecent(int limit) const;
    // Reviews whose uuid starts with prefix (for the command line's REVIEW arguments).
    Result<QList<Review>> findByUuidPrefix(const QString &prefix) const;

    using FieldValues = QList<std::pair<ReviewField, QVariant>>;

    // Writes one field of base, provided the stored revision is still base.revision.
    Result<Review> updateField(const Review &base, ReviewField field, const QVariant &value);
    // Writes several fields as one change (one transaction, one new revision).
    Result<Review> updateFields(const Review &base, const FieldValues &values);

    // The columns of a review's row, as stored (all but the meta columns and its kind).
    static QList<std::pair<QString, QVariant>> columnsOf(const Review &review);
    // Writes every column of review over the row id, with review's times and author (an import).
    Result<> replace(qint64 id, const Review &review);

    // The uuids of reviews matching every word of userText (prefix match, full-text index); nothing
    // (no filter) when there is nothing to search for.
    Result<std::optional<QSet<QString>>> search(const QString &userText) const;

private:
    Workspace *m_workspace;
};

} // namespace Inflection
