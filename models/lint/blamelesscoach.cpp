// Blameless coach: rules from resources/lint/blameless-<language>.json.
#include "blamelesscoach.h"

#include "coachcategory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Words: letters and digits, with inner apostrophes ("didn't", "Dana's").
const QRegularExpression &wordPattern()
{
    static const QRegularExpression pattern(u"[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}]+)*"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool endsSentence(QStringView between)
{
    for (const QChar c : between) {
        if (c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u'\n' || c == u'…' || c == u'"'
            || c == u'«' || c == u'»' || c == u'“' || c == u'”' || c == u'„')
            return true;
    }
    return false;
}

} // namespace

BlamelessCoach::BlamelessCoach(const QString &language)
    : m_language(language)
    , m_stemmer(std::make_unique<Stemmer>(language))
{ }

QStringList BlamelessCoach::languages()
{
    return {u"en"_s, u"ru"_s, u"de"_s};
}

QList<BlamelessCoach::Word> BlamelessCoach::parseWords(const QJsonArray &words) const
{
    QList<Word> parsed;
    int gap = 0;
    for (const QJsonValue &value : words) {
        const QString spec = value.toString().trimmed();
        if (spec.startsWith(u"..."_s)) {
            gap += spec.mid(3).toInt();
            continue;
        }
        Word word;
        word.gapBefore = gap;
        gap = 0;
        for (const QString &alternative : spec.split(u'|', Qt::SkipEmptyParts)) {
            if (alternative == u"@person"_s)
                word.alternatives.append(Alternative {Alternative::Person, {}});
            else if (alternative == u"@system"_s)
                word.alternatives.append(Alternative {Alternative::System, {}});
            else if (alternative.startsWith(u'='))
                word.alternatives.append(Alternative {Alternative::Exact, alternative.mid(1).toLower()});
            else if (alternative.startsWith(u'*'))
                word.alternatives.append(Alternative {Alternative::Suffix, alternative.mid(1).toLower()});
            else if (alternative.endsWith(u'*'))
                word.alternatives.append(Alternative {Alternative::Prefix, alternative.chopped(1).toLower()});
            else
                word.alternatives.append(Alternative {Alternative::Stem, m_stemmer->stem(alternative)});
        }
        parsed.append(word);
    }
    return parsed;
}

std::unique_ptr<BlamelessCoach> BlamelessCoach::load(const QString &language)
{
    auto coach = std::unique_ptr<BlamelessCoach>(new BlamelessCoach(language));
    QFile file(u":/inflection/lint/blameless-"_s + language + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return coach;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : root.value(u"personVerbs"_s).toArray())
        coach->m_personVerbs.append(coach->parseWords(value.toArray()));
    coach->m_systems = coach->parseWords(root.value(u"systems"_s).toArray());
    coach->m_notNames = coach->parseWords(root.value(u"notNames"_s).toArray());
    for (const QJsonValue &value : root.value(u"rules"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.category = object.value(u"category"_s).toString();
        rule.notPrecededBy = coach->parseWords(object.value(u"notPrecededBy"_s).toArray());
        if (object.contains(u"words"_s)) {
            rule.words = coach->parseWords(object.value(u"words"_s).toArray());
            rule.notFollowedBy = coach->parseWords(object.value(u"notFollowedBy"_s).toArray());
            if (rule.words.isEmpty()) {
                qWarning("blameless-%s.json: a rule without words", qPrintable(language));
                continue;
            }
            coach->m_rules.append(rule);
            continue;
        }
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!object.value(u"caseSensitive"_s).toBool())
            options |= QRegularExpression::CaseInsensitiveOption;
        rule.pattern = QRegularExpression(object.value(u"pattern"_s).toString(), options);
        if (!rule.pattern.isValid()) {
            qWarning("blameless-%s.json: bad pattern %s", qPrintable(language),
                qPrintable(rule.pattern.pattern()));
            continue;
        }
        rule.pattern.optimize();
        coach->m_rules.append(rule);
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

QList<BlamelessCoach::Token> BlamelessCoach::tokens(const QString &text) const
{
    QList<Token> result;
    int sentence = 0;
    qsizetype previousEnd = 0;
    auto found = wordPattern().globalMatch(text);
    while (found.hasNext()) {
        const auto match = found.next();
        const bool starts = result.isEmpty()
            || endsSentence(QStringView(text).mid(previousEnd, match.capturedStart() - previousEnd));
        if (starts && !result.isEmpty())
            ++sentence;
        const QString word = match.captured();
        Token token;
        token.start = match.capturedStart();
        token.end = match.capturedEnd();
        token.lower = word.toLower().replace(u'’', u'\'');
        token.stem = m_stemmer->stem(word);
        // A name: an upper-case letter, then lower-case ones (not "HTTP", not "DNS").
        token.capitalised = word.size() > 1 && word.at(0).isUpper() && word.at(1).isLower();
        token.startsSentence = starts;
        token.sentence = sentence;
        const qsizetype after = token.end;
        token.speaker = after < text.size() && text.at(after) == u':'
            && (after + 1 >= text.size() || text.at(after + 1).isSpace());
        result.append(token);
        previousEnd = match.capturedEnd();
    }
    return result;
}

BlamelessCoach::NameSet BlamelessCoach::nameSet(
    const QStringList &people, Names names, const QStringList &systems) const
{
    NameSet set;
    set.names = names;
    for (const QString &person : people) {
        const QList<Token> words = tokens(person);
        for (const Token &token : words) {
            if (token.lower.size() < 2)
                continue;
            set.stems.insert(token.stem);
            set.lowers.insert(token.lower);
        }
        if (words.size() == 1 && words.first().lower.size() >= 2)
            set.nicks.insert(words.first().lower);
    }
    for (const QString &system : systems) {
        for (const Token &token : tokens(system)) {
            if (token.lower.size() >= 2)
                set.systemLowers.insert(token.lower);
        }
    }
    set.systemWords = &m_systems;
    return set;
}

void BlamelessCoach::markPeopleByVerb(QList<Token> &tokens, const NameSet &people) const
{
    // "Dana forgot", "Jonas hat … vergessen": a sentence's first word before a verb that takes a person.
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!tokens.at(i).startsSentence || !tokens.at(i).capitalised || isSystem(tokens.at(i), people)
            || near(m_notNames, tokens, i, i, people))
            continue;
        for (const QList<Word> &verb : m_personVerbs) {
            Rule rule;
            rule.words = verb;
            qsizetype last = i;
            if (!verb.isEmpty() && matchRest(rule, tokens, 0, i, people, &last)) {
                tokens[i].personByVerb = true;
                break;
            }
        }
    }
}

bool BlamelessCoach::isSystem(const Token &token, const NameSet &people)
{
    if (people.systemLowers.contains(token.lower))
        return true;
    if (!people.systemWords)
        return false;
    for (const Word &w : *people.systemWords) {
        if (matches(w, token, people))
            return true;
    }
    return false;
}

bool BlamelessCoach::matches(const Word &word, const Token &token, const NameSet &people)
{
    for (const Alternative &a : word.alternatives) {
        switch (a.kind) {
        case Alternative::Stem:
            if (token.stem == a.text)
                return true;
            break;
        case Alternative::Exact:
            if (token.lower == a.text)
                return true;
            break;
        case Alternative::Prefix:
            if (token.lower.startsWith(a.text))
                return true;
            break;
        case Alternative::Suffix:
            if (token.lower.endsWith(a.text))
                return true;
            break;
        case Alternative::System:
            if (isSystem(token, people))
                return true;
            break;
        case Alternative::Person:
            if (token.speaker || isSystem(token, people))
                break;
            // A chat nick as it is written ("why did sasha restart…"): only one of the review's people.
            if (!token.capitalised) {
                if (people.nicks.contains(token.lower))
                    return true;
                break;
            }
            if (people.names != Names::OfPeople && (!token.startsSentence || token.personByVerb))
                return true;
            if (people.names == Names::Capitalised)
                break;
            if (people.stems.contains(token.stem) || people.lowers.contains(token.lower))
                return true;
            // Case endings and possessives the stemmer leaves on a name: "Петрова", "Annas", "Dana's".
            for (const QString &name : people.lowers) {
                if (name.size() >= 3 && token.lower.size() - name.size() <= 3 && token.lower.startsWith(name))
                    return true;
            }
            break;
        }
    }
    return false;
}

bool BlamelessCoach::matchRest(const Rule &rule, const QList<Token> &tokens, qsizetype wordIndex,
    qsizetype at, const NameSet &people, qsizetype *last)
{
    // Each word after the first within its gap, in the same sentence; the nearest one that leads to a
    // whole match.
    if (wordIndex == rule.words.size()) {
        *last = at;
        return true;
    }
    const Word &word = rule.words.at(wordIndex);
    for (qsizetype next = at + 1; next < tokens.size() && next <= at + 1 + word.gapBefore; ++next) {
        if (tokens.at(next).sentence != tokens.at(at).sentence)
            break;
        if (matches(word, tokens.at(next), people)
            && matchRest(rule, tokens, wordIndex + 1, next, people, last))
            return true;
    }
    return false;
}

bool BlamelessCoach::matchFrom(const Rule &rule, const QList<Token> &tokens, qsizetype first,
    const NameSet &people, qsizetype *last) const
{
    if (!matches(rule.words.first(), tokens.at(first), people))
        return false;
    if (!matchRest(rule, tokens, 1, first, people, last))
        return false;
    return !near(rule.notFollowedBy, tokens, *last + 1, *last, people)
        && !near(rule.notPrecededBy, tokens, first - 1, first, people);
}

bool BlamelessCoach::near(const QList<Word> &words, const QList<Token> &tokens, qsizetype position,
    qsizetype neighbour, const NameSet &people)
{
    // One of words at position, in the same sentence as the match's word at neighbour.
    if (position < 0 || position >= tokens.size() || neighbour < 0 || neighbour >= tokens.size()
        || tokens.at(position).sentence != tokens.at(neighbour).sentence)
        return false;
    for (const Word &w : words) {
        if (matches(w, tokens.at(position), people))
            return true;
    }
    return false;
}

QList<LintFinding> BlamelessCoach::matches(
    const QString &text, const QStringList &people, Names names, const QStringList &systems) const
{
    QList<LintFinding> all;
    auto add = [&](const QString &category, qsizetype start, qsizetype length) {
        // Explained in the interface's language, whatever the text's.
        all.append({start, length, category, text.mid(start, length), coachExplanation(category),
            coachSuggestion(category)});
    };
    QList<Token> words;
    NameSet known;
    bool tokenised = false;
    auto tokenise = [&] {
        if (tokenised)
            return;
        words = tokens(text);
        known = nameSet(people, names, systems);
        if (names != Names::OfPeople)
            markPeopleByVerb(words, known);
        tokenised = true;
    };
    for (const Rule &rule : m_rules) {
        if (rule.words.isEmpty()) {
            auto found = rule.pattern.globalMatch(text);
            while (found.hasNext()) {
                const auto match = found.next();
                if (!rule.notPrecededBy.isEmpty()) {
                    // The word before the match: "The load balancer should have retried".
                    tokenise();
                    const auto at = std::lower_bound(words.cbegin(), words.cend(), match.capturedStart(),
                        [](const Token &t, qsizetype start) { return t.start < start; });
                    const qsizetype first = at - words.cbegin();
                    if (first < words.size() && near(rule.notPrecededBy, words, first - 1, first, known))
                        continue;
                }
                add(rule.category, match.capturedStart(), match.capturedLength());
            }
            continue;
        }
        tokenise();
        for (qsizetype i = 0; i < words.size(); ++i) {
            qsizetype last = i;
            if (matchFrom(rule, words, i, known, &last))
                add(rule.category, words.at(i).start, words.at(last).end - words.at(i).start);
        }
    }
    return all;
}

namespace {

// The stretches of text between quotation marks ("…", “…”, „…“, «…») or backticks, within a line.
QList<std::pair<qsizetype, qsizetype>> quotedSpans(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    static const QString opening = QStringLiteral("\"\u201C\u201E\u00AB`");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar open = text.at(i);
        if (!opening.contains(open))
            continue;
        // „…“ closes with “, «…» with », the others with themselves or ”.
        QString closing = QString(open);
        if (open == u'\u201C' || open == u'"')
            closing = QStringLiteral("\"\u201D");
        else if (open == u'\u201E')
            closing = QStringLiteral("\u201C\u201D");
        else if (open == u'\u00AB')
            closing = QStringLiteral("\u00BB");
        for (qsizetype j = i + 1; j < text.size() && text.at(j) != u'\n'; ++j) {
            if (closing.contains(text.at(j))) {
                spans.append({i, j});
                i = j;
                break;
            }
        }
    }
    return spans;
}

} // namespace

QList<LintFinding> BlamelessCoach::withoutOverlaps(const QString &text, QList<LintFinding> all)
{
    const QList<std::pair<qsizetype, qsizetype>> quoted = quotedSpans(text);
    all.removeIf([&quoted](const LintFinding &finding) {
        return std::any_of(quoted.begin(), quoted.end(), [&finding](const auto &span) {
            return finding.start > span.first && finding.start + finding.length <= span.second;
        });
    });
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

QList<LintFinding> BlamelessCoach::check(
    const QString &text, const QStringList &people, Names names, const QStringList &systems) const
{
    return withoutOverlaps(text, matches(text, people, names, systems));
}

QList<LintFinding> BlamelessCoach::checkEveryLanguage(
    const QString &text, const QStringList &people, Names names, const QStringList &systems)
{
    QList<LintFinding> all;
    for (const QString &language : languages())
        all += forLanguage(language).matches(text, people, names, systems);
    return withoutOverlaps(text, all);
}

} // namespace Inflection
