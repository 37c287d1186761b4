// Bad workspace files: each gives one clear message and is left byte-for-byte as it was.
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

Q_DECLARE_METATYPE(ErrorKind)

namespace {

enum class Damage {
    NotADatabase,
    Text,
    Truncated,
    TruncatedHeader,
    CorruptSchema,
    Corrupt,
    Locked,
    ReadOnly,
    NewerSchema,
};

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestBadFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void badFile_data();
    void badFile();
    void missingFileIsNotCreatedWhenReadOnly();
    void soundFileVerifies();

private:
    QString prepare(Damage damage, const QString &path, QProcess *locker);
};

QString TestBadFiles::prepare(Damage damage, const QString &path, QProcess *locker)
{
    switch (damage) {
    case Damage::NotADatabase: {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(4096, '\x5a'));
        break;
    }
    case Damage::Text: {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("# Meeting notes\n\nThis is a Markdown file someone opened by mistake.\n");
        break;
    }
    case Damage::Truncated: {
        TestSupport::makeWorkspace(path, 200);
        QFile f(path);
        f.resize(f.size() / 2);
        break;
    }
    case Damage::TruncatedHeader: {
        TestSupport::makeWorkspace(path, 3);
        QFile f(path);
        f.resize(60);
        break;
    }
    case Damage::CorruptSchema:
        TestSupport::makeWorkspace(path, 3);
        // Keep the 100-byte header, scribble over the schema table that follows it.
        overwrite(path, 100, QByteArray(3000, '\x7f'));
        break;
    case Damage::Corrupt: {
        TestSupport::makeWorkspace(path, 200);
        // Scribble over the second page (the first table's b-tree) and beyond.
        overwrite(path, 4096, QByteArray(8192, '\xa5'));
        break;
    }
    case Damage::Locked: {
        TestSupport::makeWorkspace(path, 3);
        locker->start(TestSupport::helperBinary(), {u"lock"_s, path});
        if (!locker->waitForReadyRead(10000) || !locker->readAll().startsWith("locked"))
            qWarning("the lock helper did not take its lock");
        break;
    }
    case Damage::ReadOnly:
        TestSupport::makeWorkspace(path, 3);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        break;
    case Damage::NewerSchema: {
        TestSupport::makeWorkspace(path, 3);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(u"PRAGMA journal_mode = DELETE"_s);
            QSqlQuery(db).exec(u"PRAGMA user_version = 4242"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        break;
    }
    }
    return path;
}

void TestBadFiles::badFile_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<ErrorKind>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a database (binary)")
        << Damage::NotADatabase << false << ErrorKind::NotADatabase << u"not an SQLite database"_s;
    QTest::newRow("not a database (text)")
        << Damage::Text << false << ErrorKind::NotADatabase << u"not an SQLite database"_s;
    QTest::newRow("truncated") << Damage::Truncated << false << ErrorKind::Truncated << u"truncated"_s;
    QTest::newRow("truncated inside the header")
        << Damage::TruncatedHeader << false << ErrorKind::Truncated << u"truncated"_s;
    QTest::newRow("corrupt schema (found on open)")
        << Damage::CorruptSchema << false << ErrorKind::Corrupt << u"damaged"_s;
    // Damage past the schema is found by verify(), which reads every page; the window runs it in
    // the background after opening, `inflection check` runs it in full.
    QTest::newRow("corrupt data pages (found by verify)")
        << Damage::Corrupt << true << ErrorKind::Corrupt << u"damaged"_s;
    QTest::newRow("locked by another process")
        << Damage::Locked << false << ErrorKind::Locked << u"locked by another program"_s;
    QTest::newRow("read-only file") << Damage::ReadOnly << true << ErrorKind::ReadOnly << u"read-only"_s;
    QTest::newRow("newer schema") << Damage::NewerSchema << true << ErrorKind::NewerSchema
                                  << u"newer version of Inflection"_s;
}

void TestBadFiles::badFile()
{
    QFETCH(Damage, damage);
    QFETCH(bool, opens);
    QFETCH(ErrorKind, problem);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QProcess locker;
    const QString path = prepare(damage, dir.filePath(u"bad.inflection"_s), &locker);
    const QByteArray before = TestSupport::sha256(path);
    QVERIFY(!before.isEmpty());

    {
        Workspace::Options options;
        options.busyTimeoutMs = 300;
        auto opened = Workspace::open(path, options);
        if (opens && damage == Damage::Corrupt) {
            QVERIFY2(opened, qPrintable(opened.message()));
            Workspace *ws = opened->get();
            const Result<> verified = ws->verify();
            QCOMPARE(verified.error(), ErrorKind::Corrupt);
            QVERIFY2(verified.message().contains(message), qPrintable(verified.message()));
            ws->becomeReadOnly(ErrorKind::Corrupt);
            QVERIFY(ws->isReadOnly());
            QVERIFY(ws->readOnlyReason().contains(message));
        } else if (opens) {
            QVERIFY2(opened, qPrintable(opened.message()));
            Workspace *ws = opened->get();
            const Result<> verified = ws->verify();
            QVERIFY2(verified, qPrintable(verified.message()));
            QVERIFY(ws->isReadOnly());
            QCOMPARE(ws->readOnlyProblem(), problem);
            QVERIFY2(ws->readOnlyReason().contains(message), qPrintable(ws->readOnlyReason()));
            QVERIFY(!ws->readOnlyReason().contains(u'\n'));
            // Readable, and a write is refused with a message rather than attempted.
            ReviewRepository repository(ws);
            const auto reviews = repository.all();
            QVERIFY2(reviews, qPrintable(reviews.message()));
            QCOMPARE(reviews->size(), 3);
            const auto result = repository.updateField(reviews->first(), ReviewField::Title, u"changed"_s);
            QVERIFY(!result);
            QVERIFY(!result.isConflict());
            QVERIFY(!result.message().isEmpty());
            const auto created = repository.create(ReviewKind::Postmortem, u"new"_s);
            QVERIFY(!created);
            QVERIFY(!created.message().isEmpty());
        } else {
            QVERIFY(!opened);
            QCOMPARE(opened.error(), problem);
            const QString error = opened.message();
            QVERIFY2(error.contains(message), qPrintable(error));
            QVERIFY2(error.contains(u"bad.inflection"_s), qPrintable(error));
            QVERIFY(!error.contains(u'\n'));
        }
    }

    if (locker.state() != QProcess::NotRunning) {
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(10000));
    }
    QCOMPARE(TestSupport::sha256(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestBadFiles::missingFileIsNotCreatedWhenReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent.inflection"_s);
    Workspace::Options options;
    options.readOnly = true;
    const auto opened = Workspace::open(path, options);
    QVERIFY(!opened);
    QCOMPARE(opened.error(), ErrorKind::Missing);
    QVERIFY(opened.message().contains(u"does not exist"_s));
    QVERIFY(!QFile::exists(path));
}

void TestBadFiles::soundFileVerifies()
{
    QTemporaryDir dir;
    const QString path = TestSupport::makeWorkspace(dir.filePath(u"good.inflection"_s), 50);
    auto ws = Workspace::open(path);
    QVERIFY2(ws, qPrintable(ws.message()));
    const Result<> verified = (*ws)->verify();
    QVERIFY2(verified, qPrintable(verified.message()));
    QCOMPARE(verified.error(), ErrorKind::None);
    QVERIFY(verified.message().isEmpty());
    QVERIFY(!(*ws)->isReadOnly());
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
