// A workspace file is untrusted input: crafted schemas are refused with one exact line and left as they
// were, `check` names every difference, `salvage` copies the reviews out, hostile values in a correct
// schema crash nothing, addresses pass one check, and files are made private and left clean.
#include "architecture/architecturedocument.h"
#include "architectureview.h"
#include "domain/displaytext.h"
#include "domain/safelink.h"
#include "io/reviewexporter.h"
#include "mainwindow.h"
#include "store/migrator.h"
#include "store/reviewrepository.h"
#include "store/schemaverifier.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// Runs statements on the file as another program would: plain SQLite, none of Inflection's settings.
bool tamper(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                ok = false;
                if (error)
                    *error = statement + u": "_s + query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return ok;
}

QString app()
{
    return TestSupport::appBinary();
}

// Every review's interchange document, by uuid, without the export's own time stamp.
QMap<QString, QJsonObject> reviewsAsJson(const QString &path)
{
    QMap<QString, QJsonObject> documents;
    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    auto workspace = Workspace::open(path, options);
    if (!workspace)
        return documents;
    const auto all = ReviewRepository(workspace->get()).all();
    if (!all)
        return documents;
    for (const Review &review : *all) {
        const Result<QJsonObject> document = ReviewExporter(workspace->get()).toJson(review.uuid);
        if (!document)
            continue;
        QJsonObject copy = *document;
        copy.remove(u"exported_at"_s);
        documents.insert(review.uuid, copy);
    }
    return documents;
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class TestUntrusted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void craftedFile_data();
    void craftedFile();
    void newerSchemaStillOpensReadOnly();
    void triggerThatWipesIsRefusedAndSalvaged();
    void connectionsAreDefensive();
    void hostileContentCrashesNothing();
    void displayTextIsHarmless();
    void links_data();
    void links();
    void proposalPreviewLinksPassTheCheck();
    void checkOfAFolderSaysSo();
    void readersLeaveNothingBehind();
    void newFilesArePrivate();

private:
    QTemporaryDir m_dir;
    QString m_healthy;
    QString m_interchange; // a review of m_healthy as an interchange file
};

void TestUntrusted::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_healthy = TestSupport::makeWorkspace(m_dir.filePath(u"healthy.inflection"_s), 2);
    m_interchange = m_dir.filePath(u"review.json"_s);
    auto workspace = Workspace::open(m_healthy);
    QVERIFY(workspace);
    const auto all = ReviewRepository(workspace->get()).all();
    QVERIFY(all && !all->isEmpty());
    QVERIFY(ReviewExporter(workspace->get()).writeFile(all->constFirst().uuid, m_interchange));
}

void TestUntrusted::craftedFile_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("message"); // the first difference, after “FILE”
    QTest::addColumn<int>("more"); // differences after the first

    const auto expected = SchemaVerifier::expected(Migrator::latestVersion());
    QVERIFY(expected);
    for (const SchemaVerifier::Object &object : *expected) {
        // An extra trigger on each of Inflection's own tables (not on the full-text tables' shadows).
        if (object.type != u"table"_s || object.name.startsWith(u"sqlite_"_s)
            || object.sql.contains(u"VIRTUAL"_s) || object.name.startsWith(u"review_search_"_s))
            continue;
        const QString trigger = u"zz_"_s + object.name;
        QTest::addRow("trigger on %s", qPrintable(object.name))
            << QStringList {u"CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN SELECT 1; END"_s.arg(
                   trigger, object.name)}
            << u" has a trigger Inflection did not make: "_s + trigger << 0;
    }
    QTest::newRow("trigger calling a function")
        << QStringList {u"CREATE TRIGGER zz_call AFTER UPDATE ON review BEGIN SELECT load_extension('/tmp/x'); END"_s}
        << u" has a trigger Inflection did not make: zz_call"_s << 0;
    QTest::newRow("view in place of a table")
        << QStringList {u"DROP TABLE parking_lot"_s, u"CREATE VIEW parking_lot AS SELECT * FROM review"_s}
        << u" has a view where Inflection makes a table: parking_lot"_s
        << 5; // and its two indexes and the three triggers that note a change for the search index are gone
    QTest::newRow("dropped index") << QStringList {u"DROP INDEX review_updated_at"_s}
                                   << u" lacks an index Inflection makes: review_updated_at"_s << 0;
    QTest::newRow("changed CHECK") << QStringList {u"PRAGMA writable_schema = ON"_s,
        u"UPDATE sqlite_master SET sql = replace(sql, '''prevent'', ''troubleshoot''', "
        u"'''prevent'', ''troubleshoot'', ''ignore''') WHERE name = 'remediation'"_s,
        u"PRAGMA writable_schema = OFF"_s}
                                   << u" has a table changed from what Inflection made: remediation"_s << 0;
    QTest::newRow("foreign table") << QStringList {u"CREATE TABLE zz_foreign (x)"_s}
                                   << u" has a table Inflection did not make: zz_foreign"_s << 0;
    QTest::newRow("schema version not matching its objects")
        << QStringList {u"PRAGMA user_version = 3"_s}
        << u" says it has schema version 3, but its tables are those of version %1"_s.arg(
               Migrator::latestVersion())
        << 0;
}

void TestUntrusted::craftedFile()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    QFETCH(int, more);
    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".inflection"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_healthy, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    QVERIFY2(tamper(path, statements, &error), qPrintable(error));
    const QByteArray before = TestSupport::sha256(path);
    const QString expected
        = u"“%1”"_s.arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())) + message;

    {
        const auto opened = Workspace::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error(), ErrorKind::Untrusted);
        QCOMPARE(opened.message(),
            more == 0 ? expected
                      : expected + u" (and %1 more difference(s): see “inflection check”)"_s.arg(more));
    }
    QCOMPARE(TestSupport::sha256(path), before);

    QString out, err;
    QCOMPARE(TestSupport::run(app(), {u"check"_s, path}, &out, &err), 1);
    QVERIFY2(err.startsWith(u"inflection: "_s + expected + u'\n'), qPrintable(err));
    QCOMPARE(err.count(u"inflection: "_s), more + 2); // every difference, then what to do
    QVERIFY(out.isEmpty());
    // Nothing that writes runs on it either.
    QCOMPARE(TestSupport::run(app(), {u"import"_s, path, m_interchange}, &out, &err), 1);
    QVERIFY2(err.contains(expected), qPrintable(err));
    QCOMPARE(TestSupport::sha256(path), before);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path + u"-shm"_s));
}

void TestUntrusted::newerSchemaStillOpensReadOnly()
{
    const QString path = m_dir.filePath(u"newer.inflection"_s);
    QVERIFY(QFile::copy(m_healthy, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    // What a newer version might add: a table, an index, a trigger of its own.
    QVERIFY(tamper(path,
        {u"CREATE TABLE later_feature (x)"_s, u"CREATE INDEX later_index ON later_feature (x)"_s,
            u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 1)}));
    const QByteArray before = TestSupport::sha256(path);
    {
        auto opened = Workspace::open(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY((*opened)->isReadOnly());
        QCOMPARE((*opened)->readOnlyProblem(), ErrorKind::NewerSchema);
        QVERIFY(ReviewRepository(opened->get()).all());
    }
    // …but what this version knows is still checked: a view in place of a table is refused.
    QVERIFY(tamper(path, {u"DROP TABLE parking_lot"_s, u"CREATE VIEW parking_lot AS SELECT 1 AS id"_s}));
    const auto refused = Workspace::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), ErrorKind::Untrusted);
    QVERIFY2(refused.message().endsWith(u" has a view where Inflection makes a table: parking_lot"_s),
        qPrintable(refused.message()));
    Q_UNUSED(before);
}

void TestUntrusted::triggerThatWipesIsRefusedAndSalvaged()
{
    const QString demo = m_dir.filePath(u"demo.inflection"_s);
    QString out, err;
    QCOMPARE(TestSupport::run(app(), {u"demo"_s, demo}, &out, &err), 0);
    const QMap<QString, QJsonObject> original = reviewsAsJson(demo);
    QVERIFY(original.size() >= 3);

    const QString tampered = m_dir.filePath(u"wipe.inflection"_s);
    QVERIFY(QFile::copy(demo, tampered));
    QVERIFY(tamper(tampered,
        {u"CREATE TRIGGER zz_wipe AFTER INSERT ON change_log BEGIN DELETE FROM remediation; "
         u"DELETE FROM contingency; END"_s}));
    const QByteArray before = TestSupport::sha256(tampered);
    const QString expected = u"“%1” has a trigger Inflection did not make: zz_wipe"_s.arg(
        QDir::toNativeSeparators(QFileInfo(tampered).absoluteFilePath()));

    // The window refuses it with the one line.
    {
        MainWindow window;
        const Result<> opened = window.openWorkspace(tampered);
        QVERIFY(!opened);
        QCOMPARE(opened.message(), expected);
    }
    // The ordinary edit of the issue: refused, nothing deleted.
    const QString csv = m_dir.filePath(u"one.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2026-03-03T14:05:00Z,Ana,Restarted the queue\n");
    }
    const QString postmortem = original.firstKey();
    QCOMPARE(
        TestSupport::run(app(), {u"import-timeline"_s, tampered, postmortem, csv, u"--all"_s}, &out, &err),
        1);
    QCOMPARE(err.trimmed(), u"inflection: "_s + expected);
    QCOMPARE(TestSupport::run(app(), {u"check"_s, tampered}, &out, &err), 1);
    QVERIFY2(err.startsWith(u"inflection: "_s + expected + u'\n'), qPrintable(err));
    QCOMPARE(TestSupport::sha256(tampered), before);

    const QString salvaged = m_dir.filePath(u"salvaged.inflection"_s);
    QCOMPARE(TestSupport::run(app(), {u"salvage"_s, tampered, salvaged}, &out, &err), 0);
    QVERIFY2(out.contains(u"Left behind: "_s + expected), qPrintable(out));
    QVERIFY2(out.contains(u"Copied: the workspace's settings"_s), qPrintable(out));
    QVERIFY2(out.contains(u"%1 of %1 review"_s.arg(original.size())), qPrintable(out));
    QCOMPARE(TestSupport::sha256(tampered), before);
    const QMap<QString, QJsonObject> copied = reviewsAsJson(salvaged);
    QCOMPARE(copied.keys(), original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it)
        QCOMPARE(QJsonDocument(copied.value(it.key())).toJson(), QJsonDocument(*it).toJson());
    // The copy opens, and an ordinary edit keeps every remediation item.
    QCOMPARE(TestSupport::run(app(), {u"check"_s, salvaged}, &out, &err), 0);
    // A salvaged file is not made again over an existing one.
    QCOMPARE(TestSupport::run(app(), {u"salvage"_s, tampered, salvaged}, &out, &err), 1);
}

void TestUntrusted::connectionsAreDefensive()
{
    const QString path = m_dir.filePath(u"defensive.inflection"_s);
    QVERIFY(QFile::copy(m_healthy, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto opened = Workspace::open(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    QSqlDatabase db = (*opened)->database();
    QSqlQuery query(db);
    // Defensive mode: the schema cannot be written through writable_schema.
    QVERIFY(query.exec(u"PRAGMA writable_schema = ON"_s));
    QVERIFY(!query.exec(u"UPDATE sqlite_master SET sql = sql WHERE name = 'review'"_s));
    // A value as long as a crafted file might ask for is refused, not allocated.
    QVERIFY(!query.exec(u"SELECT length(zeroblob(200000000))"_s));
    QVERIFY2(query.lastError().text().contains(u"too big"_s), qPrintable(query.lastError().text()));
    // No other file can be attached to run statements on.
    QVERIFY(!query.exec(u"ATTACH DATABASE ':memory:' AS other"_s));
    QVERIFY(query.exec(u"PRAGMA trusted_schema"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0); // Inflection's own triggers need no trust
    // A reader never trusts it.
    Workspace::Options readOnly;
    readOnly.readOnly = true;
    opened->reset();
    auto reader = Workspace::open(path, readOnly);
    QVERIFY(reader);
    QSqlQuery readQuery((*reader)->database());
    QVERIFY(readQuery.exec(u"PRAGMA trusted_schema"_s) && readQuery.next());
    QCOMPARE(readQuery.value(0).toInt(), 0);
}

void TestUntrusted::hostileContentCrashesNothing()
{
    const QString path = m_dir.filePath(u"hostile.inflection"_s);
    QString out, err;
    QCOMPARE(TestSupport::run(app(), {u"demo"_s, path}, &out, &err), 0);
    QVERIFY(tamper(path,
        {// A title far larger than any screen, with control characters and a right-to-left override.
            u"UPDATE review SET title = 'Deploy ' || char(8238) || 'gnirts' || char(7, 27) || "
            u"replace(hex(zeroblob(300000)), '00', 'ab') WHERE kind = 'architecture'"_s,
            // Invalid UTF-8.
            u"UPDATE review SET system = CAST(x'c328ffa0e28228' AS TEXT), owner = CAST(x'f0908028' AS TEXT)"_s,
            // Dates that do not parse.
            u"UPDATE review SET meeting_at = 'yesterday-ish', updated_at = '9999-99-99T99:99:99Z'"_s,
            u"UPDATE incident SET started_at = 'not a time', detected_at = '', resolved_at = '2026-13-45T25:61:00Z'"_s,
            u"UPDATE timeline_event SET occurred_at = 'half past'"_s,
            // Positions that collide.
            u"UPDATE timeline_event SET position = 'a0'"_s, u"UPDATE contingency SET position = 'a0'"_s,
            u"UPDATE contingency SET likelihood = likelihood"_s,
            // Rows whose review does not exist.
            u"PRAGMA foreign_keys = OFF"_s,
            u"INSERT INTO remediation (uuid, review, text, position) VALUES ('orphan-1', 99999, 'Lost', 'a1')"_s,
            // Settings no one could have typed in.
            u"INSERT OR REPLACE INTO workspace_setting (key, value, updated_at, updated_by) VALUES "
            u"('risk_matrix', '0123', '2026-01-01T00:00:00Z', 'x'), ('severity_levels', '[]', "
            u"'2026-01-01T00:00:00Z', 'x'), ('ticket_url_template', 'file:///etc/{key}', "
            u"'2026-01-01T00:00:00Z', 'x'), ('time_zone', 'Mars/Olympus', '2026-01-01T00:00:00Z', 'x')"_s},
        &err));
    const QByteArray before = TestSupport::sha256(path);

    // Every subcommand that reads: none crashes or hangs; none writes.
    QVERIFY(TestSupport::run(app(), {u"check"_s, path}, &out, &err, 30000) == 0);
    QCOMPARE(TestSupport::run(app(), {u"list"_s, path}, &out, &err, 30000), 0);
    // On a terminal the title's bell and override are shown, not obeyed.
    QVERIFY(!out.contains(QChar(7)) && out.contains(QChar(0x2407)));
    QVERIFY(out.contains(QChar(0x2068)) && out.contains(QChar(0x2069)));
    QCOMPARE(TestSupport::run(app(), {u"list"_s, u"--json"_s, path}, &out, &err, 30000), 0);
    const QMap<QString, QJsonObject> reviews = reviewsAsJson(path);
    QVERIFY(reviews.size() >= 3);
    for (const QString &uuid : reviews.keys()) {
        for (const QString &suffix : {u"json"_s, u"md"_s, u"pdf"_s}) {
            const QString output = m_dir.filePath(uuid + u'.' + suffix);
            const int status
                = TestSupport::run(app(), {u"export"_s, path, uuid, u"-o"_s, output}, &out, &err, 60000);
            QVERIFY2(status == 0 || status == 1,
                qPrintable(uuid + u' ' + suffix + u' ' + QString::number(status) + u' ' + err));
        }
    }
    QCOMPARE(TestSupport::sha256(path), before);
    // Salvage reads it (never its triggers) into a new file, and leaves it as it was.
    const QString salvaged = m_dir.filePath(u"hostile-salvaged.inflection"_s);
    const int salvageStatus = TestSupport::run(app(), {u"salvage"_s, path, salvaged}, &out, &err, 60000);
    QVERIFY2(salvageStatus == 0 || salvageStatus == 1, qPrintable(err));
    QCOMPARE(TestSupport::sha256(path), before);
    // Search may bring its index up to date (the tampering queued reviews for it), nothing else.
    const int searchStatus = TestSupport::run(app(), {u"search"_s, path, u"Deploy"_s}, &out, &err, 60000);
    QVERIFY2(searchStatus == 0 || searchStatus == 1, qPrintable(err));
    QVERIFY(!out.contains(QChar(7)));

    // The window shows every review, changing nothing unasked.
    {
        MainWindow window;
        window.resize(1200, 800);
        const Result<> opened = window.openWorkspace(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &uuid : reviews.keys()) {
            QVERIFY(window.openReview(uuid));
            QTest::qWait(50);
        }
        // Not one window wider for a 600,000-character title; the title shown harmlessly: its control
        // characters visible, its override isolated from the rest of the line, its length bounded.
        QApplication::processEvents();
        QVERIFY2(window.width() <= 1200, qPrintable(QString::number(window.width())));
        QVERIFY(window.minimumSizeHint().width() <= 1200);
        ReviewListModel *listed = window.session()->reviews();
        bool seen = false;
        for (int row = 0; row < listed->rowCount(); ++row) {
            const QString shown = listed->index(row, ReviewListModel::TitleColumn).data().toString();
            if (!shown.contains(u"gnirts"_s))
                continue;
            seen = true;
            QVERIFY(shown.size() <= DisplayText::lineLength + 40);
            QVERIFY(shown.contains(QChar(0x2068)) && shown.contains(QChar(0x2069)));
            QVERIFY(!shown.contains(QChar(7)) && shown.contains(QChar(0x2407)));
        }
        QVERIFY(seen);
        window.grab().save(m_dir.filePath(u"hostile.png"_s));
        if (qEnvironmentVariableIsSet("INFLECTION_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("INFLECTION_SCREENSHOT_DIR") + u"/hostile.png"_s);
    }
    // The window may have stored presence and the like; the hostile rows themselves stay as they were.
    Workspace::Options readOnly;
    readOnly.readOnly = true;
    auto reader = Workspace::open(path, readOnly);
    QVERIFY(reader);
    QSqlQuery query((*reader)->database());
    QVERIFY(query.exec(u"SELECT value FROM workspace_setting WHERE key = 'ticket_url_template'"_s)
        && query.next());
    QCOMPARE(query.value(0).toString(), u"file:///etc/{key}"_s);
    QVERIFY(query.exec(u"SELECT count(*) FROM remediation WHERE uuid = 'orphan-1'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestUntrusted::displayTextIsHarmless()
{
    // Ordinary text is shown as it is.
    QCOMPARE(DisplayText::line(u"Primary database failover on March 3"_s),
        u"Primary database failover on March 3"_s);
    QCOMPARE(DisplayText::line(u"שלום · Привет"_s), u"שלום · Привет"_s);
    QVERIFY(!DisplayText::needsCare(u"Move search indexing to a queue"_s));
    // A right-to-left override stays inside its value: isolated, so the text around it keeps its order.
    const QString overridden = DisplayText::line(u"Deploy \u202Egnirts"_s);
    QCOMPARE(overridden, QString(QChar(0x2068)) + u"Deploy \u202Egnirts"_s + QChar(0x2069));
    // Control characters are shown, not obeyed.
    QCOMPARE(DisplayText::line(u"bell\x07 escape\x1b tab\t"_s), u"bell␇ escape␛ tab␉"_s);
    // A value longer than a line is cut, and says so.
    const QString shown = DisplayText::line(QString(10000, u'x'));
    QCOMPARE(shown.size(), DisplayText::lineLength + 1);
    QVERIFY(shown.endsWith(u'…'));
    // A character outside the basic plane is never cut in half.
    QString faces;
    for (int i = 0; i < 150; ++i)
        faces += u"😀"_s;
    QVERIFY(!DisplayText::line(faces).chopped(1).back().isHighSurrogate());
    // On paper a "word" of thousands of characters gets places to break; real words are left alone.
    const QString sentence = u"Move search indexing to a queue, asynchronously and idempotently"_s;
    QCOMPARE(DisplayText::breakable(sentence), sentence);
    const QString wrapped = DisplayText::breakable(QString(6000, u'a'));
    QCOMPARE(wrapped.count(QChar(0x200B)), 6000 / 60 - 1);
    QCOMPARE(QString(wrapped).remove(QChar(0x200B)), QString(6000, u'a'));
}

void TestUntrusted::links_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://tracker.example/browse/OPS-1"_s << true;
    QTest::newRow("http") << u"http://tracker.example/browse/OPS-1"_s << true;
    QTest::newRow("mailto") << u"mailto:ops@example.org"_s << true;
    QTest::newRow("HTTPS upper case") << u"HTTPS://tracker.example/"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("desktop file") << u"file:///usr/share/applications/evil.desktop"_s << false;
    QTest::newRow("smb") << u"smb://server/share/run.exe"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("ftp") << u"ftp://example.org/x"_s << false;
    QTest::newRow("no scheme") << u"tracker.example/x"_s << false;
    QTest::newRow("https without host") << u"https:///etc/passwd"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUntrusted::links()
{
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    const Result<> checked = SafeLink::check(QUrl(address));
    QCOMPARE(bool(checked), allowed);
    if (!allowed) {
        QCOMPARE(checked.error(), ErrorKind::Refused);
        QVERIFY(checked.message().contains(u"not opened"_s));
    }
}

void TestUntrusted::proposalPreviewLinksPassTheCheck()
{
    const QString path = m_dir.filePath(u"links.inflection"_s);
    auto session = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    const Result<QString> uuid = (*session)->createReview(ReviewKind::Architecture, u"Links"_s);
    QVERIFY(uuid);
    const Result<ReviewDocument *> opened = (*session)->openDocument(*uuid);
    QVERIFY(opened);
    auto *document = qobject_cast<ArchitectureDocument *>(*opened);
    QVERIFY(document);
    ArchitectureView view(document);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    UrlCatcher catcher;
    for (const char *scheme : {"https", "file", "smb", "javascript"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &catcher, "open");
    QSignalSpy problems(document, &ReviewDocument::errorOccurred);

    // Typed as a person would, previewed, and each link followed from the keyboard.
    view.editor()->setFocus();
    QTest::keyClicks(view.editor(),
        u"See [the design](https://wiki.example/design) and [the share](file:///etc/passwd)."_s);
    view.previewAction()->trigger();
    QTRY_VERIFY(view.preview()->isVisible());
    QTRY_VERIFY(view.preview()->toPlainText().contains(u"the share"_s));
    view.preview()->setFocus();
    QTest::keyClick(view.preview(), Qt::Key_Tab);
    QTest::keyClick(view.preview(), Qt::Key_Return);
    QTRY_COMPARE(catcher.opened.size(), 1);
    QCOMPARE(catcher.opened.constFirst(), QUrl(u"https://wiki.example/design"_s));
    QTest::keyClick(view.preview(), Qt::Key_Tab);
    QTest::keyClick(view.preview(), Qt::Key_Return);
    QTRY_COMPARE(problems.size(), 1);
    QCOMPARE(catcher.opened.size(), 1); // the file: address was not handed to the desktop
    QVERIFY2(problems.constFirst().constFirst().toString().contains(u"file:///etc/passwd"_s),
        qPrintable(problems.constFirst().constFirst().toString()));
    view.grab().save(m_dir.filePath(u"links.png"_s));
    if (qEnvironmentVariableIsSet("INFLECTION_SCREENSHOT_DIR"))
        view.grab().save(qEnvironmentVariable("INFLECTION_SCREENSHOT_DIR") + u"/links.png"_s);
    for (const char *scheme : {"https", "file", "smb", "javascript"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestUntrusted::checkOfAFolderSaysSo()
{
    QString out, err;
    QCOMPARE(TestSupport::run(app(), {u"check"_s, m_dir.path()}, &out, &err), 1);
    QCOMPARE(err.trimmed(),
        u"inflection: “%1” is a folder, not an Inflection workspace file."_s.arg(
            QDir::toNativeSeparators(m_dir.path())));
}

void TestUntrusted::readersLeaveNothingBehind()
{
    const QString path = m_dir.filePath(u"clean.inflection"_s);
    QVERIFY(QFile::copy(m_healthy, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = TestSupport::sha256(path);
    QString out, err;
    for (const QStringList &arguments : {QStringList {u"list"_s, path}, QStringList {u"check"_s, path},
             QStringList {u"list"_s, u"--json"_s, path}}) {
        QCOMPARE(TestSupport::run(app(), arguments, &out, &err), 0);
        QVERIFY2(!QFileInfo::exists(path + u"-wal"_s), qPrintable(arguments.join(u' ')));
        QVERIFY2(!QFileInfo::exists(path + u"-shm"_s), qPrintable(arguments.join(u' ')));
        QCOMPARE(TestSupport::sha256(path), before);
    }
    // While another program has the file open, its -wal and -shm stay: they are that program's.
    auto writer = Workspace::open(path);
    QVERIFY(writer);
    QVERIFY(ReviewRepository(writer->get()).all());
    QCOMPARE(TestSupport::run(app(), {u"list"_s, path}, &out, &err), 0);
    QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(QFileInfo::exists(path + u"-shm"_s));
}

void TestUntrusted::newFilesArePrivate()
{
    const QString path = m_dir.filePath(u"private/new.inflection"_s);
    {
        auto created = Workspace::open(path);
        QVERIFY2(created, qPrintable(created.message()));
    }
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QVERIFY(QFileInfo(path).permissions() & ownerOnly);
    QVERIFY(!(QFileInfo(path).permissions() & groupOrOther));
    // A demo and an export, through the command line.
    const QString demo = m_dir.filePath(u"private/demo.inflection"_s);
    QString out, err;
    QCOMPARE(TestSupport::run(app(), {u"demo"_s, demo}, &out, &err), 0);
    QVERIFY(!(QFileInfo(demo).permissions() & groupOrOther));
    const QString uuid = reviewsAsJson(demo).firstKey();
    for (const QString &suffix : {u"json"_s, u"md"_s, u"pdf"_s}) {
        const QString output = m_dir.filePath(u"private/export."_s + suffix);
        QCOMPARE(TestSupport::run(app(), {u"export"_s, demo, uuid, u"-o"_s, output}, &out, &err), 0);
        QVERIFY2(!(QFileInfo(output).permissions() & groupOrOther), qPrintable(output));
    }
}

QTEST_MAIN(TestUntrusted)
#include "tst_untrusted.moc"
