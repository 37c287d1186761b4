// A large chat log imported into a postmortem's timeline through the window, as a person does it: the
// window keeps answering while it imports and afterwards, Stop while it writes leaves the timeline as
// it was (and Import can be pressed again), and the long review opens again without a wait.
#include "postmortem/importpreviewmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "timelineimportdialog.h"
#include "workspace/workspacesession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Inflection;
using namespace Qt::StringLiterals;

namespace {

// The longest wait between the ticks of a 50 ms timer while it runs: how long the window did not answer.
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        m_timer.setInterval(50);
        QObject::connect(
            &m_timer, &QTimer::timeout, [this] { m_maxGap = std::max(m_maxGap, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 maxGap() const { return std::max(m_maxGap, m_sinceTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGap = 0;
};

// The longest pause the window may take: generous, for a busy machine (reading tens of thousands of
// rows from the store takes a moment; the coach and a row-by-row reload took minutes over these logs).
constexpr qint64 longestPause = 3000;

PostmortemDocument *openPostmortem(WorkspaceSession *session, const QString &uuid)
{
    const Result<ReviewDocument *> opened = session->openDocument(uuid);
    if (!opened) {
        qWarning("cannot open the review: %s", qPrintable(opened.message()));
        return nullptr;
    }
    return qobject_cast<PostmortemDocument *>(*opened);
}

} // namespace

class TestLargeImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void importKeepsTheWindowAnswering();
    void stopWhileItWritesLeavesTheTimeline();
    void aLongReviewOpensAtOnce();

private:
    // An irssi log of `lines` messages from a handful of people, some in blaming words.
    QString writeLog(int lines) const;
    // Import… on the timeline's toolbar, the path typed and Return: the dialog with its preview.
    TimelineImportDialog *openDialogOn(const QString &path);
    void openView();
    TimelineModel *timeline() const { return m_document->timeline(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<Workspace> m_other;
    PostmortemDocument *m_document = nullptr; // owned by the session
    std::unique_ptr<PostmortemView> m_view;
    QString m_uuid;
};

void TestLargeImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"p.inflection"_s);
    auto session = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    const Result<QString> created = m_session->createReview(ReviewKind::Postmortem, u"Queue outage"_s);
    QVERIFY2(created, qPrintable(created.message()));
    m_uuid = *created;
    openView();
    TimelineEvent e;
    e.text = u"Alert fires"_s;
    e.kind = TimelineKind::Alert;
    e.occurredAt = QDateTime(QDate(2026, 3, 3), QTime(13, 0), QTimeZone::utc());
    QVERIFY(!timeline()->addEvent(0, e).isEmpty());
    m_document->undoStack()->clear();
}

void TestLargeImport::openView()
{
    m_document = openPostmortem(m_session.get(), m_uuid);
    QVERIFY(m_document);
    m_view = std::make_unique<PostmortemView>(m_document);
    m_view->resize(1200, 700);
    m_view->tabs()->setCurrentWidget(m_view->timelineView()->parentWidget());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestLargeImport::cleanup()
{
    m_view.reset();
    m_document = nullptr;
    m_other.reset();
    m_session.reset();
    m_dir.reset();
}

QString TestLargeImport::writeLog(int lines) const
{
    const QString path = m_dir->filePath(u"ops.log"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    static const char *const nicks[] = {"alice", "bob", "chen", "dana", "eve"};
    static const char *const says[] = {"restarted the consumer on queue-%1, lag is falling",
        "why did bob not check the dashboard before deploy %1", "rollback %1 is out, error rate back to 0.2%",
        "eve should have known the config %1 was wrong", "paging the database team about replica %1"};
    QByteArray log = "--- Log opened Tue Mar 03 14:00:00 2026\n";
    log.reserve(lines * 80);
    for (int i = 0; i < lines; ++i) {
        const int minute = i * 60 / lines; // all within the hour, in order
        log += QByteArray::number(14).append(':') + QByteArray::number(minute).rightJustified(2, '0') + " <"
            + nicks[i % 5] + "> " + QString::fromLatin1(says[(i / 5) % 5]).arg(i).toUtf8() + '\n';
    }
    file.write(log);
    return path;
}

TimelineImportDialog *TestLargeImport::openDialogOn(const QString &path)
{
    QToolButton *importButton = nullptr;
    for (auto *button : m_view->findChildren<QToolButton *>()) {
        if (button->defaultAction() == m_view->importAction())
            importButton = button;
    }
    if (!importButton)
        return nullptr;
    QTest::mouseClick(importButton, Qt::LeftButton);
    auto *dialog = m_view->findChild<TimelineImportDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    QSignalSpy ready(dialog, &TimelineImportDialog::previewReady);
    auto *pathEdit = dialog->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    if (!pathEdit)
        return nullptr;
    pathEdit->setFocus();
    QTest::keyClicks(pathEdit, QDir::toNativeSeparators(path));
    QTest::keyClick(pathEdit, Qt::Key_Return);
    if (!ready.wait(120000))
        return nullptr;
    return dialog;
}

void TestLargeImport::importKeepsTheWindowAnswering()
{
    const int lines = 40000;
    QPointer<TimelineImportDialog> dialog = openDialogOn(writeLog(lines));
    QVERIFY(dialog);
    QCOMPARE(dialog->previewModel()->rowCount(), lines);

    EventLoopWatch watch;
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 120000);
    QCOMPARE(timeline()->rowCount(), lines + 1);
    const qint64 duringImport = watch.maxGap();
    // Afterwards: the store's change is noticed (about a second), the coach reads the new texts.
    QTest::qWait(2500);
    QTRY_VERIFY_WITH_TIMEOUT(!m_document->findingsPending(), 300000);
    const qint64 afterwards = watch.maxGap();
    qInfo("longest pause: %lld ms during the import, %lld ms with what follows it", duringImport, afterwards);
    QVERIFY2(afterwards < longestPause, qPrintable(u"the window did not answer for %1 ms"_s.arg(afterwards)));
    // The coach found the planted blame in the imported lines, off the GUI thread.
    QVERIFY(!m_document->currentFindings().isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestLargeImport::stopWhileItWritesLeavesTheTimeline()
{
    const int lines = 200000;
    QPointer<TimelineImportDialog> dialog = openDialogOn(writeLog(lines));
    QVERIFY(dialog);
    QCOMPARE(dialog->previewModel()->rowCount(), lines);
    QPushButton *stop = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    // Stop is pressed when the bar shows the write half done, as a person would see it.
    bool pressed = false;
    QProgressBar *bar = dialog->progressBar();
    connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
        if (!pressed && value >= 50 && bar->format().startsWith(u"Importing"_s)) {
            pressed = true;
            QCOMPARE(stop->text(), u"&Stop"_s);
            QTest::mouseClick(stop, Qt::LeftButton);
        }
    });
    QSignalSpy finished(dialog.data(), &TimelineImportDialog::workFinished);
    EventLoopWatch watch;
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QVERIFY(pressed);
    QVERIFY(dialog);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"stopped; nothing was imported"_s),
        qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(TimelineRepository(m_other.get()).forReview(m_document->reviewId())->size(), 1);
    QCOMPARE(timeline()->rowCount(), 1);
    QCOMPARE(m_document->undoStack()->count(), 0);
    {
        QSqlQuery q(m_other->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM change_log WHERE what = 'imported'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    } // read to the end: it holds no snapshot of the store
    QVERIFY2(watch.maxGap() < longestPause, qPrintable(QString::number(watch.maxGap())));

    // Import again, without choosing the file again: all of it this time.
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->previewModel()->rowCount(), lines);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 120000);
    QCOMPARE(timeline()->rowCount(), lines + 1);
    QCOMPARE(TimelineRepository(m_other.get()).forReview(m_document->reviewId())->size(), lines + 1);
}

void TestLargeImport::aLongReviewOpensAtOnce()
{
    const int lines = 30000;
    QPointer<TimelineImportDialog> dialog = openDialogOn(writeLog(lines));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 120000);
    // The coach starts a moment after the change and reads on a worker thread.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_document->findingsPending() && !m_document->currentFindings().isEmpty(), 300000);
    const qsizetype found = m_document->currentFindings().size();

    // Closed and opened again, as the window does.
    m_view.reset();
    m_session->closeDocument(m_uuid);
    QElapsedTimer opening;
    opening.start();
    openView();
    const qint64 opened = opening.elapsed();
    EventLoopWatch watch; // while the coach reads it
    QCOMPARE(timeline()->rowCount(), lines + 1);
    // The coach's count follows when it has read the review.
    QTRY_VERIFY_WITH_TIMEOUT(!m_document->findingsPending(), 300000);
    QCOMPARE(m_document->currentFindings().size(), found);
    qInfo("opened in %lld ms; longest pause %lld ms", opened, watch.maxGap());
    QVERIFY2(opened < 5000, qPrintable(QString::number(opened)));
    QVERIFY2(watch.maxGap() < longestPause, qPrintable(QString::number(watch.maxGap())));
    // Scrolling to the end paints the last rows with their marks.
    m_view->timelineView()->scrollToBottom();
    QTest::qWait(100);
}

QTEST_MAIN(TestLargeImport)
#include "tst_largeimport.moc"
