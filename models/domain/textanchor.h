// Where a comment sits in a text, after the W3C Web Annotation model: the quoted text with up to
// 32 characters of context either side (text-quote selector) and its offsets (text-position
// selector). Pure functions to make one and to find it again in a changed text.
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace Inflection {

struct TextAnchor
{
    static constexpr int contextLength = 32;

    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0;
    qsizetype end = 0;

    // The anchor of text[start, end).
    static TextAnchor of(const QString &text, qsizetype start, qsizetype end);
    // Where the anchor is in text now: at its old offsets if the quote is still there; otherwise the
    // occurrence of the quote whose context matches best, the nearest to the old offsets among equals;
    // nothing when the quote is gone (an orphan).
    std::optional<std::pair<qsizetype, qsizetype>> locate(const QString &text) const;
    bool operator==(const TextAnchor &other) const
    {
        return exact == other.exact && prefix == other.prefix && suffix == other.suffix
            && start == other.start && end == other.end;
    }
};

} // namespace Inflection
