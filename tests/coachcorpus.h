// A labelled corpus of postmortem sentences (tests/data/coach/corpus-<language>.tsv) and the blameless
// coach's precision and recall on it, per category and over the language: a sentence labelled with a
// category is found when the coach reports that category in it; any other category it reports there,
// and any category in a sentence labelled "-", is a false alarm.
#pragma once

#include "lint/blamelesscoach.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace Inflection {

class CoachCorpus
{
public:
    struct Sentence
    {
        QString category; // empty: blameless
        QString text;
    };
    struct Count
    {
        int found = 0;
        int missed = 0;
        int falseAlarms = 0;
        double precision() const
        {
            return found + falseAlarms == 0 ? 1.0 : double(found) / (found + falseAlarms);
        }
        double recall() const { return found + missed == 0 ? 1.0 : double(found) / (found + missed); }
    };
    struct Score
    {
        QMap<QString, Count> byCategory;
        Count total;
        QStringList mistakes; // "expected → found: sentence"
    };

    static CoachCorpus read(const QString &path)
    {
        CoachCorpus corpus;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return corpus;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QStringList columns = line.split(u'\t');
            if (columns.first() == QLatin1String("#people")) {
                corpus.people = columns.mid(1);
                continue;
            }
            if (line.trimmed().isEmpty() || line.startsWith(u'#') || columns.size() < 2)
                continue;
            const QString category = columns.at(0).trimmed();
            corpus.sentences.append({category == QLatin1String("-") ? QString() : category, columns.at(1)});
        }
        return corpus;
    }

    // With the language's rules; names are the review's people, or (Capitalised) any capitalised word.
    Score score(const BlamelessCoach &coach, BlamelessCoach::Names names) const
    {
        return score([&](const QString &text) { return coach.check(text, people, names); });
    }

    // With whatever finds the phrases of a text.
    Score score(const std::function<QList<LintFinding>(const QString &)> &check) const
    {
        Score score;
        for (const Sentence &s : sentences) {
            QSet<QString> reported;
            for (const LintFinding &f : check(s.text))
                reported.insert(f.category);
            if (!s.category.isEmpty()) {
                Count &c = score.byCategory[s.category];
                if (reported.contains(s.category)) {
                    ++c.found;
                    ++score.total.found;
                } else {
                    ++c.missed;
                    ++score.total.missed;
                }
            }
            for (const QString &category : std::as_const(reported)) {
                if (category != s.category) {
                    ++score.byCategory[category].falseAlarms;
                    ++score.total.falseAlarms;
                }
            }
            if (reported != (s.category.isEmpty() ? QSet<QString>() : QSet<QString> {s.category})) {
                QStringList got(reported.cbegin(), reported.cend());
                got.sort();
                score.mistakes.append((s.category.isEmpty() ? QStringLiteral("-") : s.category)
                    + QStringLiteral(" → ") + (got.isEmpty() ? QStringLiteral("-") : got.join(u','))
                    + QStringLiteral(": ") + s.text);
            }
        }
        return score;
    }

    QStringList people;
    QList<Sentence> sentences;
};

} // namespace Inflection
