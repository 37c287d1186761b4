// Finds phrases that point at people instead of the system: human error, root cause, counterfactuals,
// hindsight, and "why" asked of a person. Pure: text in, findings out.
#pragma once

#include "lintfinding.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <memory>

namespace Inflection {

class BlamelessCoach
{
public:
    // The word lists shipped for a language ("en", "ru"); an unknown language gets none.
    static const BlamelessCoach &forLanguage(const QString &language);
    static QStringList languages();

    // Findings in text order; where rules overlap, the earlier and longer one wins.
    QList<LintFinding> check(const QString &text) const;
    // With every shipped language's rules at once: a postmortem may mix languages, and one
    // language's words do not occur in another's text.
    static QList<LintFinding> checkEveryLanguage(const QString &text);

    bool isValid() const { return !m_rules.isEmpty(); }

private:
    struct Rule
    {
        QString category;
        QRegularExpression pattern;
    };

    static std::unique_ptr<BlamelessCoach> load(const QString &language);
    QList<LintFinding> matches(const QString &text) const; // every rule's, overlapping
    static QList<LintFinding> withoutOverlaps(QList<LintFinding> all);

    QList<Rule> m_rules;
};

} // namespace Inflection
