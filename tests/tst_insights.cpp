// Insights: each figure computed on a small hand-made set of postmortems whose answers are worked out
// here, then the same figures read from a real workspace file (the store's part: when an item was done)
// and printed by `inflection insights`.
#include "domain/insightfigures.h"
#include "io/demoworkspace.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/insights.h"
#include "workspace/workspacesession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestInsights : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void percentiles_data();
    void percentiles();
    void durations();
    void incidentsByMonth();
    void filters_data();
    void filters();
    void factorCategories();
    void followThrough();
    void foresight();
    void fromAWorkspaceAndTheCommandLine();
    void theDemosYear();

private:
    static InsightsData handMade();
    static QDateTime at(const QString &text) { return QDateTime::fromString(text, Qt::ISODate); }
};

// Four incidents with times (A, B in January, C in March, D in April) and one postmortem with only a
// meeting date (E, February). Durations in seconds, worked out:
//           detect  mitigate  resolve
//   A         300      900      3600
//   B         600     1800      3600
//   C        1800        —      7200
//   D         120      600      2400
InsightsData TestInsights::handMade()
{
    InsightsData data;
    const auto incident = [&data](qint64 id, const QString &severity, const QString &system,
                              const QStringList &tags, const QString &started, const QString &detected,
                              const QString &mitigated, const QString &resolved) {
        InsightIncident i;
        i.reviewId = id;
        i.uuid = u"pm-"_s + QString::number(id);
        i.title = i.uuid;
        i.severity = severity;
        i.system = system;
        i.tags = tags;
        i.startedAt = at(started);
        i.detectedAt = at(detected);
        i.mitigatedAt = at(mitigated);
        i.resolvedAt = at(resolved);
        i.when = i.startedAt;
        data.incidents.append(i);
    };
    incident(1, u"sev1"_s, u"checkout"_s, {u"db"_s, u"failover"_s}, u"2026-01-10T10:00:00Z"_s,
        u"2026-01-10T10:05:00Z"_s, u"2026-01-10T10:20:00Z"_s, u"2026-01-10T11:05:00Z"_s);
    incident(2, u"sev2"_s, u"checkout"_s, {u"cache"_s}, u"2026-01-20T09:00:00Z"_s, u"2026-01-20T09:10:00Z"_s,
        u"2026-01-20T09:40:00Z"_s, u"2026-01-20T10:10:00Z"_s);
    InsightIncident e;
    e.reviewId = 5;
    e.uuid = u"pm-5"_s;
    e.system = u"search"_s;
    e.when = at(u"2026-02-15T15:00:00Z"_s);
    data.incidents.append(e);
    incident(3, u"sev2"_s, u"Search"_s, {}, u"2026-03-05T12:00:00Z"_s, u"2026-03-05T12:30:00Z"_s, QString(),
        u"2026-03-05T14:30:00Z"_s);
    incident(4, u"sev3"_s, u"checkout"_s, {}, u"2026-04-02T13:00:00Z"_s, u"2026-04-02T13:02:00Z"_s,
        u"2026-04-02T13:12:00Z"_s, u"2026-04-02T13:42:00Z"_s);

    data.factors = {{1, u"configuration"_s}, {1, u"configuration"_s}, {1, u"monitoring"_s},
        {2, u"monitoring"_s}, {3, QString()}, {4, u"vendor"_s}};

    // A: foreseen, worked (an item rated 2 × 5), and a related item; B: one item worked (1 × 4), one did not
    // hold (3 × 3): it did not hold; C: recorded as not foreseen; D: only a departure; E: nothing recorded.
    data.incidents[3].notForeseen = true; // C
    data.links = {{1, LinkTargetKind::Contingency, ForesightVerdict::Worked, 2, 5},
        {1, LinkTargetKind::Contingency, ForesightVerdict::Related, 4, 4},
        {2, LinkTargetKind::Contingency, ForesightVerdict::Worked, 1, 4},
        {2, LinkTargetKind::Contingency, ForesightVerdict::DidNotHold, 3, 3},
        {4, LinkTargetKind::Departure, ForesightVerdict::Related, 0, 0}};

    const auto item = [&data](qint64 review, const QString &owner, RemediationStatus status,
                          const QString &due, const QString &created, const QString &done) {
        InsightRemediation r;
        r.reviewId = review;
        r.owner = owner;
        r.status = status;
        r.due = QDate::fromString(due, Qt::ISODate);
        r.createdAt = at(created);
        r.doneAt = at(done);
        data.remediation.append(r);
    };
    // A: done after 15 days; done after 50 days; open, overdue, 110 days old on 2026-05-01.
    item(1, u"Sam"_s, RemediationStatus::Done, QString(), u"2026-01-11T09:00:00Z"_s,
        u"2026-01-25T10:00:00Z"_s);
    item(1, u"Sam"_s, RemediationStatus::Done, QString(), u"2026-01-11T09:00:00Z"_s,
        u"2026-03-01T10:00:00Z"_s);
    item(1, u"Dana"_s, RemediationStatus::Open, u"2026-02-01"_s, u"2026-01-11T09:00:00Z"_s, QString());
    // B: open, due after today, 100 days old; done after 64 days.
    item(2, u"Lin"_s, RemediationStatus::Open, u"2026-06-01"_s, u"2026-01-21T09:00:00Z"_s, QString());
    item(2, u"Lin"_s, RemediationStatus::Done, QString(), u"2026-01-21T09:00:00Z"_s,
        u"2026-03-25T10:00:00Z"_s);
    // C: in progress, overdue, 56 days old. D: open, nobody's, no due date, 28 days old.
    item(3, u"Dana"_s, RemediationStatus::InProgress, u"2026-04-01"_s, u"2026-03-06T09:00:00Z"_s, QString());
    item(4, QString(), RemediationStatus::Open, QString(), u"2026-04-03T09:00:00Z"_s, QString());
    return data;
}

void TestInsights::percentiles_data()
{
    QTest::addColumn<QList<qint64>>("sorted");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::newRow("one value") << QList<qint64> {7} << 90.0 << 7.0;
    QTest::newRow("median of an even count") << QList<qint64> {1, 2, 3, 4} << 50.0 << 2.5;
    QTest::newRow("median of an odd count") << QList<qint64> {1, 2, 30} << 50.0 << 2.0;
    QTest::newRow("90th of four") << QList<qint64> {120, 300, 600, 1800} << 90.0 << 1440.0;
    QTest::newRow("0th") << QList<qint64> {5, 9} << 0.0 << 5.0;
    QTest::newRow("100th") << QList<qint64> {5, 9} << 100.0 << 9.0;
}

void TestInsights::percentiles()
{
    QFETCH(QList<qint64>, sorted);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(percentile(sorted, p).value_or(-1), expected);
    QVERIFY(!percentile({}, 50));
}

void TestInsights::durations()
{
    const InsightFigures f = Insights::compute(handMade(), {}, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(f.incidents, 5);
    // Detect: 120 300 600 1800 → median (300 + 600) / 2, 90th 600 + 0.7 × 1200.
    QCOMPARE(f.toDetect.count, 4);
    QCOMPARE(f.toDetect.median.value_or(-1), 450);
    QCOMPARE(f.toDetect.p90.value_or(-1), 1440);
    // Mitigate: 600 900 1800 (C was never mitigated) → 900, 900 + 0.8 × 900.
    QCOMPARE(f.toMitigate.count, 3);
    QCOMPARE(f.toMitigate.median.value_or(-1), 900);
    QCOMPARE(f.toMitigate.p90.value_or(-1), 1620);
    // Resolve: 2400 3600 3600 7200 → 3600, 3600 + 0.7 × 3600.
    QCOMPARE(f.toResolve.median.value_or(-1), 3600);
    QCOMPARE(f.toResolve.p90.value_or(-1), 6120);

    // An impossible order (detected before it started) is left out, not counted as a negative time.
    InsightsData data = handMade();
    data.incidents[0].detectedAt = at(u"2026-01-10T09:00:00Z"_s);
    const InsightFigures g = Insights::compute(data, {}, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(g.toDetect.count, 3);
    QCOMPARE(g.toDetect.median.value_or(-1), 600);
}

void TestInsights::incidentsByMonth()
{
    const InsightFigures f = Insights::compute(handMade(), {}, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(f.byMonth.size(), 4);
    QCOMPARE(f.byMonth.at(0).month, QDate(2026, 1, 1));
    QCOMPARE(f.byMonth.at(0).total, 2);
    QCOMPARE(f.byMonth.at(0).bySeverity.value(u"sev1"_s), 1);
    QCOMPARE(f.byMonth.at(0).bySeverity.value(u"sev2"_s), 1);
    QCOMPARE(f.byMonth.at(1).total, 1); // E, by its meeting
    QCOMPARE(f.byMonth.at(1).bySeverity.value(QString()), 1);
    QCOMPARE(f.byMonth.at(3).bySeverity.value(u"sev3"_s), 1);
    QCOMPARE(f.reviews, QStringList({u"pm-1"_s, u"pm-2"_s, u"pm-5"_s, u"pm-3"_s, u"pm-4"_s}));

    // Only checkout: January to April, the quiet months shown as such.
    InsightsFilter checkout;
    checkout.system = u"Checkout"_s;
    const InsightFigures c
        = Insights::compute(handMade(), checkout, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(c.byMonth.size(), 4);
    QCOMPARE(c.byMonth.at(1).total, 0);
    QCOMPARE(c.byMonth.at(2).total, 0);
    QCOMPARE(c.byMonth.at(3).total, 1);
}

void TestInsights::filters_data()
{
    QTest::addColumn<InsightsFilter>("filter");
    QTest::addColumn<QStringList>("reviews");
    QTest::addColumn<qint64>("medianToDetect");
    InsightsFilter f;
    f.system = u"checkout"_s;
    QTest::newRow("system") << f << QStringList {u"pm-1"_s, u"pm-2"_s, u"pm-4"_s} << qint64(300);
    f = {};
    f.system = u"search"_s; // C's system is written "Search"
    QTest::newRow("system, case aside") << f << QStringList {u"pm-5"_s, u"pm-3"_s} << qint64(1800);
    f = {};
    f.from = QDate(2026, 3, 1);
    QTest::newRow("from") << f << QStringList {u"pm-3"_s, u"pm-4"_s} << qint64(960);
    f.to = QDate(2026, 3, 5);
    QTest::newRow("from and to, the last day included") << f << QStringList {u"pm-3"_s} << qint64(1800);
    f = {};
    f.tag = u"FAILOVER"_s;
    QTest::newRow("tag") << f << QStringList {u"pm-1"_s} << qint64(300);
    f = {};
    f.severity = u"sev2"_s;
    QTest::newRow("severity") << f << QStringList {u"pm-2"_s, u"pm-3"_s} << qint64(1200);
    f = {};
    f.from = QDate(2027, 1, 1);
    QTest::newRow("nothing") << f << QStringList {} << qint64(-1);
}

void TestInsights::filters()
{
    QFETCH(InsightsFilter, filter);
    QFETCH(QStringList, reviews);
    QFETCH(qint64, medianToDetect);
    const InsightFigures f
        = Insights::compute(handMade(), filter, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(f.reviews, reviews);
    QCOMPARE(f.incidents, int(reviews.size()));
    QCOMPARE(f.toDetect.median.value_or(-1), medianToDetect);
}

void TestInsights::factorCategories()
{
    const InsightFigures f = Insights::compute(handMade(), {}, defaultFactorCategories(), QDate(2026, 5, 1));
    // Two each for monitoring and configuration: the taxonomy's order decides; then a key the taxonomy no
    // longer has, then none.
    QCOMPARE(f.categories.size(), 4);
    QCOMPARE(f.categories.at(0).key, u"monitoring"_s);
    QCOMPARE(f.categories.at(0).name, u"Monitoring and detection"_s);
    QCOMPARE(f.categories.at(0).count, 2);
    QCOMPARE(f.categories.at(0).reviews, QStringList({u"pm-1"_s, u"pm-2"_s}));
    QCOMPARE(f.categories.at(1).key, u"configuration"_s);
    QCOMPARE(f.categories.at(1).count, 2);
    QCOMPARE(f.categories.at(1).reviews, QStringList {u"pm-1"_s}); // one postmortem, two factors
    QCOMPARE(f.categories.at(1).byQuarter.value(u"2026-Q1"_s), 2);
    QCOMPARE(f.categories.at(2).key, u"vendor"_s);
    QCOMPARE(f.categories.at(2).name, u"vendor"_s);
    QCOMPARE(f.categories.at(2).byQuarter.value(u"2026-Q2"_s), 1);
    QCOMPARE(f.categories.at(3).key, QString());

    InsightsFilter severity;
    severity.severity = u"sev1"_s;
    const InsightFigures s
        = Insights::compute(handMade(), severity, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(s.categories.size(), 2);
    QCOMPARE(s.categories.at(0).key, u"configuration"_s);
    QCOMPARE(s.categories.at(0).count, 2);
}

void TestInsights::followThrough()
{
    const InsightFigures f = Insights::compute(handMade(), {}, defaultFactorCategories(), QDate(2026, 5, 1));
    const FollowThroughFigures &t = f.followThrough;
    QCOMPARE(t.items, 7);
    QCOMPARE(t.doneWithin30, 1); // 15 days
    QCOMPARE(t.doneWithin60, 2); // and 50 days; not 64
    QCOMPARE(t.open, 4);
    QCOMPARE(t.overdue, 2);
    QCOMPARE(t.byOwner.size(), 3);
    QCOMPARE(t.byOwner.at(0).owner, u"Dana"_s); // most overdue first
    QCOMPARE(t.byOwner.at(0).open, 2);
    QCOMPARE(t.byOwner.at(0).overdue, 2);
    QCOMPARE(t.byOwner.at(0).oldestOpenDays, 110);
    QCOMPARE(t.byOwner.at(1).owner, QString());
    QCOMPARE(t.byOwner.at(1).oldestOpenDays, 28);
    QCOMPARE(t.byOwner.at(2).owner, u"Lin"_s);
    QCOMPARE(t.byOwner.at(2).oldestOpenDays, 100);

    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(u"follow_through"_s).toObject().value(u"done_within_30_days"_s).toInt(), 1);
    QCOMPARE(json.value(u"time_to_detect"_s).toObject().value(u"p90_seconds"_s).toInt(), 1440);
}

void TestInsights::foresight()
{
    const InsightFigures f = Insights::compute(handMade(), {}, defaultFactorCategories(), QDate(2026, 5, 1));
    const ForesightFigures &s = f.foresight;
    QCOMPARE(s.worked, 1);
    QCOMPARE(s.didNotHold, 1);
    QCOMPARE(s.foreseen(), 2);
    QCOMPARE(s.notForeseen, 1);
    QCOMPARE(s.unknown, 2); // D (a departure foresees nothing) and E
    QCOMPARE(s.share().value_or(-1), 2.0 / 3.0);
    QCOMPARE(s.ratings.size(), 3); // the related item is not counted
    QCOMPARE(s.ratings.value({2, 5}), 1);
    QCOMPARE(s.ratings.value({1, 4}), 1);
    QCOMPARE(s.ratings.value({3, 3}), 1);
    QCOMPARE(f.toJson().value(u"foresight"_s).toObject().value(u"not_foreseen"_s).toInt(), 1);

    InsightsFilter search;
    search.system = u"search"_s;
    const ForesightFigures none
        = Insights::compute(handMade(), search, defaultFactorCategories(), QDate(2026, 5, 1)).foresight;
    QCOMPARE(none.notForeseen, 1);
    QCOMPARE(none.unknown, 1);
    QCOMPARE(none.share().value_or(-1), 0.0);
    InsightsFilter later;
    later.from = QDate(2026, 4, 1);
    QVERIFY(!Insights::compute(handMade(), later, defaultFactorCategories(), QDate(2026, 5, 1))
                 .foresight.share());
}

void TestInsights::fromAWorkspaceAndTheCommandLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"i.inflection"_s);
    {
        auto session = WorkspaceSession::open(path, Workspace::Options());
        QVERIFY2(session, qPrintable(session.message()));
        const auto uuid = (*session)->createReview(ReviewKind::Postmortem, u"Replica failover"_s);
        QVERIFY(uuid);
        const auto opened = (*session)->openDocument(*uuid);
        QVERIFY(opened);
        auto *document = qobject_cast<PostmortemDocument *>(*opened);
        IncidentModel *incident = document->incident();
        QVERIFY(incident->setField(IncidentField::StartedAt, at(u"2026-03-03T14:00:00Z"_s)));
        QVERIFY(incident->setField(IncidentField::DetectedAt, at(u"2026-03-03T14:04:00Z"_s)));
        QVERIFY(incident->setField(IncidentField::MitigatedAt, at(u"2026-03-03T14:19:00Z"_s)));
        QVERIFY(incident->setField(IncidentField::Severity, u"sev2"_s));
        ContributingFactor factor;
        factor.text = u"max_connections differed on the replica"_s;
        factor.category = u"configuration"_s;
        document->contributingFactors()->addRecord(0, factor);
        RemediationItem item;
        item.text = u"Compare settings in the failover script"_s;
        item.owner = u"Dana"_s;
        const QString itemUuid = document->remediation()->addRecord(0, item);
        QVERIFY(document->remediation()->setField(itemUuid, RemediationField::Status, u"done"_s));

        // The store keeps when the item was done, and forgets it when the item is reopened.
        const auto doneAt = [&session, &itemUuid] {
            QSqlQuery q((*session)->workspace()->database());
            q.prepare(u"SELECT done_at FROM remediation WHERE uuid = ?"_s);
            q.addBindValue(itemUuid);
            return q.exec() && q.next() ? q.value(0) : QVariant(u"missing"_s);
        };
        QVERIFY(!doneAt().isNull());
        QVERIFY(document->remediation()->setField(itemUuid, RemediationField::Status, u"open"_s));
        QVERIFY(doneAt().isNull());
        QVERIFY(document->remediation()->setField(itemUuid, RemediationField::Status, u"done"_s));
        QVERIFY(!doneAt().isNull());

        const Result<InsightFigures> f = Insights::of((*session)->workspace(), {}, QDate::currentDate());
        QVERIFY2(f, qPrintable(f.message()));
        QCOMPARE(f->incidents, 1);
        QCOMPARE(f->toDetect.median.value_or(-1), 4 * 60);
        QCOMPARE(f->toMitigate.median.value_or(-1), 15 * 60);
        QCOMPARE(f->categories.size(), 1);
        QCOMPARE(f->categories.first().name, u"Configuration"_s);
        QCOMPARE(f->followThrough.items, 1);
        QCOMPARE(f->followThrough.open, 0);
    }

    QString out;
    QString err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"insights"_s, path, u"--json"_s}, &out, &err), 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(u"incidents"_s).toInt(), 1);
    QCOMPARE(json.value(u"time_to_mitigate"_s).toObject().value(u"median_seconds"_s).toInt(), 15 * 60);
    QCOMPARE(json.value(u"contributing_factor_categories"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"key"_s)
                 .toString(),
        u"configuration"_s);
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"insights"_s, path, u"--system"_s, u"other"_s}, &out, &err),
        0);
    QVERIFY2(out.contains(u"Postmortems (system “other”): 0"_s), qPrintable(out));
    // A severity by its name as the output prints it; one the workspace lacks, and a period backwards,
    // are errors rather than empty results.
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"insights"_s, path, u"--severity"_s, u"SEV 2"_s}, &out, &err),
        0);
    QVERIFY2(out.contains(u"Postmortems (severity SEV 2): 1"_s), qPrintable(out));
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"insights"_s, path, u"--severity"_s, u"sev9"_s}, &out, &err),
        2);
    QVERIFY2(err.contains(u"no severity level “sev9”"_s), qPrintable(err));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"insights"_s, path, u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-03-01"_s}, &out, &err),
        2);
    QVERIFY2(err.contains(u"--from 2026-04-01 is after --to 2026-03-01"_s), qPrintable(err));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"insights"_s, path}, &out, &err), 0);
    QVERIFY2(out.contains(u"Time to mitigate: median 15 min"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Configuration\t1"_s), qPrintable(out));
    QVERIFY2(
        out.contains(u"Foreseen: 0 (mitigation worked 0, did not hold 0); not foreseen 0; not recorded 1"_s),
        qPrintable(out));
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"insights"_s, path, u"--from"_s, u"March"_s}, &out, &err),
        2);
    QVERIFY2(err.contains(u"--from takes a day"_s), qPrintable(err));
}

// `inflection demo` writes a year of reviews before today: every figure of the last twelve months has
// something to show, and what it shows is not degenerate (not all foreseen, not all done).
void TestInsights::theDemosYear()
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(u"demo.inflection"_s));
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> workspace = std::move(opened).value();
    const QDate today = QDate::currentDate();
    QElapsedTimer clock;
    clock.start();
    const Result<> populated = DemoWorkspace::populate(workspace.get(), today);
    QVERIFY2(populated, qPrintable(populated.message()));
    qInfo("the demo workspace written in %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY(clock.elapsed() < 5000); // about 0.2 s; slow machines and sanitizers too

    // The worked example of each kind, then five architecture, six operability reviews, 15 postmortems.
    QMap<ReviewKind, int> kinds;
    QSqlQuery q(workspace->database());
    QVERIFY(q.exec(u"SELECT kind, count(*) FROM review GROUP BY kind"_s));
    while (q.next())
        kinds[reviewKinds().fromKey(q.value(0).toString(), ReviewKind::Architecture)] = q.value(1).toInt();
    QCOMPARE(kinds.value(ReviewKind::Architecture), 6);
    QCOMPARE(kinds.value(ReviewKind::Operability), 7);
    QCOMPARE(kinds.value(ReviewKind::Postmortem), 16);

    // The Insights page's first view: the last twelve months.
    const InsightsFilter lastYear {today.addYears(-1).addDays(1), today, {}, {}, {}};
    const Result<InsightFigures> computed = Insights::of(workspace.get(), lastYear, today);
    QVERIFY2(computed, qPrintable(computed.message()));
    const InsightFigures &f = *computed;
    QVERIFY2(f.incidents >= 15, qPrintable(QString::number(f.incidents)));
    QVERIFY(f.byMonth.size() >= 12);
    int months = 0;
    QSet<QString> severities;
    for (const MonthFigures &m : f.byMonth) {
        months += m.total > 0 ? 1 : 0;
        for (auto it = m.bySeverity.cbegin(); it != m.bySeverity.cend(); ++it)
            severities.insert(it.key());
    }
    QVERIFY2(months >= 8, qPrintable(QString::number(months)));
    QCOMPARE(severities, (QSet<QString> {u"sev1"_s, u"sev2"_s, u"sev3"_s, u"sev4"_s}));
    // Durations: most short, a few long, so the 90th percentile is well above the median.
    for (const DurationFigures *d : {&f.toDetect, &f.toMitigate, &f.toResolve}) {
        QVERIFY(d->count >= 15);
        QVERIFY(d->median && d->p90);
        QVERIFY(*d->p90 > 2 * *d->median);
    }
    QVERIFY2(f.categories.size() >= 5, qPrintable(QString::number(f.categories.size())));
    for (const CategoryFigures &c : f.categories) {
        QVERIFY(!c.key.isEmpty());
        QVERIFY(!c.name.isEmpty());
        QVERIFY(c.count > 0 && !c.reviews.isEmpty());
    }
    const FollowThroughFigures &t = f.followThrough;
    QVERIFY(t.done > 0 && t.doneWithin30 > 0 && t.doneWithin60 > t.doneWithin30 && t.done > t.doneWithin60);
    QVERIFY(t.open > 0 && t.overdue > 0 && t.overdue < t.open);
    QCOMPARE(t.done + t.open, t.items);
    QVERIFY(t.byOwner.size() >= 3);
    const ForesightFigures &s = f.foresight;
    QVERIFY(s.worked > 0 && s.didNotHold > 0 && s.notForeseen > 0 && s.unknown > 0);
    QVERIFY(s.share() && *s.share() > 0 && *s.share() < 1);
    QVERIFY(s.ratings.size() >= 5);
    // A few postmortems name the new technology they involved.
    QVERIFY(q.exec(u"SELECT count(DISTINCT l.review) FROM incident_link AS l "
                   u"JOIN departure AS d ON d.uuid = l.target"_s));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= 3);
}

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
