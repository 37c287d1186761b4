// Workspaces: create, reopen, migrate, read-only when newer, a connection per thread — on a file and on a
// server (INFLECTION_TEST_BACKEND); pragmas and journal mode by file system on a file.
#include "domain/recorduuid.h"
#include "domain/timestamp.h"
#include "store/filesystemkind.h"
#include "store/migrator.h"
#include "store/reviewrepository.h"
#include "store/sqldialect.h"
#include "store/sqlitesupport.h"
#include "store/workspace.h"
#include "store/workspacelocation.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void timestampsAsQtWritesThem();
    void uuidsAreTimeOrdered();

    void createsAndReopens();
    void defaultPathIsInAppData();
    void migratesEmptyFile();
    void migratesFromEachEarlierVersion_data();
    void migratesFromEachEarlierVersion();
    void pragmasInForce();
    void classifiesFileSystems_data();
    void classifiesFileSystems();
    void localDiskGetsWal();
    void forcedJournalMode_data();
    void forcedJournalMode();
    void newerSchemaOpensReadOnly();
    void splitsScripts_data();
    void splitsScripts();
    void fullTextQueryIsAlwaysPlainWords_data();
    void fullTextQueryIsAlwaysPlainWords();
    void connectionPerThread();
    void readsServerLocations_data();
    void readsServerLocations();
    void namesServerWithItsLogin_data();
    void namesServerWithItsLogin();
    void serverInitMakesRoles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qunsetenv("INFLECTION_JOURNAL_MODE");
    INFLECTION_REQUIRE_BACKEND();
}

void TestWorkspace::cleanup()
{
    m_dir.reset();
    qunsetenv("INFLECTION_JOURNAL_MODE");
    TestSupport::dropServerWorkspaces();
}

void TestWorkspace::createsAndReopens()
{
    const QString file = TestSupport::freshWorkspace(m_dir->path(), u"new.inflection"_s);
    QString uuid;
    {
        auto ws = Workspace::open(file);
        QVERIFY2(ws, qPrintable(ws.message()));
        QVERIFY(!(*ws)->isReadOnly());
        QCOMPARE((*ws)->isServer(), TestSupport::onServer());
        QCOMPARE((*ws)->schemaVersion(), Migrator::latestVersion((*ws)->dialect()));
        ReviewRepository repository(ws->get());
        (*ws)->setAuthor(u"Ada"_s);
        const auto review = repository.create(ReviewKind::Postmortem, u"Disk full on db3"_s);
        QVERIFY2(review, qPrintable(review.message()));
        QCOMPARE(review->revision, 1);
        // A server records the login it authenticated, not the name given to the workspace.
        QSqlQuery login((*ws)->database());
        QVERIFY(!TestSupport::onServer() || (login.exec(u"SELECT session_user"_s) && login.next()));
        QCOMPARE(review->updatedBy, TestSupport::onServer() ? login.value(0).toString() : u"Ada"_s);
        QCOMPARE(review->updatedAt.timeSpec(), Qt::UTC);
        uuid = review->uuid;
    }
    QVERIFY(TestSupport::onServer() || QFile::exists(file));
    auto opened = Workspace::open(file);
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    ReviewRepository repository(ws.get());
    const auto again = repository.find(uuid);
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->title, u"Disk full on db3"_s);
    QCOMPARE(again->kind, ReviewKind::Postmortem);

    // Times are stored as UTC ISO-8601 text with a Z.
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(u"SELECT created_at, updated_at FROM review"_s));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().endsWith(u'Z'));
    QVERIFY(q.value(1).toString().endsWith(u'Z'));
}

void TestWorkspace::defaultPathIsInAppData()
{
    INFLECTION_SQLITE_ONLY();
    const QString def = Workspace::defaultPath();
    QVERIFY(def.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(def.endsWith(u".inflection"_s));
}

void TestWorkspace::migratesEmptyFile()
{
    // An empty file, or a new database on the server.
    const QString file = TestSupport::freshWorkspace(m_dir->path(), u"empty.db"_s);
    if (!TestSupport::onServer()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
    }
    auto opened = Workspace::open(file);
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    QCOMPARE(ws->schemaVersion(), Migrator::latestVersion(ws->dialect()));
    QVERIFY(ws->schemaVersion() > 0);
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM review"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestWorkspace::migratesFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    // Each version a step leaves (the numbers may have gaps).
    for (const Migrator::Step &step : Migrator::steps()) {
        if (step.version < Migrator::latestVersion())
            QTest::addRow("from version %d", step.version) << step.version;
    }
}

void TestWorkspace::migratesFromEachEarlierVersion()
{
    INFLECTION_SQLITE_ONLY();
    QFETCH(int, from);
    const QString file = path(u"old.inflection"_s);
    {
        // Build a file the way an older build of the app left it, with a review in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        const Result<> migrated = Migrator::migrate(db, from);
        QVERIFY2(migrated, qPrintable(migrated.message()));
        QCOMPARE(SqliteSupport::userVersion(db), from);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO review (uuid, kind, title, system) "
                       u"VALUES ('0b5f0000-0000-4000-8000-000000000001', 'architecture', "
                       u"'Sharded cache for sessions', 'sessions')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    auto opened = Workspace::open(file);
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    QCOMPARE(ws->schemaVersion(), Migrator::latestVersion());
    ReviewRepository repository(ws.get());
    const auto review = repository.find(u"0b5f0000-0000-4000-8000-000000000001"_s);
    QVERIFY2(review, qPrintable(review.message()));
    QCOMPARE(review->title, u"Sharded cache for sessions"_s);
    // Rows that existed before the search index are found by it.
    const auto found = repository.search(u"shard"_s);
    QVERIFY2(found, qPrintable(found.message()));
    QVERIFY(found->has_value());
    QVERIFY((*found)->contains(review->uuid));
}

void TestWorkspace::pragmasInForce()
{
    INFLECTION_SQLITE_ONLY();
    auto ws = Workspace::open(path(u"p.inflection"_s));
    QVERIFY2(ws, qPrintable(ws.message()));
    QSqlDatabase db = (*ws)->database();
    auto pragma = [&db](const QString &name) {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return QVariant();
        return q.value(0);
    };
    QCOMPARE(pragma(u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(u"busy_timeout"_s).toInt(), 5000);
    QCOMPARE(pragma(u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(u"journal_mode"_s).toString(), u"wal"_s);
}

void TestWorkspace::classifiesFileSystems_data()
{
    QTest::addColumn<quint64>("magic");
    QTest::addColumn<bool>("network");
    QTest::newRow("ext4") << quint64(0xEF53) << false;
    QTest::newRow("btrfs") << quint64(0x9123683E) << false;
    QTest::newRow("xfs") << quint64(0x58465342) << false;
    QTest::newRow("tmpfs") << quint64(0x01021994) << false;
    QTest::newRow("overlayfs") << quint64(0x794C7630) << false;
    QTest::newRow("nfs") << quint64(0x6969) << true;
    QTest::newRow("smb") << quint64(0x517B) << true;
    QTest::newRow("cifs") << quint64(0xFF534D42) << true;
    QTest::newRow("smb2") << quint64(0xFE534D42) << true;
    QTest::newRow("fuse (sshfs)") << quint64(0x65735546) << true;
    QTest::newRow("9p") << quint64(0x01021997) << true;
    QTest::newRow("ceph") << quint64(0x00C36400) << true;
}

void TestWorkspace::classifiesFileSystems()
{
    INFLECTION_SQLITE_ONLY();
    QFETCH(quint64, magic);
    QFETCH(bool, network);
    QCOMPARE(classifyFileSystemType(magic) == FileSystemKind::Network, network);
}

void TestWorkspace::localDiskGetsWal()
{
    INFLECTION_SQLITE_ONLY();
    const QString file = path(u"local.inflection"_s);
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws.message()));
    // The temporary folder is on a local file system here; the mode follows the detected kind.
    const auto expected = fileSystemKindOf(file) == FileSystemKind::Network ? Workspace::JournalMode::Delete
                                                                            : Workspace::JournalMode::Wal;
    QCOMPARE((*ws)->journalMode(), expected);
}

void TestWorkspace::forcedJournalMode_data()
{
    QTest::addColumn<QByteArray>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("delete, as on a network drive") << QByteArray("delete") << u"delete"_s;
    QTest::newRow("wal") << QByteArray("wal") << u"wal"_s;
}

void TestWorkspace::forcedJournalMode()
{
    INFLECTION_SQLITE_ONLY();
    QFETCH(QByteArray, environment);
    QFETCH(QString, expected);
    const QString file = path(u"forced.inflection"_s);
    TestSupport::makeWorkspace(file, 1); // starts as WAL
    qputenv("INFLECTION_JOURNAL_MODE", environment);
    {
        auto opened = Workspace::open(file);
        QVERIFY2(opened, qPrintable(opened.message()));
        const std::unique_ptr<Workspace> ws = std::move(opened).value();
        QCOMPARE(ws->journalMode() == Workspace::JournalMode::Wal ? u"wal"_s : u"delete"_s, expected);
        QSqlDatabase db = ws->database();
        QCOMPARE(SqliteSupport::journalMode(db), expected);
        // Writing works in that mode, and a second connection sees it.
        ReviewRepository repository(ws.get());
        const auto created = repository.create(ReviewKind::Operability, u"Launch"_s);
        QVERIFY2(created, qPrintable(created.message()));
        auto other = Workspace::open(file);
        QVERIFY2(other, qPrintable(other.message()));
        const auto all = ReviewRepository(other->get()).all();
        QVERIFY2(all, qPrintable(all.message()));
        QCOMPARE(all->size(), 2);
    }
    // In DELETE mode no -wal file is left once the workspace is closed.
    if (expected == u"delete"_s)
        QVERIFY(!QFile::exists(file + u"-wal"_s));
}

void TestWorkspace::newerSchemaOpensReadOnly()
{
    const QString file
        = TestSupport::makeWorkspace(TestSupport::freshWorkspace(m_dir->path(), u"future.inflection"_s), 2);
    if (TestSupport::onServer()) {
        auto opened = Workspace::open(file);
        QVERIFY2(opened, qPrintable(opened.message()));
        QSqlDatabase db = (*opened)->database();
        QVERIFY(SqlDialect::postgreSql().setSchemaVersion(db, 999));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    const QByteArray before = TestSupport::sha256(file);
    {
        auto opened = Workspace::open(file, Workspace::Options());
        QVERIFY2(opened, qPrintable(opened.message()));
        const std::unique_ptr<Workspace> ws = std::move(opened).value();
        QVERIFY(ws->isReadOnly());
        QCOMPARE(ws->readOnlyProblem(), ErrorKind::NewerSchema);
        QCOMPARE(ws->schemaVersion(), 999);
        ReviewRepository repository(ws.get());
        const auto reviews = repository.all();
        QVERIFY2(reviews, qPrintable(reviews.message()));
        QCOMPARE(reviews->size(), 2); // still readable
        const Result<Review> result = repository.updateField(reviews->first(), ReviewField::Title, u"x"_s);
        QVERIFY(!result);
        QCOMPARE(result.error(), ErrorKind::ReadOnly);
        // Not only the repositories refuse: the connection itself writes nothing.
        QSqlQuery raw(ws->database());
        QVERIFY(!raw.exec(u"UPDATE review SET title = 'x'"_s));
    }
    QCOMPARE(TestSupport::sha256(file), before);
}

void TestWorkspace::splitsScripts_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("statements");
    QTest::newRow("two statements") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s << 2;
    QTest::newRow("trigger with inner semicolons")
        << u"CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 1;\n  "
           u"DELETE FROM a WHERE 0;\nEND;\n"_s
        << 2;
    QTest::newRow("semicolon in a string") << u"INSERT INTO a VALUES ('x;y');"_s << 1;
    QTest::newRow("comments only") << u"-- nothing here\n/* nor here */\n"_s << 0;
    QTest::newRow("last statement without semicolon") << u"SELECT 1;\nSELECT 2"_s << 2;
}

void TestWorkspace::splitsScripts()
{
    INFLECTION_SQLITE_ONLY();
    QFETCH(QString, script);
    QFETCH(int, statements);
    QCOMPARE(SqliteSupport::splitStatements(script).size(), statements);
}

void TestWorkspace::fullTextQueryIsAlwaysPlainWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("query");
    QTest::newRow("words") << u"db fail"_s << u"\"db\"* \"fail\"*"_s;
    QTest::newRow("fts syntax is not syntax")
        << u"title:x NEAR(a b) OR *"_s << u"\"title\"* \"x\"* \"NEAR\"* \"a\"* \"b\"* \"OR\"*"_s;
    QTest::newRow("quotes") << u"\"quoted\""_s << u"\"quoted\"*"_s;
    QTest::newRow("cyrillic") << u"отказ базы"_s << u"\"отказ\"* \"базы\"*"_s;
    QTest::newRow("nothing") << u"  -- "_s << QString();
}

void TestWorkspace::fullTextQueryIsAlwaysPlainWords()
{
    INFLECTION_SQLITE_ONLY();
    QFETCH(QString, typed);
    QFETCH(QString, query);
    QCOMPARE(SqliteSupport::fullTextQuery(typed), query);
}

void TestWorkspace::connectionPerThread()
{
    auto opened = Workspace::open(TestSupport::freshWorkspace(m_dir->path(), u"threads.inflection"_s));
    QVERIFY2(opened, qPrintable(opened.message()));
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    const QString mainConnection = ws->database().connectionName();
    QString otherConnection;
    int count = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QSqlDatabase db = ws->database();
        otherConnection = db.connectionName();
        QSqlQuery q(db);
        if (q.exec(u"SELECT count(*) FROM review"_s) && q.next())
            count = q.value(0).toInt();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(count, 0);
    QVERIFY(!otherConnection.isEmpty());
    QVERIFY(otherConnection != mainConnection);
    QVERIFY(!mainConnection.contains(u"qt_sql_default_connection"_s));
}

void TestWorkspace::readsServerLocations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("kept");
    QTest::newRow("file") << u"/home/ada/team.inflection"_s << false << QString()
                          << u"/home/ada/team.inflection"_s;
    QTest::newRow("uri") << u"postgresql://db.example.org/reviews?sslmode=verify-full"_s << true
                         << u"reviews"_s << u"postgresql://db.example.org/reviews?sslmode=verify-full"_s;
    QTest::newRow("short scheme") << u"postgres://db.example.org:5433/reviews"_s << true << u"reviews"_s
                                  << u"postgres://db.example.org:5433/reviews"_s;
    QTest::newRow("service") << u"service=team"_s << true << QString() << u"service=team"_s;
    QTest::newRow("socket") << u"postgresql:///reviews?host=/run/postgresql"_s << true << u"reviews"_s
                            << u"postgresql:///reviews?host=/run/postgresql"_s;
    // A password typed into the text is used to connect, never kept.
    QTest::newRow("password in uri") << u"postgresql://ada:secret@db.example.org/reviews"_s << true
                                     << u"reviews"_s << u"user=ada dbname=reviews host=db.example.org"_s;
    QTest::newRow("password in string")
        << u"host=db password='s e' dbname=r"_s << true << u"r"_s << u"dbname=r host=db"_s;
    // A file whose name only looks like "keyword=value" stays a file.
    QTest::newRow("not a libpq keyword")
        << u"notes=old.inflection"_s << false << QString() << u"notes=old.inflection"_s;
}

void TestWorkspace::readsServerLocations()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QFETCH(QString, database);
    QFETCH(QString, kept);
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(text);
    QVERIFY2(location, qPrintable(location.message()));
    QCOMPARE(location->isServer(), server);
    QCOMPARE(location->parameter(u"dbname"_s), database);
    QCOMPARE(location->toString(), kept);
    QVERIFY(!location->toString().contains(u"secret"_s));
    QVERIFY(!location->displayName().contains(u"secret"_s));
    // A file that is there is a file, whatever its name looks like.
    QTemporaryDir folder;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(folder.path()));
    QVERIFY(QFile(u"host=db"_s).open(QIODevice::WriteOnly));
    const bool fileIsServer = WorkspaceLocation::parse(u"host=db"_s)->isServer();
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY(!fileIsServer);
    // What libpq cannot read is refused, saying why.
    const Result<WorkspaceLocation> bad = WorkspaceLocation::parse(u"host=db nonsense=1"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error(), ErrorKind::Invalid);
}

void TestWorkspace::namesServerWithItsLogin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("withoutLogin");
    QTest::newRow("uri with login") << u"postgresql://carol@db.example.org/reviews"_s
                                    << u"reviews on db.example.org as carol"_s
                                    << u"reviews on db.example.org"_s;
    QTest::newRow("keywords with login") << u"host=db dbname=reviews user=rita password=secret"_s
                                         << u"reviews on db as rita"_s << u"reviews on db"_s;
    QTest::newRow("no login given") << u"postgresql://db.example.org/reviews"_s
                                    << u"reviews on db.example.org"_s << u"reviews on db.example.org"_s;
    QTest::newRow("socket folder") << u"postgresql:///reviews?host=/run/postgresql&user=carol"_s
                                   << u"reviews on this computer as carol"_s << u"reviews on this computer"_s;
    QTest::newRow("no host") << u"dbname=reviews user=carol"_s << u"reviews as carol"_s << u"reviews"_s;
    QTest::newRow("service") << u"service=team user=carol"_s << u"team as carol"_s << u"team"_s;
}

// Two logins on one server are two names: the admin and the reader are told apart (Open Recent, the title).
void TestWorkspace::namesServerWithItsLogin()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QFETCH(QString, withoutLogin);
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(text);
    QVERIFY2(location, qPrintable(location.message()));
    QCOMPARE(location->displayName(), shown);
    QCOMPARE(location->displayName(WorkspaceLocation::Login::Omitted), withoutLogin);
}

void TestWorkspace::serverInitMakesRoles()
{
    QString out;
    QString err;
    if (!TestSupport::onServer()) {
        // A file is not a server: refused, and no file is made.
        const QString file = path(u"not-a-server.inflection"_s);
        QVERIFY(TestSupport::run(TestSupport::appBinary(), {u"server"_s, u"init"_s, file}, &out, &err) != 0);
        QVERIFY2(err.contains(u"not a server connection"_s), qPrintable(err));
        QVERIFY(!QFile::exists(file));
        return;
    }
    const QString server = TestSupport::freshWorkspace(m_dir->path(), QString());
    for (int run = 0; run < 2; ++run) { // running it again changes nothing
        const int status
            = TestSupport::run(TestSupport::appBinary(), {u"server"_s, u"init"_s, server}, &out, &err);
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(u"reader, editor and admin"_s), qPrintable(out));
    }
    auto opened = Workspace::open(server);
    QVERIFY2(opened, qPrintable(opened.message()));
    QCOMPARE((*opened)->schemaVersion(), Migrator::latestVersion(SqlDialect::postgreSql()));
    QSqlQuery q((*opened)->database());
    QVERIFY(
        q.exec(u"SELECT count(*) FROM pg_roles WHERE rolname LIKE 'inflection\\_' || current_database() || "
               u"'\\_%'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestWorkspace::timestampsAsQtWritesThem()
{
    // The stored form is written by hand for speed; it must be what Qt's ISO writer gives.
    QRandomGenerator random(42);
    QList<QDateTime> times {QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 3, 3), QTime(14, 5, 9, 123), QTimeZone("Europe/Berlin")),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)};
    for (int i = 0; i < 2000; ++i)
        times.append(QDateTime::fromMSecsSinceEpoch(qint64(random.bounded(4102444800.0) * 1000), Qt::UTC));
    for (const QDateTime &time : std::as_const(times)) {
        QCOMPARE(timestampToText(time), time.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(timestampFromText(timestampToText(time)), time);
    }
    QVERIFY(timestampToText(QDateTime()).isEmpty());
}

void TestWorkspace::uuidsAreTimeOrdered()
{
    QString previousPrefix;
    QSet<QString> seen;
    for (int i = 0; i < 5000; ++i) {
        const QString uuid = newRecordUuid();
        const QUuid parsed(uuid);
        QVERIFY(!parsed.isNull());
        QCOMPARE(uuid.at(14), u'7'); // the version (QUuid of Qt 6.4 does not know version 7)
        QVERIFY(QStringLiteral("89ab").contains(uuid.at(19))); // the RFC variant
        QCOMPARE(parsed.variant(), QUuid::DCE);
        QVERIFY(!seen.contains(uuid));
        seen.insert(uuid);
        const QString prefix = uuid.left(13); // the milliseconds
        QVERIFY(prefix >= previousPrefix);
        previousPrefix = prefix;
    }
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
