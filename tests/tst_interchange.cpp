// The JSON interchange format: round trip, validation by path, create/update/refuse, command line.
#include "io/demoworkspace.h"
#include "io/jsonschemavalidator.h"
#include "io/reviewexporter.h"
#include "io/reviewimporter.h"
#include "store/contingencyrepository.h"
#include "store/lintdismissalrepository.h"
#include "store/reviewrepository.h"
#include "store/reviewtreestore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// The reviews of a workspace; none when they cannot be read (the test then fails on what it looks for).
QList<Review> reviewsOf(Workspace *workspace)
{
    return ReviewRepository(workspace).all().valueOr({});
}

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    if (!ws)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(ws.message()));
    return std::move(ws).take().value_or(nullptr);
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripOfEachDemoReview_data();
    void roundTripOfEachDemoReview();
    void importOverItselfOfEachDemoReview_data() { roundTripOfEachDemoReview_data(); }
    void importOverItselfOfEachDemoReview();
    void exportedDemoIsValid();
    void postmortemKeepsItsTimeline();
    void postmortemKeepsWhatItLearned();
    void linkToUnknownEventIsDropped();
    void fileWithoutLearningImports();
    void invalidDocuments_data();
    void invalidDocuments();
    void notJson();
    void refusesWhenWorkspaceIsNewer();
    void updateReplacesChildren();
    void commandLineRoundTrip();
    void commandLineErrors_data();
    void commandLineErrors();

private:
    QJsonObject demoOperability() const;
    QJsonObject demoPostmortem() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;
};

void TestInterchange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = openWorkspace(m_dir.filePath(u"demo.inflection"_s));
    QVERIFY(m_demo);
    const Result<> populated = DemoWorkspace::populate(m_demo.get());
    QVERIFY2(populated, qPrintable(populated.message()));
}

QJsonObject TestInterchange::demoOperability() const
{
    for (const Review &r : reviewsOf(m_demo.get())) {
        if (r.kind == ReviewKind::Operability)
            return ReviewExporter(m_demo.get()).toJson(r.uuid).valueOr({});
    }
    return {};
}

QJsonObject TestInterchange::demoPostmortem() const
{
    for (const Review &r : reviewsOf(m_demo.get())) {
        if (r.kind == ReviewKind::Postmortem)
            return ReviewExporter(m_demo.get()).toJson(r.uuid).valueOr({});
    }
    return {};
}

void TestInterchange::roundTripOfEachDemoReview_data()
{
    QTest::addColumn<QString>("kind");
    for (const ReviewKind kind : reviewKinds().values())
        QTest::newRow(qPrintable(reviewKinds().key(kind))) << reviewKinds().key(kind);
}

void TestInterchange::roundTripOfEachDemoReview()
{
    QFETCH(QString, kind);
    QString uuid;
    for (const Review &r : reviewsOf(m_demo.get())) {
        if (reviewKinds().key(r.kind) == kind)
            uuid = r.uuid;
    }
    const auto first = ReviewExporter(m_demo.get()).toJson(uuid);
    QVERIFY2(first, qPrintable(first.message()));

    QTemporaryDir dir;
    auto fresh = openWorkspace(dir.filePath(u"fresh.inflection"_s));
    QVERIFY(fresh);
    fresh->setAuthor(u"Someone else"_s);
    const auto imported = ReviewImporter(fresh.get()).importJson(ReviewExporter::serialize(*first));
    QVERIFY2(imported, qPrintable(imported.message()));
    QVERIFY(imported->created);
    QCOMPARE(imported->uuid, uuid);
    const auto second = ReviewExporter(fresh.get()).toJson(uuid);
    QVERIFY2(second, qPrintable(second.message()));
    QCOMPARE(ReviewExporter::serialize(*second), ReviewExporter::serialize(*first));
}

void TestInterchange::importOverItselfOfEachDemoReview()
{
    // Publishing the same review again (an update of every child, incident facts and dismissed
    // coach findings included) gives back the same review.
    QFETCH(QString, kind);
    QTemporaryDir dir;
    auto workspace = openWorkspace(dir.filePath(u"w.inflection"_s));
    QVERIFY(workspace);
    QVERIFY(DemoWorkspace::populate(workspace.get()));
    Review review;
    for (const Review &r : reviewsOf(workspace.get())) {
        if (reviewKinds().key(r.kind) == kind)
            review = r;
    }
    LintDismissal dismissal;
    dismissal.reviewId = review.id;
    dismissal.field = u"incident.summary"_s;
    dismissal.phrase = u"root cause"_s;
    dismissal.occurrence = 2;
    QVERIFY(LintDismissalRepository(workspace.get()).dismiss(dismissal));
    const auto first = ReviewExporter(workspace.get()).toJson(review.uuid);
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(first->value(u"review"_s).toObject().contains(u"lint_dismissals"_s));
    const auto imported = ReviewImporter(workspace.get()).importJson(ReviewExporter::serialize(*first), true);
    QVERIFY2(imported, qPrintable(imported.message()));
    QVERIFY(!imported->created); // updated
    const auto second = ReviewExporter(workspace.get()).toJson(review.uuid);
    QVERIFY2(second, qPrintable(second.message()));
    QCOMPARE(ReviewExporter::serialize(*second), ReviewExporter::serialize(*first));
}

void TestInterchange::postmortemKeepsItsTimeline()
{
    QString uuid;
    for (const Review &r : reviewsOf(m_demo.get())) {
        if (r.kind == ReviewKind::Postmortem) {
            uuid = r.uuid; // the worked example comes first
            break;
        }
    }
    const auto document = ReviewExporter(m_demo.get()).toJson(uuid);
    QVERIFY2(document, qPrintable(document.message()));
    QString error;
    QVERIFY2(JsonSchemaValidator::reviewSchema().validate(*document, &error), qPrintable(error));
    const QJsonObject review = document->value(u"review"_s).toObject();
    const QJsonArray timeline = review.value(u"timeline"_s).toArray();
    QCOMPARE(timeline.size(), 40);
    // Events without a time travel as null, decisions with their reasoning.
    QVERIFY(std::any_of(timeline.begin(), timeline.end(),
        [](const QJsonValue &e) { return e.toObject().value(u"occurred_at"_s).isNull(); }));
    QVERIFY(std::any_of(timeline.begin(), timeline.end(), [](const QJsonValue &e) {
        return e.toObject().value(u"kind"_s) == u"decision"_s
            && !e.toObject().value(u"reasoning"_s).toString().isEmpty();
    }));
    QCOMPARE(review.value(u"checklist"_s).toArray().size(), 6); // the discussion notes
    QCOMPARE(review.value(u"incident"_s).toObject().value(u"severity"_s).toString(), u"sev2"_s);
}

void TestInterchange::postmortemKeepsWhatItLearned()
{
    // What the postmortem learned travels in the file: its factors with their categories and the uuids
    // of the events they show in, the mitigation time, what went well and where we got lucky.
    const QJsonObject document = demoPostmortem();
    const QJsonObject review = document.value(u"review"_s).toObject();
    const QString uuid = review.value(u"uuid"_s).toString();
    const QJsonObject incident = review.value(u"incident"_s).toObject();
    QCOMPARE(incident.value(u"mitigated_at"_s).toString(), u"2026-03-03T14:24:00.000Z"_s);
    QVERIFY(incident.value(u"went_well"_s).toString().startsWith(u"Lin asked for a second pair of eyes"_s));
    QVERIFY(incident.value(u"lucky"_s).toString().startsWith(u"It happened on a Tuesday afternoon"_s));
    const QJsonArray factors = review.value(u"contributing_factors"_s).toArray();
    QCOMPARE(factors.size(), 4);
    QSet<QString> eventUuids;
    for (const QJsonValue &e : review.value(u"timeline"_s).toArray())
        eventUuids.insert(e.toObject().value(u"uuid"_s).toString());
    for (const QJsonValue &f : factors) {
        const QJsonArray events = f.toObject().value(u"events"_s).toArray();
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &e : events)
            QVERIFY2(eventUuids.contains(e.toString()), qPrintable(e.toString()));
    }

    // Imported into another workspace: the same records, uuids and links.
    const ReviewTree original = ReviewTreeStore(m_demo.get()).read(uuid).valueOr({});
    QCOMPARE(original.contributingFactors.size(), 4);
    QTemporaryDir dir;
    auto fresh = openWorkspace(dir.filePath(u"fresh.inflection"_s));
    QVERIFY(fresh);
    const auto imported = ReviewImporter(fresh.get()).importJson(ReviewExporter::serialize(document));
    QVERIFY2(imported, qPrintable(imported.message()));
    const auto copy = ReviewTreeStore(fresh.get()).read(uuid);
    QVERIFY2(copy, qPrintable(copy.message()));
    QCOMPARE(copy->contributingFactors.size(), original.contributingFactors.size());
    for (qsizetype i = 0; i < original.contributingFactors.size(); ++i) {
        const ContributingFactor &was = original.contributingFactors.at(i);
        const ContributingFactor &is = copy->contributingFactors.at(i);
        QCOMPARE(is.uuid, was.uuid);
        QCOMPARE(is.text, was.text);
        QCOMPARE(is.category, was.category);
        QCOMPARE(is.events, was.events);
        QCOMPARE(is.updatedBy, was.updatedBy);
        QCOMPARE(is.updatedAt, was.updatedAt);
        QCOMPARE(factorEventPlaces(is, copy->timeline), factorEventPlaces(was, original.timeline));
    }
    QCOMPARE(copy->contributingFactors.at(1).category, u"configuration"_s);
    QCOMPARE(factorEventPlaces(copy->contributingFactors.at(1), copy->timeline), QList<int>({14, 15, 30}));
    // Each of the demo's factors linked to the events that show it.
    const QStringList shownIn[] = {
        {u"the RAID controller reports a degraded battery"_s, u"Battery warnings had been logged"_s},
        {u"'too many connections'"_s, u"The replica's max_connections is 500"_s,
            u"template for database replicas does not set max_connections"_s},
        {u"Dana runs the failover script"_s, u"The failover script printed no warning"_s},
        {u"Support sees forum posts"_s, u"Sam posts on the status page"_s},
    };
    for (qsizetype i = 0; i < 4; ++i) {
        const QList<int> places = factorEventPlaces(copy->contributingFactors.at(i), copy->timeline);
        QCOMPARE(places.size(), shownIn[i].size());
        for (qsizetype j = 0; j < places.size(); ++j) {
            const QString text = copy->timeline.at(places.at(j) - 1).text;
            QVERIFY2(text.contains(shownIn[i].at(j)), qPrintable(text));
        }
    }
    QVERIFY(copy->incident && original.incident);
    QCOMPARE(copy->incident->mitigatedAt, original.incident->mitigatedAt);
    QCOMPARE(copy->incident->mitigatedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 24), QTimeZone::utc()));
    QCOMPARE(copy->incident->wentWell, original.incident->wentWell);
    QCOMPARE(copy->incident->lucky, original.incident->lucky);
    QCOMPARE(*IncidentDurations::of(*copy->incident).mitigateSeconds, qint64(21 * 60 + 50));
}

void TestInterchange::linkToUnknownEventIsDropped()
{
    // A factor links to an event the file does not have (left out of an edited copy, or of another
    // review): the link is dropped, the factor and everything else imported as they are.
    const QJsonObject document = demoPostmortem();
    QJsonObject review = document.value(u"review"_s).toObject();
    QJsonArray factors = review.value(u"contributing_factors"_s).toArray();
    QJsonObject first = factors.at(0).toObject();
    const QJsonArray linked = first.value(u"events"_s).toArray();
    QJsonArray withStranger = linked;
    const QString stranger = u"01a208c9-0000-7000-8000-000000000001"_s;
    withStranger.insert(1, stranger);
    first.insert(u"events"_s, withStranger);
    factors[0] = first;
    review.insert(u"contributing_factors"_s, factors);
    QJsonObject edited = document;
    edited.insert(u"review"_s, review);

    QTemporaryDir dir;
    auto fresh = openWorkspace(dir.filePath(u"fresh.inflection"_s));
    QVERIFY(fresh);
    const auto imported = ReviewImporter(fresh.get()).importJson(ReviewExporter::serialize(edited));
    QVERIFY2(imported, qPrintable(imported.message()));
    const auto copy = ReviewTreeStore(fresh.get()).read(imported->uuid);
    QVERIFY2(copy, qPrintable(copy.message()));
    QCOMPARE(copy->contributingFactors.size(), 4);
    QVERIFY(!copy->contributingFactors.first().events.contains(stranger));
    QCOMPARE(copy->contributingFactors.first().events.size(), linked.size());
    // Nothing else changed: exported again, it is the file as it was before the stranger was added.
    const auto again = ReviewExporter(fresh.get()).toJson(imported->uuid);
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(ReviewExporter::serialize(*again), ReviewExporter::serialize(document));
}

void TestInterchange::fileWithoutLearningImports()
{
    // A file written before postmortems recorded what they learned: no factors, no mitigation time,
    // no lessons. It imports as it did, with none of them.
    QJsonObject review = demoPostmortem().value(u"review"_s).toObject();
    review.remove(u"contributing_factors"_s);
    QJsonObject incident = review.value(u"incident"_s).toObject();
    for (const QString &field : {u"mitigated_at"_s, u"went_well"_s, u"lucky"_s})
        incident.remove(field);
    review.insert(u"incident"_s, incident);
    const QJsonObject old {{u"format"_s, u"inflection-review"_s}, {u"version"_s, 1}, {u"review"_s, review}};

    QTemporaryDir dir;
    auto fresh = openWorkspace(dir.filePath(u"fresh.inflection"_s));
    QVERIFY(fresh);
    const auto imported = ReviewImporter(fresh.get()).importJson(ReviewExporter::serialize(old));
    QVERIFY2(imported, qPrintable(imported.message()));
    QVERIFY(imported->created);
    const auto copy = ReviewTreeStore(fresh.get()).read(imported->uuid);
    QVERIFY2(copy, qPrintable(copy.message()));
    QVERIFY(copy->contributingFactors.isEmpty());
    QVERIFY(copy->incident);
    QVERIFY(!copy->incident->mitigatedAt.isValid());
    QVERIFY(copy->incident->wentWell.isEmpty());
    QVERIFY(copy->incident->lucky.isEmpty());
    QCOMPARE(copy->incident->summary, incident.value(u"summary"_s).toString());
    QCOMPARE(copy->timeline.size(), 40);
    // Exported again, it says the mitigation is not known, and lists no factors.
    const auto again = ReviewExporter(fresh.get()).toJson(imported->uuid);
    QVERIFY2(again, qPrintable(again.message()));
    const QJsonObject exported = again->value(u"review"_s).toObject();
    QVERIFY(!exported.contains(u"contributing_factors"_s));
    QVERIFY(exported.value(u"incident"_s).toObject().value(u"mitigated_at"_s).isNull());
}

void TestInterchange::exportedDemoIsValid()
{
    const QJsonObject document = demoOperability();
    QString error;
    QVERIFY2(JsonSchemaValidator::reviewSchema().validate(document, &error), qPrintable(error));
    const QJsonObject review = document.value(u"review"_s).toObject();
    QCOMPARE(review.value(u"contingencies"_s).toArray().size(), 12);
    QCOMPARE(review.value(u"checklist"_s).toArray().size(), 9);
    QCOMPARE(review.value(u"attendees"_s).toArray().size(), 5);
    QCOMPARE(review.value(u"launch"_s).toObject().value(u"decision"_s).toString(), u"go"_s);
}

void TestInterchange::invalidDocuments_data()
{
    QTest::addColumn<QString>("pointer"); // where to change the demo document
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("message");
    QTest::newRow("likelihood out of range")
        << u"review.contingencies.2.likelihood"_s << QJsonValue(7)
        << u"review.contingencies[2].likelihood: 7 is more than the maximum, 5"_s;
    QTest::newRow("impact not a number")
        << u"review.contingencies.0.impact"_s << QJsonValue(u"high"_s)
        << u"review.contingencies[0].impact: \"high\" is not of type integer"_s;
    QTest::newRow("fractional level") << u"review.contingencies.0.impact"_s << QJsonValue(2.5)
                                      << u"review.contingencies[0].impact: 2.5 is not of type integer"_s;
    QTest::newRow("unknown answer") << u"review.checklist.1.answer"_s << QJsonValue(u"maybe"_s)
                                    << u"review.checklist[1].answer: \"maybe\" is not one of"_s;
    QTest::newRow("missing title") << u"review.title"_s << QJsonValue(QJsonValue::Undefined)
                                   << u"review.title: is missing"_s;
    QTest::newRow("unknown field") << u"review.colour"_s << QJsonValue(u"blue"_s)
                                   << u"review.colour: is not a field of this format"_s;
    QTest::newRow("bad time") << u"review.updated_at"_s << QJsonValue(u"yesterday"_s)
                              << u"review.updated_at: \"yesterday\" is not a date and time"_s;
    QTest::newRow("bad uuid") << u"review.uuid"_s << QJsonValue(u"not-a-uuid"_s)
                              << u"review.uuid: \"not-a-uuid\" is not in the expected form"_s;
    QTest::newRow("other format") << u"format"_s << QJsonValue(u"something-else"_s)
                                  << u"format: must be \"inflection-review\""_s;
    QTest::newRow("newer version") << u"version"_s << QJsonValue(2) << u"version: must be 1, not 2"_s;
    QTest::newRow("factor's event not a uuid")
        << u"review.contributing_factors.0.events"_s << QJsonValue(QJsonArray {u"event 5"_s})
        << u"review.contributing_factors[0].events[0]: \"event 5\" is not in the expected form"_s;
    QTest::newRow("bad mitigation time")
        << u"review.incident.mitigated_at"_s << QJsonValue(u"soon"_s)
        << u"review.incident.mitigated_at: \"soon\" is not a date and time"_s;
    QTest::newRow("bad role") << u"review.attendees.0.role"_s << QJsonValue(u"boss"_s)
                              << u"review.attendees[0].role: \"boss\" is not one of"_s;
}

static QJsonValue edited(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = step.toInt();
        array[i] = path.isEmpty() ? value : edited(array.at(i), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(step);
        else
            object.insert(step, value);
    } else {
        object.insert(step, edited(object.value(step), path, value));
    }
    return object;
}

void TestInterchange::invalidDocuments()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    // A postmortem's parts changed in the demo postmortem, the rest in the operability review.
    const bool postmortem
        = pointer.startsWith(u"review.incident."_s) || pointer.startsWith(u"review.contributing_factors."_s);
    const QJsonObject document
        = edited(postmortem ? demoPostmortem() : demoOperability(), pointer.split(u'.'), value).toObject();
    QTemporaryDir dir;
    auto fresh = openWorkspace(dir.filePath(u"fresh.inflection"_s));
    QVERIFY(fresh);
    const auto result = ReviewImporter(fresh.get()).importJson(QJsonDocument(document).toJson());
    QCOMPARE(result.error(), ErrorKind::Invalid);
    QVERIFY2(result.message().startsWith(message), qPrintable(result.message()));
    const auto all = ReviewRepository(fresh.get()).all();
    QVERIFY2(all, qPrintable(all.message()));
    QVERIFY(all->isEmpty()); // nothing half-written
}

void TestInterchange::notJson()
{
    QTemporaryDir dir;
    auto fresh = openWorkspace(dir.filePath(u"fresh.inflection"_s));
    QVERIFY(fresh);
    const auto result = ReviewImporter(fresh.get()).importJson("{\"format\": \"inflection-review\", ");
    QCOMPARE(result.error(), ErrorKind::Invalid);
    QVERIFY2(result.message().startsWith(u"not JSON"_s), qPrintable(result.message()));
}

void TestInterchange::refusesWhenWorkspaceIsNewer()
{
    const QJsonObject document = demoOperability();
    const QByteArray json = QJsonDocument(document).toJson();
    QTemporaryDir dir;
    auto target = openWorkspace(dir.filePath(u"target.inflection"_s));
    QVERIFY(target);
    QVERIFY(ReviewImporter(target.get()).importJson(json));
    // Someone edits the published copy afterwards.
    ReviewRepository reviews(target.get());
    const QString uuid = document.value(u"review"_s).toObject().value(u"uuid"_s).toString();
    QTest::qWait(5);
    QVERIFY(
        reviews.updateField(*reviews.find(uuid), ReviewField::Title, u"Edited in the shared workspace"_s));
    const QByteArray before = TestSupport::sha256(dir.filePath(u"target.inflection"_s));
    const auto refused = ReviewImporter(target.get()).importJson(json);
    QCOMPARE(refused.error(), ErrorKind::Newer);
    QVERIFY2(refused.message().contains(u"newer"_s), qPrintable(refused.message()));
    QCOMPARE(reviews.find(uuid)->title, u"Edited in the shared workspace"_s);
    Q_UNUSED(before);
    const auto forced = ReviewImporter(target.get()).importJson(json, true);
    QVERIFY2(forced, qPrintable(forced.message()));
    QVERIFY(!forced->created); // updated
    QCOMPARE(reviews.find(uuid)->title, u"Launch of gift cards in the checkout"_s);
}

void TestInterchange::updateReplacesChildren()
{
    QJsonObject document = demoOperability();
    QTemporaryDir dir;
    auto target = openWorkspace(dir.filePath(u"target.inflection"_s));
    QVERIFY(target);
    QVERIFY(ReviewImporter(target.get()).importJson(QJsonDocument(document).toJson()));
    // A later draft: one contingency fewer, and the first changed.
    QJsonObject review = document.value(u"review"_s).toObject();
    QJsonArray contingencies = review.value(u"contingencies"_s).toArray();
    contingencies.removeLast();
    QJsonObject first = contingencies.at(0).toObject();
    first.insert(u"impact"_s, 1);
    contingencies[0] = first;
    review.insert(u"contingencies"_s, contingencies);
    review.insert(u"updated_at"_s, u"2030-01-01T00:00:00.000Z"_s);
    document.insert(u"review"_s, review);
    const auto updated = ReviewImporter(target.get()).importJson(QJsonDocument(document).toJson());
    QVERIFY2(updated, qPrintable(updated.message()));
    QVERIFY(!updated->created); // updated
    const qint64 id = ReviewRepository(target.get()).find(updated->uuid)->id;
    const auto stored = ContingencyRepository(target.get()).forReview(id);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->size(), 11);
    QCOMPARE(stored->first().impact, 1);
    QCOMPARE(reviewsOf(target.get()).size(), 1);
}

void TestInterchange::commandLineRoundTrip()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.inflection"_s);
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"demo"_s, source}), 0);
    QString out;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"list"_s, source, u"--json"_s}, &out), 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(out.toUtf8()).array()) {
        const QString uuid = v.toObject().value(u"uuid"_s).toString();
        const QString first = dir.filePath(uuid + u"-1.json"_s);
        const QString second = dir.filePath(uuid + u"-2.json"_s);
        QString err;
        QCOMPARE(
            TestSupport::run(TestSupport::appBinary(),
                {u"export"_s, source, uuid.left(8), u"--format"_s, u"json"_s, u"-o"_s, first}, nullptr, &err),
            0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString target = dir.filePath(u"target.inflection"_s);
        QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"import"_s, target, first}, &out, &err), 0);
        QVERIFY(out.contains(u"Added"_s));
        QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export"_s, target, uuid, u"-o"_s, second}), 0);
        QCOMPARE(TestSupport::sha256(second), TestSupport::sha256(first));
    }
}

void TestInterchange::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // WORKSPACE and DIR are replaced
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown review") << QStringList {u"export"_s, u"WORKSPACE"_s, u"ffffffff"_s, u"-o"_s,
        u"DIR/x.json"_s} << u"no review's uuid starts with"_s;
    QTest::newRow("ambiguous prefix")
        << QStringList {u"export"_s, u"WORKSPACE"_s, u""_s, u"-o"_s, u"DIR/x.json"_s} << u"give more of it"_s;
    QTest::newRow("unwritable output") << QStringList {u"export"_s, u"WORKSPACE"_s, u"PREFIX"_s, u"-o"_s,
        u"DIR/no/such/folder/x.json"_s} << u"was not written"_s;
    QTest::newRow("format not written") << QStringList {u"export"_s, u"WORKSPACE"_s, u"PREFIX"_s,
        u"--format"_s, u"docx"_s, u"-o"_s, u"DIR/x.json"_s}
                                        << u"not an export format"_s;
    QTest::newRow("import of a bad file") << QStringList {u"import"_s, u"WORKSPACE"_s, u"DIR/bad.json"_s}
                                          << u"review.contingencies[0].likelihood"_s;
}

void TestInterchange::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"w.inflection"_s);
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"demo"_s, workspace}), 0);
    QString out;
    TestSupport::run(TestSupport::appBinary(), {u"list"_s, workspace}, &out);
    const QString prefix = out.left(8);
    // A file whose first contingency is out of range.
    QJsonObject document = demoOperability();
    QJsonObject review = document.value(u"review"_s).toObject();
    QJsonArray contingencies = review.value(u"contingencies"_s).toArray();
    QJsonObject first = contingencies.at(0).toObject();
    first.insert(u"likelihood"_s, 9);
    contingencies[0] = first;
    review.insert(u"contingencies"_s, contingencies);
    document.insert(u"review"_s, review);
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QJsonDocument(document).toJson());
    bad.close();
    const QByteArray before = TestSupport::sha256(workspace);

    for (QString &arg : arguments) {
        arg.replace(u"WORKSPACE"_s, workspace).replace(u"DIR"_s, dir.path());
        if (arg == u"PREFIX"_s)
            arg = prefix;
    }
    QString err;
    const int status = TestSupport::run(TestSupport::appBinary(), arguments, nullptr, &err);
    QVERIFY(status != 0);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.trimmed().count(u'\n'), 0);
    QVERIFY(!QFile::exists(dir.filePath(u"x.json"_s))); // no partial file
    QCOMPARE(TestSupport::sha256(workspace), before);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
