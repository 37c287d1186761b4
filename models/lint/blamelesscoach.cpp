// Blameless coach: rules from resources/lint/blameless-<language>.json.
#include "blamelesscoach.h"

#include "coachcategory.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QStringList BlamelessCoach::languages()
{
    return {u"en"_s, u"ru"_s};
}

std::unique_ptr<BlamelessCoach> BlamelessCoach::load(const QString &language)
{
    auto coach = std::unique_ptr<BlamelessCoach>(new BlamelessCoach);
    QFile file(u":/inflection/lint/blameless-"_s + language + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return coach;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : root.value(u"rules"_s).toArray()) {
        const QJsonObject rule = value.toObject();
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!rule.value(u"caseSensitive"_s).toBool())
            options |= QRegularExpression::CaseInsensitiveOption;
        QRegularExpression pattern(rule.value(u"pattern"_s).toString(), options);
        if (!pattern.isValid()) {
            qWarning(
                "blameless-%s.json: bad pattern %s", qPrintable(language), qPrintable(pattern.pattern()));
            continue;
        }
        pattern.optimize();
        coach->m_rules.append({rule.value(u"category"_s).toString(), pattern});
    }
    return coach;
}

const BlamelessCoach &BlamelessCoach::forLanguage(const QString &language)
{
    // Loaded once per language, then shared (the rules are only read).
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<BlamelessCoach>> coaches;
    const std::lock_guard<std::mutex> lock(mutex);
    auto &coach = coaches[language];
    if (!coach)
        coach = load(language);
    return *coach;
}

QList<LintFinding> BlamelessCoach::matches(const QString &text) const
{
    QList<LintFinding> all;
    for (const Rule &rule : m_rules) {
        auto found = rule.pattern.globalMatch(text);
        while (found.hasNext()) {
            const auto match = found.next();
            // Explained in the interface's language, whatever the text's.
            all.append({match.capturedStart(), match.capturedLength(), rule.category, match.captured(),
                coachExplanation(rule.category), coachSuggestion(rule.category)});
        }
    }
    return all;
}

QList<LintFinding> BlamelessCoach::withoutOverlaps(QList<LintFinding> all)
{
    std::sort(all.begin(), all.end(), [](const LintFinding &a, const LintFinding &b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
    // One finding a stretch of text: drop the ones that overlap an earlier one.
    QList<LintFinding> findings;
    qsizetype covered = 0;
    for (const LintFinding &finding : std::as_const(all)) {
        if (finding.start < covered)
            continue;
        findings.append(finding);
        covered = finding.start + finding.length;
    }
    return findings;
}

QList<LintFinding> BlamelessCoach::check(const QString &text) const
{
    return withoutOverlaps(matches(text));
}

QList<LintFinding> BlamelessCoach::checkEveryLanguage(const QString &text)
{
    QList<LintFinding> all;
    for (const QString &language : languages())
        all += forLanguage(language).matches(text);
    return withoutOverlaps(all);
}

} // namespace Inflection
