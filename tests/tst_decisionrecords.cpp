// Architecture decision records in and out: the fixtures of each dialect (MADR 2, 3 and 4, log4brains,
// Nygard and adr-tools with chains of "Superseded by" and amendments, no status, unusual headings,
// non-ASCII titles, Windows line endings, files that cannot be read) read as the reviews they describe;
// export then import gives back every decision; export-adr run twice writes nothing the second time and
// after one review's edit only that review's file (and the index); File ▸ Import ▸ Decision Records…
// and File ▸ Export ▸ Decision Record… driven through the window.
#include "decisionrecordimportdialog.h"
#include "domain/recorduuid.h"
#include "io/decisionrecordcollection.h"
#include "io/decisionrecordimporter.h"
#include "io/decisionrecordparser.h"
#include "io/decisionrecordwriter.h"
#include "mainwindow.h"
#include "reviewpage.h"
#include "store/reviewrepository.h"
#include "store/reviewtreestore.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;
using TestSupport::whileModal;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(INFLECTION_TEST_DATA) + u"/decisionrecords/"_s + name;
}

QHash<QString, Review> byTitle(Workspace *workspace)
{
    QHash<QString, Review> reviews;
    for (const Review &r : ReviewRepository(workspace).all().valueOr({}))
        reviews.insert(r.title, r);
    return reviews;
}

struct Snapshot
{
    QByteArray bytes;
    QDateTime modified;
};

QHash<QString, Snapshot> snapshot(const QString &dir)
{
    QHash<QString, Snapshot> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            files.insert(info.fileName(), {f.readAll(), info.lastModified()});
    }
    return files;
}

// Copies the records of a fixture folder into to (made when missing).
bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(info.filePath(), QDir(to).filePath(info.fileName())))
            return false;
    }
    return true;
}

// A repository's root as git leaves it: .git/config with the origin's URL.
bool makeRepository(const QString &root, const QString &origin)
{
    if (!QDir().mkpath(root + u"/.git"_s))
        return false;
    QFile config(root + u"/.git/config"_s);
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[core]\n\tbare = false\n[remote \"origin\"]\n\turl = " + origin.toUtf8()
        + "\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
    return true;
}

} // namespace

class TestDecisionRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readsEachDialect_data();
    void readsEachDialect();
    void quirksOfRealCollections();
    void consequencesNameWhatADepartureProhibits();
    void unreadableFilesAreNamedAndTheRestImported();
    void supersedeChainsAndAmendments();
    void importingAgainUpdates();
    void roundTripKeepsEveryDecision_data();
    void roundTripKeepsEveryDecision();
    void exportAdrTwiceChangesNothing();
    void windowImportsAndExports();
    void exportAdrUpdatesTheImportedFolderInPlace();
    void aCloneElsewhereFindsTheSameReviews();
    void exportAdrLeavesAnIndexItDidNotWrite();
    void importedRecordsExportOnceAndRoundTrip_data();
    void returnInTheImportDialogPreviews();
    void supersedeLinksAreFollowedInTheWindow();
    void formatOptionNamesOnlyAFileThatShowsNone();
    void importedRecordsExportOnceAndRoundTrip();

private:
    std::unique_ptr<Workspace> open(const QString &name);
    ReviewTree architecture(const QString &title, ProposalDecision decision) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDecisionRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDecisionRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDecisionRecords::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Workspace> TestDecisionRecords::open(const QString &name)
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_dir->filePath(name));
    if (!opened)
        qWarning("%s", qPrintable(opened.message()));
    return opened ? std::move(*opened) : nullptr;
}

ReviewTree TestDecisionRecords::architecture(const QString &title, ProposalDecision decision) const
{
    const QDateTime made = QDateTime(QDate(2025, 5, 6), QTime(9, 30), QTimeZone::utc());
    ReviewTree tree;
    tree.review.uuid = newRecordUuid();
    tree.review.kind = ReviewKind::Architecture;
    tree.review.title = title;
    tree.review.status
        = decision == ProposalDecision::Pending ? ReviewStatus::Circulated : ReviewStatus::Decided;
    tree.review.meetingAt = QDateTime(QDate(2025, 6, 2), QTime(0, 0), QTimeZone::utc());
    tree.review.createdAt = made;
    tree.review.updatedAt = made;
    tree.review.updatedBy = u"Ana Lima"_s;
    Proposal p;
    p.body = u"# Goals\n\nCheckout answers within 200 ms.\n\n# Design\n\nA cache in front of prices; see "
             "![the diagram](./diagram.png) and [the notes](../notes.md).\n\n```sh\n# not a heading\n```\n\n"
             "# Alternatives considered\n\n* No cache\n* A CDN"_s;
    p.decision = decision;
    p.decisionNotes = u"Because the load test **passed**."_s;
    p.createdAt = p.updatedAt = made;
    tree.proposal = p;
    const struct
    {
        const char *name, *role;
        bool present;
    } people[] = {{"Ana Lima", "presenter", true}, {"Bo Chen", "stakeholder", true},
        {"Carla Díaz", "operations", true}, {"Dmitri Orlov", "qa", false}};
    const QStringList positions = {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    for (int i = 0; i < 4; ++i) {
        Attendee a;
        a.name = QString::fromUtf8(people[i].name);
        a.role = QString::fromLatin1(people[i].role);
        a.present = people[i].present;
        a.position = positions.at(i);
        a.createdAt = a.updatedAt = made;
        tree.attendees.append(a);
    }
    return tree;
}

void TestDecisionRecords::readsEachDialect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("decision");
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("people");
    QTest::addColumn<QString>("supersededBy");

    QTest::newRow("MADR 4 with front matter")
        << u"madr/0001-use-markdown-architectural-decision-records.md"_s
        << u"Use Markdown Architectural Decision Records"_s << u"MADR 4"_s << int(ProposalDecision::Proceed)
        << int(ReviewStatus::Decided) << QDate(2024, 3, 5) << 4 << QString();
    QTest::newRow("MADR 3 superseded")
        << u"madr/0002-use-postgresql.md"_s << u"Use PostgreSQL for orders"_s << u"MADR 3"_s
        << int(ProposalDecision::Proceed) << int(ReviewStatus::Superseded) << QDate(2024, 4, 10) << 1
        << u"0003-use-cockroachdb.md"_s;
    QTest::newRow("MADR 2 status list item, Windows line endings")
        << u"madr/0003-use-cockroachdb.md"_s << u"Use CockroachDB for orders"_s << u"MADR 2"_s
        << int(ProposalDecision::Proceed) << int(ReviewStatus::Decided) << QDate(2024, 9, 1) << 3
        << QString();
    QTest::newRow("log4brains") << u"madr/0004-use-a-message-broker.md"_s
                                << u"Use a message broker between services"_s << u"log4brains"_s
                                << int(ProposalDecision::Rethink) << int(ReviewStatus::Decided)
                                << QDate(2020, 10, 14) << 1 << QString();
    QTest::newRow("no status, non-ASCII title")
        << u"madr/0005-выбор-очереди-сообщений.md"_s << u"Выбор очереди сообщений для уведомлений"_s
        << u"MADR"_s << int(ProposalDecision::Pending) << int(ReviewStatus::Draft) << QDate() << 0
        << QString();
    QTest::newRow("unusual headings")
        << u"madr/0006-unusual-headings.md"_s << u"Split the monolith's search"_s << u"Nygard"_s
        << int(ProposalDecision::MoreInfo) << int(ReviewStatus::Decided) << QDate() << 0 << QString();
    QTest::newRow("adr-tools superseded")
        << u"nygard/0002-use-rest-between-services.md"_s << u"Use REST between services"_s << u"Nygard"_s
        << int(ProposalDecision::Proceed) << int(ReviewStatus::Superseded) << QDate(2023, 2, 1) << 0
        << u"0003-use-grpc-between-services.md"_s;
    QTest::newRow("adr-tools proposed amendment")
        << u"nygard/0005-keep-records-in-english.md"_s << u"Keep records in English"_s << u"Nygard"_s
        << int(ProposalDecision::Pending) << int(ReviewStatus::Circulated) << QDate(2024, 3, 1) << 0
        << QString();
}

void TestDecisionRecords::readsEachDialect()
{
    QFETCH(QString, file);
    const Result<DecisionRecord> record
        = DecisionRecordParser::parseFile(fixture(file), DecisionRecordFormat::Auto);
    QVERIFY2(record, qPrintable(record.message()));
    QTEST(record->title, "title");
    QTEST(record->dialect, "dialect");
    QTEST(int(record->decision), "decision");
    QTEST(int(record->status), "status");
    QTEST(record->date, "date");
    QTEST(int(record->people.size()), "people");
    QTEST(record->supersededBy, "supersededBy");
    QVERIFY(!record->body.isEmpty());
    QVERIFY2(!record->body.contains(u'\r'), "line endings are the file's concern, not the text's");
    // The outcome, not the decision drivers before it.
    if (record->dialect.startsWith(u"MADR "_s))
        QVERIFY2(record->decisionNotes.startsWith(u"Chosen option"_s), qPrintable(record->decisionNotes));
}

// What public collections write that the fixtures did not: each as a collection has it, and what it
// becomes.
void TestDecisionRecords::quirksOfRealCollections()
{
    const QString folder = m_dir->filePath(u"quirks"_s);
    QVERIFY(QDir().mkpath(folder));
    const auto put = [&folder](const QString &name, const QByteArray &text) {
        QFile file(folder + u'/' + name);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    // A status in underscores (18F), and "Implemented in […]".
    QVERIFY(
        put(u"0007-diagrams.md"_s, "# ADR 7: Diagrams\n\n__Status__: accepted\n\n## Context\n\nPictures.\n"));
    QVERIFY(put(u"0011-logging.md"_s,
        "# 11. Logging\n\n**Status**: Implemented in [#120](https://example.com/120)\n\n## "
        "Context\n\nLogs.\n"));
    // Deprecated (and misspelt), a month for a date (Ensembl).
    QVERIFY(put(u"0004-blast.md"_s,
        "# 4. Use BLAST\n\nDate: 2018-11\n\n## Status\n\nDeprecated\n\n## Context\n\nSearch.\n"));
    QVERIFY(put(u"0014-breakpoints.md"_s,
        "# 14. Breakpoints\n\nDate: 2018-11-05\n\n## Status\n\nDepreciated.\n\n## Context\n\nOld.\n"));
    // A record about templates is a record; templates are not (JabRef, 18F).
    QVERIFY(put(u"0039-template-engine.md"_s,
        "# Template engine\n\n* Status: accepted\n\n## Context and Problem Statement\n\nHTML.\n"));
    QVERIFY(put(u"0000-template.md"_s, "# [short title]\n\n* Status: [proposed]\n"));
    QVERIFY(put(u"adr-template.md"_s, "# {short title}\n\n## Status\n\n{proposed}\n"));
    // log4brains' tags; MADR 2's technical story; a status no word of which is known.
    QVERIFY(put(u"0020-serverless.md"_s,
        "# Use serverless\n\n- Status: accepted\n- Tags: serverless, frameworks\n\n## Context and Problem "
        "Statement\n\nCost.\n"));
    QVERIFY(put(u"0013-biblatex.md"_s,
        "# Support biblatex-software\n\n* Status: accepted\n\nTechnical Story: "
        "[6574](https://example.com/6574)"
        "\n\n## Context and Problem Statement\n\nSoftware.\n"));
    QVERIFY(put(u"0021-parked.md"_s, "# 21. Parked idea\n\n## Status\n\nParked\n\n## Context\n\nLater.\n"));

    auto workspace = open(u"quirks.inflection"_s);
    DecisionRecordImporter importer(workspace.get());
    const Result<DecisionRecordImporter::Plan> plan = importer.plan(folder);
    QVERIFY2(plan, qPrintable(plan.message()));
    QCOMPARE(plan->failures.size(), 0);
    QHash<QString, DecisionRecord> byTitle;
    for (const DecisionRecordImporter::Item &item : plan->items)
        byTitle.insert(item.record.title, item.record);
    QCOMPARE(byTitle.size(), 8); // the two templates left out
    QVERIFY(byTitle.contains(u"Template engine"_s));
    QCOMPARE(byTitle.value(u"Diagrams"_s).decision, ProposalDecision::Proceed);
    QCOMPARE(byTitle.value(u"Diagrams"_s).status, ReviewStatus::Decided);
    QCOMPARE(byTitle.value(u"Logging"_s).decision, ProposalDecision::Proceed);
    QCOMPARE(byTitle.value(u"Use BLAST"_s).status, ReviewStatus::Closed);
    QCOMPARE(byTitle.value(u"Use BLAST"_s).date, QDate(2018, 11, 1));
    QCOMPARE(byTitle.value(u"Breakpoints"_s).status, ReviewStatus::Closed);
    QCOMPARE(byTitle.value(u"Use serverless"_s).tags, (QStringList {u"serverless"_s, u"frameworks"_s}));
    QVERIFY(byTitle.value(u"Support biblatex-software"_s).body.startsWith(u"Technical Story: [6574]"_s));
    QVERIFY2(byTitle.value(u"Parked idea"_s).body.contains(u"Parked"_s),
        qPrintable(byTitle.value(u"Parked idea"_s).body));

    // Stored: the tags on the review; a deprecated record goes out as deprecated again.
    QVERIFY(importer.apply(*plan));
    QString blast;
    for (const DecisionRecordImporter::Item &item : plan->items) {
        if (item.record.title == u"Use serverless"_s)
            QCOMPARE(ReviewRepository(workspace.get()).find(item.uuid)->tags, u"serverless, frameworks"_s);
        if (item.record.title == u"Use BLAST"_s)
            blast = item.uuid;
    }
    const Result<ReviewTree> tree = ReviewTreeStore(workspace.get()).read(blast);
    QVERIFY(tree);
    QCOMPARE(DecisionRecordWriter::statusOf(*tree), u"deprecated"_s);

    // One record imported alone, its successor beside it but not imported: named by its file, not "".
    QVERIFY(put(u"0030-use-ftp.md"_s,
        "# 30. Use FTP\n\n## Status\n\nAccepted\n\nSuperseded by [31. Use SFTP](0031-use-sftp.md)\n"));
    QVERIFY(put(u"0031-use-sftp.md"_s, "# 31. Use SFTP\n\n## Status\n\nAccepted\n"));
    const Result<DecisionRecordImporter::Plan> alone = importer.plan(folder + u"/0030-use-ftp.md"_s);
    QVERIFY(alone);
    QCOMPARE(alone->items.size(), 1);
    QVERIFY(!alone->items.first().supersededBy.isEmpty());
    QCOMPARE(alone->items.first().supersededByTitle, u"0031-use-sftp.md"_s);
}

// A departure's costs, trade-offs and what it prohibits later are the decision's consequences, in
// both formats.
void TestDecisionRecords::consequencesNameWhatADepartureProhibits()
{
    ReviewTree tree = architecture(u"Move search indexing to a queue"_s, ProposalDecision::Proceed);
    Departure queue;
    queue.name = u"RabbitMQ"_s;
    queue.costs = u"A three-node cluster."_s;
    queue.tradeoffs = u"Freshness against one more system."_s;
    queue.prohibits = u"Moving to a hosted queue later means rewriting the workers."_s;
    tree.departures.append(queue);
    for (const DecisionRecordFormat format : {DecisionRecordFormat::Madr, DecisionRecordFormat::Nygard}) {
        const QString text = DecisionRecordWriter::write(tree, format);
        QVERIFY2(text.contains(u"* RabbitMQ: A three-node cluster. Trade-offs: Freshness against one more "
                               u"system. It prohibits later: Moving to a hosted queue later means rewriting "
                               u"the workers."_s),
            qPrintable(text));
    }
}

void TestDecisionRecords::unreadableFilesAreNamedAndTheRestImported()
{
    auto workspace = open(u"madr.inflection"_s);
    QVERIFY(workspace);
    DecisionRecordImporter importer(workspace.get());
    const Result<DecisionRecordImporter::Plan> plan = importer.plan(fixture(u"madr"_s));
    QVERIFY2(plan, qPrintable(plan.message()));
    // README and the template are no records.
    QCOMPARE(plan->items.size(), 6);
    QCOMPARE(plan->failures.size(), 2);
    QCOMPARE(QFileInfo(plan->failures.at(0).path).fileName(), u"0007-latin1.md"_s);
    QCOMPARE(plan->failures.at(0).reason, u"not UTF-8 text"_s);
    QCOMPARE(QFileInfo(plan->failures.at(1).path).fileName(), u"0008-empty.md"_s);
    const Result<DecisionRecordImporter::Summary> done = importer.apply(*plan);
    QVERIFY2(done, qPrintable(done.message()));
    QCOMPARE(done->added, 6);
    const QHash<QString, Review> reviews = byTitle(workspace.get());
    QCOMPARE(reviews.size(), 6);
    QCOMPARE(reviews.value(u"Use PostgreSQL for orders"_s).supersededBy,
        reviews.value(u"Use CockroachDB for orders"_s).uuid);
    QCOMPARE(reviews.value(u"Use PostgreSQL for orders"_s).status, ReviewStatus::Superseded);
    // Pictures and relative links stay links in the proposal; people are attendees.
    const Result<ReviewTree> postgres
        = ReviewTreeStore(workspace.get()).read(reviews.value(u"Use PostgreSQL for orders"_s).uuid);
    QVERIFY(postgres && postgres->proposal);
    QVERIFY(postgres->proposal->body.contains(u"![Schema](./assets/orders-schema.png)"_s));
    QVERIFY(postgres->proposal->body.contains(u"[the runbook](../runbooks/postgres.md)"_s));
    const Result<ReviewTree> first
        = ReviewTreeStore(workspace.get())
              .read(reviews.value(u"Use Markdown Architectural Decision Records"_s).uuid);
    QVERIFY(first);
    QCOMPARE(first->attendees.size(), 4);
    QCOMPARE(first->attendees.at(0).name, u"Ana Lima"_s);
    QCOMPARE(first->attendees.at(0).role, u"stakeholder"_s);
    QCOMPARE(first->attendees.at(3).name, u"Support"_s);
    QVERIFY(!first->attendees.at(3).present);
    QCOMPARE(first->review.meetingAt.date(), QDate(2024, 3, 5));
}

void TestDecisionRecords::supersedeChainsAndAmendments()
{
    auto workspace = open(u"nygard.inflection"_s);
    QVERIFY(workspace);
    DecisionRecordImporter importer(workspace.get());
    const Result<DecisionRecordImporter::Plan> plan
        = importer.plan(fixture(u"nygard"_s), DecisionRecordFormat::Nygard);
    QVERIFY2(plan, qPrintable(plan.message()));
    QCOMPARE(plan->items.size(), 5);
    QVERIFY(plan->failures.isEmpty());
    QCOMPARE(plan->supersedeLinks(), 2);
    QCOMPARE(plan->unresolvedLinks, 0);
    const DecisionRecord &amending = plan->items.at(4).record;
    QCOMPARE(amending.amends, QStringList {u"0001-record-architecture-decisions.md"_s});
    QCOMPARE(plan->items.at(0).record.amendedBy, QStringList {u"0005-keep-records-in-english.md"_s});
    QVERIFY(importer.apply(*plan));
    const QHash<QString, Review> reviews = byTitle(workspace.get());
    const Review rest = reviews.value(u"Use REST between services"_s);
    const Review grpc = reviews.value(u"Use gRPC between services"_s);
    const Review bus = reviews.value(u"Use an event bus between services"_s);
    QCOMPARE(rest.supersededBy, grpc.uuid);
    QCOMPARE(grpc.supersededBy, bus.uuid);
    QVERIFY(bus.supersededBy.isEmpty());
    QCOMPARE(bus.status, ReviewStatus::Decided);
    // The amendment's links stay in the text.
    const Result<ReviewTree> first
        = ReviewTreeStore(workspace.get()).read(reviews.value(u"Record architecture decisions"_s).uuid);
    QVERIFY(first && first->proposal);
    QVERIFY(first->proposal->body.contains(u"Amended by [5. Keep records in English]"_s));

    // "Supersedes" alone links the older record too.
    QTemporaryDir only;
    QVERIFY(QFile::copy(fixture(u"nygard/0003-use-grpc-between-services.md"_s),
        only.filePath(u"0003-use-grpc-between-services.md"_s)));
    QFile older(only.filePath(u"0002-use-rest-between-services.md"_s));
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write("# 2. Use REST between services\n\n## Status\n\nAccepted\n");
    older.close();
    auto other = open(u"supersedes.inflection"_s);
    const Result<DecisionRecordImporter::Plan> second = DecisionRecordImporter(other.get()).plan(only.path());
    QVERIFY(second);
    QCOMPARE(second->items.at(0).supersededBy, second->items.at(1).uuid);
}

void TestDecisionRecords::importingAgainUpdates()
{
    auto workspace = open(u"again.inflection"_s);
    QVERIFY(workspace);
    DecisionRecordImporter importer(workspace.get());
    const Result<DecisionRecordImporter::Plan> first = importer.plan(fixture(u"nygard"_s));
    QVERIFY(first && importer.apply(*first));
    const Result<DecisionRecordImporter::Plan> again = importer.plan(fixture(u"nygard"_s));
    QVERIFY(again);
    QCOMPARE(again->additions(), 0);
    // Nothing changed in the files: unchanged, not "to update".
    QCOMPARE(again->updates(), 0);
    QCOMPARE(again->unchanged(), 5);
    const Result<DecisionRecordImporter::Summary> done = importer.apply(*again);
    QVERIFY(done);
    QCOMPARE(done->updated, 0);
    QCOMPARE(done->unchanged, 5);
    QCOMPARE(ReviewRepository(workspace.get()).all().valueOr({}).size(), 5);
}

void TestDecisionRecords::roundTripKeepsEveryDecision_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("decision");
    QTest::addColumn<bool>("superseded");
    for (const DecisionRecordFormat format : {DecisionRecordFormat::Madr, DecisionRecordFormat::Nygard}) {
        const QByteArray f = decisionRecordFormats().key(format).toLatin1();
        for (const ProposalDecision decision : proposalDecisions().values())
            QTest::addRow("%s %s", f.constData(), qPrintable(proposalDecisions().key(decision)))
                << int(format) << int(decision) << false;
        QTest::addRow("%s superseded", f.constData())
            << int(format) << int(ProposalDecision::Proceed) << true;
    }
}

void TestDecisionRecords::roundTripKeepsEveryDecision()
{
    QFETCH(int, format);
    QFETCH(int, decision);
    QFETCH(bool, superseded);
    auto source = open(u"source.inflection"_s);
    QVERIFY(source);
    ReviewTree tree = architecture(u"Cache prices — «at the edge»"_s, ProposalDecision(decision));
    ReviewTree successor = architecture(u"Drop the price cache"_s, ProposalDecision::Proceed);
    successor.review.createdAt = successor.review.createdAt.addDays(1);
    if (superseded) {
        tree.review.supersededBy = successor.review.uuid;
        tree.review.status = ReviewStatus::Superseded;
    }
    QVERIFY(ReviewTreeStore(source.get()).write(tree, true));
    QVERIFY(ReviewTreeStore(source.get()).write(successor, true));

    const QString dir = m_dir->filePath(u"records"_s);
    const Result<DecisionRecordCollection::Summary> exported
        = DecisionRecordCollection::exportAll(source.get(), dir, DecisionRecordFormat(format));
    QVERIFY2(exported, qPrintable(exported.message()));
    QCOMPARE(exported->records, 2);

    auto target = open(u"target.inflection"_s);
    DecisionRecordImporter importer(target.get());
    const Result<DecisionRecordImporter::Plan> plan = importer.plan(dir);
    QVERIFY2(plan, qPrintable(plan.message()));
    QVERIFY(plan->failures.isEmpty());
    QVERIFY(importer.apply(*plan));
    const Result<ReviewTree> back = ReviewTreeStore(target.get()).read(tree.review.uuid);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->review.title, tree.review.title);
    QCOMPARE(back->review.status, tree.review.status);
    QCOMPARE(back->review.supersededBy, tree.review.supersededBy);
    QCOMPARE(back->review.meetingAt, tree.review.meetingAt);
    QVERIFY(back->proposal);
    QCOMPARE(back->proposal->decision, tree.proposal->decision);
    QCOMPARE(back->proposal->body, tree.proposal->body);
    QCOMPARE(back->proposal->decisionNotes, tree.proposal->decisionNotes);
    QCOMPARE(back->attendees.size(), tree.attendees.size());
    for (int i = 0; i < tree.attendees.size(); ++i) {
        QCOMPARE(back->attendees.at(i).name, tree.attendees.at(i).name);
        QCOMPARE(back->attendees.at(i).role, tree.attendees.at(i).role);
        QCOMPARE(back->attendees.at(i).present, tree.attendees.at(i).present);
    }
    // Exported again from the copy: the same files.
    const QHash<QString, Snapshot> before = snapshot(dir);
    const Result<DecisionRecordCollection::Summary> again
        = DecisionRecordCollection::exportAll(target.get(), dir, DecisionRecordFormat(format));
    QVERIFY(again);
    QCOMPARE(again->written, QStringList());
    QCOMPARE(snapshot(dir).keys().size(), before.size());
}

void TestDecisionRecords::exportAdrTwiceChangesNothing()
{
    const QString path = m_dir->filePath(u"demo.inflection"_s);
    QString out, err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"demo"_s, path}, &out, &err), 0);
    const QString dir = m_dir->filePath(u"adr"_s);
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export-adr"_s, path, dir}, &out, &err), 0);
    const QHash<QString, Snapshot> first = snapshot(dir);
    QVERIFY(first.size() > 3);
    QVERIFY(first.contains(u"README.md"_s));
    QVERIFY(first.contains(u"0001-split-payments-into-a-service-of-its-own.md"_s));
    QThread::msleep(1100); // a file written again would have a later time

    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export-adr"_s, path, dir}, &out, &err), 0);
    QVERIFY2(out.contains(u"\n0 file"_s) || out.contains(u", 0 file"_s), qPrintable(out));
    const QHash<QString, Snapshot> second = snapshot(dir);
    QCOMPARE(second.keys().size(), first.size());
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        QCOMPARE(second.value(it.key()).bytes, it->bytes);
        QCOMPARE(second.value(it.key()).modified, it->modified);
    }

    // One review's edit: only its file, and the index that lists its title.
    {
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        ReviewRepository reviews(workspace->get());
        const QList<Review> all = reviews.all().valueOr({});
        const auto payments = std::find_if(all.begin(), all.end(),
            [](const Review &r) { return r.title == u"Split payments into a service of its own"_s; });
        QVERIFY(payments != all.end());
        QVERIFY(reviews.updateField(*payments, ReviewField::Title, u"Split payments into a Go service"_s));
    }
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export-adr"_s, path, dir}, &out, &err), 0);
    const QHash<QString, Snapshot> third = snapshot(dir);
    QStringList changed;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (third.value(it.key()).bytes != it->bytes || third.value(it.key()).modified != it->modified)
            changed.append(it.key());
    }
    changed.sort();
    QCOMPARE(changed, (QStringList {u"0001-split-payments-into-a-service-of-its-own.md"_s, u"README.md"_s}));
    QCOMPARE(third.size(), first.size()); // the number and the file name stay
    QVERIFY(third.value(u"0001-split-payments-into-a-service-of-its-own.md"_s)
                .bytes.contains("# Split payments into a Go service"));
}

void TestDecisionRecords::windowImportsAndExports()
{
    const QString path = TestSupport::makeWorkspace(m_dir->filePath(u"window.inflection"_s), 0);
    MainWindow window;
    const Result<> opened = window.openWorkspace(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.importDecisionRecordsAction()->isEnabled());

    // File ▸ Import ▸ Decision Records…: the folder typed in, the preview read, Import clicked.
    int rows = -1;
    QString summary;
    whileModal([&rows, &summary](QWidget *modal) {
        auto *dialog = qobject_cast<DecisionRecordImportDialog *>(modal);
        if (!dialog)
            return false;
        QTest::keyClicks(dialog->pathEdit(), QDir::toNativeSeparators(fixture(u"madr"_s)));
        QTest::keyClick(dialog->pathEdit(), Qt::Key_Tab); // leaves the field: the preview
        rows = dialog->previewTree()->topLevelItemCount();
        summary = dialog->summaryLabel()->text();
        dialog->grab().save(QDir::temp().filePath(u"inflection-decision-record-import.png"_s));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        return true;
    });
    QSignalSpy imported(&window, &MainWindow::decisionRecordsImported);
    window.importDecisionRecordsAction()->trigger();
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toInt(), 6);
    QCOMPARE(rows, 8); // six records and two files that cannot be read
    QVERIFY2(summary.contains(u"6 review"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 file"_s), qPrintable(summary));
    QCOMPARE(window.session()->reviews()->rowCount(), 6);

    // File ▸ Export ▸ Decision Record… of the open review, Nygard's chosen in the dialog's type list.
    const Review *postgres = nullptr;
    for (int row = 0; row < window.session()->reviews()->rowCount(); ++row) {
        const Review *r = &window.session()->reviews()->reviewAt(row);
        if (r->title == u"Use PostgreSQL for orders"_s)
            postgres = r;
    }
    QVERIFY(postgres);
    const QString uuid = postgres->uuid;
    QVERIFY(window.openReview(uuid));
    QVERIFY(window.exportDecisionRecordAction()->isEnabled());
    const QString record = m_dir->filePath(u"0002-use-postgresql.md"_s);
    whileModal([&record](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        auto *types = dialog ? dialog->findChild<QComboBox *>(u"fileTypeCombo"_s) : nullptr;
        if (!name || !types)
            return false;
        types->setCurrentIndex(1);
        name->setText(record);
        QTest::keyClick(name, Qt::Key_Return);
        return true;
    });
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportDecisionRecordAction()->trigger();
    if (finished.isEmpty())
        QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile written(record);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    // Numbered as the file name chosen is.
    QVERIFY2(text.startsWith(u"# 2. Use PostgreSQL for orders\n\nDate: 2024-04-10\n"_s), qPrintable(text));
    QVERIFY(text.contains(
        u"## Status\n\nAccepted\n\nSuperseded by [Use CockroachDB for orders](use-cockroachdb-for-orders.md)"_s));
    QCOMPARE(DecisionRecordWriter::recordedUuid(text), uuid);

    // The next export suggests the folder of the last one.
    QString suggested;
    whileModal([&suggested](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        suggested = dialog->directory().absolutePath();
        dialog->reject();
        return true;
    });
    window.exportDecisionRecordAction()->trigger();
    QCOMPARE(suggested, QFileInfo(record).absolutePath());
}

void TestDecisionRecords::exportAdrUpdatesTheImportedFolderInPlace()
{
    // adr-tools' folder imported, then exported back into it: the same files, updated in place.
    const QString dir = m_dir->filePath(u"project/doc/adr"_s);
    QVERIFY(copyFolder(fixture(u"nygard"_s), dir));
    const QStringList before = QDir(dir).entryList(QDir::Files, QDir::Name);
    auto workspace = open(u"inplace.inflection"_s);
    QVERIFY(workspace);
    DecisionRecordImporter importer(workspace.get());
    const Result<DecisionRecordImporter::Plan> plan = importer.plan(dir);
    QVERIFY(plan && importer.apply(*plan));
    QCOMPARE(plan->additions(), 5);
    workspace.reset();

    const QString path = m_dir->filePath(u"inplace.inflection"_s);
    QString out, err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export-adr"_s, path, dir}, &out, &err), 0);
    QCOMPARE(QDir(dir).entryList(QDir::Files, QDir::Name), QStringList(before) << u"README.md"_s);
    workspace = open(u"inplace.inflection"_s);
    for (const DecisionRecordImporter::Item &item : plan->items) {
        QFile f(item.record.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // Its review's uuid recorded, and adr-tools' format kept: "# N. Title", "## Status".
        QCOMPARE(DecisionRecordWriter::recordedUuid(text), item.uuid);
        QVERIFY2(text.startsWith(u"# %1. "_s.arg(item.record.number)), qPrintable(text));
        QVERIFY2(text.contains(u"\n## Status\n"_s), qPrintable(text));
    }
    QFile rest(QDir(dir).filePath(u"0002-use-rest-between-services.md"_s));
    QVERIFY(rest.open(QIODevice::ReadOnly));
    QVERIFY(rest.readAll().contains(
        "Superseded by [3. Use gRPC between services](0003-use-grpc-between-services.md)"));

    // Imported again: every review updated, none added.
    const Result<DecisionRecordImporter::Plan> again = DecisionRecordImporter(workspace.get()).plan(dir);
    QVERIFY(again);
    QCOMPARE(again->additions(), 0);
    QCOMPARE(again->updates() + again->unchanged(), 5);
    QCOMPARE(ReviewRepository(workspace.get()).all().valueOr({}).size(), 5);
}

void TestDecisionRecords::aCloneElsewhereFindsTheSameReviews()
{
    // The same repository cloned twice (by SSH and by HTTPS), and another repository with the same files.
    const QString mine = m_dir->filePath(u"home/ana/src/shop"_s);
    const QString theirs = m_dir->filePath(u"work/bo/checkouts/shop"_s);
    const QString other = m_dir->filePath(u"home/ana/src/billing"_s);
    QVERIFY(makeRepository(mine, u"git@github.com:Example/shop.git"_s));
    QVERIFY(makeRepository(theirs, u"https://github.com/Example/shop"_s));
    QVERIFY(makeRepository(other, u"git@github.com:Example/billing.git"_s));
    for (const QString &root : {mine, theirs, other})
        QVERIFY(copyFolder(fixture(u"nygard"_s), root + u"/doc/adr"_s));
    auto workspace = open(u"clones.inflection"_s);
    DecisionRecordImporter importer(workspace.get());
    const Result<DecisionRecordImporter::Plan> first = importer.plan(mine + u"/doc/adr"_s);
    QVERIFY(first && importer.apply(*first));

    const Result<DecisionRecordImporter::Plan> clone = importer.plan(theirs + u"/doc/adr"_s);
    QVERIFY(clone);
    QCOMPARE(clone->additions(), 0);
    QCOMPARE(clone->unchanged(), 5);
    // One file imported on its own is the same record as well.
    const Result<DecisionRecordImporter::Plan> one
        = importer.plan(theirs + u"/doc/adr/0001-record-architecture-decisions.md"_s);
    QVERIFY(one);
    QCOMPARE(one->items.at(0).uuid, first->items.at(0).uuid);
    const Result<DecisionRecordImporter::Plan> billing = importer.plan(other + u"/doc/adr"_s);
    QVERIFY(billing);
    QCOMPARE(billing->additions(), 5);

    // Outside a repository: by the folder imported, where it lies, and the path within it. Two folders
    // with the same file names stay apart (collections imported into one workspace took each other's
    // reviews when only the path within the folder counted); the same folder again is the same.
    const QString copyA = m_dir->filePath(u"a/records"_s);
    const QString copyB = m_dir->filePath(u"b/elsewhere/records"_s);
    QVERIFY(copyFolder(fixture(u"nygard"_s), copyA));
    QVERIFY(copyFolder(fixture(u"nygard"_s), copyB));
    const Result<DecisionRecordImporter::Plan> a = importer.plan(copyA);
    QVERIFY(a && importer.apply(*a));
    const Result<DecisionRecordImporter::Plan> again = importer.plan(copyA);
    QVERIFY(again);
    QCOMPARE(again->additions(), 0);
    QCOMPARE(again->unchanged(), 5);
    const Result<DecisionRecordImporter::Plan> b = importer.plan(copyB);
    QVERIFY(b);
    QCOMPARE(b->additions(), 5);
    QVERIFY(a->items.at(2).uuid != b->items.at(2).uuid);
    QVERIFY(a->items.at(2).uuid != first->items.at(2).uuid);
}

void TestDecisionRecords::exportAdrLeavesAnIndexItDidNotWrite()
{
    const QString path = m_dir->filePath(u"index.inflection"_s);
    QString out, err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"demo"_s, path}, &out, &err), 0);

    // The team's own README: left byte for byte, and said so.
    const QString theirs = m_dir->filePath(u"theirs"_s);
    QVERIFY(QDir().mkpath(theirs));
    const QByteArray readme = "# Our decisions\n\nWe write one record per decision.\n";
    {
        QFile f(QDir(theirs).filePath(u"README.md"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readme);
    }
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export-adr"_s, path, theirs}, &out, &err), 0);
    QFile kept(QDir(theirs).filePath(u"README.md"_s));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), readme);
    QVERIFY2(err.contains(u"README.md"_s) && err.contains(u"not written by Inflection"_s), qPrintable(err));
    QVERIFY(!out.contains(u"README.md"_s));

    // A folder with records of its own: the index Inflection writes lists them too, and is rewritten.
    const QString shared = m_dir->filePath(u"shared"_s);
    QVERIFY(copyFolder(fixture(u"nygard"_s), shared));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export-adr"_s, path, shared}, &out, &err), 0);
    QFile index(QDir(shared).filePath(u"README.md"_s));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(index.readAll());
    QVERIFY2(text.contains(u"(0001-record-architecture-decisions.md)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"(0006-split-payments-into-a-service-of-its-own.md)"_s), qPrintable(text));
    QVERIFY(text.contains(u"<!-- inflection-index -->"_s));
    index.close();
    QVERIFY(QFile::remove(QDir(shared).filePath(u"0005-keep-records-in-english.md"_s)));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"export-adr"_s, path, shared}, &out, &err), 0);
    QVERIFY2(out.contains(u"README.md"_s), qPrintable(out));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains("0005-keep-records-in-english.md"));
}

void TestDecisionRecords::importedRecordsExportOnceAndRoundTrip_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addRow("madr") << u"madr"_s;
    QTest::addRow("nygard") << u"nygard"_s;
}

void TestDecisionRecords::importedRecordsExportOnceAndRoundTrip()
{
    // Each fixture folder imported and exported back into itself; then imported and exported again:
    // the same files. No record's text is written twice, and no stale status survives.
    QFETCH(QString, folder);
    const QString dir = m_dir->filePath(u"records"_s);
    QVERIFY(copyFolder(fixture(folder), dir));
    auto workspace = open(u"roundtrip.inflection"_s);
    DecisionRecordImporter importer(workspace.get());
    const Result<DecisionRecordImporter::Plan> plan = importer.plan(dir);
    QVERIFY(plan && importer.apply(*plan));
    const Result<DecisionRecordCollection::Summary> first
        = DecisionRecordCollection::exportAll(workspace.get(), dir, DecisionRecordFormat::Madr);
    QVERIFY2(first, qPrintable(first.message()));
    const QHash<QString, Snapshot> exported = snapshot(dir);
    for (const DecisionRecordImporter::Item &item : plan->items) {
        const QString text = QString::fromUtf8(exported.value(QFileInfo(item.record.path).fileName()).bytes);
        QVERIFY2(!text.contains(u"## Proposal"_s), qPrintable(text));
        QVERIFY2(text.count(u"## Status"_s) <= 1, qPrintable(text));
        QVERIFY2(text.count(u"Superseded by"_s, Qt::CaseInsensitive) <= 1, qPrintable(text));
        QVERIFY2(text.count(u"Context"_s) <= 1, qPrintable(text));
        if (item.record.date.isValid())
            QVERIFY2(text.contains(item.record.date.toString(Qt::ISODate)), qPrintable(text));
        else
            QVERIFY2(!text.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(text));
    }

    const Result<DecisionRecordImporter::Plan> again = importer.plan(dir);
    QVERIFY(again);
    QCOMPARE(again->additions(), 0);
    QVERIFY(importer.apply(*again));
    const Result<DecisionRecordCollection::Summary> second
        = DecisionRecordCollection::exportAll(workspace.get(), dir, DecisionRecordFormat::Madr);
    QVERIFY(second);
    QVERIFY2(second->written.isEmpty(), qPrintable(second->written.join(u", "_s)));
    const QHash<QString, Snapshot> after = snapshot(dir);
    for (auto it = exported.cbegin(); it != exported.cend(); ++it)
        QCOMPARE(QString::fromUtf8(after.value(it.key()).bytes), QString::fromUtf8(it->bytes));
    QCOMPARE(after.size(), exported.size());
}

void TestDecisionRecords::returnInTheImportDialogPreviews()
{
    const QString path = TestSupport::makeWorkspace(m_dir->filePath(u"return.inflection"_s), 0);
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The folder typed into Records: and Return pressed (twice): the preview, no import.
    bool openAfterReturn = false;
    int rows = -1;
    QString format, action;
    whileModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DecisionRecordImportDialog *>(modal);
        if (!dialog)
            return false;
        dialog->pathEdit()->setFocus();
        QTest::keyClicks(dialog->pathEdit(), QDir::toNativeSeparators(fixture(u"nygard"_s)));
        QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
        QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
        openAfterReturn = dialog->isVisible() && dialog->result() == 0;
        rows = dialog->previewTree()->topLevelItemCount();
        format = dialog->previewTree()->topLevelItem(0)->text(2);
        action = dialog->previewTree()->topLevelItem(0)->text(0);
        // Then the Import button, reached with the keyboard, imports what was shown.
        dialog->importButton()->setFocus();
        QTest::keyClick(dialog->importButton(), Qt::Key_Return);
        return true;
    });
    QSignalSpy imported(&window, &MainWindow::decisionRecordsImported);
    window.importDecisionRecordsAction()->trigger();
    QVERIFY(openAfterReturn);
    QCOMPARE(rows, 5);
    QCOMPARE(format, u"Nygard"_s);
    QCOMPARE(action, u"Add"_s);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toInt(), 5);

    // The same folder again: nothing changed, and the preview says so.
    QString summary;
    whileModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DecisionRecordImportDialog *>(modal);
        if (!dialog)
            return false;
        QTest::keyClicks(dialog->pathEdit(), QDir::toNativeSeparators(fixture(u"nygard"_s)));
        QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
        action = dialog->previewTree()->topLevelItem(0)->text(0);
        summary = dialog->summaryLabel()->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
        return true;
    });
    window.importDecisionRecordsAction()->trigger();
    QCOMPARE(action, u"Unchanged"_s);
    QVERIFY2(summary.contains(u"5 unchanged"_s) && summary.contains(u"0 to update"_s), qPrintable(summary));
    QCOMPARE(imported.size(), 1);
}

void TestDecisionRecords::supersedeLinksAreFollowedInTheWindow()
{
    const QString path = TestSupport::makeWorkspace(m_dir->filePath(u"links.inflection"_s), 0);
    QHash<QString, QString> uuidOf;
    {
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        DecisionRecordImporter importer(workspace->get());
        const Result<DecisionRecordImporter::Plan> plan = importer.plan(fixture(u"nygard"_s));
        QVERIFY(plan && importer.apply(*plan));
        for (const DecisionRecordImporter::Item &item : plan->items)
            uuidOf.insert(item.record.title, item.uuid);
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReviewPage *rest = window.openReview(uuidOf.value(u"Use REST between services"_s));
    QVERIFY(rest);
    QVERIFY(rest->openSuccessorButton()->isEnabled());
    // Beside Superseded by: Open, reached and pressed with the keyboard.
    rest->openSuccessorButton()->setFocus();
    QTest::keyClick(rest->openSuccessorButton(), Qt::Key_Space);
    ReviewPage *grpc = window.page(uuidOf.value(u"Use gRPC between services"_s));
    QVERIFY(grpc);
    QCOMPARE(window.tabs()->currentWidget(), grpc);
    // The successor shows what it supersedes, as a link back.
    QVERIFY(!grpc->supersedesLabel()->isHidden());
    QVERIFY2(grpc->supersedesLabel()->text().contains(u"Use REST between services"_s),
        qPrintable(grpc->supersedesLabel()->text()));
    Q_EMIT grpc->supersedesLabel()->linkActivated(uuidOf.value(u"Use REST between services"_s));
    QCOMPARE(window.tabs()->currentWidget(), rest);
    // The first record supersedes nothing: no such line.
    ReviewPage *first = window.openReview(uuidOf.value(u"Record architecture decisions"_s));
    QVERIFY(first && first->supersedesLabel()->isHidden());
    QVERIFY(!first->openSuccessorButton()->isEnabled());
}

void TestDecisionRecords::formatOptionNamesOnlyAFileThatShowsNone()
{
    // As the help says: a MADR 2 record is read as one whatever --format says; a file that shows no
    // dialect is named as --format says.
    const QString plainRecord = m_dir->filePath(u"0001-plain.md"_s);
    {
        QFile f(plainRecord);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Plain record\n\n## Context\n\nNo status anywhere.\n");
    }
    const QString path = TestSupport::makeWorkspace(m_dir->filePath(u"format.inflection"_s), 0);
    QString out, err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"import-adr"_s, u"--dry-run"_s, u"--format"_s, u"nygard"_s, path,
                     fixture(u"madr/0004-use-a-message-broker.md"_s)},
                 &out, &err),
        0);
    const QString madr2 = DecisionRecordParser::parseFile(
        fixture(u"madr/0004-use-a-message-broker.md"_s), DecisionRecordFormat::Auto)
                              .valueOr({})
                              .dialect;
    QVERIFY(!madr2.isEmpty() && !madr2.startsWith(u"Nygard"_s));
    QVERIFY2(out.contains(u'\t' + madr2 + u'\t'), qPrintable(out));
    for (const auto &[format, dialect] : {std::pair {u"nygard"_s, u"Nygard"_s}, {u"madr"_s, u"MADR"_s}}) {
        QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                     {u"import-adr"_s, u"--dry-run"_s, u"--format"_s, format, path, plainRecord}, &out, &err),
            0);
        QVERIFY2(out.contains(u'\t' + dialect + u'\t'), qPrintable(out));
    }
}

QTEST_MAIN(TestDecisionRecords)
#include "tst_decisionrecords.moc"
