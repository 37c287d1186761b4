// Storage keys and translated names of the review kinds.
#include "reviewkind.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QList<ReviewKind> allReviewKinds()
{
    return {ReviewKind::Architecture, ReviewKind::Operability, ReviewKind::Postmortem};
}

QString reviewKindKey(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Architecture:
        return u"architecture"_s;
    case ReviewKind::Operability:
        return u"operability"_s;
    case ReviewKind::Postmortem:
        return u"postmortem"_s;
    }
    return {};
}

std::optional<ReviewKind> reviewKindFromKey(const QString &key)
{
    for (const ReviewKind kind : allReviewKinds()) {
        if (reviewKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString reviewKindDisplayName(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Architecture:
        return QCoreApplication::translate("Inflection::ReviewKind", "Architecture review");
    case ReviewKind::Operability:
        return QCoreApplication::translate("Inflection::ReviewKind", "Operability review");
    case ReviewKind::Postmortem:
        return QCoreApplication::translate("Inflection::ReviewKind", "Postmortem");
    }
    return {};
}

} // namespace Inflection
