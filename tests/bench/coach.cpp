// The blameless coach's precision and recall on the labelled corpora (tests/data/coach), per language
// and per category: with the review's people known by name, as `inflection lint` reads a text (any
// capitalised word where a rule expects a person), and as the window checks (every language's rules,
// the review's people and capitalised names).
#include "../coachcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace Inflection;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // inflection_bench_coach [-v] [FOLDER]: -v lists the sentences misjudged; FOLDER holds other
    // corpus-<language>.tsv files (say, sentences kept apart from the ones the rules were written with).
    const bool verbose = app.arguments().contains(QStringLiteral("-v"));
    QString folder = QStringLiteral(COACH_CORPORA);
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument != QStringLiteral("-v"))
            folder = argument;
    }
    std::printf(
        "Blameless coach on the labelled corpora: precision / recall (found, missed, false alarms)\n");
    for (const QString &language : BlamelessCoach::languages()) {
        const CoachCorpus corpus = CoachCorpus::read(folder + QStringLiteral("/corpus-%1.tsv").arg(language));
        int blameless = 0;
        for (const auto &s : corpus.sentences)
            blameless += s.category.isEmpty() ? 1 : 0;
        for (const auto names : {BlamelessCoach::Names::OfPeople, BlamelessCoach::Names::Capitalised,
                 BlamelessCoach::Names::PeopleAndCapitalised}) {
            QElapsedTimer timer;
            timer.start();
            const CoachCorpus::Score score = names == BlamelessCoach::Names::PeopleAndCapitalised
                ? corpus.score([&](const QString &text) {
                      return BlamelessCoach::checkEveryLanguage(text, corpus.people, names);
                  })
                : corpus.score(BlamelessCoach::forLanguage(language), names);
            const qint64 ms = timer.elapsed();
            std::printf("\n%s, %lld sentences (%d blameless), %s, %lld ms\n", qPrintable(language),
                qlonglong(corpus.sentences.size()), blameless,
                names == BlamelessCoach::Names::OfPeople ? "review's people known"
                    : names == BlamelessCoach::Names::Capitalised
                    ? "lint (capitalised names)"
                    : "window (every language, people and names)",
                qlonglong(ms));
            auto line = [](const QString &what, const CoachCorpus::Count &c) {
                std::printf("  %-16s precision %.3f  recall %.3f  (%d, %d, %d)\n", qPrintable(what),
                    c.precision(), c.recall(), c.found, c.missed, c.falseAlarms);
            };
            for (auto it = score.byCategory.cbegin(); it != score.byCategory.cend(); ++it)
                line(it.key(), it.value());
            line(QStringLiteral("all"), score.total);
            if (verbose) {
                for (const QString &m : score.mistakes)
                    std::printf("    %s\n", qPrintable(m));
            }
        }
    }
    return 0;
}
