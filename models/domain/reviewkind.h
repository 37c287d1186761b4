// The three kinds of review, with their stable storage keys and display names.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Inflection {

enum class ReviewKind {
    Architecture,
    Operability,
    Postmortem,
};

QList<ReviewKind> allReviewKinds();
QString reviewKindKey(ReviewKind kind);
std::optional<ReviewKind> reviewKindFromKey(const QString &key);
QString reviewKindDisplayName(ReviewKind kind);

} // namespace Inflection
