// The disk under the workspace fills up, or the file turns read-only, while the window is editing: a
// clear message, no damage, every acknowledged edit kept, and the window goes on working.
#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "reviewpage.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestStorageFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void diskFullWhileEditing_data();
    void diskFullWhileEditing();
    void fileTurnsReadOnlyWhileOpen_data();
    void fileTurnsReadOnlyWhileOpen();

private:
    QString postmortem() const;
    // A fresh connection of its own: what another app opening the file now would find.
    static QString integrity(const QString &path);
    static void addJournalModes();
    // The window on the workspace, every connection in that journal mode.
    Result<> openInJournalMode(MainWindow *window, const QString &journalMode);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStorageFailures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app does: a file size limit makes a write fail, it does not stop the process.
    std::signal(SIGXFSZ, SIG_IGN);
}

void TestStorageFailures::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"workspace.inflection"_s);
    auto ws = Workspace::open(m_path);
    QVERIFY2(ws, qPrintable(ws.message()));
    const Result<> populated = DemoWorkspace::populate(ws->get());
    QVERIFY2(populated, qPrintable(populated.message()));
}

void TestStorageFailures::cleanup()
{
    QFile::setPermissions(
        m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qunsetenv("INFLECTION_JOURNAL_MODE");
    m_dir.reset();
}

QString TestStorageFailures::postmortem() const
{
    auto ws = Workspace::open(m_path);
    if (!ws)
        return {};
    for (const Review &r : ReviewRepository(ws->get()).all().valueOr({})) {
        if (r.kind == ReviewKind::Postmortem)
            return r.uuid;
    }
    return {};
}

QString TestStorageFailures::integrity(const QString &path)
{
    Workspace::Options options;
    options.readOnly = true;
    auto ws = Workspace::open(path, options);
    if (!ws)
        return u"cannot open: "_s + ws.message();
    QSqlQuery q((*ws)->database());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return u"cannot check"_s;
    return q.value(0).toString();
}

void TestStorageFailures::addJournalModes()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("WAL") << u"wal"_s;
    QTest::newRow("DELETE") << u"delete"_s;
}

Result<> TestStorageFailures::openInJournalMode(MainWindow *window, const QString &journalMode)
{
    qputenv("INFLECTION_JOURNAL_MODE", journalMode.toLatin1());
    Result<> opened = window->openWorkspace(m_path);
    if (opened)
        window->show();
    return opened;
}

void TestStorageFailures::diskFullWhileEditing_data()
{
    addJournalModes();
}

// The process may write files of only a little more than the workspace's size now (RLIMIT_FSIZE, as a
// nearly full disk would): the events added are saved until there is no room, the one that did not fit
// is refused with a message that says why, and once there is room again the window saves as before.
void TestStorageFailures::diskFullWhileEditing()
{
    QFETCH(QString, journalMode);
    const QString review = postmortem();
    MainWindow window;
    const Result<> opened = openInJournalMode(&window, journalMode);
    QVERIFY2(opened, qPrintable(opened.message()));
    window.waitForVerification();
    ReviewPage *page = window.openReview(review);
    QVERIFY(page);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    TimelineModel *timeline = view->postmortem()->timeline();

    rlimit original {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &original) == 0);
    qint64 largest = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        largest = std::max(largest, QFileInfo(m_path + suffix).size());
    rlimit limited = original;
    limited.rlim_cur = rlim_t(largest + 64 * 1024);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);

    QStringList acknowledged;
    QString refusedText;
    for (int n = 0; n < 500 && refusedText.isEmpty(); ++n) {
        TimelineEvent e;
        e.text = u"Event %1: "_s.arg(n) + QString(3000, u'x');
        const QString uuid = timeline->addEvent(timeline->rowCount(), e);
        if (uuid.isEmpty())
            refusedText = e.text;
        else
            acknowledged.append(uuid);
    }
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &original) == 0);
    QVERIFY2(!refusedText.isEmpty(), "the limit was never reached");
    QVERIFY(!acknowledged.isEmpty());
    const QString message = window.noticeBanner()->text();
    QVERIFY(window.noticeBanner()->isVisible());
    QVERIFY2(
        message.contains(u"no room"_s) || message.contains(u"could not be written"_s), qPrintable(message));
    qInfo("%s: %lld events saved before the disk was full; the next one refused with: %s",
        qPrintable(journalMode), qint64(acknowledged.size()), qPrintable(message));

    // Nothing damaged, nothing acknowledged lost, seen by a fresh connection.
    QCOMPARE(integrity(m_path), u"ok"_s);
    {
        auto other = Workspace::open(m_path);
        QVERIFY2(other, qPrintable(other.message()));
        TimelineRepository events(other->get());
        for (const QString &uuid : std::as_const(acknowledged))
            QVERIFY2(events.find(uuid), qPrintable(uuid));
    }
    // Room again: the window goes on saving.
    TimelineEvent after;
    after.text = u"Written once there was room again"_s;
    const QString uuid = timeline->addEvent(timeline->rowCount(), after);
    QVERIFY(!uuid.isEmpty());
    auto other = Workspace::open(m_path);
    QVERIFY2(other, qPrintable(other.message()));
    QCOMPARE(TimelineRepository(other->get()).find(uuid)->text, after.text);
}

void TestStorageFailures::fileTurnsReadOnlyWhileOpen_data()
{
    addJournalModes();
}

// Someone makes the file read-only while the window has it open: within seconds the window says so and
// stops offering edits; an edit still made is refused with the value typed; what was saved before stays.
void TestStorageFailures::fileTurnsReadOnlyWhileOpen()
{
    QFETCH(QString, journalMode);
    const QString review = postmortem();
    MainWindow window;
    const Result<> opened = openInJournalMode(&window, journalMode);
    QVERIFY2(opened, qPrintable(opened.message()));
    ReviewPage *page = window.openReview(review);
    QVERIFY(page);
    ReviewListModel *reviews = window.session()->reviews();
    QVERIFY(reviews->setField(review, ReviewField::Owner, u"Saved before"_s));

    QVERIFY(QFile::setPermissions(
        m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QTRY_VERIFY_WITH_TIMEOUT(window.readOnlyBanner()->isVisible(), 2500);
    QVERIFY2(window.readOnlyBanner()->text().contains(u"read-only"_s),
        qPrintable(window.readOnlyBanner()->text()));
    QVERIFY(page->titleEdit()->isReadOnly());
    QVERIFY(window.session()->workspace()->isReadOnly());

    // An edit made anyway (by code, as a stale command would): refused, the value in the message.
    QVERIFY(!reviews->setField(review, ReviewField::Owner, u"Typed after"_s));
    QVERIFY2(
        window.noticeBanner()->text().contains(u"Typed after"_s), qPrintable(window.noticeBanner()->text()));

    QCOMPARE(integrity(m_path), u"ok"_s);
    Workspace::Options options;
    options.readOnly = true;
    auto other = Workspace::open(m_path, options);
    QVERIFY2(other, qPrintable(other.message()));
    QCOMPARE(ReviewRepository(other->get()).find(review)->owner, u"Saved before"_s);
}

QTEST_MAIN(TestStorageFailures)
#include "tst_storagefailures.moc"
