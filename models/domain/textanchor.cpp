// Making and re-finding text anchors.
#include "textanchor.h"

#include <limits>

namespace Inflection {

TextAnchor TextAnchor::of(const QString &text, qsizetype start, qsizetype end)
{
    start = qBound(qsizetype(0), start, text.size());
    end = qBound(start, end, text.size());
    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.exact = text.mid(start, end - start);
    const qsizetype from = qMax(qsizetype(0), start - contextLength);
    anchor.prefix = text.mid(from, start - from);
    anchor.suffix = text.mid(end, contextLength);
    return anchor;
}

std::optional<std::pair<qsizetype, qsizetype>> TextAnchor::locate(const QString &text) const
{
    if (exact.isEmpty())
        return std::nullopt;
    if (end - start == exact.size() && end <= text.size()
        && QStringView(text).mid(start, exact.size()) == exact)
        return std::pair {start, end};
    // How many characters of context agree, counted from the quote outwards.
    auto contextScore = [&](qsizetype at) {
        qsizetype score = 0;
        for (qsizetype i = 1; i <= prefix.size() && at - i >= 0; ++i) {
            if (text.at(at - i) != prefix.at(prefix.size() - i))
                break;
            ++score;
        }
        const qsizetype after = at + exact.size();
        for (qsizetype i = 0; i < suffix.size() && after + i < text.size(); ++i) {
            if (text.at(after + i) != suffix.at(i))
                break;
            ++score;
        }
        return score;
    };
    qsizetype best = -1;
    qsizetype bestScore = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
        const qsizetype score = contextScore(at);
        const qsizetype distance = qAbs(at - start);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return std::nullopt;
    return std::pair {best, best + exact.size()};
}

} // namespace Inflection
