// Insights: each figure computed on a small hand-made set of postmortems whose answers are worked out
// here, then the same figures read from a real workspace file (the store's part: when an item was done)
// and printed by `inflection insights`.
#include "architecture/architecturedocument.h"
#include "architecture/departuremodel.h"
#include "domain/insightfigures.h"
#include "io/demoworkspace.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/incidentlinkmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/insights.h"
#include "workspace/similartexts.h"
#include "workspace/workspacesession.h"

#include <QElapsedTimer>
#include <ctime>

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
    void init() { INFLECTION_REQUIRE_BACKEND(); }
    void cleanup() { TestSupport::dropServerWorkspaces(); }

    void percentiles_data();
    void percentiles();
    void durations();
    void incidentsByMonth();
    void filters_data();
    void filters();
    void factorCategories();
    void followThrough();
    void foresight();
    void similarTexts_data();
    void similarTexts();
    void recurringRemediation();
    void groupingIsFast();
    void newTechnology();
    void fromAWorkspaceAndTheCommandLine();
    void newFiguresFromAWorkspaceAndTheCommandLine();
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
    QCOMPARE(s.workedReviews, QStringList {u"pm-1"_s});
    QCOMPARE(s.didNotHoldReviews, QStringList {u"pm-2"_s});
    QCOMPARE(s.notForeseenReviews, QStringList {u"pm-3"_s});
    QCOMPARE(s.unknownReviews, QStringList({u"pm-5"_s, u"pm-4"_s})); // E began before D
    // The matrix from its top left (likelihood 5 down, impact 5 down): B's 3 × 3, A's 2 × 5, B's 1 × 4, one
    // incident each; A's related 4 × 4 is not there.
    QCOMPARE(s.cells.size(), 3);
    QCOMPARE(std::pair(s.cells.at(0).likelihood, s.cells.at(0).impact), std::pair(3, 3));
    QCOMPARE(s.cells.at(0).reviews, QStringList {u"pm-2"_s});
    QCOMPARE(std::pair(s.cells.at(1).likelihood, s.cells.at(1).impact), std::pair(2, 5));
    QCOMPARE(s.cells.at(1).reviews, QStringList {u"pm-1"_s});
    QCOMPARE(std::pair(s.cells.at(2).likelihood, s.cells.at(2).impact), std::pair(1, 4));

    // E linked to an item only as related: related only, no longer unmarked; C stays not foreseen though
    // it is now also linked as related. Two incidents that were the same rare item (1 × 4): one cell, two
    // incidents, the item once.
    InsightsData data = handMade();
    data.links[2].text = u"Card processor down"_s;
    data.links.append({5, LinkTargetKind::Contingency, ForesightVerdict::Related, 4, 4});
    data.links.append({3, LinkTargetKind::Contingency, ForesightVerdict::Related, 4, 4});
    InsightLink rare = data.links.at(2);
    rare.reviewId = 4;
    data.links.append(rare);
    const ForesightFigures r
        = Insights::compute(data, {}, defaultFactorCategories(), QDate(2026, 5, 1)).foresight;
    QCOMPARE(r.relatedOnly, 1);
    QCOMPARE(r.relatedOnlyReviews, QStringList {u"pm-5"_s});
    QCOMPARE(r.notForeseen, 1);
    QCOMPARE(r.unknown, 0);
    QCOMPARE(r.worked, 2); // A and D
    QCOMPARE(r.cells.size(), 3);
    QCOMPARE(r.cells.at(2).reviews, QStringList({u"pm-2"_s, u"pm-4"_s}));
    QCOMPARE(r.cells.at(2).items, 2);
    QCOMPARE(r.cells.at(2).issues, QStringList {u"Card processor down"_s});
    const QJsonObject json = Insights::compute(data, {}, defaultFactorCategories(), QDate(2026, 5, 1))
                                 .toJson()
                                 .value(u"foresight"_s)
                                 .toObject();
    QCOMPARE(json.value(u"related_only"_s).toInt(), 1);
    const QJsonObject rareCell = json.value(u"matrix"_s).toArray().at(2).toObject();
    QCOMPARE(rareCell.value(u"likelihood"_s).toInt(), 1);
    QCOMPARE(rareCell.value(u"incidents"_s).toInt(), 2);

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

void TestInsights::similarTexts_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("alike");
    QTest::newRow("case and punctuation aside")
        << u"Alert on disk usage"_s << u"ALERT: disk-usage!"_s << true;
    QTest::newRow("stop words and a plural")
        << u"Add an alert on the disk usage"_s << u"Alerts on disk usage"_s << true;
    QTest::newRow("a word more") << u"Alert on disk usage"_s << u"Alert on disk usage growth"_s << true;
    QTest::newRow("-ing") << u"Alerting for disk usage"_s << u"disk usage alert"_s << true;
    QTest::newRow("another object: near miss")
        << u"Alert on disk usage"_s << u"Alert on CPU usage"_s << false;
    QTest::newRow("one word in four differs: near miss")
        << u"Document the failover runbook"_s << u"Document the database runbook"_s << false;
    QTest::newRow("Russian endings") << u"Добавить алерты на диск"_s << u"Алерт на диске"_s << true;
    QTest::newRow("nothing but stop words") << u"Add it"_s << u"add it"_s << false;
}

void TestInsights::similarTexts()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, alike);
    QCOMPARE(SimilarTexts::similar(SimilarTexts::tokens(a), SimilarTexts::tokens(b)), alike);
    // The grouping agrees with the pairwise test (two texts: a group of both, or none).
    QCOMPARE(SimilarTexts::group({a, b}).size(), alike ? 1 : 0);
}

// Items written in the handmade postmortems, worked out by hand (tokens after stop words and stems):
//   A: "Add an alert on disk usage" {alert disk usage}, open; "Document the failover runbook", done
//   B: "Alert on disk usage growth!" {alert disk growth usage}: 3 of 4 shared with A's, done;
//      "Alert on CPU usage" and "CPU usage alert": alike, but one postmortem only: not shown
//   C: "ALERT: disk-usage", open; "Document the database runbook": 2 of 4 with A's runbook, apart
//   D: "Document failover runbooks.", done
// Groups: disk usage (A, B, C: 3 postmortems, 1 of 3 done; A's wording, shared by A and C), runbook (A, D).
void TestInsights::recurringRemediation()
{
    InsightsData data = handMade();
    data.remediation.clear();
    const auto item = [&data](qint64 review, const QString &text, RemediationStatus status) {
        InsightRemediation r;
        r.reviewId = review;
        r.text = text;
        r.status = status;
        data.remediation.append(r);
    };
    item(1, u"Add an alert on disk usage"_s, RemediationStatus::Open);
    item(1, u"Document the failover runbook"_s, RemediationStatus::Done);
    item(2, u"Alert on disk usage growth!"_s, RemediationStatus::Done);
    item(2, u"Alert on CPU usage"_s, RemediationStatus::Open);
    item(2, u"CPU usage alert"_s, RemediationStatus::Open);
    item(3, u"ALERT: disk-usage"_s, RemediationStatus::InProgress);
    item(3, u"Document the database runbook"_s, RemediationStatus::Open);
    item(4, u"Document failover runbooks."_s, RemediationStatus::Done);

    const InsightFigures f = Insights::compute(data, {}, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(f.recurringRemediation.size(), 2);
    const RecurringRemediation &disk = f.recurringRemediation.at(0);
    QCOMPARE(disk.text, u"Add an alert on disk usage"_s);
    QCOMPARE(disk.postmortems, 3);
    QCOMPARE(disk.items, 3);
    QCOMPARE(disk.done, 1);
    QCOMPARE(disk.reviews, QStringList({u"pm-1"_s, u"pm-2"_s, u"pm-3"_s}));
    QCOMPARE(disk.wordings.size(), 3);
    const RecurringRemediation &runbook = f.recurringRemediation.at(1);
    QCOMPARE(runbook.text, u"Document the failover runbook"_s);
    QCOMPARE(runbook.postmortems, 2);
    QCOMPARE(runbook.done, 2);
    QCOMPARE(runbook.reviews, QStringList({u"pm-1"_s, u"pm-4"_s}));
    const QJsonArray json = f.toJson().value(u"recurring_remediation"_s).toArray();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(1).toObject().value(u"done"_s).toInt(), 2);

    // SEV 2 only (B and C): the disk usage idea in two postmortems, B's wording first of a tie.
    InsightsFilter sev2;
    sev2.severity = u"sev2"_s;
    const InsightFigures g = Insights::compute(data, sev2, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(g.recurringRemediation.size(), 1);
    QCOMPARE(g.recurringRemediation.at(0).text, u"Alert on disk usage growth!"_s);
    QCOMPARE(g.recurringRemediation.at(0).reviews, QStringList({u"pm-2"_s, u"pm-3"_s}));
}

void TestInsights::groupingIsFast()
{
    // 50,000 items of 3 to 8 words out of 3,000 (with a few common ones in most), a tenth of them written
    // again elsewhere with a word more: grouped through the rare-word index, never pair by pair.
    QStringList texts;
    texts.reserve(50000);
    quint32 seed = 12345;
    const auto next = [&seed](quint32 below) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % below;
    };
    const QStringList common
        = {u"alert"_s, u"monitor"_s, u"config"_s, u"deploy"_s, u"database"_s, u"runbook"_s, u"timeout"_s};
    while (texts.size() < 50000) {
        if (texts.size() > 10 && next(10) == 0) {
            texts.append(texts.at(next(quint32(texts.size()))) + u" again"_s);
            continue;
        }
        QStringList words {common.at(next(quint32(common.size())))};
        const int n = 2 + int(next(6));
        for (int i = 0; i < n; ++i)
            words.append(u"w"_s + QString::number(next(3000), 36));
        texts.append(words.join(u' '));
    }
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const QList<QList<int>> groups = SimilarTexts::group(texts);
    const qint64 ms = timer.elapsed();
    qInfo("grouped %lld texts into %lld groups in %lld ms (%lld ms of processor time)", qint64(texts.size()),
        qint64(groups.size()), ms, qint64((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC));
    QVERIFY(groups.size() > 1000);
    // About 100 ms on a developer's machine; the bound leaves room for a loaded CI and sanitizers.
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
}

// Three new technologies: Kafka (checkout, reviewed 15 January; D is linked to it), Elasticsearch (SEARCH,
// 1 February) and Rust (billing, no incidents). Worked out: Kafka — checkout incidents after 15 January:
// B (20 January) and D (2 April), not A (10 January); linked: D. Elasticsearch — E (15 February, "search")
// and C (5 March, "Search"). Rust — none.
void TestInsights::newTechnology()
{
    InsightsData data = handMade();
    data.links[4].target = u"dep-kafka"_s;
    const auto departure
        = [&data](const QString &uuid, const QString &name, const QString &system, const QString &since) {
              InsightDeparture d;
              d.uuid = uuid;
              d.name = name;
              d.kind = u"tool"_s;
              d.reviewUuid = u"ar-"_s + uuid;
              d.reviewTitle = name + u" review"_s;
              d.system = system;
              d.since = at(since);
              data.newDepartures.append(d);
          };
    departure(u"dep-rust"_s, u"Rust"_s, u"billing"_s, u"2026-01-01T10:00:00Z"_s);
    departure(u"dep-kafka"_s, u"Kafka"_s, u"checkout"_s, u"2026-01-15T10:00:00Z"_s);
    departure(u"dep-es"_s, u"Elasticsearch"_s, u"SEARCH"_s, u"2026-02-01T10:00:00Z"_s);

    const InsightFigures f = Insights::compute(data, {}, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(f.newTechnology.size(), 3);
    // Two each: the later review first; then Rust.
    QCOMPARE(f.newTechnology.at(0).name, u"Elasticsearch"_s);
    QCOMPARE(f.newTechnology.at(0).onSystem, QStringList({u"pm-5"_s, u"pm-3"_s}));
    QVERIFY(f.newTechnology.at(0).linked.isEmpty());
    const NewTechnologyFigures &kafka = f.newTechnology.at(1);
    QCOMPARE(kafka.name, u"Kafka"_s);
    QCOMPARE(kafka.onSystem, QStringList({u"pm-2"_s, u"pm-4"_s}));
    QCOMPARE(kafka.linked, QStringList {u"pm-4"_s});
    QCOMPARE(kafka.reviews, QStringList({u"pm-2"_s, u"pm-4"_s}));
    QCOMPARE(f.newTechnology.at(2).name, u"Rust"_s);
    QVERIFY(f.newTechnology.at(2).reviews.isEmpty());
    const QJsonObject json = f.toJson().value(u"new_technology"_s).toArray().at(1).toObject();
    QCOMPARE(json.value(u"incidents"_s).toInt(), 2);
    QCOMPARE(json.value(u"linked"_s).toArray().size(), 1);

    // A system chosen: only its technologies.
    InsightsFilter checkout;
    checkout.system = u"Checkout"_s;
    const InsightFigures c = Insights::compute(data, checkout, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(c.newTechnology.size(), 1);
    QCOMPARE(c.newTechnology.at(0).reviews, QStringList({u"pm-2"_s, u"pm-4"_s}));
    // A period ending 31 January: Elasticsearch (reviewed after) is left out; Kafka keeps B, not D.
    InsightsFilter january;
    january.to = QDate(2026, 1, 31);
    const InsightFigures j = Insights::compute(data, january, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(j.newTechnology.size(), 2);
    QCOMPARE(j.newTechnology.at(0).name, u"Kafka"_s);
    QCOMPARE(j.newTechnology.at(0).reviews, QStringList {u"pm-2"_s});
    QVERIFY(j.newTechnology.at(0).linked.isEmpty());
    // SEV 3 only (D): Kafka's incident is D, on its system and linked.
    InsightsFilter sev3;
    sev3.severity = u"sev3"_s;
    const InsightFigures t = Insights::compute(data, sev3, defaultFactorCategories(), QDate(2026, 5, 1));
    QCOMPARE(t.newTechnology.at(0).name, u"Kafka"_s);
    QCOMPARE(t.newTechnology.at(0).onSystem, QStringList {u"pm-4"_s});
    QCOMPARE(t.newTechnology.at(0).linked, QStringList {u"pm-4"_s});
}

void TestInsights::fromAWorkspaceAndTheCommandLine()
{
    QTemporaryDir dir;
    const QString path = TestSupport::freshWorkspace(dir.path(), u"i.inflection"_s);
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
    // A system no postmortem names is more likely misspelt than quiet: said, beside the zeros.
    QVERIFY2(err.contains(u"no postmortem names the system “other”"_s), qPrintable(err));
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
    QVERIFY2(out.contains(
                 u"Foreseen: 0 (mitigation worked 0, did not hold 0); related items only 0; not foreseen 0; "
                 u"not recorded 1"_s),
        qPrintable(out));
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"insights"_s, path, u"--from"_s, u"March"_s}, &out, &err),
        2);
    QVERIFY2(err.contains(u"--from takes a day"_s), qPrintable(err));
}

// A workspace as people fill it: an architecture review of checkout (1 February) bringing in Kafka (new)
// and PostgreSQL (known), a launch whose rare, severe item happened, and two checkout incidents after the
// review whose teams wrote the same remediation idea; one of them linked to Kafka.
void TestInsights::newFiguresFromAWorkspaceAndTheCommandLine()
{
    QTemporaryDir dir;
    const QString path = TestSupport::freshWorkspace(dir.path(), u"n.inflection"_s);
    QString first;
    QString second;
    {
        auto opened = WorkspaceSession::open(path, Workspace::Options());
        QVERIFY2(opened, qPrintable(opened.message()));
        WorkspaceSession *session = opened->get();
        const auto design = session->createReview(ReviewKind::Architecture, u"Event bus"_s);
        auto *architecture = qobject_cast<ArchitectureDocument *>(*session->openDocument(*design));
        QVERIFY(architecture->setReviewField(ReviewField::System, u"checkout"_s));
        QVERIFY(architecture->setReviewField(ReviewField::MeetingAt, at(u"2026-02-01T10:00:00Z"_s)));
        Departure kafka;
        kafka.name = u"Kafka"_s;
        architecture->departures()->addRecord(0, kafka);
        Departure postgres;
        postgres.name = u"PostgreSQL"_s;
        QVERIFY(architecture->markKnownTechnology(architecture->departures()->addRecord(1, postgres)));

        const auto launch = session->createReview(ReviewKind::Operability, u"Checkout launch"_s);
        auto *operability = qobject_cast<OperabilityDocument *>(*session->openDocument(*launch));
        QVERIFY(operability->setReviewField(ReviewField::System, u"checkout"_s));
        ContingencyItem rare;
        rare.issue = u"Card processor down"_s;
        rare.likelihood = 1;
        rare.impact = 5;
        operability->contingencies()->addRecord(0, rare);

        const auto postmortem = [session](const QString &title, const QString &started, const QString &idea,
                                    bool done) -> PostmortemDocument * {
            const auto uuid = session->createReview(ReviewKind::Postmortem, title);
            auto *document = qobject_cast<PostmortemDocument *>(*session->openDocument(*uuid));
            document->setReviewField(ReviewField::System, u"Checkout"_s);
            document->incident()->setField(IncidentField::StartedAt, at(started));
            RemediationItem item;
            item.text = idea;
            const QString itemUuid = document->remediation()->addRecord(0, item);
            if (done)
                document->remediation()->setField(itemUuid, RemediationField::Status, u"done"_s);
            return document;
        };
        PostmortemDocument *payments = postmortem(
            u"Payment timeouts"_s, u"2026-03-03T14:00:00Z"_s, u"Add an alert on queue depth"_s, true);
        const auto item
            = payments->foresight()->candidates(LinkTargetKind::Contingency, u"checkout"_s, QString());
        QVERIFY(item && !item->isEmpty());
        QVERIFY(!payments->foresight()->link(item->first(), ForesightVerdict::Worked).isEmpty());
        PostmortemDocument *stalls
            = postmortem(u"Queue stalls"_s, u"2026-04-04T09:00:00Z"_s, u"Alert on queue depth!"_s, false);
        const auto departure
            = stalls->foresight()->candidates(LinkTargetKind::Departure, QString(), u"kafka"_s);
        QVERIFY(departure && departure->size() == 1);
        QVERIFY(!stalls->foresight()->link(departure->first(), ForesightVerdict::Related).isEmpty());
        first = payments->uuid();
        second = stalls->uuid();

        const Result<InsightFigures> f = Insights::of(session->workspace(), {}, QDate(2026, 5, 1));
        QVERIFY2(f, qPrintable(f.message()));
        QCOMPARE(f->foresight.worked, 1);
        QCOMPARE(f->foresight.unknown, 1);
        QCOMPARE(f->foresight.cells.size(), 1);
        QCOMPARE(f->foresight.cells.first().issues, QStringList {u"Card processor down"_s});
        QCOMPARE(f->foresight.cells.first().reviews, QStringList {first});
        QCOMPARE(f->recurringRemediation.size(), 1);
        QCOMPARE(f->recurringRemediation.first().reviews, QStringList({first, second}));
        QCOMPARE(f->recurringRemediation.first().done, 1);
        QCOMPARE(f->newTechnology.size(), 1); // PostgreSQL is known
        QCOMPARE(f->newTechnology.first().name, u"Kafka"_s);
        QCOMPARE(f->newTechnology.first().since, at(u"2026-02-01T10:00:00Z"_s));
        QCOMPARE(f->newTechnology.first().onSystem, QStringList({first, second}));
        QCOMPARE(f->newTechnology.first().linked, QStringList {second});
    }

    QString out;
    QString err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"insights"_s, path}, &out, &err), 0);
    QVERIFY2(out.contains(u"Foreseen: 1 (mitigation worked 1, did not hold 0); related items only 0; not "
                          u"foreseen 0; not recorded 1"_s),
        qPrintable(out));
    QVERIFY2(
        out.contains(u"How the items that happened had been rated (likelihood × impact):\n  1 (Rare) × 5 "
                     u"(Severe)\t1 "_s),
        qPrintable(out));
    QVERIFY2(
        out.contains(u"Remediation ideas that recur:\n  Add an alert on queue depth\t2 postmortems\t1 of 2 "
                     u"items done\n"_s),
        qPrintable(out));
    QVERIFY2(
        out.contains(u"New technology and incidents since:\n  Kafka\tcheckout\t2026-02-01\t2 incidents (2 "
                     u"on its system since, 1 linked)\n"_s),
        qPrintable(out));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"insights"_s, path, u"--json"_s}, &out, &err), 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(
        json.value(u"new_technology"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Kafka"_s);
    QCOMPARE(
        json.value(u"recurring_remediation"_s).toArray().first().toObject().value(u"postmortems"_s).toInt(),
        2);
    QCOMPARE(json.value(u"foresight"_s).toObject().value(u"matrix"_s).toArray().size(), 1);
}

// `inflection demo` writes a year of reviews before today: every figure of the last twelve months has
// something to show, and what it shows is not degenerate (not all foreseen, not all done).
void TestInsights::theDemosYear()
{
    QTemporaryDir dir;
    auto opened = Workspace::open(TestSupport::freshWorkspace(dir.path(), u"demo.inflection"_s));
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
    // The year's new technologies had incidents since, and some remediation ideas recur.
    QVERIFY(!f.newTechnology.isEmpty());
    QVERIFY(std::any_of(f.newTechnology.cbegin(), f.newTechnology.cend(),
        [](const NewTechnologyFigures &n) { return !n.linked.isEmpty(); }));
    QVERIFY(!f.recurringRemediation.isEmpty());
    QVERIFY(!s.cells.isEmpty());
}

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
