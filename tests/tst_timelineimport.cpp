// Timeline imports: CSV, Slack exports and IRC logs read from the files under data/timeline, the
// time window, de-duplication and placement in a real workspace, `inflection import-timeline`, and
// randomised input that no parser may crash on.
#include "domain/fractionalkey.h"
#include "io/csvtimelineparser.h"
#include "io/irctimelineparser.h"
#include "io/slacktimelineparser.h"
#include "io/timelineimporter.h"
#include "io/ziparchive.h"
#include "postmortem/importpreviewmodel.h"
#include "store/incidentrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

Q_DECLARE_METATYPE(Inflection::TimelineKind)

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(INFLECTION_TEST_DATA) + u"/timeline/"_s + name;
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

// data/timeline/slack-export as Slack gives it, zipped: users.json, channels.json and a folder of
// day files per channel (incident-payments, ops), under prefix in the zip.
QString makeExportZip(const QString &path, const QString &prefix = QString())
{
    if (!TestSupport::writeZip(path, TestSupport::filesIn(dataPath(u"slack-export"_s), prefix)))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// What an import stores of an event, and what places it.
QStringList stored(const ParsedTimeline &parsed)
{
    QStringList rows;
    for (qsizetype i = 0; i < parsed.events.size(); ++i) {
        const TimelineEvent &e = parsed.events.at(i);
        rows.append(e.occurredAt.toString(Qt::ISODateWithMs) + u'|' + e.actor + u'|'
            + timelineKinds().key(e.kind) + u'|' + e.text + u'|' + e.source + u'|'
            + parsed.orderTimes.value(i).toString(Qt::ISODateWithMs));
    }
    return rows;
}

} // namespace

class TestTimelineImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void reads_data();
    void reads();
    void csvFields();
    void csvTimes_data();
    void csvTimes();
    void ircFields();
    void ircTimesInTheZone();
    void ircDatesOutOfRange();
    void ircWithoutChannelOrDate();
    void slackEntities_data();
    void slackEntities();
    void slackNames();
    void slackExport_data();
    void slackExport();
    void slackThreadsStayWithTheirParent();
    void slackMessageInBlocksOnly();
    void slackEmojiByName();
    void slackAlertingIntegrations_data();
    void slackAlertingIntegrations();
    void slackZipReadsAsTheFolder_data();
    void slackZipReadsAsTheFolder();
    void slackZipChannels();
    void badZips_data();
    void badZips();
    void zipGuards();
    void commandLineZip();
    void ircAcrossMidnightAndDays_data();
    void ircAcrossMidnightAndDays();
    void ircNickChangeKeepsOnePerson_data();
    void ircNickChangeKeepsOnePerson();
    void ircDateInFileName_data();
    void ircDateInFileName();
    void windowDuplicatesAndPlaces();
    void importIsOneTransaction();
    void progressAndCancel();
    void commandLine();
    void commandLineErrors_data();
    void commandLineErrors();
    void randomInputNeverCrashes();
    void previewModel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_reviewId = 0;
    QString m_reviewUuid;
};

void TestTimelineImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->filePath(u"ws.inflection"_s));
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    const Result<> zoneSet = WorkspaceSettings(m_workspace.get()).setTimeZone(QTimeZone::utc());
    QVERIFY2(zoneSet, qPrintable(zoneSet.message()));
    const auto review
        = ReviewRepository(m_workspace.get()).create(ReviewKind::Postmortem, u"Checkout outage"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_reviewId = review->id;
    m_reviewUuid = review->uuid;
    IncidentRepository incidents(m_workspace.get());
    const auto blank = incidents.ofReview(m_reviewId);
    QVERIFY2(blank, qPrintable(blank.message()));
    const auto started
        = incidents.updateField(*blank, IncidentField::StartedAt, utc(u"2026-03-03T14:00:00Z"_s));
    QVERIFY2(started, qPrintable(started.message()));
    const auto resolved
        = incidents.updateField(*started, IncidentField::ResolvedAt, utc(u"2026-03-03T15:30:00Z"_s));
    QVERIFY2(resolved, qPrintable(resolved.message()));
}

void TestTimelineImport::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestTimelineImport::reads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("unreadableAt");
    QTest::addColumn<bool>("wrongFormat");

    QTest::newRow("csv") << u"good.csv"_s << u"csv"_s << 6 << 0 << QStringList() << false;
    QTest::newRow("csv, CRLF and a byte-order mark")
        << u"crlf.csv"_s << u"csv"_s << 2 << 0 << QStringList() << false;
    QTest::newRow("csv, malformed lines")
        << u"malformed.csv"_s << u"csv"_s << 2 << 0 << QStringList {u"4"_s, u"5"_s, u"7"_s, u"8"_s} << false;
    QTest::newRow("csv without the columns")
        << u"wrongheader.csv"_s << u"csv"_s << 0 << 0 << QStringList() << true;
    QTest::newRow("irc log read as csv") << u"irssi.log"_s << u"csv"_s << 0 << 0 << QStringList() << true;
    QTest::newRow("irssi") << u"irssi.log"_s << u"irc"_s << 6 << 3 << QStringList {u"8"_s, u"10"_s} << false;
    QTest::newRow("weechat") << u"weechat.log"_s << u"irc"_s << 5 << 3 << QStringList {u"7"_s} << false;
    QTest::newRow("csv read as irc") << u"good.csv"_s << u"irc"_s << 0 << 0 << QStringList() << true;
    QTest::newRow("slack channel folder")
        << u"slack/incident-checkout"_s << u"slack"_s << 6 << 3
        << QStringList {u"2026-03-03.json:7"_s, u"2026-03-03.json:8"_s} << false;
    QTest::newRow("slack day file") << u"slack/incident-checkout/2026-03-04.json"_s << u"slack"_s << 1 << 0
                                    << QStringList() << false;
    QTest::newRow("json that is not slack")
        << u"notslack.json"_s << u"slack"_s << 0 << 0 << QStringList() << true;
    QTest::newRow("folder without day files") << u"slack"_s << u"slack"_s << 0 << 0 << QStringList() << true;
    QTest::newRow("csv read as slack") << u"good.csv"_s << u"slack"_s << 0 << 0 << QStringList() << true;
    QTest::newRow("missing file") << u"nothing-here.log"_s << u"irc"_s << 0 << 0 << QStringList() << true;
}

void TestTimelineImport::reads()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, events);
    QFETCH(int, skipped);
    QFETCH(QStringList, unreadableAt);
    QFETCH(bool, wrongFormat);
    const ParsedTimeline parsed
        = TimelineImporter::read(dataPath(file), *timelineImportFormatFromKey(format), QTimeZone::utc());
    if (wrongFormat) {
        QVERIFY(!parsed.error.isEmpty());
        QVERIFY(parsed.events.isEmpty());
        return;
    }
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.events.size(), events);
    QCOMPARE(parsed.skipped, skipped);
    QCOMPARE(parsed.unreadable, unreadableAt.size());
    QCOMPARE(parsed.unreadableAt, unreadableAt);
    for (const TimelineEvent &e : parsed.events) {
        QVERIFY(e.occurredAt.isValid());
        QCOMPARE(e.occurredAt.timeSpec(), Qt::UTC);
        QVERIFY(!e.text.isEmpty());
        QVERIFY(!e.actor.isEmpty());
        QVERIFY(!e.source.isEmpty());
        QVERIFY(timelineKinds().values().contains(e.kind));
    }
}

void TestTimelineImport::csvFields()
{
    const ParsedTimeline parsed
        = TimelineImporter::read(dataPath(u"good.csv"_s), TimelineImportFormat::Csv, QTimeZone::utc());
    QCOMPARE(parsed.events.size(), 6);
    const TimelineEvent &first = parsed.events.at(0);
    QCOMPARE(first.actor, u"PagerDuty"_s);
    QCOMPARE(first.kind, TimelineKind::Alert);
    QCOMPARE(first.source, u"pager"_s);
    QCOMPARE(first.text, u"Checkout error rate above 5% for 3 minutes"_s);
    QCOMPARE(parsed.events.at(1).source, u"CSV good.csv"_s); // an empty source column: the file
    QCOMPARE(parsed.events.at(3).occurredAt, utc(u"2026-03-03T14:12:00Z"_s)); // +01:00
    QCOMPARE(parsed.events.at(4).text, u"Status page updated: \"Checkout is recovering\""_s);

    const ParsedTimeline multiline
        = TimelineImporter::read(dataPath(u"malformed.csv"_s), TimelineImportFormat::Csv, QTimeZone::utc());
    QCOMPARE(multiline.events.first().text, u"Quoted text, with a comma\nand a second line"_s);
    QCOMPARE(multiline.events.first().kind, TimelineKind::Observation);
}

void TestTimelineImport::csvTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // UTC; empty: not a time
    QTest::newRow("ISO, Z") << u"2026-03-03T14:02:00Z"_s << u"2026-03-03T14:02:00Z"_s;
    QTest::newRow("ISO, offset") << u"2026-03-03T14:02:00-05:00"_s << u"2026-03-03T19:02:00Z"_s;
    QTest::newRow("ISO, compact offset") << u"2026-03-03T14:02+0130"_s << u"2026-03-03T12:32:00Z"_s;
    QTest::newRow("ISO, milliseconds") << u"2026-03-03T14:02:03.250Z"_s << u"2026-03-03T14:02:03.250Z"_s;
    QTest::newRow("ISO, local: the zone (Berlin, winter)")
        << u"2026-03-03T14:02"_s << u"2026-03-03T13:02:00Z"_s;
    QTest::newRow("space, local (Berlin, summer)") << u"2026-07-03 14:02:05"_s << u"2026-07-03T12:02:05Z"_s;
    QTest::newRow("not a date") << u"03/03/2026 14:02"_s << QString();
    QTest::newRow("no such day") << u"2026-02-30 14:02"_s << QString();
    QTest::newRow("no such hour") << u"2026-03-03 25:02"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTimelineImport::csvTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime time = CsvTimelineParser::parseTime(text, QTimeZone("Europe/Berlin"));
    if (expected.isEmpty()) {
        QVERIFY(!time.isValid());
        return;
    }
    QCOMPARE(time, QDateTime::fromString(expected, Qt::ISODateWithMs));
}

void TestTimelineImport::ircFields()
{
    const ParsedTimeline irssi
        = TimelineImporter::read(dataPath(u"irssi.log"_s), TimelineImportFormat::Irc, QTimeZone::utc());
    QCOMPARE(irssi.events.at(0).actor, u"alice"_s); // "@alice": the mode prefix goes
    QCOMPARE(irssi.events.at(0).occurredAt, utc(u"2026-03-03T14:01:00Z"_s));
    QCOMPARE(irssi.events.at(1).actor, u"bob"_s); // "< bob>": padding goes
    QCOMPARE(irssi.events.at(2).actor, u"alice"_s); // an action reads with its actor
    QCOMPARE(irssi.events.at(2).text, u"alice is paging the on-call for payments"_s);
    QCOMPARE(irssi.events.at(3).actor, u"carol"_s);
    QCOMPARE(irssi.events.last().occurredAt, utc(u"2026-03-04T00:10:00Z"_s)); // after "Day changed"
    QCOMPARE(irssi.events.first().kind, TimelineKind::Communication);
    // The join line names the channel.
    QCOMPARE(irssi.events.first().source, u"IRC #ops (irssi.log)"_s);

    const ParsedTimeline weechat
        = TimelineImporter::read(dataPath(u"weechat.log"_s), TimelineImportFormat::Irc, QTimeZone::utc());
    QCOMPARE(weechat.events.at(0).actor, u"alice"_s);
    QCOMPARE(weechat.events.at(0).occurredAt, utc(u"2026-03-03T14:01:05Z"_s));
    QCOMPARE(weechat.events.at(2).actor, u"alice"_s);
    QCOMPARE(weechat.events.at(2).text, u"alice is paging the on-call for payments"_s);
    QCOMPARE(weechat.events.at(3).actor, u"carol"_s);
    QCOMPARE(weechat.events.first().source, u"IRC #ops (weechat.log)"_s);
}

void TestTimelineImport::ircWithoutChannelOrDate()
{
    // No line names a channel: the file's name alone. No line and no file name gives the date: the
    // messages cannot be placed, and say why.
    const QByteArray log = "14:01 <lin> checkout errors are up\n14:02  * lin raises max_connections\n";
    const ParsedTimeline parsed = IrcTimelineParser::parse(log, QTimeZone::utc(), u"IRC ops.log"_s);
    QVERIFY(parsed.events.isEmpty());
    QCOMPARE(parsed.unreadable, 2);
    QCOMPARE(parsed.undated, 2);
    QVERIFY(parsed.channel.isEmpty());
    const ParsedTimeline dated
        = IrcTimelineParser::parse(log, QTimeZone::utc(), u"IRC ops.log"_s, {}, QDate(2026, 3, 3));
    QCOMPARE(dated.events.size(), 2);
    QCOMPARE(dated.undated, 0);
    QCOMPARE(dated.events.at(1).text, u"lin raises max_connections"_s);
    QCOMPARE(dated.events.at(1).actor, u"lin"_s);
    QCOMPARE(dated.events.at(1).source, u"IRC ops.log"_s);
}

void TestTimelineImport::ircTimesInTheZone()
{
    // New York changes to summer time on 2026-03-08 at 02:00: the offset is looked up for each hour.
    const QByteArray log = "--- Log opened Sun Mar 08 00:30:00 2026\n01:30 <a> before\n03:30 <a> after\n";
    const ParsedTimeline parsed = IrcTimelineParser::parse(log, QTimeZone("America/New_York"), u"IRC"_s);
    QCOMPARE(parsed.events.size(), 2);
    QCOMPARE(parsed.events.at(0).occurredAt, utc(u"2026-03-08T06:30:00Z"_s)); // UTC-5
    QCOMPARE(parsed.events.at(1).occurredAt, utc(u"2026-03-08T07:30:00Z"_s)); // UTC-4
}

void TestTimelineImport::ircDatesOutOfRange()
{
    // Found by the fuzzer: a huge year overflowed the time arithmetic. It is not a date.
    const QByteArray log = "--- Day changed Wed Mar 04 2000000000\n10:00 <a> too far\n"
                           "--- Day changed Wed Mar 04 2026\n10:00 <a> fine\n";
    const ParsedTimeline parsed = IrcTimelineParser::parse(log, QTimeZone::utc(), u"IRC"_s);
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().text, u"fine"_s);
    QCOMPARE(parsed.unreadableAt, (QStringList {u"1"_s, u"2"_s}));
}

void TestTimelineImport::slackEntities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("escapes") << u"a &lt;b&gt; &amp;amp; c"_s << u"a <b> &amp; c"_s;
    QTest::newRow("mention, known") << u"<@U02BOB> look"_s << u"@Bob Ortiz look"_s;
    QTest::newRow("mention, unknown with label") << u"<@U99|zed> look"_s << u"@zed look"_s;
    QTest::newRow("mention, unknown") << u"<@U99> look"_s << u"@U99 look"_s;
    QTest::newRow("link with label") << u"see <https://x.example/a?b=1&amp;c=2|the graph>"_s
                                     << u"see the graph (https://x.example/a?b=1&c=2)"_s;
    QTest::newRow("bare link") << u"<https://x.example>"_s << u"https://x.example"_s;
    QTest::newRow("mail") << u"<mailto:ops@x.example|ops@x.example>"_s << u"ops@x.example"_s;
    QTest::newRow("channel") << u"in <#C1|ops>"_s << u"in #ops"_s;
    QTest::newRow("special") << u"<!here> <!channel>"_s << u"@here @channel"_s;
    QTest::newRow("user group") << u"<!subteam^S1|@oncall> ping"_s << u"@oncall ping"_s;
    QTest::newRow("unclosed") << u"a < b and <@U02BOB"_s << u"a < b and <@U02BOB"_s;
}

void TestTimelineImport::slackEntities()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const SlackTimelineParser::Users users {{u"U02BOB"_s, u"Bob Ortiz"_s}};
    QCOMPARE(SlackTimelineParser::plainText(text, users), expected);
}

void TestTimelineImport::slackNames()
{
    const ParsedTimeline parsed = SlackTimelineParser::parsePath(dataPath(u"slack/incident-checkout"_s));
    QCOMPARE(parsed.events.size(), 6);
    QCOMPARE(parsed.events.at(0).actor, u"Alice Ng"_s); // user_profile
    QCOMPARE(parsed.events.at(0).text, u"checkout errors are up & climbing, @Bob Ortiz can you look?"_s);
    QCOMPARE(parsed.events.at(0).occurredAt, utc(u"2026-03-03T14:01:00Z"_s));
    QCOMPARE(parsed.events.at(1).actor, u"Bob Ortiz"_s); // users.json, profile
    QCOMPARE(parsed.events.at(1).text,
        u"502s from checkout-api, see the checkout dashboard (https://grafana.example/d/checkout)"_s);
    QCOMPARE(parsed.events.at(2).actor, u"PagerDuty"_s); // a bot
    QCOMPARE(parsed.events.at(2).text, u"Triggered: Checkout error rate > 5%"_s);
    QCOMPARE(parsed.events.at(3).actor, u"carol"_s); // users.json, only a name
    QCOMPARE(parsed.events.at(3).text, u"updating https://status.example now, @here"_s);
    QCOMPARE(parsed.events.at(4).text, u"rolling back the 13:55 deploy in #ops"_s);
    QCOMPARE(parsed.events.at(0).source, u"Slack #incident-checkout"_s);
    for (const TimelineEvent &e : parsed.events)
        QVERIFY2(!e.text.contains(u"has joined"_s) && !e.text.contains(u"topic"_s), qPrintable(e.text));
}

void TestTimelineImport::slackExport_data()
{
    // One row per message of slack-export/incident-payments, in file order: what is stored.
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<TimelineKind>("kind");
    QTest::addColumn<QString>("text");
    const auto communication = TimelineKind::Communication;
    QTest::newRow("bot, attachment's fallback: an alert under the bot's name")
        << 0 << u"2026-03-03T14:01:00Z"_s << u"PagerDuty"_s << TimelineKind::Alert
        << u"Triggered #4711: Checkout error rate > 5% (checkout-api)"_s;
    QTest::newRow("thread parent; mention, @here and a channel by id, from channels.json")
        << 1 << u"2026-03-03T14:02:00Z"_s << u"Alice Ng"_s << communication
        << u"@Bob Ortiz can you look? @here error rate is climbing, context in #ops"_s;
    QTest::newRow("bot_profile without a subtype: an alert")
        << 2 << u"2026-03-03T14:03:00Z"_s << u"Datadog"_s << TimelineKind::Alert
        << u"[Triggered] p99 latency on checkout-api above 2s"_s;
    QTest::newRow("edited") << 3 << u"2026-03-03T14:04:00Z"_s << u"Carol Diaz"_s << communication
                            << u"I'll update the status page (edited)"_s;
    QTest::newRow("reply, parent_user_id")
        << 4 << u"2026-03-03T14:06:00Z"_s << u"Bob Ortiz"_s << communication
        << u"↳ In reply to Alice Ng: 502s from checkout-api, rolling back the 13:55 deploy"_s;
    QTest::newRow("a shared file, no text") << 5 << u"2026-03-03T14:07:00Z"_s << u"Bob Ortiz"_s
                                            << communication << u"shared a file: Error rate, last hour"_s;
    QTest::newRow("reply also sent to the channel, parent from its root")
        << 6 << u"2026-03-03T14:08:00Z"_s << u"Carol Diaz"_s << communication
        << u"↳ In reply to Alice Ng: status page updated: Checkout degraded (https://status.example/incidents/88)"_s;
    QTest::newRow("display name when there is no real name")
        << 7 << u"2026-03-03T14:10:00Z"_s << u"Dana K."_s << communication
        << u"rollback done, error rate back under 1%"_s;
    QTest::newRow("a bot that is not monitoring")
        << 8 << u"2026-03-03T14:11:00Z"_s << u"GitHub"_s << communication
        << u"Deploy #812 of checkout-api rolled back by bob"_s;
    QTest::newRow("resolved alert") << 9 << u"2026-03-03T14:20:00Z"_s << u"PagerDuty"_s << TimelineKind::Alert
                                    << u"Resolved #4711: Checkout error rate > 5% (checkout-api)"_s;
    QTest::newRow("reply the next day, edited")
        << 10 << u"2026-03-04T09:00:00Z"_s << u"Alice Ng"_s << communication
        << u"↳ In reply to Alice Ng: postmortem draft is up, please add what you saw (edited)"_s;
}

void TestTimelineImport::slackExport()
{
    QFETCH(int, index);
    QFETCH(QString, time);
    QFETCH(QString, actor);
    QFETCH(TimelineKind, kind);
    QFETCH(QString, text);
    const ParsedTimeline parsed = TimelineImporter::read(
        dataPath(u"slack-export/incident-payments"_s), TimelineImportFormat::Slack, QTimeZone::utc());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.events.size(), 11);
    QCOMPARE(parsed.skipped, 2); // the join and the topic change
    QCOMPARE(parsed.unreadable, 0);
    const TimelineEvent &e = parsed.events.at(index);
    QCOMPARE(e.occurredAt, utc(time));
    QCOMPARE(e.actor, actor);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.text, text);
    QCOMPARE(e.source, u"Slack #incident-payments"_s);
}

void TestTimelineImport::slackThreadsStayWithTheirParent()
{
    // Planned and written: each reply right after the message it answers (and the replies before
    // it), even the one written the next day; the rest in order of time.
    const ParsedTimeline parsed = TimelineImporter::read(
        dataPath(u"slack-export/incident-payments"_s), TimelineImportFormat::Slack, QTimeZone::utc());
    QCOMPARE(parsed.orderTimes.size(), parsed.events.size());
    TimelineImporter importer(m_workspace.get());
    auto planned = importer.plan(m_reviewId, parsed.events, {}, parsed.orderTimes);
    QVERIFY2(planned, qPrintable(planned.message()));
    TimelineImporter::Plan plan = *planned;
    QVERIFY(importer.write(m_reviewId, &plan, u"slack"_s, {}));
    const auto stored = TimelineRepository(m_workspace.get()).forReview(m_reviewId);
    QVERIFY2(stored, qPrintable(stored.message()));
    QStringList order;
    for (const TimelineEvent &e : *stored)
        order.append(
            e.occurredAt.toString(u"dd HH:mm"_s) + (e.text.startsWith(u"↳"_s) ? u" ↳"_s : QString()));
    QCOMPARE(order,
        (QStringList {u"03 14:01"_s, u"03 14:02"_s, u"03 14:06 ↳"_s, u"03 14:08 ↳"_s, u"04 09:00 ↳"_s,
            u"03 14:03"_s, u"03 14:04"_s, u"03 14:07"_s, u"03 14:10"_s, u"03 14:11"_s, u"03 14:20"_s}));
    // The window is the events' own times: the next day's reply is left out of the incident's.
    const auto incident = importer.plan(m_reviewId, parsed.events,
        {utc(u"2026-03-03T14:00:00Z"_s), utc(u"2026-03-03T15:30:00Z"_s)}, parsed.orderTimes);
    QCOMPARE(incident->outsideWindow, 1);
    QCOMPARE(incident->duplicates, 10);
    // Stored as shown: the kinds too.
    QCOMPARE(stored->first().kind, TimelineKind::Alert);
}

// A message whose "text" is empty and whose words are only in its blocks (Block Kit rich text): read
// from the blocks, its mention resolved, not skipped as a message with nothing in it.
void TestTimelineImport::slackMessageInBlocksOnly()
{
    const QString channel = m_dir->filePath(u"blocks/incident"_s);
    QVERIFY(QDir().mkpath(channel));
    QVERIFY(QFile::copy(dataPath(u"slack-export/users.json"_s), m_dir->filePath(u"blocks/users.json"_s)));
    QFile day(channel + u"/2026-03-03.json"_s);
    QVERIFY(day.open(QIODevice::WriteOnly));
    day.write(R"([{"type": "message", "text": "", "user": "U01ALICE", "ts": "1772546400.000100",
        "blocks": [{"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [
            {"type": "text", "text": "failing over to the replica, "},
            {"type": "user", "user_id": "U01ALICE"},
            {"type": "text", "text": " watching "},
            {"type": "link", "url": "https://grafana.example.com/d/db", "text": "the dashboard"}]}]}]}])");
    day.close();
    const ParsedTimeline parsed
        = TimelineImporter::read(channel, TimelineImportFormat::Slack, QTimeZone::utc());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.skipped, 0);
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().text, u"failing over to the replica, @Alice Ng watching the dashboard"_s);
}

// Emoji written by name: the common ones shown as emoji, others and clocks as written.
void TestTimelineImport::slackEmojiByName()
{
    const SlackTimelineParser::Users users;
    const SlackTimelineParser::Channels channels;
    QCOMPARE(SlackTimelineParser::plainText(
                 u":fire: db down at 14:02:30 :eyes: :party_parrot:"_s, users, channels),
        u"🔥 db down at 14:02:30 👀 :party_parrot:"_s);
    QCOMPARE(
        SlackTimelineParser::plainText(u"<https://example.com/a:fire:b|runbook> :+1:"_s, users, channels),
        u"runbook (https://example.com/a:fire:b) 👍"_s);
}

void TestTimelineImport::slackAlertingIntegrations_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("alert");
    for (const QString &name : {u"PagerDuty"_s, u"Datadog"_s, u"Nagios"_s, u"Opsgenie"_s, u"Grafana"_s,
             u"Prometheus Alertmanager"_s, u"Sentry"_s, u"New Relic"_s, u"Zabbix"_s, u"Icinga2"_s,
             u"AWS CloudWatch"_s, u"checkout-alerts"_s})
        QTest::newRow(qPrintable(name)) << name << true;
    for (const QString &name : {u"GitHub"_s, u"Jira Cloud"_s, u"Google Drive"_s, u"Polly"_s, u"Bob Ortiz"_s})
        QTest::newRow(qPrintable(name)) << name << false;
}

void TestTimelineImport::slackAlertingIntegrations()
{
    QFETCH(QString, name);
    QFETCH(bool, alert);
    QCOMPARE(SlackTimelineParser::isAlertingIntegration(name), alert);
    // Only an integration's message: a person called like a tool still communicates.
    ParsedTimeline parsed;
    const QByteArray day = R"([{"type": "message", "subtype": "bot_message", "username": ")" + name.toUtf8()
        + R"(", "bot_id": "B9", "text": "x", "ts": "1772546460.000200"},
        {"type": "message", "user": "U9", "text": "y", "ts": "1772546461.000200"}])";
    QVERIFY(SlackTimelineParser::parseDay(day, {{u"U9"_s, name}}, u"s"_s, u"d"_s, &parsed));
    QCOMPARE(parsed.events.size(), 2);
    QCOMPARE(parsed.events.at(0).kind == TimelineKind::Alert, alert);
    QCOMPARE(parsed.events.at(1).kind, TimelineKind::Communication);
}

void TestTimelineImport::slackZipReadsAsTheFolder_data()
{
    QTest::addColumn<QString>("prefix"); // where the export is in the zip
    QTest::addColumn<QString>("channel");
    QTest::newRow("as Slack gives it") << QString() << u"incident-payments"_s;
    QTest::newRow("the other channel") << QString() << u"ops"_s;
    QTest::newRow("zipped again from its folder")
        << u"Example Slack export Mar 3 2026/"_s << u"incident-payments"_s;
    QTest::newRow("channel named with #") << QString() << u"#ops"_s;
}

void TestTimelineImport::slackZipReadsAsTheFolder()
{
    // Threads, edits, alerts, files, mentions and channel links: the same events, in the same
    // order, as from the unpacked channel folder.
    QFETCH(QString, prefix);
    QFETCH(QString, channel);
    const QString zip = makeExportZip(m_dir->filePath(u"export.zip"_s), prefix);
    const QString folder = channel.startsWith(u'#') ? channel.mid(1) : channel;
    const ParsedTimeline fromFolder = TimelineImporter::read(
        dataPath(u"slack-export/"_s + folder), TimelineImportFormat::Slack, QTimeZone::utc());
    QVERIFY2(fromFolder.ok(), qPrintable(fromFolder.error));
    QVERIFY(!fromFolder.events.isEmpty());
    int calls = 0;
    const ParsedTimeline fromZip = TimelineImporter::read(
        zip, guessTimelineImportFormat(zip), QTimeZone::utc(),
        [&calls](qint64, qint64) { return ++calls > 0; }, channel);
    QVERIFY2(fromZip.ok(), qPrintable(fromZip.error));
    QVERIFY(calls > 0);
    QCOMPARE(stored(fromZip), stored(fromFolder));
    QCOMPARE(fromZip.skipped, fromFolder.skipped);
    QCOMPARE(fromZip.unreadableAt, fromFolder.unreadableAt);
    if (folder == u"incident-payments"_s) {
        QCOMPARE(fromZip.events.size(), 11);
        QCOMPARE(fromZip.events.at(1).text,
            u"@Bob Ortiz can you look? @here error rate is climbing, context in #ops"_s);
        QCOMPARE(fromZip.events.at(0).kind, TimelineKind::Alert);
    } else {
        QCOMPARE(fromZip.events.at(0).text,
            u"deploy freeze for checkout-api until #incident-payments is closed"_s);
        QCOMPARE(fromZip.events.at(1).text, u"ack, @Bob Ortiz"_s);
        QCOMPARE(fromZip.events.at(1).actor, u"Alice Ng"_s); // from the zip's users.json
    }
}

void TestTimelineImport::slackZipChannels()
{
    const QString zip = makeExportZip(m_dir->filePath(u"export.zip"_s));
    const auto channels = SlackTimelineParser::zipChannels(zip);
    QVERIFY2(channels, qPrintable(channels.message()));
    QCOMPARE(channels->size(), 2);
    QCOMPARE(channels->at(0).name, u"incident-payments"_s);
    QCOMPARE(channels->at(0).days, 2);
    QCOMPARE(channels->at(1).name, u"ops"_s);
    QCOMPARE(channels->at(1).days, 1);

    // Several channels and none named: which ones there are; a channel that is not there: the same.
    ParsedTimeline parsed = TimelineImporter::read(zip, TimelineImportFormat::Slack, QTimeZone::utc());
    QVERIFY(parsed.events.isEmpty());
    QVERIFY2(
        parsed.error.contains(u"several channels"_s) && parsed.error.contains(u"incident-payments, ops"_s),
        qPrintable(parsed.error));
    parsed = TimelineImporter::read(zip, TimelineImportFormat::Slack, QTimeZone::utc(), {}, u"general"_s);
    QVERIFY(parsed.events.isEmpty());
    QVERIFY2(parsed.error.contains(u"no channel “general”"_s)
            && parsed.error.contains(u"incident-payments, ops"_s),
        qPrintable(parsed.error));

    // One channel: that one, unnamed.
    TestSupport::ZipFiles files = TestSupport::filesIn(dataPath(u"slack-export"_s));
    files.removeIf([](const auto &file) { return file.first.startsWith(u"ops/"_s); });
    const QString one = m_dir->filePath(u"one.zip"_s);
    QVERIFY(TestSupport::writeZip(one, files));
    parsed = TimelineImporter::read(one, TimelineImportFormat::Slack, QTimeZone::utc());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.events.size(), 11);

    // A zip with no channel folder is not an export.
    const QString other = m_dir->filePath(u"other.zip"_s);
    QVERIFY(TestSupport::writeZip(other, {{u"notes.txt"_s, "hello"}}));
    QVERIFY(!SlackTimelineParser::zipChannels(other));
    parsed = TimelineImporter::read(other, TimelineImportFormat::Slack, QTimeZone::utc());
    QVERIFY2(parsed.error.contains(u"is not a Slack export"_s), qPrintable(parsed.error));

    // The export unpacked, given whole: the error names its channels and the way on.
    parsed
        = TimelineImporter::read(dataPath(u"slack-export"_s), TimelineImportFormat::Slack, QTimeZone::utc());
    QVERIFY(parsed.events.isEmpty());
    QVERIFY2(parsed.error.contains(u"is a whole Slack export"_s)
            && parsed.error.contains(u"#incident-payments, #ops"_s),
        qPrintable(parsed.error));
}

void TestTimelineImport::badZips_data()
{
    QTest::addColumn<QByteArray>("bytes"); // the file export.zip; "TRUNCATED": a real one cut short
    QTest::addColumn<QString>("message");
    QTest::newRow("not a zip") << QByteArray("time,actor,text\n") << u"is not a zip file"_s;
    QTest::newRow("empty") << QByteArray() << u"is not a zip file"_s;
    QTest::newRow("truncated") << QByteArray("TRUNCATED") << u"truncated or damaged"_s;
    QTest::newRow("only its first bytes") << QByteArray("PK\x03\x04\x14\x00") << u"truncated or damaged"_s;
}

void TestTimelineImport::badZips()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(u"export.zip"_s);
    if (bytes == "TRUNCATED") {
        makeExportZip(path);
        QFile whole(path);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        bytes = whole.readAll();
        bytes.truncate(bytes.size() * 2 / 3);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    QCOMPARE(guessTimelineImportFormat(path), TimelineImportFormat::Slack);
    const ParsedTimeline parsed
        = TimelineImporter::read(path, TimelineImportFormat::Slack, QTimeZone::utc(), {}, u"ops"_s);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.events.isEmpty());
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(QDir::toNativeSeparators(path)), qPrintable(parsed.error));
    const auto channels = SlackTimelineParser::zipChannels(path);
    QVERIFY(!channels);
    QVERIFY2(channels.message().contains(message), qPrintable(channels.message()));
}

void TestTimelineImport::zipGuards()
{
    // Names that would leave the archive are not listed; the sizes read are counted and bounded,
    // whatever the archive declares.
    const QByteArray zeros(4 << 20, '\0');
    const QString path = m_dir->filePath(u"guards.zip"_s);
    QVERIFY(TestSupport::writeZip(path,
        {{u"../escape.json"_s, "[]"}, {u"/etc/absolute.json"_s, "[]"}, {u"a/../../b.json"_s, "[]"},
            {u"ok/2026-03-03.json"_s, "[]"}, {u"zeros.bin"_s, zeros}, {u"small.txt"_s, "0123456789"}}));
    QVERIFY(QFileInfo(path).size() < 64 * 1024); // deflated: a bomb in small
    ZipArchive zip;
    QVERIFY2(zip.open(path), "opens");
    QCOMPARE(zip.names(), (QStringList {u"ok/2026-03-03.json"_s, u"zeros.bin"_s, u"small.txt"_s}));
    QVERIFY(!zip.contains(u"../escape.json"_s));
    QCOMPARE(zip.declaredSize(u"zeros.bin"_s), qint64(zeros.size()));

    // Under the limits: read whole.
    Result<QByteArray> read = zip.read(u"zeros.bin"_s);
    QVERIFY2(read, qPrintable(read.message()));
    QCOMPARE(*read, zeros);

    // One entry above the entry limit.
    ZipArchive limited;
    QVERIFY(limited.open(path));
    limited.setLimits(ZipArchive::defaultTotalLimit, 1 << 20);
    read = limited.read(u"zeros.bin"_s);
    QVERIFY(!read);
    QVERIFY2(read.message().contains(u"too large"_s), qPrintable(read.message()));
    QVERIFY(limited.bytesRead() <= 1 << 20);

    // Everything read together above the total.
    ZipArchive total;
    QVERIFY(total.open(path));
    total.setLimits(zeros.size() + 5, ZipArchive::defaultEntryLimit);
    QVERIFY(total.read(u"zeros.bin"_s));
    read = total.read(u"small.txt"_s);
    QVERIFY(!read);
    QVERIFY2(read.message().contains(u"too large"_s), qPrintable(read.message()));

    // An archive that says its file is small: what comes out is counted, and stops at the limit.
    const QString liar = m_dir->filePath(u"liar.zip"_s);
    QVERIFY(TestSupport::writeZip(liar, {{u"zeros.bin"_s, zeros}}));
    QFile file(liar);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const auto setSize = [&bytes](qsizetype at) {
        const quint32 size = 100;
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((size >> (8 * i)) & 0xff);
    };
    QCOMPARE(bytes.left(4), QByteArray("PK\x03\x04"));
    setSize(22); // the local header's uncompressed size
    const qsizetype central = bytes.indexOf(QByteArray("PK\x01\x02"));
    QVERIFY(central > 0);
    setSize(central + 24); // the central directory's
    file.seek(0);
    file.write(bytes);
    file.close();
    ZipArchive lying;
    QVERIFY(lying.open(liar));
    lying.setLimits(ZipArchive::defaultTotalLimit, 1 << 20);
    QCOMPARE(lying.declaredSize(u"zeros.bin"_s), 100);
    read = lying.read(u"zeros.bin"_s);
    QVERIFY(!read);
    QVERIFY2(read.message().contains(u"too large"_s), qPrintable(read.message()));
    QVERIFY(lying.bytesRead() <= 1 << 20);

    QVERIFY(ZipArchive::isSafeName(u"channel/2026-03-03.json"_s));
    for (const QString &bad : {u"../x"_s, u"a/../../x"_s, u"/x"_s, u"C:/x"_s, u"a\\..\\..\\x"_s, QString()})
        QVERIFY2(!ZipArchive::isSafeName(bad), qPrintable(bad));
}

void TestTimelineImport::commandLineZip()
{
    // The export's zip as Slack gives it: a channel must be named when there are several; the
    // import stores exactly what the unpacked folder's does.
    const auto second
        = ReviewRepository(m_workspace.get()).create(ReviewKind::Postmortem, u"From the folder"_s);
    QVERIFY2(second, qPrintable(second.message()));
    const QString zip = makeExportZip(m_dir->filePath(u"export.zip"_s));
    const QString path = m_workspace->path();
    m_workspace.reset();
    const QString prefix = m_reviewUuid.left(8);
    QString out;
    QString err;
    const QByteArray before = TestSupport::sha256(path);
    QCOMPARE(
        TestSupport::run(TestSupport::appBinary(), {u"import-timeline"_s, path, prefix, zip}, &out, &err), 2);
    QVERIFY2(err.contains(u"holds several channels; name one with --channel: incident-payments, ops"_s),
        qPrintable(err));
    QCOMPARE(TestSupport::sha256(path), before);

    QCOMPARE(
        TestSupport::run(TestSupport::appBinary(),
            {u"import-timeline"_s, path, prefix, zip, u"--channel"_s, u"incident-payments"_s, u"--all"_s},
            &out, &err),
        0);
    QVERIFY2(out.contains(u"Events added to “Checkout outage”: 11"_s), qPrintable(out + err));
    QVERIFY2(out.contains(u"System messages skipped (joins, leaves, topic and mode changes): 2"_s),
        qPrintable(out));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"import-timeline"_s, path, second->uuid, dataPath(u"slack-export/incident-payments"_s),
                     u"--all"_s},
                 &out, &err),
        0);
    QVERIFY2(out.contains(u"Events added to “From the folder”: 11"_s), qPrintable(out + err));

    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    auto rows = [&workspace](qint64 reviewId) {
        QStringList list;
        const auto events = TimelineRepository(workspace->get()).forReview(reviewId);
        for (const TimelineEvent &e : *events)
            list.append(e.occurredAt.toString(Qt::ISODateWithMs) + u'|' + e.actor + u'|'
                + timelineKinds().key(e.kind) + u'|' + e.text + u'|' + e.source);
        return list;
    };
    QCOMPARE(rows(m_reviewId).size(), 11);
    QCOMPARE(rows(m_reviewId), rows(second->id));
}

void TestTimelineImport::ircAcrossMidnightAndDays_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("times"); // of the events, in the file's order
    QTest::addColumn<int>("skipped");
    QTest::newRow("irssi, day changes and one missing")
        << u"irssi-days.log"_s
        << QStringList {u"2026-03-02T23:59:00Z"_s, u"2026-03-03T00:01:00Z"_s, u"2026-03-03T23:58:00Z"_s,
               u"2026-03-04T00:02:00Z"_s, u"2026-03-04T09:30:00Z"_s}
        << 1;
    QTest::newRow("ZNC, the day from the file's name, past midnight")
        << u"znc/ops/2026-03-03.log"_s
        << QStringList {u"2026-03-03T23:58:10Z"_s, u"2026-03-03T23:59:41Z"_s, u"2026-03-04T00:00:05Z"_s,
               u"2026-03-04T00:03:30Z"_s, u"2026-03-04T00:10:12Z"_s}
        << 2;
    QTest::newRow("a date on each line") << u"dated.log"_s
                                         << QStringList {u"2026-03-03T23:59:50Z"_s, u"2026-03-04T00:00:10Z"_s,
                                                u"2026-03-04T00:05:00Z"_s, u"2026-03-05T09:15:00Z"_s}
                                         << 1;
}

void TestTimelineImport::ircAcrossMidnightAndDays()
{
    QFETCH(QString, file);
    QFETCH(QStringList, times);
    QFETCH(int, skipped);
    const ParsedTimeline parsed
        = TimelineImporter::read(dataPath(file), TimelineImportFormat::Irc, QTimeZone::utc());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.unreadableAt, QStringList());
    QCOMPARE(parsed.skipped, skipped);
    QStringList read;
    for (const TimelineEvent &e : parsed.events)
        read.append(e.occurredAt.toString(Qt::ISODate));
    QCOMPARE(read, times);
    for (const TimelineEvent &e : parsed.events)
        QVERIFY(!e.actor.isEmpty() && !e.actor.startsWith(u'@') && !e.actor.startsWith(u'+'));
}

void TestTimelineImport::ircNickChangeKeepsOnePerson_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::newRow("irssi") << QByteArray("--- Log opened Tue Mar 03 14:00:00 2026\n"
                                         "14:01 <anna> replica lag at 40 s\n"
                                         "14:02 -!- anna is now known as anna_away\n"
                                         "14:03 <anna_away> failing over\n"
                                         "14:04 -!- anna_away is now known as anna_back\n"
                                         "14:05 < anna_back> done\n");
    QTest::newRow("ZNC") << QByteArray("[2026-03-03 14:01:00] <anna> replica lag at 40 s\n"
                                       "[2026-03-03 14:02:00] *** anna is now known as anna_away\n"
                                       "[2026-03-03 14:03:00] <anna_away> failing over\n"
                                       "[2026-03-03 14:04:00] *** anna_away is now known as anna_back\n"
                                       "[2026-03-03 14:05:00] <anna_back> done\n");
    QTest::newRow("WeeChat") << QByteArray("2026-03-03 14:01:00\tanna\treplica lag at 40 s\n"
                                           "2026-03-03 14:02:00\t--\tanna is now known as anna_away\n"
                                           "2026-03-03 14:03:00\tanna_away\tfailing over\n"
                                           "2026-03-03 14:04:00\t--\tanna_away is now known as anna_back\n"
                                           "2026-03-03 14:05:00\t@anna_back\tdone\n");
}

// A person who changes nick (away, back) stays one actor, under the nick the log first met them by.
void TestTimelineImport::ircNickChangeKeepsOnePerson()
{
    QFETCH(QByteArray, log);
    const QString path = m_dir->filePath(u"nicks.log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(log);
    file.close();
    const ParsedTimeline parsed = TimelineImporter::read(path, TimelineImportFormat::Irc, QTimeZone::utc());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.events.size(), 3);
    for (const TimelineEvent &e : parsed.events)
        QCOMPARE(e.actor, u"anna"_s);
    QCOMPARE(parsed.events.at(2).text, u"done"_s);
}

void TestTimelineImport::ircDateInFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ZNC") << u"2026-03-03.log"_s << QDate(2026, 3, 3);
    QTest::newRow("ZNC, old style") << u"libera_#ops_20260303.log"_s << QDate(2026, 3, 3);
    QTest::newRow("irssi, dated") << u"#ops-2026-03-03.log"_s << QDate(2026, 3, 3);
    QTest::newRow("none") << u"ops.log"_s << QDate();
    QTest::newRow("not a date") << u"2026-13-45.log"_s << QDate();
}

void TestTimelineImport::ircDateInFileName()
{
    QFETCH(QString, name);
    QFETCH(QDate, date);
    QCOMPARE(IrcTimelineParser::dateInName(name), date);
}

void TestTimelineImport::windowDuplicatesAndPlaces()
{
    TimelineImporter importer(m_workspace.get());
    TimelineRepository repository(m_workspace.get());
    // Someone already wrote one event by hand, at 14:04, and one with no time at the end.
    TimelineEvent manual;
    manual.reviewId = m_reviewId;
    manual.position = FractionalKey::between({}, {});
    manual.occurredAt = utc(u"2026-03-03T14:04:00Z"_s);
    manual.actor = u"Dana"_s;
    manual.text = u"Opened the incident channel"_s;
    QVERIFY(repository.insert(manual));
    TimelineEvent untimed = manual;
    untimed.position = FractionalKey::between(manual.position, {});
    untimed.occurredAt = QDateTime();
    untimed.text = u"Someone noticed the queue (time not known)"_s;
    QVERIFY(repository.insert(untimed));

    const auto incidentWindow = importer.incidentWindow(m_reviewId);
    QVERIFY2(incidentWindow, qPrintable(incidentWindow.message()));
    const TimelineImporter::Window window = *incidentWindow;
    QCOMPARE(window.from, utc(u"2026-03-03T14:00:00Z"_s));
    QCOMPARE(window.to, utc(u"2026-03-03T15:30:00Z"_s));
    const ParsedTimeline parsed
        = TimelineImporter::read(dataPath(u"irssi.log"_s), TimelineImportFormat::Irc, QTimeZone::utc());
    auto planned = importer.plan(m_reviewId, parsed.events, window);
    QVERIFY2(planned, qPrintable(planned.message()));
    TimelineImporter::Plan plan = *planned;
    QCOMPARE(plan.outsideWindow, 1); // the next day's line
    QCOMPARE(plan.duplicates, 0);
    QCOMPARE(plan.events.size(), 5);
    const Result<> written = importer.write(m_reviewId, &plan, u"irssi.log"_s, {});
    QVERIFY2(written, qPrintable(written.message()));
    for (const TimelineEvent &e : plan.events)
        QVERIFY(!e.uuid.isEmpty() && e.revision == 1);

    // In time order around the event written by hand; the one without a time stays last.
    const auto read = repository.forReview(m_reviewId);
    QVERIFY2(read, qPrintable(read.message()));
    const QList<TimelineEvent> stored = *read;
    QCOMPARE(stored.size(), 7);
    QStringList order;
    for (const TimelineEvent &e : stored)
        order.append(e.occurredAt.isValid() ? e.occurredAt.toString(u"HH:mm"_s) : u"--"_s);
    QCOMPARE(order,
        (QStringList {u"14:01"_s, u"14:02"_s, u"14:03"_s, u"14:04"_s, u"14:05"_s, u"14:09"_s, u"--"_s}));
    QCOMPARE(stored.at(3).actor, u"Dana"_s);

    // The same file again: nothing new.
    const auto again = importer.plan(m_reviewId, parsed.events, window);
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->events.size(), 0);
    QCOMPARE(again->duplicates, 5);
    // The whole file: only the one left out before.
    const auto all = importer.plan(m_reviewId, parsed.events, {});
    QVERIFY2(all, qPrintable(all.message()));
    QCOMPARE(all->events.size(), 1);
    QCOMPARE(all->duplicates, 5);

    // One history entry for the import, not one per event.
    QSqlQuery q(m_workspace->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM change_log WHERE what = 'imported'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Undoing the import removes what it added; an event changed since stays.
    const auto edited = repository.updateField(
        *repository.find(plan.events.at(0).uuid), TimelineField::Text, u"edited after import"_s);
    QVERIFY2(edited, qPrintable(edited.message()));
    const auto kept = repository.removeUnchanged(m_reviewId, plan.events, u"irssi.log"_s);
    QVERIFY2(kept, qPrintable(kept.message()));
    QCOMPARE(*kept, QStringList {plan.events.at(0).uuid});
    QCOMPARE(repository.forReview(m_reviewId)->size(), 3);
}

void TestTimelineImport::importIsOneTransaction()
{
    // A read-only workspace writes nothing and says why.
    TimelineImporter importer(m_workspace.get());
    const ParsedTimeline parsed
        = TimelineImporter::read(dataPath(u"good.csv"_s), TimelineImportFormat::Csv, QTimeZone::utc());
    auto planned = importer.plan(m_reviewId, parsed.events, {});
    QVERIFY2(planned, qPrintable(planned.message()));
    TimelineImporter::Plan plan = *planned;
    QCOMPARE(plan.events.size(), 6);
    // A bad place half way: the whole import is refused, nothing stored.
    TimelineImporter::Plan broken = plan;
    broken.events[3].position = u"bad key!"_s;
    const Result<> refused = importer.write(m_reviewId, &broken, u"x"_s, {});
    QCOMPARE(refused.error(), ErrorKind::Refused);
    QVERIFY(!refused.message().isEmpty());
    QCOMPARE(TimelineRepository(m_workspace.get()).forReview(m_reviewId)->size(), 0);
    m_workspace->becomeReadOnly(ErrorKind::ReadOnly);
    const Result<> readOnly = importer.write(m_reviewId, &plan, u"x"_s, {});
    QCOMPARE(readOnly.error(), ErrorKind::ReadOnly);
    QVERIFY(!readOnly.message().isEmpty());
    QCOMPARE(TimelineRepository(m_workspace.get()).forReview(m_reviewId)->size(), 0);
}

void TestTimelineImport::progressAndCancel()
{
    QByteArray log = "--- Log opened Tue Mar 03 14:00:00 2026\n";
    for (int i = 0; i < 100000; ++i)
        log += "14:" + QByteArray::number(10 + i % 50) + " <alice> line " + QByteArray::number(i) + '\n';
    int calls = 0;
    const ParsedTimeline full
        = IrcTimelineParser::parse(log, QTimeZone::utc(), u"IRC"_s, [&](qint64 done, qint64 total) {
              ++calls;
              return done <= total;
          });
    QCOMPARE(full.events.size(), 100000);
    QVERIFY(calls > 1);
    const ParsedTimeline cancelled
        = IrcTimelineParser::parse(log, QTimeZone::utc(), u"IRC"_s, [](qint64, qint64) { return false; });
    QVERIFY(cancelled.cancelled);

    // Cancelling the write leaves nothing behind.
    TimelineImporter importer(m_workspace.get());
    auto planned = importer.plan(m_reviewId, full.events, {});
    QVERIFY2(planned, qPrintable(planned.message()));
    TimelineImporter::Plan plan = *planned;
    qint64 lastDone = 0;
    const Result<> outcome = importer.write(m_reviewId, &plan, u"big"_s, [&](qint64 done, qint64) {
        lastDone = done;
        return done < 50000;
    });
    QCOMPARE(outcome.error(), ErrorKind::Cancelled);
    QVERIFY(lastDone >= 50000);
    QCOMPARE(TimelineRepository(m_workspace.get()).forReview(m_reviewId)->size(), 0);
    // A Stop that comes after the last row is written, before the commit, still takes it all back.
    const Result<> late
        = importer.write(m_reviewId, &plan, u"big"_s, [](qint64 done, qint64 total) { return done < total; });
    QCOMPARE(late.error(), ErrorKind::Cancelled);
    QCOMPARE(TimelineRepository(m_workspace.get()).forReview(m_reviewId)->size(), 0);
    QSqlQuery logged(m_workspace->database());
    QVERIFY(logged.exec(u"SELECT count(*) FROM change_log WHERE what = 'imported'"_s) && logged.next());
    QCOMPARE(logged.value(0).toInt(), 0);
}

void TestTimelineImport::commandLine()
{
    const QString path = m_workspace->path();
    m_workspace.reset();
    QString out;
    QString err;
    const QString prefix = m_reviewUuid.left(8);
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"import-timeline"_s, path, prefix, dataPath(u"irssi.log"_s)}, &out, &err),
        0);
    QVERIFY2(out.contains(u"Events added to “Checkout outage”: 5"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Left out, outside 2026-03-03 14:00 – 2026-03-03 15:30 (--all takes them): 1"_s),
        qPrintable(out));
    QVERIFY2(out.contains(u"System messages skipped (joins, leaves, topic and mode changes): 3"_s),
        qPrintable(out));
    QVERIFY2(out.contains(u"Lines that could not be read: 2 (8, 10)"_s), qPrintable(out));

    // Twice: nothing new.
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"import-timeline"_s, path, prefix, dataPath(u"irssi.log"_s)}, &out, &err),
        0);
    QVERIFY2(out.contains(u"Events added to “Checkout outage”: 0"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Already in the timeline: 5"_s), qPrintable(out));

    // --all takes the rest; --from narrows; the format can be named.
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"import-timeline"_s, path, prefix, dataPath(u"irssi.log"_s), u"--all"_s}, &out, &err),
        0);
    QVERIFY2(out.contains(u"Events added to “Checkout outage”: 1"_s), qPrintable(out));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"import-timeline"_s, path, prefix, dataPath(u"slack/incident-checkout"_s), u"--from"_s,
                     u"2026-03-03 14:02"_s, u"--format"_s, u"slack"_s},
                 &out, &err),
        0);
    QVERIFY2(out.contains(u"Events added to “Checkout outage”: 4"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Lines that could not be read: 2 (2026-03-03.json:7, 2026-03-03.json:8)"_s),
        qPrintable(out));

    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    const auto stored = TimelineRepository(workspace->get()).forReview(m_reviewId);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->size(), 10);
}

void TestTimelineImport::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the workspace; REVIEW is replaced
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong format") << QStringList {u"REVIEW"_s, dataPath(u"good.csv"_s), u"--format"_s,
        u"irc"_s} << 1 << u"not an IRC log"_s;
    QTest::newRow("unknown format") << QStringList {u"REVIEW"_s, dataPath(u"good.csv"_s), u"--format"_s,
        u"xls"_s} << 2 << u"not a timeline format"_s;
    QTest::newRow("unknown review") << QStringList {u"ffffffff"_s, dataPath(u"good.csv"_s)} << 1
                                    << u"no review"_s;
    QTest::newRow("bad time") << QStringList {u"REVIEW"_s, dataPath(u"good.csv"_s), u"--from"_s, u"noon"_s}
                              << 2 << u"is not a time"_s;
    QTest::newRow("missing file") << QStringList {u"REVIEW"_s, dataPath(u"none.csv"_s)} << 1
                                  << u"Cannot read"_s;
    QTest::newRow("not a postmortem")
        << QStringList {u"OTHER"_s, dataPath(u"good.csv"_s)} << 1 << u"not a postmortem"_s;
    // Zips: EXPORT is the fixture export zipped (two channels), CUT the same cut short, NOTZIP text.
    QTest::newRow("zip of several channels, none named") << QStringList {
        u"REVIEW"_s, u"@EXPORT@"_s} << 2 << u"name one with --channel: incident-payments, ops"_s;
    QTest::newRow("zip, a channel it does not have")
        << QStringList {u"REVIEW"_s, u"@EXPORT@"_s, u"--channel"_s, u"general"_s} << 1
        << u"has no channel “general”; its channels: incident-payments, ops"_s;
    QTest::newRow("--channel for a folder") << QStringList {u"REVIEW"_s, dataPath(u"slack-export/ops"_s),
        u"--channel"_s, u"ops"_s} << 2 << u"--channel is for a Slack export zip"_s;
    QTest::newRow("truncated zip") << QStringList {u"REVIEW"_s, u"@CUT@"_s, u"--channel"_s, u"ops"_s} << 1
                                   << u"is not a complete zip file: it is truncated or damaged"_s;
    QTest::newRow("truncated zip, no channel")
        << QStringList {u"REVIEW"_s, u"@CUT@"_s} << 1 << u"truncated or damaged"_s;
    QTest::newRow("not a zip") << QStringList {u"REVIEW"_s, u"@NOTZIP@"_s} << 1 << u"is not a zip file"_s;
}

void TestTimelineImport::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const auto other = ReviewRepository(m_workspace.get()).create(ReviewKind::Operability, u"Launch"_s);
    QVERIFY2(other, qPrintable(other.message()));
    const QString path = m_workspace->path();
    m_workspace.reset();
    arguments.replaceInStrings(u"REVIEW"_s, m_reviewUuid).replaceInStrings(u"OTHER"_s, other->uuid);
    if (arguments.contains(u"@EXPORT@"_s) || arguments.contains(u"@CUT@"_s)
        || arguments.contains(u"@NOTZIP@"_s)) {
        const QString zip = makeExportZip(m_dir->filePath(u"export.zip"_s));
        QFile whole(zip);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(m_dir->filePath(u"cut.zip"_s));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.readAll().left(int(whole.size() / 2)));
        QFile text(m_dir->filePath(u"notes.zip"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a zip\n");
        arguments.replaceInStrings(u"@EXPORT@"_s, zip)
            .replaceInStrings(u"@CUT@"_s, cut.fileName())
            .replaceInStrings(u"@NOTZIP@"_s, text.fileName());
    }
    const QByteArray before = TestSupport::sha256(path);
    QString out;
    QString err;
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), QStringList {u"import-timeline"_s, path} + arguments, &out, &err),
        status);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(TestSupport::sha256(path), before);
}

void TestTimelineImport::randomInputNeverCrashes()
{
    // The sample files, cut, spliced and with bytes flipped, and plain noise: each parser reads them
    // without crashing and keeps its promises (valid times, a bounded list of places).
    QList<QByteArray> samples;
    for (const QString &name : {u"good.csv"_s, u"malformed.csv"_s, u"crlf.csv"_s, u"irssi.log"_s,
             u"weechat.log"_s, u"slack/incident-checkout/2026-03-03.json"_s, u"slack/users.json"_s}) {
        QFile file(dataPath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        samples.append(file.readAll());
    }
    QRandomGenerator random(20261123);
    const SlackTimelineParser::Users users {{u"U1"_s, u"A"_s}};
    const char alphabet[] = "<>@|&;:#!,\"\t\n\r -0123456789[]{}TZ+*";
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = samples.at(random.bounded(int(samples.size())));
        switch (random.bounded(4)) {
        case 0: // flip bytes
            for (int i = random.bounded(1, 12); i > 0 && !input.isEmpty(); --i)
                input[random.bounded(int(input.size()))] = char(random.bounded(256));
            break;
        case 1: // cut
            input.truncate(random.bounded(int(input.size()) + 1));
            break;
        case 2: // splice two samples
            input = input.left(random.bounded(int(input.size()) + 1))
                + samples.at(random.bounded(int(samples.size()))).mid(random.bounded(40));
            break;
        case 3: { // noise from the characters the parsers care about
            input.clear();
            for (int i = random.bounded(200); i > 0; --i)
                input += alphabet[random.bounded(int(sizeof alphabet - 1))];
            break;
        }
        }
        for (const ParsedTimeline &parsed : {CsvTimelineParser::parse(input, QTimeZone::utc(), u"x"_s),
                 IrcTimelineParser::parse(input, QTimeZone("Europe/Berlin"), u"x"_s)}) {
            QVERIFY(parsed.unreadableAt.size() <= ParsedTimeline::placesKept);
            QVERIFY(parsed.error.isEmpty() || parsed.events.isEmpty());
            for (const TimelineEvent &e : parsed.events)
                QVERIFY(e.occurredAt.isValid());
        }
        ParsedTimeline slack;
        SlackTimelineParser::parseDay(input, users, u"x"_s, u"d"_s, &slack);
        SlackTimelineParser::parseUsers(input);
        SlackTimelineParser::plainText(QString::fromUtf8(input), users);
        for (const TimelineEvent &e : slack.events)
            QVERIFY(e.occurredAt.isValid());
    }
}

void TestTimelineImport::previewModel()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    const ParsedTimeline parsed
        = TimelineImporter::read(dataPath(u"good.csv"_s), TimelineImportFormat::Csv, QTimeZone::utc());
    model.setEvents(parsed.events);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, ImportPreviewModel::TimeColumn).data().toString(), u"2026-03-03 15:02:00"_s);
    QCOMPARE(model.index(0, ImportPreviewModel::KindColumn).data().toString(),
        timelineKinds().displayName(TimelineKind::Alert));
    QCOMPARE(model.index(0, ImportPreviewModel::ActorColumn).data().toString(), u"PagerDuty"_s);
    QCOMPARE(model.index(0, ImportPreviewModel::SourceColumn).data().toString(), u"pager"_s);
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTimelineImport)
#include "tst_timelineimport.moc"
