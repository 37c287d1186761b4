// Which short texts say the same thing: remediation ideas written down again in another postmortem, in
// other words or with a word more. Deterministic, and fast enough for every item of a large workspace.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Inflection {

class SimilarTexts
{
public:
    // What two texts are compared by: the words of the text, case folded, split at anything that is not a
    // letter or a digit, without one-letter words and common words (English, German and Russian: "the",
    // "to", "add", "und", "на"…), each cut to a simple stem (a plural or -ing/-ed ending taken off, then at
    // most six letters, so that "alerts", "alerting" and "alert" are one word). Sorted, each once.
    static QStringList tokens(const QString &text);

    // Whether two token sets are alike: the words they share are at least two thirds of all the words
    // either uses (Jaccard similarity ≥ 2/3). Two thirds so that a word more or less groups ("alert on disk
    // usage" and "alert on disk usage growth": 3 of 4), while another object in a short text does not
    // ("alert on disk usage" and "alert on CPU usage": 2 of 4) — a wrong group misleads more than a missed
    // one. Empty sets are alike to nothing.
    static bool similar(const QStringList &a, const QStringList &b);

    // The texts that are alike, directly or through others (single linkage), as groups of their indexes:
    // each group ascending, groups in the order of their first text; texts alike to no other are left out.
    // Candidates come from a rare-word index (prefix filtering): only texts that share one of their rarest
    // words are compared, never all pairs.
    static QList<QList<int>> group(const QStringList &texts);
};

} // namespace Inflection
