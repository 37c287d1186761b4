// Fractional ordering keys: always strictly between their neighbours, never running out.
#include "domain/fractionalkey.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestFractionalKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void between_data();
    void between();
    void refusesBadBounds_data();
    void refusesBadBounds();
    void tenThousandMovesIntoTheSameGap();
    void tenThousandMovesToTheFront();
    void sequenceIsSortedAndSpread_data();
    void sequenceIsSortedAndSpread();
    void spreadFitsBetween_data();
    void spreadFitsBetween();
};

void TestFractionalKey::between_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("empty list") << QString() << QString();
    QTest::newRow("after the last") << u"V"_s << QString();
    QTest::newRow("before the first") << QString() << u"V"_s;
    QTest::newRow("wide gap") << u"A"_s << u"z"_s;
    QTest::newRow("neighbouring digits") << u"A"_s << u"B"_s;
    QTest::newRow("prefix of the other") << u"A"_s << u"A1"_s;
    QTest::newRow("long common prefix") << u"abcdeF"_s << u"abcdeG"_s;
    QTest::newRow("before a key just above zero") << QString() << u"01"_s;
    QTest::newRow("after the highest digit") << u"zzz"_s << QString();
}

void TestFractionalKey::between()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QString key = FractionalKey::between(before, after);
    QVERIFY2(FractionalKey::isValid(key), qPrintable(key));
    if (!before.isEmpty())
        QVERIFY2(before < key, qPrintable(before + u" < "_s + key));
    if (!after.isEmpty())
        QVERIFY2(key < after, qPrintable(key + u" < "_s + after));
}

void TestFractionalKey::refusesBadBounds_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("equal") << u"K"_s << u"K"_s;
    QTest::newRow("reversed") << u"b"_s << u"a"_s;
    QTest::newRow("trailing zero") << u"a0"_s << QString();
    QTest::newRow("not a digit") << u"a-b"_s << QString();
}

void TestFractionalKey::refusesBadBounds()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY(FractionalKey::between(before, after).isEmpty());
}

void TestFractionalKey::tenThousandMovesIntoTheSameGap()
{
    // Moving item after item between the same two neighbours: each new key goes between the
    // lower neighbour and the key made last time.
    const QString low = u"a"_s;
    QString high = u"b"_s;
    for (int i = 0; i < 10000; ++i) {
        const QString key = FractionalKey::between(low, high);
        QVERIFY2(low < key && key < high, qPrintable(u"move %1"_s.arg(i)));
        high = key;
    }
    QVERIFY(high.size() < 4000); // grows slowly: about one character per six moves
}

void TestFractionalKey::tenThousandMovesToTheFront()
{
    QString first = u"V"_s;
    for (int i = 0; i < 10000; ++i) {
        const QString key = FractionalKey::between(QString(), first);
        QVERIFY(FractionalKey::isValid(key));
        QVERIFY(key < first);
        first = key;
    }
}

void TestFractionalKey::sequenceIsSortedAndSpread_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("after");
    QTest::newRow("a few") << 4 << QString();
    QTest::newRow("more than one digit holds") << 100 << QString();
    QTest::newRow("ten thousand") << 10000 << QString();
    QTest::newRow("appended after a key") << 50 << u"k"_s;
}

void TestFractionalKey::sequenceIsSortedAndSpread()
{
    QFETCH(int, count);
    QFETCH(QString, after);
    const QStringList keys = FractionalKey::sequence(count, after);
    QCOMPARE(keys.size(), count);
    for (int i = 0; i < count; ++i) {
        QVERIFY2(FractionalKey::isValid(keys.at(i)), qPrintable(keys.at(i)));
        if (i > 0)
            QVERIFY2(keys.at(i - 1) < keys.at(i), qPrintable(keys.at(i - 1) + u" < "_s + keys.at(i)));
    }
    if (!after.isEmpty())
        QVERIFY(after < keys.first());
    // Spread out, so that later inserts between them stay short.
    if (after.isEmpty())
        QVERIFY(keys.last().size() <= 3);
}

void TestFractionalKey::spreadFitsBetween_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("maxLength");
    QTest::newRow("empty list") << 1000 << QString() << QString() << 2;
    QTest::newRow("at the end") << 1000 << u"V"_s << QString() << 3;
    QTest::newRow("at the start") << 1000 << QString() << u"V"_s << 3;
    QTest::newRow("between neighbours") << 1000 << u"V"_s << u"W"_s << 4;
    QTest::newRow("a million in a tight gap") << 1000000 << u"V"_s << u"V1"_s << 7;
    QTest::newRow("one") << 1 << u"a"_s << u"b"_s << 2;
    QTest::newRow("none") << 0 << u"a"_s << u"b"_s << 0;
}

void TestFractionalKey::spreadFitsBetween()
{
    QFETCH(int, count);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, maxLength);
    const QStringList keys = FractionalKey::spread(count, before, after);
    QCOMPARE(keys.size(), count);
    QString previous = before;
    qsizetype longest = 0;
    for (const QString &key : keys) {
        QVERIFY(FractionalKey::isValid(key));
        QVERIFY2(key > previous, qPrintable(previous + u" " + key));
        previous = key;
        longest = std::max(longest, key.size());
    }
    if (!after.isEmpty() && !keys.isEmpty())
        QVERIFY(keys.last() < after);
    QVERIFY2(longest <= maxLength, qPrintable(QString::number(longest)));
    QVERIFY(FractionalKey::spread(3, u"b"_s, u"a"_s).isEmpty());
}

QTEST_APPLESS_MAIN(TestFractionalKey)
#include "tst_fractionalkey.moc"
