// Incident facts: the three durations, impossible orders flagged, storage and undo.
#include "domain/fractionalkey.h"
#include "postmortem/incidentmodel.h"
#include "store/contributingfactorrepository.h"
#include "store/incidentrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    if (!ws)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(ws.message()));
    return std::move(ws).take().value_or(nullptr);
}

// The review's incident facts as stored (a blank record when none are).
IncidentFacts storedFacts(Workspace *workspace, qint64 reviewId)
{
    return IncidentRepository(workspace).ofReview(reviewId).valueOr({});
}

} // namespace

class TestIncident : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void durations_data();
    void durations();
    void formatsDurations_data();
    void formatsDurations();
    void storedWithUndo();
    void severityLevels();
    void settingsOfTheWorkspace();
    void factorCategories();
    void newFactorCategoryKeys_data();
    void newFactorCategoryKeys();
};

static QDateTime at(const QString &hhmm)
{
    return hhmm.isEmpty() ? QDateTime()
                          : QDateTime::fromString(u"2026-03-03T"_s + hhmm + u":00Z"_s, Qt::ISODate);
}

void TestIncident::durations_data()
{
    QTest::addColumn<QString>("started");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<QString>("resolved");
    QTest::addColumn<qint64>("impact"); // -1: not known
    QTest::addColumn<qint64>("undetected");
    QTest::addColumn<qint64>("toResolve");
    QTest::addColumn<int>("problems");
    QTest::newRow("all known") << u"13:55"_s << u"14:02"_s << u"14:53"_s << qint64(58 * 60) << qint64(7 * 60)
                               << qint64(51 * 60) << 0;
    QTest::newRow("only start and detection")
        << u"13:55"_s << u"14:02"_s << u""_s << qint64(-1) << qint64(7 * 60) << qint64(-1) << 0;
    QTest::newRow("nothing known") << u""_s << u""_s << u""_s << qint64(-1) << qint64(-1) << qint64(-1) << 0;
    QTest::newRow("detected before it started") << u"14:10"_s << u"14:02"_s << u"14:53"_s << qint64(43 * 60)
                                                << qint64(-8 * 60) << qint64(51 * 60) << 1;
    QTest::newRow("resolved before detected") << u"13:55"_s << u"14:30"_s << u"14:20"_s << qint64(25 * 60)
                                              << qint64(35 * 60) << qint64(-10 * 60) << 1;
    QTest::newRow("resolved before it started, no detection")
        << u"14:30"_s << u""_s << u"14:20"_s << qint64(-10 * 60) << qint64(-1) << qint64(-1) << 1;
}

void TestIncident::durations()
{
    QFETCH(QString, started);
    QFETCH(QString, detected);
    QFETCH(QString, resolved);
    QFETCH(qint64, impact);
    QFETCH(qint64, undetected);
    QFETCH(qint64, toResolve);
    QFETCH(int, problems);
    IncidentFacts facts;
    facts.startedAt = at(started);
    facts.detectedAt = at(detected);
    facts.resolvedAt = at(resolved);
    const IncidentDurations d = IncidentDurations::of(facts);
    QCOMPARE(d.impactSeconds.value_or(-1), impact);
    QCOMPARE(d.undetectedSeconds.value_or(-1), undetected);
    QCOMPARE(d.resolveSeconds.value_or(-1), toResolve);
    QCOMPARE(d.problems.size(), problems);
}

void TestIncident::formatsDurations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(42) << u"42 s"_s;
    QTest::newRow("minutes") << qint64(45 * 60) << u"45 min"_s;
    QTest::newRow("hours") << qint64(3900) << u"1 h 05 min"_s;
    QTest::newRow("days") << qint64(2 * 86400 + 3 * 3600) << u"2 d 3 h"_s;
    QTest::newRow("negative") << qint64(-600) << u"−10 min"_s;
}

void TestIncident::formatsDurations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(seconds), text);
}

void TestIncident::storedWithUndo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"i.inflection"_s);
    auto ws = openWorkspace(path);
    auto other = openWorkspace(path);
    QVERIFY(ws && other);
    const auto review = ReviewRepository(ws.get()).create(ReviewKind::Postmortem, u"Outage"_s);
    QVERIFY2(review, qPrintable(review.message()));
    const qint64 reviewId = review->id;
    IncidentRepository repository(ws.get());
    IncidentModel model(&repository, reviewId);
    QUndoStack stack;
    model.setUndoStack(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    const auto blank = IncidentRepository(other.get()).ofReview(reviewId);
    QVERIFY2(blank, qPrintable(blank.message()));
    QCOMPARE(blank->id, 0);
    QVERIFY(model.setField(IncidentField::StartedAt, at(u"13:55"_s)));
    QVERIFY(model.setData(model.index(0, IncidentModel::DetectedAtColumn), at(u"14:02"_s).toLocalTime()));
    QVERIFY(model.setField(IncidentField::Severity, u"sev2"_s));
    QVERIFY(model.setField(IncidentField::OrderAgreed, true));
    const auto read = IncidentRepository(other.get()).ofReview(reviewId);
    QVERIFY2(read, qPrintable(read.message()));
    const IncidentFacts stored = *read;
    QVERIFY(stored.isStored());
    QCOMPARE(stored.startedAt, at(u"13:55"_s));
    QCOMPARE(stored.detectedAt, at(u"14:02"_s));
    QCOMPARE(stored.severity, u"sev2"_s);
    QVERIFY(stored.orderAgreed);
    QCOMPARE(model.durations().undetectedSeconds.value_or(-1), 7 * 60);
    QCOMPARE(stack.count(), 4);
    stack.undo();
    stack.undo();
    QVERIFY(storedFacts(other.get(), reviewId).isStored());
    QCOMPARE(storedFacts(other.get(), reviewId).severity, QString());
    QVERIFY(!storedFacts(other.get(), reviewId).orderAgreed);
    stack.undo();
    QVERIFY(storedFacts(other.get(), reviewId).isStored());
    QVERIFY(!storedFacts(other.get(), reviewId).detectedAt.isValid());
}

void TestIncident::severityLevels()
{
    const QList<SeverityLevel> levels = defaultSeverityLevels();
    QCOMPARE(levels.size(), 4);
    for (const SeverityLevel &level : levels)
        QVERIFY(!level.description.isEmpty());
}

void TestIncident::settingsOfTheWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.inflection"_s);
    auto ws = openWorkspace(path);
    auto other = openWorkspace(path);
    QVERIFY(ws && other);
    WorkspaceSettings settings(ws.get());
    const auto defaults = settings.read();
    QVERIFY2(defaults, qPrintable(defaults.message()));
    QCOMPARE(defaults->timeZone, QTimeZone::systemTimeZone());
    QCOMPARE(defaults->severityLevels.size(), defaultSeverityLevels().size());
    const Result<> zoneSet = settings.setTimeZone(QTimeZone("Asia/Tokyo"));
    QVERIFY2(zoneSet, qPrintable(zoneSet.message()));
    const Result<> levelsSet = settings.setSeverityLevels(
        {{u"p1"_s, u"P1"_s, u"Everything is on fire"_s}, {u"p2"_s, u"P2"_s, u"Some things are on fire"_s}});
    QVERIFY2(levelsSet, qPrintable(levelsSet.message()));
    // Everyone on the workspace sees them.
    const auto theirs = WorkspaceSettings(other.get()).read();
    QVERIFY2(theirs, qPrintable(theirs.message()));
    QCOMPARE(theirs->timeZone, QTimeZone("Asia/Tokyo"));
    QCOMPARE(theirs->severityLevels.size(), 2);
    QCOMPARE(theirs->severityLevels.at(0).description, u"Everything is on fire"_s);

    // The incident model shows and takes times in that zone.
    const auto review = ReviewRepository(ws.get()).create(ReviewKind::Postmortem, u"Outage"_s);
    QVERIFY2(review, qPrintable(review.message()));
    const qint64 reviewId = review->id;
    IncidentRepository repository(ws.get());
    IncidentModel model(&repository, reviewId);
    const auto mine = settings.read();
    QVERIFY2(mine, qPrintable(mine.message()));
    model.setTimeZone(mine->timeZone);
    QVERIFY(model.setData(
        model.index(0, IncidentModel::StartedAtColumn), QDateTime(QDate(2026, 3, 3), QTime(23, 30))));
    QCOMPARE(
        storedFacts(other.get(), reviewId).startedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 30), Qt::UTC));
    QCOMPARE(model.index(0, IncidentModel::StartedAtColumn).data().toDateTime().time(), QTime(23, 30));
}

// The workspace's taxonomy of contributing factors: stored and read back by another connection; a list
// that could not have been typed in (two categories with one key) is refused and changes nothing; the
// factors filed under each category counted.
void TestIncident::factorCategories()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.inflection"_s);
    auto ws = openWorkspace(path);
    auto other = openWorkspace(path);
    QVERIFY(ws && other);
    WorkspaceSettings settings(ws.get());
    const auto defaults = WorkspaceSettings(other.get()).read();
    QVERIFY2(defaults, qPrintable(defaults.message()));
    QCOMPARE(defaults->factorCategories, defaultFactorCategories());

    const QList<FactorCategory> mine {{u"monitoring"_s, u"Alerting"_s}, {u"capacity"_s, u"Capacity"_s},
        {u"alerting-noise"_s, u"Alerting noise"_s}};
    const Result<> set = settings.setFactorCategories(mine);
    QVERIFY2(set, qPrintable(set.message()));
    const auto theirs = WorkspaceSettings(other.get()).read();
    QVERIFY2(theirs, qPrintable(theirs.message()));
    QCOMPARE(theirs->factorCategories, mine);

    // Two categories with one key: refused, alone or with other settings, and nothing is written.
    QList<FactorCategory> twice = mine;
    twice.append({u"capacity"_s, u"Load"_s});
    const Result<> refused = settings.setFactorCategories(twice);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), ErrorKind::Refused);
    QVERIFY2(refused.message().contains(u"capacity"_s), qPrintable(refused.message()));
    WorkspaceConfig wanted = *theirs;
    wanted.timeZone = QTimeZone("Pacific/Auckland");
    wanted.factorCategories = twice;
    QVERIFY(!settings.write(wanted));
    wanted.factorCategories = {};
    QVERIFY(!settings.write(wanted)); // none at all
    wanted.factorCategories = {{u"capacity"_s, u"  "_s}};
    QVERIFY(!settings.write(wanted)); // no name
    const auto after = WorkspaceSettings(other.get()).read();
    QVERIFY2(after, qPrintable(after.message()));
    QCOMPARE(after->factorCategories, mine);
    QCOMPARE(after->timeZone, theirs->timeZone);

    // How many factors each category has, in every review.
    const auto review = ReviewRepository(ws.get()).create(ReviewKind::Postmortem, u"Outage"_s);
    QVERIFY2(review, qPrintable(review.message()));
    const QStringList positions = FractionalKey::sequence(3);
    ContributingFactorRepository factors(ws.get());
    for (int i = 0; i < 3; ++i) {
        ContributingFactor factor;
        factor.reviewId = review->id;
        factor.text = u"Factor %1"_s.arg(i);
        factor.category = i < 2 ? u"capacity"_s : u"monitoring"_s;
        factor.position = positions.at(i);
        const auto stored = factors.insert(factor);
        QVERIFY2(stored, qPrintable(stored.message()));
    }
    const auto counts = ContributingFactorRepository(other.get()).countsByCategory();
    QVERIFY2(counts, qPrintable(counts.message()));
    QCOMPARE(counts->value(u"capacity"_s), 2);
    QCOMPARE(counts->value(u"monitoring"_s), 1);
    QVERIFY(!counts->contains(u"alerting-noise"_s));
}

void TestIncident::newFactorCategoryKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("key");
    QTest::newRow("words") << u"Alerting noise"_s << QStringList() << u"alerting-noise"_s;
    QTest::newRow("punctuation and spaces")
        << u"  Runbooks / on-call!  "_s << QStringList() << u"runbooks-on-call"_s;
    QTest::newRow("digits kept") << u"Tier 2 support"_s << QStringList() << u"tier-2-support"_s;
    QTest::newRow("accents dropped") << u"Überwachung"_s << QStringList() << u"uberwachung"_s;
    QTest::newRow("taken") << u"Capacity"_s << QStringList {u"capacity"_s, u"capacity-2"_s}
                           << u"capacity-3"_s;
    QTest::newRow("no ASCII letters") << u"Мониторинг"_s << QStringList {u"category-1"_s} << u"category-2"_s;
    QTest::newRow("digits only") << u"42"_s << QStringList() << u"category-1"_s;
    QTest::newRow("empty") << QString() << QStringList() << u"category-1"_s;
}

void TestIncident::newFactorCategoryKeys()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, key);
    QCOMPARE(newFactorCategoryKey(name, taken), key);
}

QTEST_GUILESS_MAIN(TestIncident)
#include "tst_incident.moc"
