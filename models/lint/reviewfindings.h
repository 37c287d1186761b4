// The blameless coach over a whole review: every text field checked, each finding numbered among
// the findings of the same phrase in its field (so that one occurrence can be dismissed), and the
// open ones counted. Pure: texts and dismissals in, findings out.
#pragma once

#include "lintfinding.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Inflection {

struct FieldText
{
    QString field; // a stable key: "incident.summary", "timeline_event:<uuid>.text", …
    QString label; // for people: "Summary", "Timeline, event 3: 14:05:00 Lin Zhou"
    QString text;
    QStringList people = {}; // the review's people, known to the coach by name
    QStringList systems = {}; // the review's systems by name: never a person
};

struct FieldFinding
{
    QString field;
    QString label;
    LintFinding finding;
    int occurrence = 1; // the n-th finding of this phrase (case aside) in the field
    QString key() const; // as LintDismissal::key
};

class ReviewFindings
{
public:
    static QList<FieldFinding> ofField(const FieldText &text);
    // The findings not dismissed, field after field. When stop is given and set, it returns at once
    // with what it found so far (the caller is not going to use it).
    static QList<FieldFinding> open(const QList<FieldText> &texts, const QSet<QString> &dismissed,
        const std::atomic_bool *stop = nullptr);
};

} // namespace Inflection
