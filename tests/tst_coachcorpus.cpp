// The blameless coach on the labelled corpora of postmortem sentences (tests/data/coach): precision
// and recall of at least 0.90 in each language, with the review's people known, with every language's
// rules at once with the review's people and capitalised names (as the window checks), and as `inflection
// lint` reads a text.
#include "coachcorpus.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestCoachCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void precisionAndRecall_data();
    void precisionAndRecall();
};

void TestCoachCorpus::precisionAndRecall_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("mode");
    for (const QString &language : BlamelessCoach::languages()) {
        for (const QString &mode : {u"review"_s, u"every language"_s, u"lint"_s})
            QTest::newRow(qPrintable(language + u", "_s + mode)) << language << mode;
    }
}

void TestCoachCorpus::precisionAndRecall()
{
    QFETCH(QString, language);
    QFETCH(QString, mode);
    const CoachCorpus corpus
        = CoachCorpus::read(QStringLiteral(INFLECTION_TEST_DATA "/coach/corpus-%1.tsv").arg(language));
    QVERIFY(corpus.sentences.size() >= 150);
    QVERIFY(!corpus.people.isEmpty());
    int blameless = 0;
    for (const CoachCorpus::Sentence &s : corpus.sentences)
        blameless += s.category.isEmpty() ? 1 : 0;
    // About half of the sentences are blameless.
    QVERIFY(blameless * 10 >= corpus.sentences.size() * 4 && blameless * 10 <= corpus.sentences.size() * 6);
    const BlamelessCoach &coach = BlamelessCoach::forLanguage(language);
    CoachCorpus::Score score;
    if (mode == u"review"_s)
        score = corpus.score(coach, BlamelessCoach::Names::OfPeople);
    else if (mode == u"lint"_s)
        score = corpus.score(coach, BlamelessCoach::Names::Capitalised);
    else
        // As the window checks: every language, the review's people and capitalised names.
        score = corpus.score([&](const QString &text) {
            return BlamelessCoach::checkEveryLanguage(
                text, corpus.people, BlamelessCoach::Names::PeopleAndCapitalised);
        });
    // Every category is in the corpus.
    for (const QString &category :
        {u"human-error"_s, u"root-cause"_s, u"counterfactual"_s, u"hindsight"_s, u"why-who"_s})
        QVERIFY2(score.byCategory.value(category).found + score.byCategory.value(category).missed >= 10,
            qPrintable(category));
    const QString mistakes = score.mistakes.join(u'\n');
    QVERIFY2(score.total.precision() >= 0.90,
        qPrintable(u"precision %1\n"_s.arg(score.total.precision()) + mistakes));
    QVERIFY2(score.total.recall() >= 0.90, qPrintable(u"recall %1\n"_s.arg(score.total.recall()) + mistakes));
}

QTEST_GUILESS_MAIN(TestCoachCorpus)
#include "tst_coachcorpus.moc"
