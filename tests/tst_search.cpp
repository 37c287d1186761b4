// Search over everything a review holds: each part of a review is found by its words, edits and undo
// keep the index current, a workspace made by an older version is indexed when it is migrated, the
// browser shows where each review matched, and `inflection search` answers the same. On a file (SQLite's
// FTS5), and (as tst_search_postgresql) on a server (PostgreSQL's full-text search): the same words find
// the same places.
#include "domain/fractionalkey.h"
#include "domain/searchhit.h"
#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/timelinemodel.h"
#include "store/attendeerepository.h"
#include "store/checklistrepository.h"
#include "store/commentrepository.h"
#include "store/contingencyrepository.h"
#include "store/departurerepository.h"
#include "store/incidentrepository.h"
#include "store/launchrepository.h"
#include "store/migrator.h"
#include "store/parkinglotrepository.h"
#include "store/proposalrepository.h"
#include "store/questionrepository.h"
#include "store/remediationrepository.h"
#include "store/reviewrepository.h"
#include "store/searchindex.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewfilterproxymodel.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"
#include "workspacebrowser.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// The file protections every connection to a workspace gets: no functions or virtual tables from the
// file's schema in triggers, no writes to an index's shadow tables. The index must work with them on.
void harden(const QSqlDatabase &db)
{
    if (TestSupport::onServer())
        return; // a server's connections have no such switches: no login writes its index (search_entry)
    const QVariant handle = db.driver()->handle();
    QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    int on = 0;
    QCOMPARE(sqlite3_db_config(sqlite, SQLITE_DBCONFIG_DEFENSIVE, 1, &on), SQLITE_OK);
    QCOMPARE(on, 1);
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"PRAGMA trusted_schema = OFF"_s), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"PRAGMA trusted_schema"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

template<typename T>
T must(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.message()));
    return std::move(result).value();
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyPartOfAReviewIsFound_data();
    void everyPartOfAReviewIsFound();
    void editAndUndoKeepTheIndexCurrent();
    void importedTimelineIsIndexedOnce();
    void migratedWorkspaceIsSearchable();
    void browserShowsWhereAReviewMatched();
    void commandLineSearches();

private:
    // Writes one review of each kind with a distinct word in each of its parts.
    void fillReviews(Workspace *workspace);
    std::optional<SearchHit> find(Workspace *workspace, const QString &words, const QString &uuid);
    // A new, empty workspace: a file in the test's folder, or a database on the server.
    QString fresh(const QString &name) const { return TestSupport::freshWorkspace(m_dir->path(), name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_architecture;
    QString m_operability;
    QString m_postmortem;
};

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearch::init()
{
    INFLECTION_REQUIRE_BACKEND();
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSearch::cleanup()
{
    TestSupport::dropServerWorkspaces();
    m_dir.reset();
}

void TestSearch::fillReviews(Workspace *ws)
{
    ReviewRepository reviews(ws);
    const Review architecture = must(reviews.create(ReviewKind::Architecture, u"Ledger sharding"_s));
    const Review operability = must(reviews.create(ReviewKind::Operability, u"Café résumé launch"_s));
    const Review postmortem = must(reviews.create(ReviewKind::Postmortem, u"Queue outage"_s));
    m_architecture = architecture.uuid;
    m_operability = operability.uuid;
    m_postmortem = postmortem.uuid;
    (void)must(
        reviews.updateField(must(reviews.find(m_operability)), ReviewField::Tags, u"payments, tundra"_s));

    Proposal proposal;
    proposal.reviewId = architecture.id;
    proposal.body = u"# Plan\n\nWe split the ledger into **quokka** partitions."_s;
    proposal.decisionNotes = u"The pangolin argument won."_s;
    proposal.learnings = u"Ask about tapir early."_s;
    (void)must(ProposalRepository(ws).insert(proposal));

    CommentRepository comments(ws);
    Comment thread;
    thread.reviewId = architecture.id;
    thread.author = u"Ana"_s;
    thread.text = u"What about the wombat case?"_s;
    thread = must(comments.insert(thread));
    Comment reply;
    reply.reviewId = architecture.id;
    reply.author = u"Lin"_s;
    reply.parentUuid = thread.uuid;
    reply.text = u"The narwhal answer is in section two."_s;
    (void)must(comments.insert(reply));

    Departure departure;
    departure.reviewId = architecture.id;
    departure.position = FractionalKey::between({}, {});
    departure.name = u"Erlang"_s;
    departure.costs = u"A platypus runtime to operate."_s;
    (void)must(DepartureRepository(ws).insert(departure));

    Question question;
    question.reviewId = architecture.id;
    question.author = u"Ana"_s;
    question.text = u"Does the axolotl scale?"_s;
    (void)must(QuestionRepository(ws).insert(question));

    ChecklistAnswer general;
    general.reviewId = architecture.id;
    general.key = architectureGeneralQuestions().first().key;
    general.notes = u"Okapi metrics exist."_s;
    (void)must(ChecklistRepository(ws).insert(general));

    LaunchPlan launch;
    launch.reviewId = operability.id;
    launch.communication = u"A blog post by the marmoset team."_s;
    (void)must(LaunchRepository(ws).insert(launch));

    ContingencyItem contingency;
    contingency.reviewId = operability.id;
    contingency.position = FractionalKey::between({}, {});
    contingency.issue = u"Payment provider down"_s;
    contingency.onsiteMessaging = u"Show the ocelot banner."_s;
    (void)must(ContingencyRepository(ws).insert(contingency));

    ChecklistAnswer readiness;
    readiness.reviewId = operability.id;
    readiness.key = operabilityReadinessQuestions().first().key;
    readiness.notes = u"Capybara dashboards are ready."_s;
    (void)must(ChecklistRepository(ws).insert(readiness));

    Attendee attendee;
    attendee.reviewId = operability.id;
    attendee.position = FractionalKey::between({}, {});
    attendee.name = u"Dana Ibex"_s;
    (void)must(AttendeeRepository(ws).insert(attendee));

    IncidentFacts incident;
    incident.reviewId = postmortem.id;
    incident.summary = u"The queue lost quorum."_s;
    incident.impact = u"Jackal checkout stalled."_s;
    (void)must(IncidentRepository(ws).insert(incident));

    TimelineEvent event;
    event.reviewId = postmortem.id;
    event.position = FractionalKey::between({}, {});
    event.actor = u"Lin"_s;
    event.text = u"Lin restarts the rabbitmq node and the gerbil queue drains."_s;
    (void)must(TimelineRepository(ws).insert(event));
    TimelineEvent russian = event;
    russian.position = FractionalKey::between(event.position, {});
    russian.text = u"Перезапуск узла, Überwachung wieder grün"_s;
    (void)must(TimelineRepository(ws).insert(russian));

    ChecklistAnswer discussion;
    discussion.reviewId = postmortem.id;
    discussion.key = postmortemDiscussionQuestions().last().key;
    discussion.notes = u"Lemur alerts were noisy."_s;
    (void)must(ChecklistRepository(ws).insert(discussion));

    RemediationItem remediation;
    remediation.reviewId = postmortem.id;
    remediation.position = FractionalKey::between({}, {});
    remediation.text = u"Add a gecko alert"_s;
    remediation.ticket = u"OPS-4711"_s;
    (void)must(RemediationRepository(ws).insert(remediation));

    ParkedIdea idea;
    idea.reviewId = postmortem.id;
    idea.position = FractionalKey::between({}, {});
    idea.text = u"Consider a flamingo failover."_s;
    (void)must(ParkingLotRepository(ws).insert(idea));
}

std::optional<SearchHit> TestSearch::find(Workspace *ws, const QString &words, const QString &uuid)
{
    const auto hits = SearchIndex::search(ws, words);
    if (!hits || !*hits) {
        qWarning("search for %s failed: %s", qPrintable(words), qPrintable(hits.message()));
        return std::nullopt;
    }
    for (const SearchHit &hit : **hits) {
        if (hit.uuid == uuid)
            return hit;
    }
    return std::nullopt;
}

void TestSearch::everyPartOfAReviewIsFound_data()
{
    QTest::addColumn<QString>("review"); // a, o or p
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("shown"); // in the snippet

    QTest::newRow("title") << "a"
                           << "ledg"
                           << "title"
                           << "Ledger";
    QTest::newRow("tags") << "o"
                          << "tundra"
                          << "tags"
                          << "tundra";
    QTest::newRow("proposal") << "a"
                              << "quokka"
                              << "proposal"
                              << "quokka";
    QTest::newRow("comment") << "a"
                             << "wombat"
                             << "comments"
                             << "wombat";
    QTest::newRow("reply") << "a"
                           << "narwhal"
                           << "comments"
                           << "narwhal";
    QTest::newRow("departure") << "a"
                               << "platypus"
                               << "departures"
                               << "platypus";
    QTest::newRow("question") << "a"
                              << "axolotl"
                              << "questions"
                              << "axolotl";
    QTest::newRow("decision notes") << "a"
                                    << "pangolin"
                                    << "outcome"
                                    << "pangolin";
    QTest::newRow("learnings") << "a"
                               << "tapir"
                               << "outcome"
                               << "tapir";
    QTest::newRow("general questions") << "a"
                                       << "okapi"
                                       << "checklist"
                                       << "Okapi";
    QTest::newRow("launch plan") << "o"
                                 << "marmoset"
                                 << "launch"
                                 << "marmoset";
    QTest::newRow("contingency") << "o"
                                 << "ocelot"
                                 << "contingencies"
                                 << "ocelot";
    QTest::newRow("readiness notes") << "o"
                                     << "capybara"
                                     << "checklist"
                                     << "Capybara";
    QTest::newRow("attendee") << "o"
                              << "ibex"
                              << "attendees"
                              << "Ibex";
    QTest::newRow("incident") << "p"
                              << "jackal"
                              << "incident"
                              << "Jackal";
    QTest::newRow("timeline") << "p"
                              << "rabbitmq"
                              << "timeline"
                              << "rabbitmq";
    QTest::newRow("timeline, two words") << "p"
                                         << "restart rabbit"
                                         << "timeline"
                                         << "rabbitmq";
    QTest::newRow("discussion") << "p"
                                << "lemur"
                                << "checklist"
                                << "Lemur";
    QTest::newRow("remediation") << "p"
                                 << "gecko"
                                 << "remediation"
                                 << "gecko";
    QTest::newRow("ticket") << "p"
                            << "OPS-4711"
                            << "remediation"
                            << "OPS-4711";
    QTest::newRow("parking lot") << "p"
                                 << "flamingo"
                                 << "parking_lot"
                                 << "flamingo";
    QTest::newRow("accents ignored") << "o"
                                     << "resume"
                                     << "title"
                                     << "résumé";
    QTest::newRow("russian, word start") << "p"
                                         << "перезап"
                                         << "timeline"
                                         << "Перезапуск";
    QTest::newRow("german umlaut typed without") << "p"
                                                 << "uberwachung"
                                                 << "timeline"
                                                 << "Überwachung";
}

void TestSearch::everyPartOfAReviewIsFound()
{
    QFETCH(QString, review);
    QFETCH(QString, typed);
    QFETCH(QString, place);
    QFETCH(QString, shown);
    auto opened = Workspace::open(fresh(u"all.inflection"_s));
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    harden(ws->database());
    fillReviews(ws.get());
    const QString uuid = review == u"a"_s ? m_architecture : review == u"o"_s ? m_operability : m_postmortem;

    const std::optional<SearchHit> hit = find(ws.get(), typed, uuid);
    QVERIFY2(hit, qPrintable(u"“%1” did not find its review"_s.arg(typed)));
    QCOMPARE(hit->place, place);
    QVERIFY2(hit->snippetText().contains(shown), qPrintable(hit->snippetText()));
    // The matched word is marked in the rich text.
    QVERIFY2(hit->snippetHtml().contains(u"<b>"_s), qPrintable(hit->snippetHtml()));
    // Only that review has the word (the title words aside, each word is in one review only).
    const auto all = SearchIndex::search(ws.get(), typed);
    QVERIFY(all && *all);
    QCOMPARE((*all)->size(), 1);
    // The repository's filter (what the list model tests use) agrees.
    const auto uuids = ReviewRepository(ws.get()).search(typed);
    QVERIFY(uuids && *uuids);
    QCOMPARE(**uuids, QSet<QString>({uuid}));
}

void TestSearch::editAndUndoKeepTheIndexCurrent()
{
    const QString path = fresh(u"edit.inflection"_s);
    {
        auto opened = Workspace::open(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        fillReviews(opened->get());
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    WorkspaceSession *session = window.session();
    Workspace *ws = session->workspace();
    harden(ws->database());
    auto *document = qobject_cast<PostmortemDocument *>(must(session->openDocument(m_postmortem)));
    QVERIFY(document);
    TimelineModel *timeline = document->timeline();
    const QModelIndex text = timeline->index(0, TimelineModel::TextColumn);
    QVERIFY(text.data().toString().contains(u"gerbil"_s));

    QVERIFY(
        timeline->setData(text, u"Lin restarts the broker and the hamster queue drains."_s, Qt::EditRole));
    QVERIFY(find(ws, u"hamster"_s, m_postmortem));
    QVERIFY(!find(ws, u"gerbil"_s, m_postmortem));

    document->undoStack()->undo();
    QVERIFY(find(ws, u"gerbil"_s, m_postmortem));
    QVERIFY(!find(ws, u"hamster"_s, m_postmortem));
    document->undoStack()->redo();
    QVERIFY(find(ws, u"hamster"_s, m_postmortem));

    // Removing the event through the model takes its words out of the index; undo brings them back.
    QVERIFY(timeline->removeEvents({text.data(TimelineModel::UuidRole).toString()}));
    QVERIFY(!find(ws, u"hamster"_s, m_postmortem));
    document->undoStack()->undo();
    QVERIFY(find(ws, u"hamster"_s, m_postmortem));

    // A deleted review leaves the index.
    QSqlQuery remove(ws->database());
    QVERIFY(remove.exec(u"DELETE FROM review WHERE uuid = '%1'"_s.arg(m_postmortem)));
    QVERIFY(!find(ws, u"hamster"_s, m_postmortem));
    QSqlQuery left(ws->database());
    QVERIFY(left.exec(TestSupport::onServer() ? u"SELECT count(DISTINCT review) FROM search_entry"_s
                                              : u"SELECT count(*) FROM review_search"_s)
        && left.next());
    QCOMPARE(left.value(0).toInt(), 2);
}

void TestSearch::importedTimelineIsIndexedOnce()
{
    auto opened = Workspace::open(fresh(u"import.inflection"_s));
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    harden(ws->database());
    fillReviews(ws.get());
    const Review postmortem = must(ReviewRepository(ws.get()).find(m_postmortem));
    QList<TimelineEvent> events;
    const QStringList keys
        = FractionalKey::sequence(2000, FractionalKey::between(FractionalKey::between({}, {}), {}));
    for (int i = 0; i < 2000; ++i) {
        TimelineEvent event;
        event.reviewId = postmortem.id;
        event.position = keys.at(i);
        event.actor = u"bot"_s;
        event.text = u"Chat line %1 about the indexer"_s.arg(i);
        events.append(event);
    }
    events.last().text = u"The last line names the yak."_s;
    QElapsedTimer timer;
    timer.start();
    const auto imported = TimelineRepository(ws.get()).importEvents(postmortem.id, events, u"import"_s, {});
    QVERIFY2(imported, qPrintable(imported.message()));
    qInfo("2000 events imported and indexed in %lld ms", timer.elapsed());
    const std::optional<SearchHit> hit = find(ws.get(), u"yak"_s, m_postmortem);
    QVERIFY(hit);
    QCOMPARE(hit->place, u"timeline"_s);
    QSqlQuery pending(ws->database());
    QVERIFY(pending.exec(u"SELECT count(*) FROM search_pending"_s) && pending.next());
    QCOMPARE(pending.value(0).toInt(), 0);
}

void TestSearch::migratedWorkspaceIsSearchable()
{
    if (TestSupport::onServer())
        QSKIP(
            "builds a file as SQLite's schema 7 left it, before its FTS5 index; a server's schema has had "
            "its index since its second version, and its migrations make it current in the same transaction");
    const QString path = m_dir->filePath(u"seven.inflection"_s);
    {
        // A workspace as the version before this index made it, with rows in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seven"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator::migrate(db, 7));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
        for (const QString &statement :
            {
                u"INSERT INTO review (id, uuid, kind, title) VALUES (1, "
                u"'7e000000-0000-4000-8000-000000000001', "
                u"'postmortem', 'Search outage')"_s,
                u"INSERT INTO review (id, uuid, kind, title) VALUES (2, "
                u"'7e000000-0000-4000-8000-000000000002', "
                u"'operability', 'Gift cards')"_s,
                u"INSERT INTO timeline_event (uuid, review, position, text) VALUES "
                u"('7e000000-0000-4000-8000-0000000000e1', 1, 'a0', 'Marcus restarts the rabbitmq node')"_s,
                u"INSERT INTO parking_lot (uuid, review, position, text) VALUES "
                u"('7e000000-0000-4000-8000-0000000000f1', 1, 'a0', 'Try a quieter pager')"_s,
                u"INSERT INTO contingency (uuid, review, issue, engineering, position) VALUES "
                u"('7e000000-0000-4000-8000-0000000000c1', 2, 'Card provider down', 'Queue the orders', 'a0')"_s,
            }) {
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"seven"_s);

    auto opened = Workspace::open(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    QCOMPARE(ws->schemaVersion(), Migrator::latestVersion());
    harden(ws->database());
    const std::optional<SearchHit> timeline
        = find(ws.get(), u"rabbitmq"_s, u"7e000000-0000-4000-8000-000000000001"_s);
    QVERIFY(timeline);
    QCOMPARE(timeline->place, u"timeline"_s);
    QCOMPARE(timeline->title, u"Search outage"_s);
    const std::optional<SearchHit> idea
        = find(ws.get(), u"pager"_s, u"7e000000-0000-4000-8000-000000000001"_s);
    QVERIFY(idea);
    QCOMPARE(idea->place, u"parking_lot"_s);
    const std::optional<SearchHit> contingency
        = find(ws.get(), u"orders"_s, u"7e000000-0000-4000-8000-000000000002"_s);
    QVERIFY(contingency);
    QCOMPARE(contingency->place, u"contingencies"_s);
    // Titles are still found, and nothing is left queued.
    QVERIFY(find(ws.get(), u"gift"_s, u"7e000000-0000-4000-8000-000000000002"_s));
    QSqlQuery pending(ws->database());
    QVERIFY(pending.exec(u"SELECT count(*) FROM search_pending"_s) && pending.next());
    QCOMPARE(pending.value(0).toInt(), 0);
    // A write after the migration, with the protections on, is indexed too.
    TimelineEvent event;
    event.reviewId = 1;
    event.position = FractionalKey::between({}, {});
    event.text = u"Dana pages the yak shaver"_s;
    (void)must(TimelineRepository(ws.get()).insert(event));
    QVERIFY(find(ws.get(), u"shaver"_s, u"7e000000-0000-4000-8000-000000000001"_s));
}

void TestSearch::browserShowsWhereAReviewMatched()
{
    const QString path = fresh(u"demo.inflection"_s);
    {
        auto opened = Workspace::open(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(DemoWorkspace::populate(opened->get()));
    }
    MainWindow window;
    window.resize(1100, 600);
    QVERIFY(window.openWorkspace(path));
    harden(window.session()->workspace()->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkspaceBrowser *browser = window.browser();
    QAbstractItemModel *shown = browser->view()->model();
    const int all = shown->rowCount();
    QVERIFY(all >= 3);

    // A word that is only in the postmortem's timeline.
    browser->searchField()->setFocus();
    QTest::keyClicks(browser->searchField(), u"vendor"_s);
    QTRY_COMPARE(shown->rowCount(), 1);
    const QModelIndex title = shown->index(0, ReviewListModel::TitleColumn);
    QCOMPARE(title.data(ReviewListModel::KindRole).toInt(), int(ReviewKind::Postmortem));
    const QString match = title.data(ReviewFilterProxyModel::MatchTextRole).toString();
    QVERIFY2(match.startsWith(u"Timeline: "_s), qPrintable(match));
    QVERIFY2(match.contains(u"hardware vendor for the controller battery"_s), qPrintable(match));
    QVERIFY2(title.data(ReviewFilterProxyModel::MatchSnippetRole).toString().contains(u"<b>vendor</b>"_s),
        qPrintable(title.data(ReviewFilterProxyModel::MatchSnippetRole).toString()));
    // The row is tall enough for the snippet's line under the title.
    QVERIFY(browser->view()->rowHeight(0) >= 2 * browser->view()->fontMetrics().height());
    QVERIFY(!browser->placeholder()->isVisible());

    // A word in several reviews: each shows its own place and the word there.
    browser->searchField()->clear();
    QTest::keyClicks(browser->searchField(), u"queue"_s);
    const auto everyRowShowsTheWord = [shown] {
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString text = shown->index(row, ReviewListModel::TitleColumn)
                                     .data(ReviewFilterProxyModel::MatchTextRole)
                                     .toString();
            if (!text.contains(u"queue"_s, Qt::CaseInsensitive))
                return false;
        }
        return shown->rowCount() >= 2;
    };
    QTRY_VERIFY(everyRowShowsTheWord());
    for (int row = 0; row < shown->rowCount(); ++row)
        qInfo("%s", qPrintable(shown->index(row, 1).data(ReviewFilterProxyModel::MatchTextRole).toString()));
    const QString shot = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(u"inflection-search-snippets.png"_s);
    QVERIFY(window.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    // The titles of the reviews found are whole beside their snippets, once the columns are fitted to
    // the rows found (at the end of the turn of the event loop that changed them).
    QTableView *list = browser->view();
    const auto cutTitle = [shown, list]() -> QString {
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString text = shown->index(row, ReviewListModel::TitleColumn).data().toString();
            const int needed = list->fontMetrics().horizontalAdvance(text);
            if (list->columnWidth(ReviewListModel::TitleColumn) <= needed)
                return u"“%1” needs %2 px in a %3 px column"_s.arg(text).arg(needed).arg(
                    list->columnWidth(ReviewListModel::TitleColumn));
        }
        return {};
    };
    QTRY_VERIFY2(cutTitle().isEmpty(), qPrintable(cutTitle()));
    // Escape empties the search: every review again.
    browser->searchField()->setFocus();
    QTest::keyClick(browser->searchField(), Qt::Key_Escape);
    QCOMPARE(browser->searchField()->text(), QString());
    QTRY_COMPARE(shown->rowCount(), all);
    QTest::keyClicks(browser->searchField(), u"queue"_s);
    QTRY_VERIFY(everyRowShowsTheWord());
    // Enter opens the first result at once; Down goes to the results.
    QSignalSpy opened(browser, &WorkspaceBrowser::openRequested);
    QTest::keyClick(browser->searchField(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(),
        shown->index(0, ReviewListModel::TitleColumn).data(ReviewListModel::UuidRole).toString());
    QTRY_COMPARE(window.currentReviewUuid(), opened.at(0).at(0).toString()); // its page is in front
    window.tabs()->setCurrentIndex(0); // back to the browser
    QTRY_VERIFY(browser->isVisible());
    browser->searchField()->setFocus();
    QTest::keyClick(browser->searchField(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().row(), 0);

    // Found, but not among the kind chosen: the message says the filters hide it.
    bool hidden = false;
    for (int kind = 1; kind < browser->kindFilter()->count() && !hidden; ++kind) {
        browser->kindFilter()->setCurrentIndex(kind);
        for (int status = 1; status < browser->statusFilter()->count() && !hidden; ++status) {
            browser->statusFilter()->setCurrentIndex(status);
            QCoreApplication::processEvents();
            hidden = shown->rowCount() == 0;
        }
    }
    QVERIFY2(hidden, "some kind and status have no review with the word");
    QTRY_VERIFY(browser->placeholder()->isVisible());
    QVERIFY(!list->isVisible()); // the message stands where the list was
    QCOMPARE(browser->placeholder()->text(), u"No review of the kind and status chosen matches “queue”."_s);
    browser->kindFilter()->setCurrentIndex(0);
    browser->statusFilter()->setCurrentIndex(0);
    QTRY_VERIFY(list->isVisible());

    // Nothing found: the list says so and offers to clear the search and the filters.
    browser->searchField()->clear();
    QTest::keyClicks(browser->searchField(), u"kubernetes"_s);
    QTRY_COMPARE(shown->rowCount(), 0);
    QTRY_VERIFY(browser->placeholder()->isVisible());
    QCOMPARE(browser->placeholder()->text(), u"No review matches “kubernetes”."_s);
    QVERIFY(browser->clearFiltersButton()->isVisible());
    QVERIFY(window.grab().save(QFileInfo(shot).dir().filePath(u"inflection-search-empty.png"_s)));
    QTest::mouseClick(browser->clearFiltersButton(), Qt::LeftButton);
    QCOMPARE(browser->searchField()->text(), QString());
    QTRY_COMPARE(shown->rowCount(), all);
    QVERIFY(!browser->placeholder()->isVisible());
    QVERIFY(
        shown->index(0, ReviewListModel::TitleColumn).data(ReviewFilterProxyModel::MatchTextRole).isNull());
}

void TestSearch::commandLineSearches()
{
    const QString path = fresh(u"cli.inflection"_s);
    {
        auto opened = Workspace::open(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        fillReviews(opened->get());
    }
    QString out;
    QString err;
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"search"_s, path, u"rabbitmq"_s, u"restart"_s}, &out, &err),
        0);
    const QStringList fields = out.trimmed().split(u'\t');
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0), m_postmortem);
    QCOMPARE(fields.at(1), u"postmortem"_s);
    QCOMPARE(fields.at(2), u"Queue outage"_s);
    QCOMPARE(fields.at(3), u"timeline"_s);
    QVERIFY2(fields.at(4).contains(u"restarts the rabbitmq node"_s), qPrintable(fields.at(4)));

    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"search"_s, path, u"flamingo"_s, u"--json"_s}, &out, &err),
        0);
    const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject hit = array.first().toObject();
    QCOMPARE(hit.value(u"uuid"_s).toString(), m_postmortem);
    QCOMPARE(hit.value(u"kind"_s).toString(), u"postmortem"_s);
    QCOMPARE(hit.value(u"title"_s).toString(), u"Queue outage"_s);
    QCOMPARE(hit.value(u"where"_s).toString(), u"parking_lot"_s);
    QVERIFY(hit.value(u"snippet"_s).toString().contains(u"flamingo failover"_s));

    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"search"_s, path, u"kubernetes"_s}, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(u"no review matches “kubernetes”"_s), qPrintable(err));
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"search"_s, path, u"kubernetes"_s, u"--json"_s}, &out, &err),
        1);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 0);

    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"search"_s, path}, &out, &err), 2);
    QVERIFY(err.contains(u"search takes the workspace file and at least one word"_s));
    QCOMPARE(
        TestSupport::run(TestSupport::appBinary(), {u"search"_s, path, u"--"_s, u"()"_s}, &out, &err), 2);
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"search"_s, path, u"x"_s, u"--frobnicate"_s}, &out, &err),
        2);
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"help"_s, u"search"_s}, &out, &err), 0);
    QVERIFY(out.contains(u"--json"_s));
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"--help"_s}, &out, &err), 0);
    QVERIFY(out.contains(u"search"_s));
}

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
