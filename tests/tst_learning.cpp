// What a postmortem learned, below the window: contributing factors (categories of the workspace's
// taxonomy, links to timeline events that follow the timeline's order and its deletions), what went
// well, where we got lucky, the time of mitigation, the coach and the search reading them; and "did we
// foresee it?" — links to contingency items of operability reviews and to departures of architecture
// reviews, seen from both sides.
#include "architecture/architecturedocument.h"
#include "architecture/departuremodel.h"
#include "domain/incidentfacts.h"
#include "io/reviewexporter.h"
#include "io/reviewimporter.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/incidentlinkmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/timelinemodel.h"
#include "store/contributingfactorrepository.h"
#include "store/incidentlinkrepository.h"
#include "store/incidentrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "workspace/insights.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestLearning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void passesModelTester();
    void linksFollowTheTimeline();
    void linkingIsOneUndoStep();
    void categoriesAreNamedByTheTaxonomy();
    void anotherEditFirstIsAConflict();
    void learningsAreStoredAndUndone();
    void timeToMitigate();
    void coachReadsWhatWasLearned();
    void searchFindsWhatWasLearned();
    void candidatesOfTheSameSystemFirst();
    void linkingAContingencyIsUndoable();
    void aDeletedItemIsNoLongerLinked();
    void itemsShowTheirIncidents();
    void linksTravelWithTheReview();

private:
    QString addEvent(const QString &text, const QDateTime &at);
    QString addFactor(const QString &text, const QString &category = QString());
    // An operability review of system with these contingency items (issue, likelihood, impact); their uuids.
    QStringList addOperabilityReview(
        const QString &title, const QString &system, const QList<std::tuple<QString, int, int>> &items);
    OperabilityDocument *m_operability = nullptr; // the last one added

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<Workspace> m_other; // a second connection, as another app instance would have
    PostmortemDocument *m_document = nullptr;
    ContributingFactorModel *m_model = nullptr;
    TimelineModel *m_timeline = nullptr;
    QUndoStack *m_stack = nullptr;
};

void TestLearning::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"f.inflection"_s);
    auto session = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    const auto uuid = m_session->createReview(ReviewKind::Postmortem, u"Database failover"_s);
    QVERIFY2(uuid, qPrintable(uuid.message()));
    const auto opened = m_session->openDocument(*uuid);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_document = qobject_cast<PostmortemDocument *>(*opened);
    QVERIFY(m_document);
    m_model = m_document->contributingFactors();
    m_timeline = m_document->timeline();
    m_stack = m_document->undoStack();
    QCOMPARE(m_model->undoStack(), m_stack);
}

void TestLearning::cleanup()
{
    m_document = nullptr;
    m_model = nullptr;
    m_timeline = nullptr;
    m_stack = nullptr;
    m_session.reset();
    m_other.reset();
    m_dir.reset();
}

QString TestLearning::addEvent(const QString &text, const QDateTime &at)
{
    TimelineEvent event;
    event.text = text;
    event.occurredAt = at;
    return m_timeline->addRecord(m_timeline->rowCount(), event);
}

QString TestLearning::addFactor(const QString &text, const QString &category)
{
    ContributingFactor factor;
    factor.text = text;
    factor.category = category;
    return m_model->addRecord(m_model->rowCount(), factor);
}

QStringList TestLearning::addOperabilityReview(
    const QString &title, const QString &system, const QList<std::tuple<QString, int, int>> &items)
{
    const auto uuid = m_session->createReview(ReviewKind::Operability, title);
    if (!uuid)
        return {};
    const auto opened = m_session->openDocument(*uuid);
    m_operability = opened ? qobject_cast<OperabilityDocument *>(*opened) : nullptr;
    if (!m_operability)
        return {};
    m_operability->setReviewField(ReviewField::System, system);
    QStringList uuids;
    for (const auto &[issue, likelihood, impact] : items) {
        ContingencyItem item;
        item.issue = issue;
        item.likelihood = likelihood;
        item.impact = impact;
        uuids.append(
            m_operability->contingencies()->addRecord(m_operability->contingencies()->rowCount(), item));
    }
    return uuids;
}

void TestLearning::passesModelTester()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString event
        = addEvent(u"Replica promoted"_s, QDateTime(QDate(2026, 3, 3), QTime(14, 5), Qt::UTC));
    const QString a = addFactor(u"The failover script compared settings by name only"_s, u"tooling"_s);
    const QString b = addFactor(u"Nobody on call had run a failover this year"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(m_model->moveRecord(a, 2));
    QVERIFY(m_model->setData(m_model->index(0, ContributingFactorModel::CategoryColumn), u"knowledge"_s));
    QVERIFY(m_model->setLinked(a, event, true));
    m_stack->undo();
    QVERIFY(m_model->removeItems({a, b}));
    m_stack->undo();
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->reload());
}

void TestLearning::linksFollowTheTimeline()
{
    const QDate day(2026, 3, 3);
    const QString first = addEvent(u"Disk alert on db-1"_s, QDateTime(day, QTime(14, 1), Qt::UTC));
    const QString second = addEvent(u"Replica promoted"_s, QDateTime(day, QTime(14, 5), Qt::UTC));
    const QString third = addEvent(u"Connections refused"_s, QDateTime(day, QTime(14, 9), Qt::UTC));
    const QString factor = addFactor(u"max_connections differed on the replica"_s, u"configuration"_s);
    QVERIFY(m_model->setLinked(factor, third, true));
    QVERIFY(m_model->setLinked(factor, first, true));
    const QModelIndex shows = m_model->index(0, ContributingFactorModel::EventsColumn);
    QCOMPARE(shows.data().toString(), u"Events 1, 3"_s); // in timeline order, not the order linked
    QCOMPARE(
        shows.data(ContributingFactorModel::LinkedEventsRole).toStringList(), QStringList({first, third}));
    // Stored by uuid: another connection reads the same links.
    QCOMPARE(ContributingFactorRepository(m_other.get()).find(factor)->events, QStringList({third, first}));

    // The third event moved to the top: the places follow.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_timeline->moveRecord(third, 0));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(shows.data().toString(), u"Events 1, 2"_s);

    // A deleted event is no longer shown; undoing the deletion brings the link back with it.
    QVERIFY(m_timeline->removeRecords({first}, u"Delete"_s));
    QCOMPARE(shows.data().toString(), u"Event 1"_s);
    QCOMPARE(shows.data(ContributingFactorModel::LinkedEventsRole).toStringList(), QStringList({third}));
    QCOMPARE(m_model->recordAt(0).events.size(), 2); // nothing else changed
    m_stack->undo();
    QCOMPARE(shows.data().toString(), u"Events 1, 2"_s);
    QVERIFY(m_timeline->rowOfUuid(second) >= 0);
}

void TestLearning::linkingIsOneUndoStep()
{
    const QString event = addEvent(u"Replica promoted"_s, {});
    const QString factor = addFactor(u"The runbook's failover step was out of date"_s, u"process"_s);
    const int steps = m_stack->count();
    QVERIFY(m_model->setLinked(factor, event, true));
    QVERIFY(!m_model->setLinked(factor, event, true)); // already linked: nothing to do
    QCOMPARE(m_stack->count(), steps + 1);
    m_stack->undo();
    QVERIFY(m_model->recordAt(0).events.isEmpty());
    QVERIFY(ContributingFactorRepository(m_other.get()).find(factor)->events.isEmpty());
    m_stack->redo();
    QCOMPARE(ContributingFactorRepository(m_other.get()).find(factor)->events, QStringList {event});
    QVERIFY(m_model->setLinked(factor, event, false));
    QVERIFY(ContributingFactorRepository(m_other.get()).find(factor)->events.isEmpty());
}

void TestLearning::categoriesAreNamedByTheTaxonomy()
{
    addFactor(u"Alert went to a retired channel"_s, u"monitoring"_s);
    addFactor(u"Filed under a category since removed"_s, u"vendor"_s);
    addFactor(u"Not yet filed"_s);
    const auto category = [this](int row) {
        return m_model->index(row, ContributingFactorModel::CategoryColumn).data().toString();
    };
    QCOMPARE(category(0), u"Monitoring and detection"_s);
    QCOMPARE(category(1), u"vendor"_s); // the key, rather than nothing
    QCOMPARE(category(2), QString());
    QCOMPARE(m_model->index(0, ContributingFactorModel::CategoryColumn).data(Qt::EditRole).toString(),
        u"monitoring"_s);

    // The workspace's own taxonomy, stored in it, names them once the document reads the settings.
    WorkspaceConfig config = *m_session->config();
    config.factorCategories = {{u"monitoring"_s, u"Alerting"_s}, {u"vendor"_s, u"Vendors"_s}};
    const auto written = m_session->setConfig(config);
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(WorkspaceSettings(m_other.get()).read()->factorCategories, config.factorCategories);
    QVERIFY(m_document->reloadConfig());
    QCOMPARE(category(0), u"Alerting"_s);
    QCOMPARE(category(1), u"Vendors"_s);

    // A taxonomy that could not have been typed in is refused, and the stored one stays.
    config.factorCategories = {{u"a"_s, u"One"_s}, {u"a"_s, u"Two"_s}};
    QVERIFY(!WorkspaceSettings(m_session->workspace()).write(config));
    config.factorCategories.clear();
    QVERIFY(!WorkspaceSettings(m_session->workspace()).write(config));
    QCOMPARE(WorkspaceSettings(m_other.get()).read()->factorCategories.size(), 2);
}

void TestLearning::anotherEditFirstIsAConflict()
{
    const QString factor = addFactor(u"The replica template lacked max_connections"_s, u"configuration"_s);
    ContributingFactorRepository theirs(m_other.get());
    const ContributingFactor base = *theirs.find(factor);
    QVERIFY(theirs.updateField(base, ContributingFactorField::Category, u"change"_s));
    QSignalSpy conflicts(m_model, &RecordTableModel::conflictOccurred);
    QVERIFY(!m_model->setField(factor, ContributingFactorField::Category, u"capacity"_s));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(theirs.find(factor)->category, u"change"_s); // theirs kept, nothing overwritten
}

void TestLearning::learningsAreStoredAndUndone()
{
    IncidentModel *incident = m_document->incident();
    const QDateTime mitigated(QDate(2026, 3, 3), QTime(14, 30), Qt::UTC);
    QVERIFY(incident->setField(IncidentField::WentWell, u"The status page went up within ten minutes."_s));
    QVERIFY(incident->setField(IncidentField::Lucky, u"It happened on a Tuesday afternoon."_s));
    QVERIFY(incident->setField(IncidentField::MitigatedAt, mitigated));
    const IncidentFacts stored = *IncidentRepository(m_other.get()).ofReview(m_document->reviewId());
    QCOMPARE(stored.wentWell, u"The status page went up within ten minutes."_s);
    QCOMPARE(stored.lucky, u"It happened on a Tuesday afternoon."_s);
    QCOMPARE(stored.mitigatedAt, mitigated);
    m_stack->undo();
    QVERIFY(!IncidentRepository(m_other.get()).ofReview(m_document->reviewId())->mitigatedAt.isValid());
    m_stack->undo();
    QCOMPARE(IncidentRepository(m_other.get()).ofReview(m_document->reviewId())->lucky, QString());
}

void TestLearning::timeToMitigate()
{
    IncidentFacts facts;
    const QDate day(2026, 3, 3);
    facts.startedAt = QDateTime(day, QTime(14, 0), Qt::UTC);
    facts.detectedAt = QDateTime(day, QTime(14, 10), Qt::UTC);
    facts.mitigatedAt = QDateTime(day, QTime(14, 35), Qt::UTC);
    facts.resolvedAt = QDateTime(day, QTime(16, 10), Qt::UTC);
    IncidentDurations d = IncidentDurations::of(facts);
    QCOMPARE(d.mitigateSeconds.value_or(-1), 25 * 60);
    QCOMPARE(d.resolveSeconds.value_or(-1), 120 * 60);
    QVERIFY(d.problems.isEmpty());
    facts.mitigatedAt = QDateTime(day, QTime(14, 5), Qt::UTC);
    QVERIFY(IncidentDurations::of(facts).problems.contains(u"Mitigated before it was detected."_s));
    facts.mitigatedAt = QDateTime(day, QTime(17, 0), Qt::UTC);
    QVERIFY(IncidentDurations::of(facts).problems.contains(u"Resolved before it was mitigated."_s));
    facts.mitigatedAt = {};
    QVERIFY(!IncidentDurations::of(facts).mitigateSeconds);
}

void TestLearning::coachReadsWhatWasLearned()
{
    const QString factor = addFactor(u"Human error during the failover"_s, u"process"_s);
    IncidentModel *incident = m_document->incident();
    QVERIFY(incident->setField(
        IncidentField::WentWell, u"Dana should have paged sooner, but the rest went well."_s));
    QVERIFY(incident->setField(IncidentField::Lucky, u"Traffic was low."_s));
    m_document->updateFindings();
    QStringList fields;
    for (const FieldFinding &f : m_document->openFindings())
        fields.append(f.field);
    QVERIFY2(fields.contains(u"contributing_factor:"_s + factor + u".text"_s), qPrintable(fields.join(u' ')));
    QVERIFY2(fields.contains(u"incident.went_well"_s), qPrintable(fields.join(u' ')));
    QVERIFY(!fields.contains(u"incident.lucky"_s));
}

void TestLearning::searchFindsWhatWasLearned()
{
    addFactor(u"The replica template lacked max_connections"_s, u"configuration"_s);
    QVERIFY(m_document->incident()->setField(
        IncidentField::Lucky, u"The quarterly sale had ended an hour before."_s));
    for (const QString &word : {u"template"_s, u"quarterly"_s}) {
        const auto hits = m_session->search(word);
        QVERIFY2(hits, qPrintable(hits.message()));
        QVERIFY(hits->has_value());
        QCOMPARE((*hits)->size(), 1);
        QCOMPARE((*hits)->first().place, u"incident"_s);
    }
}

void TestLearning::candidatesOfTheSameSystemFirst()
{
    const QStringList search = addOperabilityReview(
        u"Search launch"_s, u"search"_s, {{u"Index rebuild is slow after failover"_s, 2, 3}});
    const QStringList checkout = addOperabilityReview(u"Checkout launch"_s, u"Checkout"_s,
        {{u"Database failover fails"_s, 2, 5}, {u"Payment provider is down"_s, 3, 4}});
    QCOMPARE(checkout.size(), 2);
    IncidentLinkModel *foresight = m_document->foresight();
    const auto uuids = [](const Result<QList<LinkTarget>> &found) {
        QStringList all;
        for (const LinkTarget &t : found.value())
            all.append(t.uuid);
        return all;
    };
    // The postmortem's own system first (case aside), then the rest: every item can be found.
    const auto all = foresight->candidates(LinkTargetKind::Contingency, u"checkout"_s, QString());
    QVERIFY2(all, qPrintable(all.message()));
    QCOMPARE(uuids(all), checkout + search);
    QCOMPARE(all->first().reviewTitle, u"Checkout launch"_s);
    QCOMPARE(all->first().likelihood, 2);
    QCOMPARE(all->first().impact, 5);
    // Every word, anywhere in the issue, case aside.
    QCOMPARE(uuids(foresight->candidates(LinkTargetKind::Contingency, u"checkout"_s, u"FAILOVER"_s)),
        QStringList({checkout.at(0), search.at(0)}));
    QCOMPARE(
        uuids(foresight->candidates(LinkTargetKind::Contingency, QString(), u"index failover"_s)), search);
    // Characters LIKE would read as patterns are only characters.
    QVERIFY(foresight->candidates(LinkTargetKind::Contingency, QString(), u"%"_s)->isEmpty());
    QVERIFY(foresight->candidates(LinkTargetKind::Departure, QString(), QString())->isEmpty());
}

void TestLearning::linkingAContingencyIsUndoable()
{
    QAbstractItemModelTester tester(
        m_document->foresight(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList items
        = addOperabilityReview(u"Checkout launch"_s, u"checkout"_s, {{u"Database failover fails"_s, 2, 5}});
    IncidentLinkModel *foresight = m_document->foresight();
    const LinkTarget target
        = foresight->candidates(LinkTargetKind::Contingency, u"checkout"_s, QString())->first();
    const int steps = m_stack->count();
    const QString link = foresight->link(target, ForesightVerdict::Worked);
    QVERIFY(!link.isEmpty());
    QVERIFY(foresight->link(target, ForesightVerdict::Related).isEmpty()); // linked already
    QCOMPARE(m_stack->count(), steps + 1);
    QVERIFY(foresight->anyForeseen());
    QCOMPARE(
        foresight->index(0, IncidentLinkModel::ItemColumn).data().toString(), u"Database failover fails"_s);
    QCOMPARE(foresight->index(0, IncidentLinkModel::ReviewColumn).data().toString(), u"Checkout launch"_s);
    QCOMPARE(foresight->index(0, IncidentLinkModel::RatingColumn).data().toString(),
        u"Likelihood: Unlikely, impact: Severe"_s);
    QCOMPARE(foresight->index(0, IncidentLinkModel::VerdictColumn).data().toString(),
        u"Foreseen, the mitigation worked"_s);

    // The verdict is edited in place; the other columns are not.
    QVERIFY(foresight->setData(foresight->index(0, IncidentLinkModel::VerdictColumn), u"did-not-hold"_s));
    QVERIFY(!foresight->setData(foresight->index(0, IncidentLinkModel::ItemColumn), u"other"_s));
    QVERIFY(!foresight->setData(foresight->index(0, IncidentLinkModel::VerdictColumn), u"maybe"_s));
    IncidentLinkRepository theirs(m_other.get());
    QCOMPARE(theirs.find(link)->verdict, ForesightVerdict::DidNotHold);
    QCOMPARE(theirs.find(link)->target, items.first());
    m_stack->undo();
    QCOMPARE(theirs.find(link)->verdict, ForesightVerdict::Worked);
    QVERIFY(foresight->removeItems({link}));
    QCOMPARE(foresight->rowCount(), 0);
    QVERIFY(!foresight->anyForeseen());
    m_stack->undo();
    QCOMPARE(foresight->rowCount(), 1);
    QCOMPARE(theirs.forReview(m_document->reviewId())->size(), 1);
    m_stack->undo(); // the link itself
    QCOMPARE(theirs.forReview(m_document->reviewId())->size(), 0);

    // A departure is involved, never "foreseen".
    const auto architecture = m_session->createReview(ReviewKind::Architecture, u"Move sessions to Redis"_s);
    auto *design = qobject_cast<ArchitectureDocument *>(*m_session->openDocument(*architecture));
    Departure departure;
    departure.name = u"Redis"_s;
    design->departures()->addRecord(0, departure);
    const LinkTarget redis = foresight->candidates(LinkTargetKind::Departure, QString(), u"redis"_s)->first();
    const QString involved = foresight->link(redis, ForesightVerdict::Worked);
    QCOMPARE(theirs.find(involved)->verdict, ForesightVerdict::Related);
    QCOMPARE(foresight->index(foresight->rowCount() - 1, IncidentLinkModel::ItemColumn).data().toString(),
        u"Departure: Redis"_s);
    QVERIFY(!foresight->setData(
        foresight->index(foresight->rowCount() - 1, IncidentLinkModel::VerdictColumn), u"worked"_s));
}

void TestLearning::aDeletedItemIsNoLongerLinked()
{
    const QStringList items = addOperabilityReview(u"Checkout launch"_s, u"checkout"_s,
        {{u"Database failover fails"_s, 2, 5}, {u"Cache is cold"_s, 4, 2}});
    IncidentLinkModel *foresight = m_document->foresight();
    const QList<LinkTarget> targets
        = *foresight->candidates(LinkTargetKind::Contingency, u"checkout"_s, QString());
    foresight->link(targets.at(0), ForesightVerdict::DidNotHold);
    foresight->link(targets.at(1), ForesightVerdict::Related);
    const auto figures = [this] {
        return *Insights::of(m_session->workspace(), {}, QDate::currentDate());
    };
    QCOMPARE(figures().foresight.didNotHold, 1);

    // The contingency goes in its own review: the link is gone from the postmortem and from the figures,
    // nothing else changes; undoing the deletion there brings it back.
    QVERIFY(m_operability->contingencies()->removeRecords({items.at(0)}, u"Delete"_s));
    QVERIFY(foresight->reload());
    QCOMPARE(foresight->index(0, IncidentLinkModel::ItemColumn).data().toString(),
        u"An item no longer in the workspace"_s);
    QVERIFY(!foresight->anyForeseen());
    QCOMPARE(figures().foresight.didNotHold, 0);
    QCOMPARE(figures().foresight.relatedOnly, 1); // the cold cache is only related
    QCOMPARE(figures().foresight.unknown, 0);
    QCOMPARE(foresight->index(1, IncidentLinkModel::ItemColumn).data().toString(), u"Cache is cold"_s);
    m_operability->undoStack()->undo();
    QVERIFY(foresight->reload());
    QCOMPARE(
        foresight->index(0, IncidentLinkModel::ItemColumn).data().toString(), u"Database failover fails"_s);
    QCOMPARE(figures().foresight.didNotHold, 1);
}

void TestLearning::itemsShowTheirIncidents()
{
    const QStringList items = addOperabilityReview(u"Checkout launch"_s, u"checkout"_s,
        {{u"Database failover fails"_s, 2, 5}, {u"Cache is cold"_s, 4, 2}});
    QVERIFY(m_document->incident()->setField(
        IncidentField::StartedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC)));
    const LinkTarget failover
        = m_document->foresight()->candidates(LinkTargetKind::Contingency, QString(), u"failover"_s)->first();
    m_document->foresight()->link(failover, ForesightVerdict::DidNotHold);
    const auto incidents = IncidentLinkRepository(m_other.get()).incidentsOf(items);
    QVERIFY2(incidents, qPrintable(incidents.message()));
    QCOMPARE(incidents->size(), 1);
    QCOMPARE(incidents->first().target, items.at(0));
    QCOMPARE(incidents->first().title, u"Database failover"_s);
    QCOMPARE(incidents->first().verdict, ForesightVerdict::DidNotHold);
    QCOMPARE(incidents->first().startedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC));
}

void TestLearning::linksTravelWithTheReview()
{
    const QStringList items = addOperabilityReview(u"Checkout launch"_s, u"checkout"_s,
        {{u"Database failover fails"_s, 2, 5}, {u"Cache is cold"_s, 4, 2}});
    IncidentLinkModel *foresight = m_document->foresight();
    const QList<LinkTarget> targets
        = *foresight->candidates(LinkTargetKind::Contingency, QString(), QString());
    foresight->link(targets.at(0), ForesightVerdict::Worked);
    foresight->link(targets.at(1), ForesightVerdict::Related);
    QVERIFY(m_document->incident()->setField(IncidentField::NotForeseen, true));
    const Result<QJsonObject> json = ReviewExporter(m_session->workspace()).toJson(m_document->uuid());
    QVERIFY2(json, qPrintable(json.message()));
    const QJsonArray links = json->value(u"review"_s).toObject().value(u"foresight"_s).toArray();
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).toObject().value(u"verdict"_s).toString(), u"worked"_s);

    // Into another workspace: the links come as they were; once the operability review comes too, they
    // hold there.
    QTemporaryDir dir;
    auto target = Workspace::open(dir.filePath(u"other.inflection"_s));
    QVERIFY2(target, qPrintable(target.message()));
    const QByteArray text = QJsonDocument(*json).toJson();
    const auto imported = ReviewImporter(target->get()).importJson(text);
    QVERIFY2(imported, qPrintable(imported.message()));
    const auto reviewId = [&target](const QString &uuid) {
        return ReviewRepository(target->get()).find(uuid)->id;
    };
    const QList<IncidentLink> copied
        = *IncidentLinkRepository(target->get()).forReview(reviewId(m_document->uuid()));
    QCOMPARE(copied.size(), 2);
    QCOMPARE(copied.at(0).target, items.at(0));
    QCOMPARE(copied.at(0).verdict, ForesightVerdict::Worked);
    QCOMPARE(copied.at(1).verdict, ForesightVerdict::Related);
    QVERIFY(IncidentRepository(target->get()).ofReview(reviewId(m_document->uuid()))->notForeseen);
    QVERIFY(IncidentLinkRepository(target->get()).targets({items.at(0)})->isEmpty());
    QVERIFY(ReviewImporter(target->get()).copyFrom(m_session->workspace(), m_operability->uuid()));
    QCOMPARE(IncidentLinkRepository(target->get()).targets(items)->size(), 2);

    // The same again changes nothing; the second link to one item in a file is not taken.
    QVERIFY(ReviewImporter(target->get()).importJson(text, true));
    QCOMPARE(IncidentLinkRepository(target->get()).forReview(reviewId(m_document->uuid()))->size(), 2);
    QJsonObject doubled = *json;
    QJsonObject review = doubled.value(u"review"_s).toObject();
    QJsonArray twice = review.value(u"foresight"_s).toArray();
    QJsonObject again = twice.at(0).toObject();
    again.remove(u"uuid"_s);
    twice.append(again);
    review.insert(u"foresight"_s, twice);
    doubled.insert(u"review"_s, review);
    const auto once = ReviewImporter(target->get()).importJson(QJsonDocument(doubled).toJson(), true);
    QVERIFY2(once, qPrintable(once.message()));
    QCOMPARE(IncidentLinkRepository(target->get()).forReview(reviewId(m_document->uuid()))->size(), 2);
}

QTEST_GUILESS_MAIN(TestLearning)
#include "tst_learning.moc"
