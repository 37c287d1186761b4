// The roles of a workspace on a server, through Inflection's own store: a reader's write is refused by the
// server (through a repository and through a raw UPDATE on the reader's own connection), an editor cannot
// change the workspace's settings, the change log names the server's login. Runs on the server backend.
#include "domain/review.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Inflection;
using namespace Qt::Literals::StringLiterals;

class TestServerRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readerWriteIsRefusedByTheServer();
    void editorCannotChangeTheSettings();
    void changeLogNamesTheLogin();

private:
    // The owner's connection with another login: the test server trusts its Unix socket.
    QString as(const QString &login) const
    {
        return QString(m_owner).replace(u"user=postgres"_s, u"user="_s + login);
    }
    QString sqlOnOwner(const QString &sql) const;
    void inflection(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_owner;
    QString m_review; // a uuid on the server
};

QString TestServerRoles::sqlOnOwner(const QString &sql) const
{
    QProcess psql;
    psql.start(qEnvironmentVariable("INFLECTION_TEST_PG_BIN") + u"/psql"_s,
        {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_owner, u"-c"_s, sql});
    psql.waitForFinished(60000);
    return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
}

void TestServerRoles::inflection(const QStringList &arguments)
{
    QString out;
    QString err;
    const int status = TestSupport::run(TestSupport::appBinary(), arguments, &out, &err);
    QVERIFY2(status == 0, qPrintable(arguments.join(u' ') + u": "_s + err));
}

void TestServerRoles::initTestCase()
{
    if (qEnvironmentVariable("INFLECTION_TEST_BACKEND") != u"postgresql"_s
        || qEnvironmentVariableIsEmpty("INFLECTION_TEST_POSTGRES"))
        QSKIP("the roles are a server's: run under scripts/with-postgres with "
              "INFLECTION_TEST_BACKEND=postgresql");
    QStandardPaths::setTestModeEnabled(true);
    m_owner = qEnvironmentVariable("INFLECTION_TEST_POSTGRES");
    const QString demo = m_dir.filePath(u"demo.inflection"_s);
    inflection({u"demo"_s, demo});
    inflection({u"server"_s, u"init"_s, m_owner});
    inflection({u"copy"_s, demo, m_owner});
    sqlOnOwner(u"CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN"_s);
    inflection({u"server"_s, u"grant"_s, m_owner, u"alice"_s, u"reader"_s});
    inflection({u"server"_s, u"grant"_s, m_owner, u"bob"_s, u"editor"_s});
    m_review = sqlOnOwner(u"SELECT uuid FROM review ORDER BY id LIMIT 1"_s);
    QCOMPARE(m_review.size(), 36);
}

void TestServerRoles::readerWriteIsRefusedByTheServer()
{
    // A reader opens the workspace read-only, saying why.
    {
        auto reader = Workspace::open(as(u"alice"_s));
        QVERIFY2(reader, qPrintable(reader.message()));
        QVERIFY((*reader)->isReadOnly());
    }
    // Bob opens it as an editor, then is made a reader while it is open: the server refuses his next
    // write, through the store and through a raw UPDATE on the same connection.
    auto bob = Workspace::open(as(u"bob"_s));
    QVERIFY2(bob, qPrintable(bob.message()));
    QVERIFY(!(*bob)->isReadOnly());
    ReviewRepository reviews(bob->get());
    const Result<Review> review = reviews.find(m_review);
    QVERIFY2(review, qPrintable(review.message()));
    inflection({u"server"_s, u"grant"_s, m_owner, u"bob"_s, u"reader"_s});
    const Result<Review> written = reviews.updateField(*review, ReviewField::Title, u"Written by a reader"_s);
    QVERIFY(!written);
    QVERIFY2(written.message().contains(u"does not allow your login"_s), qPrintable(written.message()));
    QSqlQuery raw((*bob)->database());
    QVERIFY(!raw.exec(u"UPDATE review SET title = 'Raw update by a reader'"_s));
    QCOMPARE(raw.lastError().nativeErrorCode(), u"42501"_s); // insufficient_privilege
    QCOMPARE(sqlOnOwner(u"SELECT count(*) FROM review WHERE title LIKE '%by a reader'"_s), u"0"_s);
    inflection({u"server"_s, u"grant"_s, m_owner, u"bob"_s, u"editor"_s});
}

void TestServerRoles::editorCannotChangeTheSettings()
{
    auto bob = Workspace::open(as(u"bob"_s));
    QVERIFY2(bob, qPrintable(bob.message()));
    QVERIFY(!(*bob)->isReadOnly());
    const QString before
        = sqlOnOwner(u"SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM workspace_setting"_s);
    const Result<> changed
        = WorkspaceSettings(bob->get()).setTicketUrlTemplate(u"https://tickets.example.org/{key}"_s);
    QVERIFY(!changed);
    QVERIFY2(changed.message().contains(u"does not allow your login"_s), qPrintable(changed.message()));
    QSqlQuery raw((*bob)->database());
    QVERIFY(!raw.exec(u"UPDATE workspace_setting SET value = value"_s));
    QCOMPARE(raw.lastError().nativeErrorCode(), u"42501"_s);
    QCOMPARE(sqlOnOwner(u"SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM workspace_setting"_s),
        before);
}

void TestServerRoles::changeLogNamesTheLogin()
{
    auto bob = Workspace::open(as(u"bob"_s));
    QVERIFY2(bob, qPrintable(bob.message()));
    (*bob)->setAuthor(u"Somebody Else"_s); // a name typed in Preferences does not count on a server
    ReviewRepository reviews(bob->get());
    const Result<Review> review = reviews.find(m_review);
    QVERIFY2(review, qPrintable(review.message()));
    const Result<Review> written = reviews.updateField(*review, ReviewField::Title, u"Renamed by Bob"_s);
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(sqlOnOwner(u"SELECT updated_by FROM review WHERE uuid = '"_s + m_review + u"'"_s), u"bob"_s);
    QCOMPARE(sqlOnOwner(u"SELECT by FROM change_log WHERE review = (SELECT id FROM review WHERE uuid = '"_s
                 + m_review + u"') ORDER BY id DESC LIMIT 1"_s),
        u"bob"_s);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
