// The command line, run as a separate process without a display: help in the environment's language,
// a mistyped subcommand, usage errors of every subcommand, demo, check, list, --version. On a server that
// asks for passwords (tst_commandline_postgresql: scripts/with-postgres, INFLECTION_PG_AUTH=scram): how to
// give one, followed as a person would.
#include "store/workspace.h"
#include "store/workspacelocation.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>
#include <QTranslator>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using TestSupport::run;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version_data();
    void version();
    void helpWithoutDisplay_data();
    void helpWithoutDisplay();
    void subcommandHelp_data();
    void subcommandHelp();
    void mistypedSubcommandCreatesNothing_data();
    void mistypedSubcommandCreatesNothing();
    void usageErrors_data();
    void usageErrors();
    void lintReadsStandardInput();
    void demoCreatesAnExampleOfEachKindAndAYear();
    void demoRefusesExistingFile();
    void checkHealthy();
    void checkBadFile_data();
    void checkBadFile();
    void listJsonParsesBack();
    void listText();
    void unknownCommand();
    void copyFileToFileTwice();
    void copyLeavesANewerReview();
    void serverAsksForPasswordSaysHow();
    void exportIntoAPipeKeepsThePipe();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_review; // a uuid in m_demo
    QString m_text; // a text file
};

namespace {

const QStringList subcommands {u"demo"_s, u"check"_s, u"list"_s, u"export"_s, u"import"_s,
    u"import-timeline"_s, u"lint"_s, u"help"_s, u"copy"_s, u"server"_s};

// The test's environment (no display) in a language: "en", "de" or "ru".
QProcessEnvironment environment(const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    const QString locale = language == u"en"_s ? u"en_US"_s : language == u"de"_s ? u"de_DE"_s : u"ru_RU"_s;
    environment.insert(u"LANGUAGE"_s, language);
    environment.insert(u"LANG"_s, locale + u".UTF-8"_s);
    // Characters in C.UTF-8, which every system has: a minimal one (the Debian 13 root) has no
    // ru_RU.UTF-8, and Qt would say so on standard error.
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

} // namespace

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Subcommands must not need a display.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    m_demo = m_dir.filePath(u"demo.inflection"_s);
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {u"demo"_s, m_demo}, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_demo}, &out, &err), 0);
    m_review = out.left(36);
    m_text = m_dir.filePath(u"notes.md"_s);
    QFile text(m_text);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("The alert fired at 14:02.\n");
}

void TestCommandLine::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << u"--version"_s;
    QTest::newRow("-v") << u"-v"_s;
}

void TestCommandLine::version()
{
    QFETCH(QString, option);
    QString out;
    QCOMPARE(run(TestSupport::appBinary(), {option}, &out), 0);
    QVERIFY2(out.startsWith(u"inflection "_s), qPrintable(out));
    QVERIFY(out.contains(u"Qt 6."_s));
    QVERIFY(out.contains(u"SQLite 3."_s));
}

void TestCommandLine::demoCreatesAnExampleOfEachKindAndAYear()
{
    QString out;
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_demo, u"--json"_s}, &out), 0);
    const QJsonArray reviews = QJsonDocument::fromJson(out.toUtf8()).array();
    QMap<QString, int> kinds;
    for (const QJsonValue &v : reviews)
        ++kinds[v.toObject().value(u"kind"_s).toString()];
    // The worked example of each kind, and a year: 5 architecture, 6 operability reviews, 15 postmortems.
    QCOMPARE(
        kinds, (QMap<QString, int> {{u"architecture"_s, 6}, {u"operability"_s, 7}, {u"postmortem"_s, 16}}));
}

void TestCommandLine::demoRefusesExistingFile()
{
    const QByteArray before = TestSupport::sha256(m_demo);
    QString err;
    QVERIFY(run(TestSupport::appBinary(), {u"demo"_s, m_demo}, nullptr, &err) != 0);
    QVERIFY(err.contains(u"already exists"_s));
    QCOMPARE(TestSupport::sha256(m_demo), before);
}

void TestCommandLine::checkHealthy()
{
    const QByteArray before = TestSupport::sha256(m_demo);
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {u"check"_s, m_demo}, &out, &err), 0);
    QVERIFY2(out.contains(u"healthy"_s), qPrintable(out));
    QVERIFY(out.contains(u"schema version"_s));
    QVERIFY(out.contains(u"journal mode wal"_s));
    QVERIFY(out.contains(u"29 review"_s)); // the worked examples and the year
    QCOMPARE(TestSupport::sha256(m_demo), before);
}

void TestCommandLine::checkBadFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a database") << u"garbage"_s << u"not an SQLite database"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"truncated"_s;
    QTest::newRow("corrupt") << u"corrupt"_s << u"damaged"_s;
    QTest::newRow("locked") << u"locked"_s << u"locked by another program"_s;
    QTest::newRow("read-only") << u"readonly"_s << u"read-only"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"newer version of Inflection"_s;
    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
}

void TestCommandLine::checkBadFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.inflection"_s);
    QProcess locker;
    if (kind == u"garbage"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not,a,database\n1,2,3\n");
    } else if (kind != u"missing"_s) {
        TestSupport::makeWorkspace(path, 200);
    }
    if (kind == u"truncated"_s) {
        QFile f(path);
        QVERIFY(f.resize(f.size() / 3));
    } else if (kind == u"corrupt"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096));
        f.write(QByteArray(8192, '\x33'));
    } else if (kind == u"locked"_s) {
        locker.start(TestSupport::helperBinary(), {u"lock"_s, path});
        QVERIFY(locker.waitForReadyRead(10000));
        QVERIFY(locker.readAll().startsWith("locked"));
    } else if (kind == u"readonly"_s) {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    } else if (kind == u"newer"_s) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 77"_s);
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
    }
    const QByteArray before = TestSupport::sha256(path);

    QString out;
    QString err;
    const int status = run(TestSupport::appBinary(), {u"check"_s, path}, &out, &err);
    QVERIFY2(status != 0, qPrintable(out));
    QVERIFY(status > 0);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(out.isEmpty());

    if (locker.state() != QProcess::NotRunning) {
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(10000));
    }
    QCOMPARE(TestSupport::sha256(path), before);
    if (kind == u"missing"_s)
        QVERIFY(!QFile::exists(path));
}

void TestCommandLine::listJsonParsesBack()
{
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_demo, u"--json"_s}, &out, &err), 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 29);
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), (QStringList {u"kind"_s, u"status"_s, u"title"_s, u"updated_at"_s, u"uuid"_s}));
        QCOMPARE(o.value(u"uuid"_s).toString().size(), 36);
        QVERIFY(!o.value(u"title"_s).toString().isEmpty());
        QVERIFY(QDateTime::fromString(o.value(u"updated_at"_s).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(o.value(u"updated_at"_s).toString().endsWith(u'Z'));
    }
}

void TestCommandLine::listText()
{
    QString out;
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_demo}, &out), 0);
    const QStringList lines = out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 29);
    for (const QString &line : lines)
        QCOMPARE(line.split(u'\t').size(), 5);
}

void TestCommandLine::unknownCommand()
{
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s}, nullptr, &err), 2);
    QVERIFY(err.contains(u"list takes one argument"_s));
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_demo, u"--bogus"_s}, nullptr, &err), 2);
    QVERIFY(err.contains(u"--bogus"_s));
}

// copy into a new file, twice: the same reviews with the same interchange JSON, and the second run
// changes nothing.
void TestCommandLine::copyFileToFileTwice()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.inflection"_s);
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {u"copy"_s, m_demo, copy}, &out, &err), 0);
    QVERIFY2(out.contains(u"29 review"_s), qPrintable(out));
    QString listed;
    QString listedCopy;
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_demo, u"--json"_s}, &listed), 0);
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, copy, u"--json"_s}, &listedCopy), 0);
    QCOMPARE(listedCopy, listed);
    QCOMPARE(run(TestSupport::appBinary(), {u"copy"_s, m_demo, copy}, &out, &err), 0);
    QVERIFY2(out.contains(u"0 review"_s) && out.contains(u"29 already there"_s), qPrintable(out));
    const QJsonArray reviews = QJsonDocument::fromJson(listed.toUtf8()).array();
    for (const QJsonValue &review : reviews) {
        const QString uuid = review.toObject().value(u"uuid"_s).toString();
        const QString original = dir.filePath(u"original.json"_s);
        const QString copied = dir.filePath(u"copied.json"_s);
        QCOMPARE(run(TestSupport::appBinary(),
                     {u"export"_s, m_demo, uuid, u"--format"_s, u"json"_s, u"-o"_s, original}),
            0);
        QCOMPARE(run(TestSupport::appBinary(),
                     {u"export"_s, copy, uuid, u"--format"_s, u"json"_s, u"-o"_s, copied}),
            0);
        QCOMPARE(TestSupport::sha256(copied), TestSupport::sha256(original));
    }
    // The history came along.
    const auto history = [](const QString &path) {
        Inflection::Workspace::Options options;
        options.readOnly = true;
        auto workspace = Inflection::Workspace::open(path, options);
        QSqlQuery query((*workspace)->database());
        query.exec(
            u"SELECT r.uuid, c.at, c.by, c.what FROM change_log AS c JOIN review AS r ON r.id = c.review "
            u"ORDER BY r.uuid, c.at, c.what"_s);
        QStringList rows;
        while (query.next())
            rows << query.value(0).toString() + query.value(1).toString() + query.value(2).toString()
                    + query.value(3).toString();
        return rows;
    };
    QCOMPARE(history(copy), history(m_demo));
    QVERIFY(!history(m_demo).isEmpty());
}

// A review the destination changed after the source's copy is left as it is, and named.
void TestCommandLine::copyLeavesANewerReview()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.inflection"_s);
    QCOMPARE(run(TestSupport::appBinary(), {u"copy"_s, m_demo, copy}), 0);
    {
        auto workspace = Inflection::Workspace::open(copy);
        QVERIFY(workspace);
        QSqlQuery query((*workspace)->database());
        QVERIFY(query.prepare(u"UPDATE review SET title = 'Changed later', revision = revision + 1, "
                              u"updated_at = '2999-01-01T00:00:00.000Z' WHERE uuid = ?"_s));
        query.addBindValue(m_review);
        QVERIFY(query.exec());
    }
    QString out;
    QCOMPARE(run(TestSupport::appBinary(), {u"copy"_s, m_demo, copy}, &out), 0);
    QVERIFY2(
        out.contains(u"changed later at the destination: “"_s) && out.contains(m_review), qPrintable(out));
    QVERIFY2(out.contains(u"1 changed later there"_s), qPrintable(out));
    QString listed;
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, copy}, &listed), 0);
    QVERIFY(listed.contains(u"Changed later"_s));
}

void TestCommandLine::helpWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // besides every subcommand and Qt's own words
    const QStringList english {u"Subcommands:"_s, u"Write a review"_s, u"WORKSPACE"_s};
    const QStringList russian {u"Подкоманды:"_s, u"Записать ревью"_s, u"ПРОСТРАНСТВО"_s};
    QTest::newRow("--help, English") << QStringList {u"--help"_s} << u"en"_s << english;
    QTest::newRow("-h, English") << QStringList {u"-h"_s} << u"en"_s << english;
    QTest::newRow("help, English") << QStringList {u"help"_s} << u"en"_s << english;
    QTest::newRow("--help, Russian") << QStringList {u"--help"_s} << u"ru"_s << russian;
    QTest::newRow("help, Russian") << QStringList {u"help"_s} << u"ru"_s << russian;
    QTest::newRow("--help, German") << QStringList {u"--help"_s} << u"de"_s
                                    << QStringList {u"Unterbefehle:"_s, u"ARBEITSBEREICH"_s};
}

// Help needs no display (the test's environment has none) and speaks the environment's language,
// Qt's own words ("Usage:", "Options:") included.
void TestCommandLine::helpWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    // Qt's words as the Qt installed here translates them.
    QTranslator qt;
    if (language != u"en"_s)
        QVERIFY(qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    const auto qtWord = [&qt](const char *source) {
        const QString translation = qt.translate("QCommandLineParser", source);
        return translation.isEmpty() ? QString::fromLatin1(source) : translation;
    };
    expected += {qtWord("Usage: %1").section(u"%1"_s, 0, 0).trimmed(), qtWord("Options:"),
        qtWord("Arguments:"), qtWord("Displays version information.")};
    TestSupport::RunContext context;
    context.environment = environment(language);
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), arguments, context, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    for (const QString &text : expected + subcommands)
        QVERIFY2(out.contains(text), qPrintable(text + u" is not in:\n"_s + out));
    QVERIFY(out.contains(u"--version"_s));
    QVERIFY(!out.contains(u"--quit-after-startup"_s)); // for scripts only
}

void TestCommandLine::subcommandHelp_data()
{
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("demo") << u"demo"_s << QStringList {u"WORKSPACE"_s};
    QTest::newRow("check") << u"check"_s << QStringList {u"WORKSPACE"_s};
    QTest::newRow("list") << u"list"_s << QStringList {u"--json"_s};
    QTest::newRow("export") << u"export"_s
                            << QStringList {u"WORKSPACE REVIEW"_s,
                                   u"--format <pdf|markdown|json|madr|nygard>"_s, u"-o, --output <FILE>"_s,
                                   u"printable summary"_s};
    QTest::newRow("import") << u"import"_s << QStringList {u"--force"_s};
    QTest::newRow("import-timeline") << u"import-timeline"_s
                                     << QStringList {u"--format <csv|slack|irc>"_s, u"--channel <NAME>"_s,
                                            u"--from <TIME>"_s, u"--to <TIME>"_s, u"--all"_s};
    QTest::newRow("lint") << u"lint"_s << QStringList {u"--lang <en|ru|de>"_s, u"FILE|-"_s};
    QTest::newRow("help") << u"help"_s << QStringList {u"[SUBCOMMAND]"_s};
    QTest::newRow("copy") << u"copy"_s << QStringList {u"SOURCE DESTINATION"_s, u"service=NAME"_s};
    QTest::newRow("server") << u"server"_s
                            << QStringList {u"init SERVER"_s, u"grant SERVER LOGIN reader|editor|admin"_s,
                                   u"revoke SERVER LOGIN"_s};
}

// "inflection SUBCOMMAND --help" and "inflection help SUBCOMMAND" say the same: usage and options.
void TestCommandLine::subcommandHelp()
{
    QFETCH(QString, subcommand);
    QFETCH(QStringList, expected);
    TestSupport::RunContext context;
    context.environment = environment(u"en"_s);
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {subcommand, u"--help"_s}, context, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(u"Usage:"_s) && out.contains(u' ' + subcommand + u' '), qPrintable(out));
    for (const QString &text : expected + QStringList {u"--help"_s})
        QVERIFY2(out.contains(text), qPrintable(text + u" is not in:\n"_s + out));
    QString again;
    QCOMPARE(run(TestSupport::appBinary(), {u"help"_s, subcommand}, context, &again, &err), 0);
    QCOMPARE(again, out);
}

void TestCommandLine::mistypedSubcommandCreatesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("suggestion"); // empty: none
    QTest::newRow("exprot WORKSPACE x")
        << QStringList {u"exprot"_s, u"ws.inflection"_s, u"x"_s} << u"export"_s;
    QTest::newRow("lsit WORKSPACE") << QStringList {u"lsit"_s, u"ws.inflection"_s} << u"list"_s;
    QTest::newRow("Import-timline, three more") << QStringList {u"Import-timline"_s, u"ws.inflection"_s,
        u"3f2a"_s, u"chat.log"_s} << u"import-timeline"_s;
    QTest::newRow("nothing close") << QStringList {u"frobnicate"_s, u"ws.inflection"_s} << QString();
    QTest::newRow("exprot alone") << QStringList {u"exprot"_s} << u"export"_s;
    QTest::newRow("chekc alone") << QStringList {u"chekc"_s} << u"check"_s;
    QTest::newRow("an option too") << QStringList {u"--language"_s, u"de"_s, u"demo2"_s, u"x"_s} << u"demo"_s;
}

// A mistyped subcommand is an error that lists the subcommands; no workspace is made of it.
void TestCommandLine::mistypedSubcommandCreatesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, suggestion);
    QTemporaryDir empty;
    TestSupport::RunContext context;
    context.workingDirectory = empty.path();
    context.environment = environment(u"en"_s);
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), arguments, context, &out, &err), 2);
    QVERIFY(out.isEmpty());
    const QString command = arguments.first().startsWith(u'-') ? arguments.at(2) : arguments.first();
    QVERIFY2(err.contains(u"unknown command “%1”"_s.arg(command)), qPrintable(err));
    for (const QString &subcommand : subcommands)
        QVERIFY2(
            err.contains(u"\n  "_s + subcommand + u' '), qPrintable(subcommand + u" is not in:\n"_s + err));
    if (suggestion.isEmpty())
        QVERIFY2(!err.contains(u"Did you mean"_s), qPrintable(err));
    else
        QVERIFY2(err.contains(u"Did you mean “%1”?"_s.arg(suggestion)), qPrintable(err));
    QCOMPARE(
        QDir(empty.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
        QStringList());
}

void TestCommandLine::usageErrors_data()
{
    // WORKSPACE: the demo workspace; REVIEW: a review in it; TEXT: a text file; NEW: a file that is not
    // there and must not be made.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::newRow(name) << arguments << message;
    };
    row("unknown option", {u"--bogus"_s}, u"unknown option “--bogus”"_s);
    row("unknown option and a workspace", {u"NEW"_s, u"--bogus"_s}, u"unknown option “--bogus”"_s);
    row("demo: unknown option", {u"demo"_s, u"--bogus"_s, u"NEW"_s}, u"“--bogus”"_s);
    row("demo: no workspace", {u"demo"_s}, u"demo takes one argument"_s);
    row("demo: two workspaces", {u"demo"_s, u"NEW"_s, u"NEW"_s}, u"demo takes one argument"_s);
    row("check: unknown option", {u"check"_s, u"WORKSPACE"_s, u"--bogus"_s}, u"“--bogus”"_s);
    row("check: no workspace", {u"check"_s}, u"check takes one argument"_s);
    row("list: unknown option", {u"list"_s, u"WORKSPACE"_s, u"--bogus"_s}, u"“--bogus”"_s);
    row("list: unknown short option", {u"list"_s, u"WORKSPACE"_s, u"-x"_s}, u"“-x”"_s);
    row("list: no workspace", {u"list"_s, u"--json"_s}, u"list takes one argument"_s);
    row("export: unknown option", {u"export"_s, u"WORKSPACE"_s, u"REVIEW"_s, u"-o"_s, u"NEW"_s, u"--bogus"_s},
        u"“--bogus”"_s);
    row("export: --format without a value",
        {u"export"_s, u"WORKSPACE"_s, u"REVIEW"_s, u"-o"_s, u"NEW"_s, u"--format"_s}, u"--format"_s);
    row("export: -o without a value", {u"export"_s, u"WORKSPACE"_s, u"REVIEW"_s, u"-o"_s}, u"-o"_s);
    row("export: no output", {u"export"_s, u"WORKSPACE"_s, u"REVIEW"_s}, u"-o FILE"_s);
    row("export: no review", {u"export"_s, u"WORKSPACE"_s, u"-o"_s, u"NEW"_s}, u"-o FILE"_s);
    row("export: unknown format",
        {u"export"_s, u"WORKSPACE"_s, u"REVIEW"_s, u"--format"_s, u"docx"_s, u"-o"_s, u"NEW"_s},
        u"not an export format"_s);
    row("import: unknown option", {u"import"_s, u"WORKSPACE"_s, u"TEXT"_s, u"--bogus"_s}, u"“--bogus”"_s);
    row("import: no file", {u"import"_s, u"WORKSPACE"_s}, u"import takes a workspace and a file"_s);
    row("import-timeline: unknown option",
        {u"import-timeline"_s, u"WORKSPACE"_s, u"REVIEW"_s, u"TEXT"_s, u"--bogus"_s}, u"“--bogus”"_s);
    row("import-timeline: --from without a value",
        {u"import-timeline"_s, u"WORKSPACE"_s, u"REVIEW"_s, u"TEXT"_s, u"--from"_s}, u"--from"_s);
    row("import-timeline: --all with --to",
        {u"import-timeline"_s, u"WORKSPACE"_s, u"REVIEW"_s, u"TEXT"_s, u"--all"_s, u"--to"_s, u"14:00"_s},
        u"--all cannot be given"_s);
    row("import-timeline: no file", {u"import-timeline"_s, u"WORKSPACE"_s, u"REVIEW"_s},
        u"import-timeline takes a workspace, a review and a file"_s);
    row("lint: unknown option", {u"lint"_s, u"--bogus"_s, u"TEXT"_s}, u"“--bogus”"_s);
    row("lint: --lang without a value", {u"lint"_s, u"TEXT"_s, u"--lang"_s}, u"--lang"_s);
    row("lint: unknown language", {u"lint"_s, u"--lang=tlh"_s, u"TEXT"_s},
        u"not a language the coach knows"_s);
    row("lint: no file", {u"lint"_s}, u"lint takes one file"_s);
    row("copy: no destination", {u"copy"_s, u"WORKSPACE"_s}, u"copy takes two workspaces"_s);
    row("copy: three workspaces", {u"copy"_s, u"WORKSPACE"_s, u"NEW"_s, u"NEW"_s},
        u"copy takes two workspaces"_s);
    row("copy: onto itself", {u"copy"_s, u"WORKSPACE"_s, u"WORKSPACE"_s}, u"the same workspace"_s);
    row("server: no action", {u"server"_s}, u"server takes init"_s);
    row("server: unknown action", {u"server"_s, u"drop"_s, u"service=team"_s}, u"server takes init"_s);
    row("server: grant without a level", {u"server"_s, u"grant"_s, u"service=team"_s, u"bob"_s},
        u"server takes init"_s);
    row("server: bad level", {u"server"_s, u"grant"_s, u"service=team"_s, u"bob"_s, u"owner"_s},
        u"“owner” is not a level"_s);
    row("server: a file", {u"server"_s, u"revoke"_s, u"NEW"_s, u"bob"_s}, u"is not a server connection"_s);
    row("help: unknown subcommand", {u"help"_s, u"exprot"_s}, u"unknown command “exprot”"_s);
    row("help: two subcommands", {u"help"_s, u"export"_s, u"list"_s}, u"help takes at most one argument"_s);
}

// Every usage error of every subcommand exits with 2, says what was wrong and writes nothing.
void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"new.inflection"_s);
    for (QString &argument : arguments) {
        if (argument == u"WORKSPACE"_s)
            argument = m_demo;
        else if (argument == u"REVIEW"_s)
            argument = m_review.left(8);
        else if (argument == u"TEXT"_s)
            argument = m_text;
        else if (argument == u"NEW"_s)
            argument = fresh;
    }
    const QByteArray before = TestSupport::sha256(m_demo);
    TestSupport::RunContext context;
    context.workingDirectory = dir.path();
    context.environment = environment(u"en"_s);
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), arguments, context, &out, &err), 2);
    QVERIFY2(err.startsWith(u"inflection: "_s) && err.contains(message), qPrintable(err));
    // The problem, and at most the subcommand's usage line and where to read more: not its whole help.
    if (subcommands.contains(arguments.first()))
        QVERIFY2(!err.contains(u"Options:"_s), qPrintable(err));
    QVERIFY(out.isEmpty());
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(TestSupport::sha256(m_demo), before);
}

void TestCommandLine::lintReadsStandardInput()
{
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {u"lint"_s, u"--lang"_s, u"en"_s, u"-"_s}, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(out.isEmpty());
}

// A subcommand on a server that asks for a password nothing gives: libpq's error, then how to give one
// (~/.pgpass with its line format and mode, PGPASSFILE, a service file), never the password on the command
// line without its cost. The line it suggests, with the password filled in, then lets the same command in.
void TestCommandLine::serverAsksForPasswordSaysHow()
{
    const QString owner = qEnvironmentVariable("INFLECTION_TEST_POSTGRES");
    if (owner.isEmpty() || qEnvironmentVariable("INFLECTION_PG_AUTH") != u"scram"_s)
        QSKIP("a server that asks for passwords: ctest runs tst_commandline_postgresql");
    QString out;
    QString err;
    QCOMPARE(run(TestSupport::appBinary(), {u"server"_s, u"init"_s, owner}, &out, &err), 0);
    const auto password = u"tulip-lantern-4"_s;
    QProcess psql;
    psql.start(qEnvironmentVariable("INFLECTION_TEST_PG_BIN") + u"/psql"_s,
        {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, owner, u"-c"_s,
            u"CREATE ROLE dora LOGIN PASSWORD '%1'"_s.arg(password)});
    QVERIFY(psql.waitForFinished(60000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
    QCOMPARE(run(TestSupport::appBinary(), {u"server"_s, u"grant"_s, owner, u"dora"_s, u"reader"_s}), 0);

    // As she would type it: the server's address with her login, no password.
    const Inflection::Result<Inflection::WorkspaceLocation> ownerLocation
        = Inflection::WorkspaceLocation::parse(owner);
    QVERIFY(ownerLocation);
    const QString host = ownerLocation->parameter(u"host"_s);
    const QString database = ownerLocation->parameter(u"dbname"_s);
    const QString server = u"postgresql:///%1?host=%2&user=dora"_s.arg(database, host);
    TestSupport::RunContext context;
    context.environment.remove(u"PGPASSWORD"_s);
    context.environment.insert(u"PGPASSFILE"_s, m_dir.filePath(u"no-pgpass"_s)); // not a person's own
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, server}, context, &out, &err), 1);
    QVERIFY2(err.contains(u"password"_s), qPrintable(err));
    for (const QString &said : {u"~/.pgpass"_s, u"host:port:database:user:password"_s, u"0600"_s,
             u"PGPASSFILE"_s, u"service=NAME"_s, u"process list"_s})
        QVERIFY2(err.contains(said), qPrintable(u"“%1” missing in: %2"_s.arg(said, err)));
    // Another subcommand that opens a workspace says it too: they all open it in one place.
    QString searchErr;
    QCOMPARE(
        run(TestSupport::appBinary(), {u"search"_s, server, u"outage"_s}, context, nullptr, &searchErr), 1);
    QVERIFY2(searchErr.contains(u"~/.pgpass"_s), qPrintable(searchErr));

    // The line suggested for this server, with her password in place of PASSWORD.
    QString suggested;
    for (const QString &line : err.split(u'\n')) {
        if (line.trimmed().startsWith(host) && line.trimmed().endsWith(u":dora:PASSWORD"_s))
            suggested = line.trimmed();
    }
    QVERIFY2(!suggested.isEmpty(), qPrintable(err));
    const QString pgpass = m_dir.filePath(u"dora-pgpass"_s);
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(suggested.chopped(u"PASSWORD"_s.size()).toUtf8() + password.toUtf8() + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    context.environment.insert(u"PGPASSFILE"_s, pgpass);
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, server}, context, &out, &err), 0);
    QVERIFY2(!err.contains(u"~/.pgpass"_s), qPrintable(err));

    // A file that is not there: no such advice.
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_dir.filePath(u"nowhere.inflection"_s)}, context,
                 &out, &err),
        1);
    QVERIFY2(!err.contains(u"~/.pgpass"_s), qPrintable(err));
}

// "-o /dev/null", "-o /dev/stdout" or a named pipe: written to as it is. A file put in its place by
// renaming (as a regular file is written, whole or not at all) replaced /dev/null itself when run as
// root.
void TestCommandLine::exportIntoAPipeKeepsThePipe()
{
    const QString pipe = m_dir.filePath(u"export.pipe"_s);
    QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    QProcess reader;
    reader.start(u"cat"_s, {pipe});
    QVERIFY(reader.waitForStarted());
    QString out, err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"export"_s, m_demo, m_review, u"--format"_s, u"markdown"_s, u"-o"_s, pipe}, &out, &err),
        0);
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY(reader.readAllStandardOutput().startsWith("# "));
    struct stat info = {};
    QVERIFY(::stat(QFile::encodeName(pipe).constData(), &info) == 0);
    QVERIFY2(S_ISFIFO(info.st_mode), "the pipe is still a pipe");
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
