// Finds phrases that point at people instead of the system: human error, root cause, counterfactuals,
// hindsight, and "why" asked of a person. Pure: text in, findings out.
//
// A language's rules (resources/lint/blameless-<language>.json) are either a regular expression
// ("pattern") or a sequence of words ("words"), each word matched in all its forms through the
// language's Snowball stemmer:
//   "forget"        any form of the word (its stem: forgot, forgets, forgetting…)
//   "=by"           this exact form only (lower case)
//   "fehl*"         any word beginning so
//   "*ть"           any word ending so
//   "@person"       one of the review's people by name, in any case form; and (outside a review, or
//                   in the window besides the review's people) a capitalised word not opening a
//                   sentence, where the rule puts a name the grammar expects a person. A sentence's
//                   first word may as well be "Kafka" or "The": it counts only when what follows it is
//                   one of the language's "personVerbs" (Dana forgot, Jonas hat … vergessen), never
//                   when it is a system (the language's "systems", the review's systems by name)
//                   (nor one of its "notNames": The, Der)
//   "@system"       a system: one of the language's "systems" (load balancer, script, Datenbank…) or
//                   one of the review's systems by name
//   "a|b"           either
//   "...N"          up to N other words in between (within the sentence)
// "notFollowedBy" / "notPrecededBy" list words (same syntax) that, next to the match, cancel it;
// "notPrecededBy" applies to a "pattern" rule too (the word before the pattern's match).
#pragma once

#include "lintfinding.h"
#include "stemmer.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

class QJsonArray;

namespace Inflection {

class BlamelessCoach
{
public:
    // How a rule's "@person" is recognised.
    enum class Names {
        OfPeople, // the people given (a review's attendees and the timeline's actors)
        Capitalised, // any capitalised word (a text without a review)
        PeopleAndCapitalised, // both (the window: a review's people, and names it does not know)
    };

    // The word lists shipped for a language ("en", "ru", "de"); an unknown language gets none.
    static const BlamelessCoach &forLanguage(const QString &language);
    static QStringList languages();

    // Findings in text order; where rules overlap, the earlier and longer one wins.
    // systems: names that are never a person (a review's system, the senders of its alerts).
    QList<LintFinding> check(const QString &text, const QStringList &people = {},
        Names names = Names::OfPeople, const QStringList &systems = {}) const;
    // With every shipped language's rules at once: a postmortem may mix languages, and one
    // language's words do not occur in another's text.
    static QList<LintFinding> checkEveryLanguage(const QString &text, const QStringList &people = {},
        Names names = Names::OfPeople, const QStringList &systems = {});

    bool isValid() const { return !m_rules.isEmpty(); }

    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString lower;
        QString stem;
        bool capitalised = false;
        bool startsSentence = false;
        bool personByVerb = false; // opens a sentence, and a verb that takes a person follows
        bool speaker = false; // "lin: error rate back to baseline": who says a chat line, not its subject
        int sentence = 0;
    };

private:
    struct Alternative
    {
        enum Kind { Stem, Exact, Prefix, Suffix, Person, System } kind = Stem;
        QString text;
    };
    struct Word
    {
        QList<Alternative> alternatives;
        int gapBefore = 0; // other words allowed between the previous word and this one
    };
    struct Rule
    {
        QString category;
        QRegularExpression pattern; // or:
        QList<Word> words;
        QList<Word> notFollowedBy;
        QList<Word> notPrecededBy;
    };
    struct NameSet
    {
        Names names = Names::OfPeople;
        QSet<QString> stems;
        QSet<QString> lowers;
        QSet<QString> nicks; // people named by one word ("sasha", "lin"): known written in lower case too
        QSet<QString> systemLowers; // the review's systems
        const QList<Word> *systemWords = nullptr; // the language's
    };

    explicit BlamelessCoach(const QString &language);
    static std::unique_ptr<BlamelessCoach> load(const QString &language);
    QList<Word> parseWords(const QJsonArray &words) const;
    QList<Token> tokens(const QString &text) const;
    NameSet nameSet(const QStringList &people, Names names, const QStringList &systems) const;
    void markPeopleByVerb(QList<Token> &tokens, const NameSet &people) const;
    static bool isSystem(const Token &token, const NameSet &people);
    static bool near(const QList<Word> &words, const QList<Token> &tokens, qsizetype position,
        qsizetype neighbour, const NameSet &people);
    static bool matches(const Word &word, const Token &token, const NameSet &people);
    static bool matchRest(const Rule &rule, const QList<Token> &tokens, qsizetype wordIndex, qsizetype at,
        const NameSet &people, qsizetype *last);
    bool matchFrom(const Rule &rule, const QList<Token> &tokens, qsizetype first, const NameSet &people,
        qsizetype *last) const;
    QList<LintFinding> matches(
        const QString &text, const QStringList &people, Names names, const QStringList &systems) const;
    // One finding a stretch of text, and none within quotation marks or a code span: what a log, a
    // message or a person said at the time is a fact of the timeline, not the review's judgement.
    static QList<LintFinding> withoutOverlaps(const QString &text, QList<LintFinding> all);

    QString m_language;
    std::unique_ptr<Stemmer> m_stemmer;
    QList<Rule> m_rules;
    QList<QList<Word>> m_personVerbs; // what, after a sentence's first word, makes it a person
    QList<Word> m_systems;
    QList<Word> m_notNames; // a sentence's first words that are never a name (The, Der)
};

} // namespace Inflection
