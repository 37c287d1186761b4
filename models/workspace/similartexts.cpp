// Grouping similar texts: tokens, a stem, and Jaccard similarity with prefix filtering.
#include "workspace/similartexts.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Words that say nothing of what is to be done: articles, pronouns, prepositions, auxiliaries, and the
// verbs every remediation item starts with.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const auto add = [&set](const QString &list) {
            for (const QString &word : list.split(u' ', Qt::SkipEmptyParts))
                set.insert(word);
        };
        add(u"a an the and or but nor of to in on at by for from with without into onto over under about "
            u"after before as is are was were be been being it its this that these those there their our we "
            u"us you your they them he she his her not no so if then than when while which who what where "
            u"how why all any each every some more most can could will would should shall may might must do "
            u"does did done have has had also just only again per via up down out off too very "
            u"add adding added ensure make makes making need needs needed use using"_s);
        add(u"der die das den dem des ein eine einen einem einer eines und oder aber nicht kein keine mit "
            u"ohne für von zu zum zur im in an am auf aus bei nach vor über unter um ist sind war wird "
            u"werden "
            u"wurde soll sollen muss müssen kann können auch noch nur wenn dass als wie es sie er wir ihr "
            u"hinzufügen"_s);
        add(u"и в во на с со к ко по о об от до из за для при без над под не ни но а или что чтобы как это "
            u"этот эта эти тот та те то же ли бы был была были быть есть его её их мы вы они он она оно все "
            u"всех уже ещё еще только также так где когда надо нужно добавить сделать"_s);
        return set;
    }();
    return words;
}

bool isVowelEnding(QChar c)
{
    static const QString vowels = u"аеёиоуыэюяьй"_s;
    return vowels.contains(c);
}

// A simple stem: English endings off, a Russian vowel ending off, then at most six letters.
QString stem(QString word)
{
    const auto cut = [&word](const QString &ending, qsizetype keep) {
        if (word.size() >= ending.size() + keep && word.endsWith(ending)) {
            word.chop(ending.size());
            return true;
        }
        return false;
    };
    if (!cut(u"ing"_s, 3) && !cut(u"ed"_s, 3)) {
        if (word.size() >= 5 && word.endsWith(u"ies"_s))
            word = word.left(word.size() - 3) + u'y';
        else if (!word.endsWith(u"ss"_s))
            cut(u"s"_s, 3);
    }
    if (word.size() >= 4 && isVowelEnding(word.back()))
        word.chop(1);
    return word.left(6);
}

// The word a raw (case folded) word counts as, or nothing for a word that does not count.
std::optional<QString> countedWord(const QString &raw)
{
    if (raw.size() <= 1 || stopWords().contains(raw))
        return std::nullopt;
    return stem(raw);
}

// Calls f with each run of letters and digits of text (already case folded), as a view into it.
template<typename F>
void forEachWord(QStringView folded, F f)
{
    qsizetype start = -1;
    const qsizetype size = folded.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && folded.at(i).isLetterOrNumber()) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            f(folded.sliced(start, i - start));
            start = -1;
        }
    }
}

} // namespace

QStringList SimilarTexts::tokens(const QString &text)
{
    QStringList words;
    const QString folded = text.toCaseFolded();
    forEachWord(folded, [&words](QStringView raw) {
        if (const std::optional<QString> word = countedWord(raw.toString()))
            words.append(*word);
    });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

bool SimilarTexts::similar(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    qsizetype shared = 0;
    for (auto i = a.cbegin(), j = b.cbegin(); i != a.cend() && j != b.cend();) {
        if (*i == *j) {
            ++shared;
            ++i;
            ++j;
        } else if (*i < *j) {
            ++i;
        } else {
            ++j;
        }
    }
    const qsizetype all = a.size() + b.size() - shared;
    return 3 * shared >= 2 * all;
}

QList<QList<int>> SimilarTexts::group(const QStringList &texts)
{
    // Each text's words as numbers (a raw word is stemmed once, however often it is written); identical
    // sets are compared once.
    // Raw words are looked up as views into the folded texts, kept for as long as the table of them.
    QStringList folded;
    folded.reserve(texts.size());
    QHash<QStringView, int> rawIds; // case folded word -> word id, or -1 when it does not count
    QHash<QString, int> wordIds; // stem -> word id
    std::vector<int> frequency; // by word id: how many distinct sets use it
    QHash<QList<int>, int> setIds;
    std::vector<int> words; // the distinct sets' word ids, ascending within each, one set after another
    std::vector<qsizetype> starts {0}; // where each set begins in words, and where the last ends
    setIds.reserve(texts.size());
    std::vector<int> setOf(size_t(texts.size()), -1);
    QList<int> ids;
    QHash<QString, int> setOfText; // a text met before -> its set (-1: none): each distinct text read once
    for (qsizetype t = 0; t < texts.size(); ++t) {
        if (const auto same = setOfText.constFind(texts.at(t)); same != setOfText.cend()) {
            setOf[size_t(t)] = *same;
            continue;
        }
        setOfText.insert(texts.at(t), -1);
        ids.clear();
        folded.append(texts.at(t).toCaseFolded());
        forEachWord(folded.constLast(), [&](QStringView raw) {
            auto known = rawIds.constFind(raw);
            if (known == rawIds.cend()) {
                int id = -1;
                if (const std::optional<QString> word = countedWord(raw.toString())) {
                    auto it = wordIds.constFind(*word);
                    if (it == wordIds.cend()) {
                        it = wordIds.insert(*word, int(wordIds.size()));
                        frequency.push_back(0);
                    }
                    id = *it;
                }
                known = rawIds.insert(raw, id);
            }
            if (*known >= 0)
                ids.append(*known);
        });
        if (ids.isEmpty())
            continue;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        auto known = setIds.constFind(ids);
        if (known == setIds.cend()) {
            known = setIds.insert(ids, int(starts.size() - 1));
            for (const int id : std::as_const(ids))
                ++frequency[size_t(id)];
            words.insert(words.end(), ids.cbegin(), ids.cend());
            starts.push_back(qsizetype(words.size()));
        }
        setOf[size_t(t)] = *known;
        setOfText.insert(texts.at(t), *known);
    }
    const size_t setCount = starts.size() - 1;
    const auto sizeOf = [&starts](int set) {
        return starts[size_t(set) + 1] - starts[size_t(set)];
    };
    const auto wordsOf = [&starts, &words](int set) {
        return std::pair(words.data() + starts[size_t(set)], words.data() + starts[size_t(set) + 1]);
    };

    std::vector<int> parent(setCount);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&parent](int x) {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            x = parent[size_t(x)];
        }
        return x;
    };

    // Prefix filtering: with the words of every set ordered rarest first, two sets that share at least k
    // words share one among the first n − k + 1 of either. A set of n words alike to a smaller one shares
    // at least ⌈2n/3⌉ words with it. Sets are visited smallest first, each probing the index of the prefixes
    // of those before it (no larger than itself), then adding its own.
    std::vector<int> order(setCount);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&sizeOf](int a, int b) { return sizeOf(a) < sizeOf(b); });
    std::vector<std::vector<int>> index(frequency.size()); // word id -> sets whose prefix has it
    std::vector<int> seen(setCount, -1);
    std::vector<int> marked(frequency.size(), -1); // word id -> the set being probed, when it has the word
    std::vector<int> rare;
    for (const int x : order) {
        const auto [begin, end] = wordsOf(x);
        const qsizetype n = end - begin;
        rare.assign(begin, end);
        for (const int *w = begin; w != end; ++w)
            marked[size_t(*w)] = x;
        std::sort(rare.begin(), rare.end(), [&frequency](int a, int b) {
            const int fa = frequency[size_t(a)];
            const int fb = frequency[size_t(b)];
            return fa != fb ? fa < fb : a < b;
        });
        const qsizetype prefix = n - (2 * n + 2) / 3 + 1;
        const qsizetype smallest = (2 * n + 2) / 3; // the fewest words a set alike to this one can have
        for (qsizetype p = 0; p < prefix; ++p) {
            for (const int y : index[size_t(rare[size_t(p)])]) {
                if (seen[size_t(y)] == x)
                    continue;
                seen[size_t(y)] = x;
                const qsizetype m = sizeOf(y);
                if (m < smallest || find(x) == find(y))
                    continue;
                // Shared words counted without branching on each: those of y that x has marked.
                const auto [otherBegin, otherEnd] = wordsOf(y);
                qsizetype shared = 0;
                for (const int *w = otherBegin; w != otherEnd; ++w)
                    shared += marked[size_t(*w)] == x ? 1 : 0;
                if (3 * shared >= 2 * (n + m - shared))
                    parent[size_t(find(x))] = find(y);
            }
        }
        // Those probing later have no fewer words: a set alike to this one shares ⌈4n/5⌉ of its words with
        // it (2/3 of the union, which is at least 2n), so fewer of its words need to be indexed.
        const qsizetype indexed = n - (4 * n + 4) / 5 + 1;
        for (qsizetype p = 0; p < indexed; ++p)
            index[size_t(rare[size_t(p)])].push_back(x);
    }

    // Texts by group, in the order of their first text.
    QHash<int, int> groupOfRoot;
    QList<QList<int>> groups;
    for (qsizetype t = 0; t < texts.size(); ++t) {
        if (setOf[size_t(t)] < 0)
            continue;
        const int root = find(setOf[size_t(t)]);
        auto it = groupOfRoot.constFind(root);
        if (it == groupOfRoot.cend()) {
            it = groupOfRoot.insert(root, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[*it].append(int(t));
    }
    groups.removeIf([](const QList<int> &g) { return g.size() < 2; });
    return groups;
}

} // namespace Inflection
