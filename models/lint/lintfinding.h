// One phrase the blameless coach found: where, what kind, and what to write instead.
#pragma once

#include <QString>

namespace Inflection {

struct LintFinding
{
    qsizetype start = 0; // in UTF-16 code units, as QString and QTextCursor count
    qsizetype length = 0;
    QString category; // "human-error", "root-cause", "counterfactual", "hindsight", "why-who"
    QString phrase; // the text found
    QString explanation;
    QString suggestion;

    bool operator==(const LintFinding &other) const
    {
        return start == other.start && length == other.length && category == other.category;
    }
};

} // namespace Inflection
