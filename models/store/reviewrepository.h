// Reads and writes review records, with optimistic concurrency and a change log.
#pragma once

#include "../domain/review.h"
#include "saveresult.h"

#include <QList>
#include <QSet>
#include <QVariant>
#include <optional>
#include <utility>

namespace Inflection {

class Workspace;
using ReviewSaveResult = SaveResult<Review>;

class ReviewRepository
{
public:
    explicit ReviewRepository(Workspace *workspace);

    Workspace *workspace() const { return m_workspace; }

    std::optional<Review> create(ReviewKind kind, const QString &title, QString *error);
    std::optional<Review> find(const QString &uuid, QString *error = nullptr) const;
    QList<Review> all(QString *error = nullptr) const;
    // The most recently changed reviews first, at most limit of them.
    QList<Review> mostRecent(int limit, QString *error = nullptr) const;
    // Reviews whose uuid starts with prefix (for the command line's REVIEW arguments).
    QList<Review> findByUuidPrefix(const QString &prefix, QString *error = nullptr) const;

    using FieldValues = QList<std::pair<ReviewField, QVariant>>;

    // Writes one field of base, provided the stored revision is still base.revision.
    ReviewSaveResult updateField(const Review &base, ReviewField field, const QVariant &value);
    // Writes several fields as one change (one transaction, one new revision).
    ReviewSaveResult updateFields(const Review &base, const FieldValues &values);

    // The uuids of reviews matching every word of userText (prefix match, full-text index).
    std::optional<QSet<QString>> search(const QString &userText, QString *error = nullptr) const;

private:
    Workspace *m_workspace;
};

} // namespace Inflection
