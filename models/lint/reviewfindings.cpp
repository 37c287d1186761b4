// Findings of a review's text fields.
#include "reviewfindings.h"

#include "../domain/lintdismissal.h"
#include "blamelesscoach.h"

#include <QHash>

namespace Inflection {

QString FieldFinding::key() const
{
    return LintDismissal::key(field, finding.phrase, occurrence);
}

QList<FieldFinding> ReviewFindings::ofField(const FieldText &text)
{
    QList<FieldFinding> result;
    if (text.text.trimmed().isEmpty())
        return result;
    QHash<QString, int> seen;
    for (const LintFinding &finding : BlamelessCoach::checkEveryLanguage(
             text.text, text.people, BlamelessCoach::Names::PeopleAndCapitalised, text.systems))
        result.append({text.field, text.label, finding, ++seen[finding.phrase.toLower()]});
    return result;
}

QList<FieldFinding> ReviewFindings::open(
    const QList<FieldText> &texts, const QSet<QString> &dismissed, const std::atomic_bool *stop)
{
    QList<FieldFinding> result;
    for (const FieldText &text : texts) {
        if (stop && stop->load(std::memory_order_relaxed))
            break;
        for (const FieldFinding &finding : ofField(text)) {
            if (!dismissed.contains(finding.key()))
                result.append(finding);
        }
    }
    return result;
}

} // namespace Inflection
