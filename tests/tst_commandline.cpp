// The command line, run as a separate process without a display: demo, check, list, --version.
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using TestSupport::run;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void demoCreatesOneReviewOfEachKind();
    void demoRefusesExistingFile();
    void checkHealthy();
    void checkBadFile_data();
    void checkBadFile();
    void listJsonParsesBack();
    void listText();
    void unknownCommand();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

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
}

void TestCommandLine::version()
{
    QString out;
    QCOMPARE(run(TestSupport::appBinary(), {u"--version"_s}, &out), 0);
    QVERIFY2(out.startsWith(u"inflection "_s), qPrintable(out));
    QVERIFY(out.contains(u"Qt 6."_s));
    QVERIFY(out.contains(u"SQLite 3."_s));
}

void TestCommandLine::demoCreatesOneReviewOfEachKind()
{
    QString out;
    QCOMPARE(run(TestSupport::appBinary(), {u"list"_s, m_demo, u"--json"_s}, &out), 0);
    const QJsonArray reviews = QJsonDocument::fromJson(out.toUtf8()).array();
    QStringList kinds;
    for (const QJsonValue &v : reviews)
        kinds << v.toObject().value(u"kind"_s).toString();
    kinds.sort();
    QCOMPARE(kinds, (QStringList {u"architecture"_s, u"operability"_s, u"postmortem"_s}));
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
    QVERIFY(out.contains(u"3 review"_s));
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
    QCOMPARE(doc.array().size(), 3);
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
    QCOMPARE(lines.size(), 3);
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
