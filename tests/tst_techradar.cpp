// Known technologies as a tech radar: the radar's CSV and JSON read and written (quoting, commas,
// non-ASCII, Windows line endings, rows that cannot be read), the state of a departure against the radar
// (new, on hold, known; case, spacing, punctuation and aliases aside), and the same state in the store,
// the review list and the printed summary.
#include "architecture/architecturedocument.h"
#include "architecture/departuremodel.h"
#include "domain/techradar.h"
#include "io/demoworkspace.h"
#include "io/techradarfile.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "store/departurerepository.h"
#include "store/knowntechnologyrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

Q_DECLARE_METATYPE(TechnologyState)

namespace {

// A radar as people write one: quoted fields with commas, quotes and line breaks, non-ASCII names,
// Windows line endings, a byte order mark, a column of aliases, aliases in parentheses, and five rows
// that cannot be read.
const char *const radarCsv
    = "\xEF\xBB\xBFname,ring,quadrant,isNew,description,aliases\r\n"
      "PostgreSQL,Adopt,Platforms,FALSE,\"Our database, for everything relational\",Postgres; pg\r\n"
      "\"Kafka\",TRIAL,Platforms,TRUE,\"Streams; say \"\"events\"\", not \"\"messages\"\"\",\r\n"
      "Gearman,hold,Tools,FALSE,\"Replaced by the queue.\r\nNo new workers.\",\r\n"
      "Zürich Weather API,assess,Tools,FALSE,Ünïcödé · привет,\r\n"
      "Kubernetes (k8s),Adopt,Platforms,FALSE,,\r\n"
      "\r\n"
      "Cobol,Later,Languages,FALSE,,\r\n" // line 9: no such ring
      "Perl,Hold,Languages\r\n" // line 10: too few fields
      "postgre sql,Hold,Platforms,FALSE,,\r\n" // line 11: the same as line 2
      "Lisp,Assess,Languages,maybe,,\r\n" // line 12: isNew neither true nor false
      ",Adopt,Tools,FALSE,,\r\n" // line 13: no name
      "Erlang,Trial,Languages,FALSE,\"never closed,\r\n"; // line 14: quote not closed

TechRadarFile::Parsed parse(const QByteArray &bytes, TechRadarFile::Format format)
{
    const Result<TechRadarFile::Parsed> parsed = TechRadarFile::read(bytes, format);
    if (!parsed)
        qWarning("not read: %s", qPrintable(parsed.message()));
    return parsed.valueOr({});
}

QList<qint64> linesOf(const QList<TechRadarFile::Problem> &problems)
{
    QList<qint64> lines;
    for (const TechRadarFile::Problem &p : problems)
        lines.append(p.line);
    return lines;
}

} // namespace

class TestTechRadar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheRadarsCsv();
    void csvRoundTrip();
    void jsonRoundTripAndBadEntries();
    void aliasesInParenthesesOrAColumn();
    void notARadarIsRefused();
    void departureStates_data();
    void departureStates();
    void importMergesAndSaysWhat();
    void storedWithRingAndQuadrant();
    void departuresReviewListAndSummaryShowTheState();
    void commandLineImportAndExport();

private:
    QTemporaryDir m_dir;
};

void TestTechRadar::readsTheRadarsCsv()
{
    const TechRadarFile::Parsed parsed = parse(radarCsv, TechRadarFile::Format::Csv);
    QCOMPARE(parsed.technologies.size(), 5);
    const KnownTechnology &postgres = parsed.technologies.at(0);
    QCOMPARE(postgres.name, u"PostgreSQL"_s);
    QCOMPARE(postgres.ring, RadarRing::Adopt);
    QCOMPARE(postgres.quadrant, u"Platforms"_s);
    QCOMPARE(postgres.description, u"Our database, for everything relational"_s);
    QCOMPARE(postgres.aliases, (QStringList {u"Postgres"_s, u"pg"_s}));
    const KnownTechnology &kafka = parsed.technologies.at(1);
    QCOMPARE(kafka.ring, RadarRing::Trial);
    QVERIFY(kafka.isNew);
    QCOMPARE(kafka.description, u"Streams; say \"events\", not \"messages\""_s);
    QCOMPARE(parsed.technologies.at(2).ring, RadarRing::Hold);
    QCOMPARE(parsed.technologies.at(2).description, u"Replaced by the queue.\r\nNo new workers."_s);
    QCOMPARE(parsed.technologies.at(3).name, u"Zürich Weather API"_s);
    QCOMPARE(parsed.technologies.at(3).description, u"Ünïcödé · привет"_s);
    QCOMPARE(parsed.technologies.at(4).name, u"Kubernetes"_s);
    QCOMPARE(parsed.technologies.at(4).aliases, QStringList {u"k8s"_s});

    // Each bad row by the line it starts on, with its reason; the rest are read.
    QCOMPARE(linesOf(parsed.problems), (QList<qint64> {9, 10, 11, 12, 13, 14}));
    QVERIFY(parsed.problems.at(0).message.contains(u"Later"_s));
    QVERIFY(parsed.problems.at(1).message.contains(u"3 fields"_s));
    QVERIFY2(parsed.problems.at(2).message.contains(u"line 2"_s), qPrintable(parsed.problems.at(2).message));
    QVERIFY(parsed.problems.at(3).message.contains(u"maybe"_s));
    QCOMPARE(TechRadarFile::describe(parsed.problems.at(0)).left(8), u"Line 9: "_s);
}

void TestTechRadar::csvRoundTrip()
{
    const TechRadarFile::Parsed first = parse(radarCsv, TechRadarFile::Format::Csv);
    const QByteArray written = TechRadarFile::write(first.technologies, TechRadarFile::Format::Csv);
    // The radar's own header, then the aliases; RFC 4180's line ends; quoted where a field needs it.
    QVERIFY(written.startsWith("name,ring,quadrant,isNew,description,aliases\r\n"));
    QVERIFY(written.contains("PostgreSQL,Adopt,Platforms,FALSE,\"Our database, for everything relational\","
                             "Postgres; pg\r\n"));
    QVERIFY(written.contains("\"Streams; say \"\"events\"\", not \"\"messages\"\"\""));
    const TechRadarFile::Parsed again = parse(written, TechRadarFile::Format::Csv);
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(again.technologies, first.technologies);

    // Without aliases, the plain five columns that "Build your own radar" reads.
    QList<KnownTechnology> plain = first.technologies;
    for (KnownTechnology &t : plain)
        t.aliases.clear();
    const QByteArray five = TechRadarFile::write(plain, TechRadarFile::Format::Csv);
    QVERIFY(five.startsWith("name,ring,quadrant,isNew,description\r\n"));
    QCOMPARE(parse(five, TechRadarFile::Format::Csv).technologies, plain);

    // Through a file, the format from its name.
    const QString path = m_dir.filePath(u"radar.csv"_s);
    QVERIFY(TechRadarFile::writeFile(path, first.technologies));
    const Result<TechRadarFile::Parsed> read = TechRadarFile::readFile(path);
    QVERIFY2(read, qPrintable(read.message()));
    QCOMPARE(read->technologies, first.technologies);
}

void TestTechRadar::jsonRoundTripAndBadEntries()
{
    const TechRadarFile::Parsed first = parse(radarCsv, TechRadarFile::Format::Csv);
    const QString path = m_dir.filePath(u"radar.json"_s);
    QVERIFY(TechRadarFile::writeFile(path, first.technologies));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.trimmed().startsWith('['));
    QVERIFY(json.contains("\"isNew\": \"TRUE\""));
    QVERIFY(json.contains("\"aliases\": ["));
    const Result<TechRadarFile::Parsed> read = TechRadarFile::readFile(path);
    QVERIFY2(read, qPrintable(read.message()));
    QVERIFY(read->problems.isEmpty());
    QCOMPARE(read->technologies, first.technologies);

    // The radar's JSON as others write it: isNew as a string or a boolean, aliases as one string; bad
    // entries named by the line they start on.
    const QByteArray theirs
        = "[\n"
          "  {\"name\": \"Go\", \"ring\": \"adopt\", \"quadrant\": \"Languages\",\n"
          "   \"isNew\": true, \"description\": \"\"},\n"
          "  {\"name\": \"Redis\", \"ring\": \"Hold\", \"quadrant\": \"Platforms\",\n"
          "   \"isNew\": \"FALSE\", \"description\": \"a, b\", \"aliases\": \"redis-server; KeyDB\"},\n"
          "  {\"name\": \"Perl\", \"ring\": \"someday\"},\n"
          "  42,\n"
          "  {\"name\": \"Élixir\", \"ring\": \"ASSESS\", \"quadrant\": \"Languages\"}\n"
          "]\n";
    const TechRadarFile::Parsed parsed = parse(theirs, TechRadarFile::Format::Json);
    QCOMPARE(parsed.technologies.size(), 3);
    QVERIFY(parsed.technologies.at(0).isNew);
    QCOMPARE(parsed.technologies.at(1).aliases, (QStringList {u"redis-server"_s, u"KeyDB"_s}));
    QCOMPARE(parsed.technologies.at(2).name, u"Élixir"_s);
    QCOMPARE(parsed.technologies.at(2).ring, RadarRing::Assess);
    QCOMPARE(linesOf(parsed.problems), (QList<qint64> {6, 7}));
    QCOMPARE(TechRadarFile::formatOf(u"radar.txt"_s, theirs), TechRadarFile::Format::Json);
    QCOMPARE(TechRadarFile::formatOf(u"radar.txt"_s, "name,ring\r\n"), TechRadarFile::Format::Csv);
}

void TestTechRadar::aliasesInParenthesesOrAColumn()
{
    QCOMPARE(TechRadarFile::splitName(u"PostgreSQL (Postgres)"_s),
        (std::pair {u"PostgreSQL"_s, QStringList {u"Postgres"_s}}));
    QCOMPARE(TechRadarFile::splitName(u"Amazon Web Services (AWS, Amazon Cloud)"_s),
        (std::pair {u"Amazon Web Services"_s, QStringList {u"AWS"_s, u"Amazon Cloud"_s}}));
    QCOMPARE(TechRadarFile::splitName(u" Plain "_s), (std::pair {u"Plain"_s, QStringList {}}));
    QCOMPARE(TechRadarFile::splitName(u"(odd)"_s), (std::pair {u"(odd)"_s, QStringList {}}));
    QCOMPARE(TechRadarFile::splitAliases(u"a; b ;;c"_s), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
}

void TestTechRadar::notARadarIsRefused()
{
    QVERIFY(!TechRadarFile::read("time,actor,text\r\n", TechRadarFile::Format::Csv));
    QVERIFY(!TechRadarFile::read("{\"name\": \"Go\"}", TechRadarFile::Format::Json));
    QVERIFY(!TechRadarFile::read("[{\"name\": ", TechRadarFile::Format::Json));
    QVERIFY(!TechRadarFile::readFile(m_dir.filePath(u"nowhere.csv"_s)));
}

void TestTechRadar::departureStates_data()
{
    QTest::addColumn<QString>("departure");
    QTest::addColumn<TechnologyState>("state");
    QTest::addColumn<QString>("named");
    const auto row
        = [](const char *name, const QString &departure, TechnologyState state, const QString &named) {
              QTest::newRow(name) << departure << state << named;
          };
    row("as the radar writes it", u"PostgreSQL"_s, TechnologyState::Known, u"PostgreSQL"_s);
    row("case and spaces", u"  postgresql "_s, TechnologyState::Known, u"PostgreSQL"_s);
    row("spacing inside", u"Postgre SQL"_s, TechnologyState::Known, u"PostgreSQL"_s);
    row("an alias", u"Postgres"_s, TechnologyState::Known, u"PostgreSQL"_s);
    row("an alias in capitals", u"PG"_s, TechnologyState::Known, u"PostgreSQL"_s);
    row("punctuation", u"node js"_s, TechnologyState::Known, u"Node.js"_s);
    row("punctuation the other way", u"NodeJS"_s, TechnologyState::Known, u"Node.js"_s);
    row("hold", u"gearman"_s, TechnologyState::OnHold, u"Gearman"_s);
    row("hold by alias", u"Job Server"_s, TechnologyState::OnHold, u"Gearman"_s);
    row("C is not C++", u"C"_s, TechnologyState::New, QString());
    row("C++", u"c++"_s, TechnologyState::Known, u"C++"_s);
    row("C#", u"C #"_s, TechnologyState::OnHold, u"C#"_s);
    row("full-width letters", u"Ｇｏ"_s, TechnologyState::Known, u"Go"_s);
    row("not named", u"RabbitMQ"_s, TechnologyState::New, QString());
    row("blank", u"   "_s, TechnologyState::Known, QString());
}

void TestTechRadar::departureStates()
{
    QFETCH(QString, departure);
    QFETCH(TechnologyState, state);
    QFETCH(QString, named);
    KnownTechnology postgres {u"PostgreSQL"_s, u"database"_s, RadarRing::Adopt, u"Platforms"_s, false, {},
        {u"Postgres"_s, u"pg"_s}};
    KnownTechnology node {u"Node.js"_s, u"language"_s, RadarRing::Trial, {}, false, {}, {}};
    KnownTechnology gearman {u"Gearman"_s, u"tool"_s, RadarRing::Hold, {}, false, {}, {u"job server"_s}};
    KnownTechnology cpp {u"C++"_s, u"language"_s, RadarRing::Assess, {}, false, {}, {}};
    KnownTechnology csharp {u"C#"_s, u"language"_s, RadarRing::Hold, {}, false, {}, {}};
    KnownTechnology go {u"Go"_s, u"language"_s, RadarRing::Adopt, {}, false, {}, {}};
    const TechRadar radar({postgres, node, gearman, cpp, csharp, go});
    QCOMPARE(radar.stateOf(departure), state);
    const KnownTechnology *found = radar.find(departure);
    QCOMPARE(found ? found->name : QString(), named);
    // The workspace's settings ask the same radar.
    WorkspaceConfig config;
    config.knownTechnologies = radar;
    QCOMPARE(config.isKnownTechnology(departure), !named.isEmpty());
}

void TestTechRadar::importMergesAndSaysWhat()
{
    KnownTechnology postgres {
        u"PostgreSQL"_s, u"database"_s, RadarRing::Adopt, {}, false, {}, {u"Postgres"_s}};
    KnownTechnology solr {u"Solr"_s, u"tool"_s, RadarRing::Adopt, {}, false, {}, {}};
    // The radar names Postgres by its alias, puts it on hold, and brings Kafka; Solr it does not name.
    KnownTechnology postgresOnHold {u"Postgres"_s, u"tool"_s, RadarRing::Hold, u"Platforms"_s, false, {}, {}};
    KnownTechnology kafka {u"Kafka"_s, u"tool"_s, RadarRing::Trial, u"Platforms"_s, true, {}, {}};
    const TechRadarFile::Merge merge = TechRadarFile::merge({postgres, solr}, {postgresOnHold, kafka, solr});
    QCOMPARE(merge.added, QStringList {u"Kafka"_s});
    QCOMPARE(merge.changed, QStringList {u"Postgres"_s});
    QCOMPARE(merge.technologies.size(), 3);
    const TechRadar radar(merge.technologies);
    // Under the radar's word for it, and still under the name it had.
    QCOMPARE(radar.find(u"postgres"_s)->name, u"Postgres"_s);
    QCOMPARE(radar.stateOf(u"postgres"_s), TechnologyState::OnHold);
    QCOMPARE(radar.stateOf(u"PostgreSQL"_s), TechnologyState::OnHold);
    QCOMPARE(radar.find(u"postgres"_s)->kind, u"database"_s); // the kind is kept
    QCOMPARE(radar.stateOf(u"Solr"_s), TechnologyState::Known);
    // The same file again changes nothing.
    const TechRadarFile::Merge again
        = TechRadarFile::merge(merge.technologies, {postgresOnHold, kafka, solr});
    QVERIFY(again.added.isEmpty());
    QVERIFY(again.changed.isEmpty());
}

void TestTechRadar::storedWithRingAndQuadrant()
{
    const QString path = m_dir.filePath(u"stored.inflection"_s);
    {
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        // Added the way "Mark as Known Technology" adds one: in the ring Adopt.
        QVERIFY(KnownTechnologyRepository(ws->get()).add(u"tool"_s, u"Solr"_s));
        WorkspaceSettings settings(ws->get());
        Result<WorkspaceConfig> config = settings.read();
        QVERIFY(config);
        QCOMPARE(config->knownTechnologies.technologies().size(), 1);
        QCOMPARE(config->knownTechnologies.technologies().first().ring, RadarRing::Adopt);
        QList<KnownTechnology> wanted = parse(radarCsv, TechRadarFile::Format::Csv).technologies;
        wanted.append(config->knownTechnologies.technologies().first());
        std::sort(wanted.begin(), wanted.end(), [](const KnownTechnology &a, const KnownTechnology &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        config->knownTechnologies = TechRadar(wanted);
        const Result<> written = settings.write(*config);
        QVERIFY2(written, qPrintable(written.message()));
        QCOMPARE(settings.read()->knownTechnologies, TechRadar(wanted));

        // A change of ring, quadrant and aliases is stored; a technology left out is removed.
        wanted.removeIf([](const KnownTechnology &t) { return t.name == u"Solr"_s; });
        wanted[0].ring = RadarRing::Hold;
        wanted[0].quadrant = u"Tools"_s;
        wanted[0].aliases = QStringList {u"Job Server"_s};
        config->knownTechnologies = TechRadar(wanted);
        QVERIFY(settings.write(*config));
    }
    // Read again from the file by someone else.
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    QVERIFY2(ws, qPrintable(ws.message()));
    const Result<TechRadar> radar = KnownTechnologyRepository(ws->get()).radar();
    QVERIFY(radar);
    QCOMPARE(radar->technologies().size(), 5);
    QVERIFY(!radar->names(u"Solr"_s));
    QCOMPARE(radar->technologies().first().name, u"Gearman"_s);
    QCOMPARE(radar->technologies().first().quadrant, u"Tools"_s);
    QCOMPARE(radar->stateOf(u"job server"_s), TechnologyState::OnHold);
    QCOMPARE(radar->stateOf(u"postgres"_s), TechnologyState::Known);

    // Two rows naming one technology are refused, and nothing is written.
    WorkspaceConfig twice = *WorkspaceSettings(ws->get()).read();
    QList<KnownTechnology> doubled = twice.knownTechnologies.technologies();
    doubled.append({u"Postgres"_s, u"tool"_s, RadarRing::Hold, {}, false, {}, {}});
    twice.knownTechnologies = TechRadar(doubled);
    const Result<> refused = WorkspaceSettings(ws->get()).write(twice);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(u"PostgreSQL"_s), qPrintable(refused.message()));
    QCOMPARE(KnownTechnologyRepository(ws->get()).radar()->technologies().size(), 5);
}

void TestTechRadar::departuresReviewListAndSummaryShowTheState()
{
    const QString path = m_dir.filePath(u"demo.inflection"_s);
    QString architecture;
    {
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        QVERIFY(DemoWorkspace::populate(ws->get()));
        // The demo's radar has Gearman on hold and Memcached also written "memcache".
        const Result<QList<Review>> reviews = ReviewRepository(ws->get()).all();
        QVERIFY(reviews);
        qint64 reviewId = 0;
        for (const Review &r : *reviews) {
            if (r.kind == ReviewKind::Architecture && architecture.isEmpty()) {
                architecture = r.uuid;
                reviewId = r.id;
            }
        }
        QVERIFY(reviewId != 0);
        DepartureRepository departures(ws->get());
        for (const char *name : {"GEARMAN ", "Memcache"}) {
            Departure d;
            d.reviewId = reviewId;
            d.position = u"z"_s + QString::fromLatin1(name).trimmed();
            d.name = QString::fromLatin1(name);
            QVERIFY(departures.insert(d));
        }
    }
    auto opened = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<WorkspaceSession> session = std::move(opened).value();
    QVERIFY(session->reviews()->reload());
    auto document = session->openDocument(architecture);
    QVERIFY2(document, qPrintable(document.message()));
    auto *open = qobject_cast<ArchitectureDocument *>(*document);
    QVERIFY(open);
    DepartureModel *model = open->departures();
    QHash<QString, QString> radarColumn;
    for (int row = 0; row < model->rowCount(); ++row)
        radarColumn.insert(model->recordAt(row).name.trimmed(),
            model->index(row, DepartureModel::RadarColumn).data().toString());
    QCOMPARE(radarColumn.value(u"RabbitMQ"_s), u"new"_s);
    QCOMPARE(radarColumn.value(u"GEARMAN"_s), u"on hold"_s);
    QCOMPARE(radarColumn.value(u"Memcache"_s), u"Adopt"_s);
    QCOMPARE(radarColumn.value(u"Solr"_s), u"Adopt"_s);
    QCOMPARE(model->newTechnologyCount(), 1);
    QCOMPARE(model->onHoldCount(), 1);

    // The review list marks the review with both.
    ReviewListModel *reviews = session->reviews();
    const QModelIndex title = reviews->index(reviews->rowOfUuid(architecture), ReviewListModel::TitleColumn);
    QCOMPARE(title.data(ReviewListModel::NewTechnologyRole).toInt(), 1);
    QCOMPARE(title.data(ReviewListModel::OnHoldTechnologyRole).toInt(), 1);
    QVERIFY2(title.data().toString().contains(u"technology on hold"_s), qPrintable(title.data().toString()));

    // The printed summary says it beside each departure.
    const Result<Report> report = ReviewReport::build(session->workspace(), architecture);
    QVERIFY2(report, qPrintable(report.message()));
    const QString markdown = m_dir.filePath(u"summary.md"_s);
    QVERIFY(ReportPrinter::writeMarkdown(*report, markdown));
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"| Radar |"_s), qPrintable(text));
    QVERIFY(text.contains(u"RabbitMQ | new technology"_s));
    QVERIFY(text.contains(QRegularExpression(u"GEARMAN +\\| on hold \\|"_s)));
    QVERIFY(text.contains(u"Solr | Adopt"_s));
    const QString pdf = m_dir.filePath(u"summary.pdf"_s);
    QVERIFY(ReportPrinter::writePdf(*report, pdf));
    QVERIFY(TestSupport::pdfPages(pdf) >= 1);
    if (const QString keep = qEnvironmentVariable("INFLECTION_KEEP_REPORT"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(u"radar-summary.pdf"_s));

    // The radar changed: the departure follows at once.
    WorkspaceConfig config = *session->config();
    QList<KnownTechnology> known = config.knownTechnologies.technologies();
    known.append({u"Rabbit MQ"_s, u"tool"_s, RadarRing::Hold, {}, false, {}, {}});
    config.knownTechnologies = TechRadar(known);
    QVERIFY(session->setConfig(config));
    QCOMPARE(model->newTechnologyCount(), 0);
    QCOMPARE(model->onHoldCount(), 2);
    QCOMPARE(title.data(ReviewListModel::OnHoldTechnologyRole).toInt(), 2);
}

// inflection radar WORKSPACE import|export FILE: the same import, one step, from the command line.
void TestTechRadar::commandLineImportAndExport()
{
    const QString workspace = m_dir.filePath(u"cli.inflection"_s);
    TestSupport::makeWorkspace(workspace, 1);
    const QString radar = m_dir.filePath(u"cli-radar.csv"_s);
    {
        QFile file(radar);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(radarCsv);
    }
    QString out;
    QString err;
    QCOMPARE(
        TestSupport::run(TestSupport::appBinary(), {u"radar"_s, workspace, u"import"_s, radar}, &out, &err),
        1); // rows were left out: the exit status says so
    QVERIFY2(out.contains(u"Known technologies added: 5"_s), qPrintable(out));
    QCOMPARE(out.count(u"added: "_s), 6); // each technology, and the count
    QVERIFY2(err.contains(u"Line 9: "_s) && err.contains(u"Line 14: "_s), qPrintable(err));
    const QString json = m_dir.filePath(u"cli-radar.json"_s);
    QCOMPARE(
        TestSupport::run(TestSupport::appBinary(), {u"radar"_s, workspace, u"export"_s, json}, &out, &err),
        0);
    const Result<TechRadarFile::Parsed> exported = TechRadarFile::readFile(json);
    QVERIFY2(exported, qPrintable(exported.message()));
    QCOMPARE(exported->technologies.size(), 5);
    // Again: nothing to add or change.
    QCOMPARE(
        TestSupport::run(TestSupport::appBinary(), {u"radar"_s, workspace, u"import"_s, json}, &out, &err),
        0);
    QVERIFY2(
        out.contains(u"Known technologies added: 0"_s) && out.contains(u"changed: 0"_s), qPrintable(out));
    QCOMPARE(
        TestSupport::run(TestSupport::appBinary(), {u"radar"_s, workspace, u"merge"_s, json}, &out, &err), 2);
}

QTEST_MAIN(TestTechRadar)
#include "tst_techradar.moc"
