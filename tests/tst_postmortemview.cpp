// The postmortem page driven by keys: quick entry, reordering, sort by time, decisions' reasoning,
// what was learned.
#include "blamelesshighlighter.h"
#include "domain/checklistquestion.h"
#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/factoreventsmodel.h"
#include "postmortem/importpreviewmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/parkinglotmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "review/checklistmodel.h"
#include "reviewpage.h"
#include "store/contributingfactorrepository.h"
#include "store/incidentrepository.h"
#include "store/lintdismissalrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "timelineimportdialog.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestPostmortemView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void enterAddsEventBelowWithItsTime();
    void altArrowsReorder();
    void sortByTimeFromTheToolbar();
    void decisionsAskWhyItMadeSense();
    void discussionQuestionsAreTheTalks();
    void incidentDurationsAndAgreement();
    void parkAnIdeaAndMoveItIntoRemediation();
    void readOnly();
    void importFromAChatLogWithPreviewAndUndo();
    void importOfALogWithNoDateSaysSo();
    void stopALongRead();
    void importASlackExportShowsItsMarks();
    void importASlackExportZipByItsChannel();
    void stopAnImportWhileItWrites();
    void coachUnderlinesAsYouTypeAndCounts();
    void dismissOneOccurrence();
    void coachInTheTimeline();
    void mitigatedTimeTypedInTheForm();
    void factorEventsFollowTheTimelineAndUndo();
    void learningTabByKeyboard();
    void coachKnowsTheReviewsPeople();
    void learningTabReadOnly();
    void summaryBeingTypedOutlastsRefreshes();

private:
    QStringList texts() const;
    TimelineModel *timeline() const { return m_document->timeline(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<Workspace> m_other;
    PostmortemDocument *m_document = nullptr; // owned by the session
    QUndoStack *m_stack = nullptr; // the document's
    std::unique_ptr<PostmortemView> m_view;
    QString m_uuid;
    qint64 m_reviewId = 0;
};

namespace {

// The postmortem's document, opened in session as the window opens it; null when it could not be.
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

void TestPostmortemView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"p.inflection"_s);
    auto session = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    const Result<QString> created = m_session->createReview(ReviewKind::Postmortem, u"Failover"_s);
    QVERIFY2(created, qPrintable(created.message()));
    m_uuid = *created;
    m_document = openPostmortem(m_session.get(), m_uuid);
    QVERIFY(m_document);
    m_reviewId = m_document->reviewId();
    m_stack = m_document->undoStack();
    m_view = std::make_unique<PostmortemView>(m_document);
    m_view->resize(1200, 700);
    m_view->tabs()->setCurrentWidget(m_view->timelineView()->parentWidget()); // the Timeline tab
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const QDateTime base(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC);
    int minute = 0;
    for (const auto &[text, kind] : {std::pair {u"Alert fires"_s, TimelineKind::Alert},
             {u"Fail over"_s, TimelineKind::Decision}, {u"Errors stop"_s, TimelineKind::Observation}}) {
        TimelineEvent e;
        e.text = text;
        e.kind = kind;
        e.occurredAt = base.addSecs(60 * (minute += 5));
        QVERIFY(!timeline()->addEvent(timeline()->rowCount(), e).isEmpty());
    }
    m_stack->clear();
}

void TestPostmortemView::cleanup()
{
    m_view.reset();
    m_document = nullptr;
    m_stack = nullptr;
    m_other.reset();
    m_session.reset();
    m_dir.reset();
}

QStringList TestPostmortemView::texts() const
{
    QStringList result;
    for (const TimelineEvent &e : timeline()->records())
        result << e.text;
    return result;
}

void TestPostmortemView::enterAddsEventBelowWithItsTime()
{
    QTableView *view = m_view->timelineView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, TimelineModel::KindColumn));
    QTest::keyClick(view, Qt::Key_Return);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the new event's text is being edited");
    QTest::keyClicks(editor, u"On-call acknowledges the page"_s);
    QTest::keyClick(editor, Qt::Key_Return); // commits the text; it does not add another event
    QCOMPARE(texts(),
        (QStringList {
            u"Alert fires"_s, u"On-call acknowledges the page"_s, u"Fail over"_s, u"Errors stop"_s}));
    const TimelineEvent added = timeline()->recordAt(1);
    QCOMPARE(added.occurredAt, timeline()->recordAt(0).occurredAt);
    QCOMPARE(TimelineRepository(m_other.get()).find(added.uuid)->text, u"On-call acknowledges the page"_s);
}

void TestPostmortemView::altArrowsReorder()
{
    QTableView *view = m_view->timelineView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, TimelineModel::TextColumn));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(texts(), (QStringList {u"Fail over"_s, u"Alert fires"_s, u"Errors stop"_s}));
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(timeline()->outOfOrderCount(), 1);
    QVERIFY(m_view->orderLabel()->text().contains(u"earlier than the event above"_s));
    QVERIFY(m_view->sortByTimeAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(texts(), (QStringList {u"Alert fires"_s, u"Fail over"_s, u"Errors stop"_s}));
    QVERIFY(!m_view->sortByTimeAction()->isEnabled());
}

void TestPostmortemView::sortByTimeFromTheToolbar()
{
    QVERIFY(timeline()->moveRecord(timeline()->recordAt(2).uuid, 0));
    QCOMPARE(texts(), (QStringList {u"Errors stop"_s, u"Alert fires"_s, u"Fail over"_s}));
    m_view->sortByTimeAction()->trigger();
    QCOMPARE(texts(), (QStringList {u"Alert fires"_s, u"Fail over"_s, u"Errors stop"_s}));
    m_stack->undo();
    QCOMPARE(texts(), (QStringList {u"Errors stop"_s, u"Alert fires"_s, u"Fail over"_s}));
}

void TestPostmortemView::decisionsAskWhyItMadeSense()
{
    QTableView *decisions = m_view->decisionsView();
    QCOMPARE(decisions->model()->rowCount(), 1); // only the decision
    const QModelIndex reasoning = decisions->model()->index(0, TimelineModel::ReasoningColumn);
    QVERIFY(decisions->model()->setData(reasoning, u"The runbook said so, and drills had worked"_s));
    const QString uuid = reasoning.data(TimelineModel::UuidRole).toString();
    QCOMPARE(TimelineRepository(m_other.get()).find(uuid)->reasoning,
        u"The runbook said so, and drills had worked"_s);
    // A new decision on the timeline shows up here.
    QVERIFY(timeline()->setField(timeline()->recordAt(2).uuid, TimelineField::Kind, u"decision"_s));
    QCOMPARE(decisions->model()->rowCount(), 2);
}

void TestPostmortemView::discussionQuestionsAreTheTalks()
{
    ChecklistModel *discussion = m_document->discussion();
    QCOMPARE(m_view->discussionView()->model(), discussion);
    QCOMPARE(discussion->rowCount(), 6);
    QCOMPARE(discussion->index(1, ChecklistModel::QuestionColumn).data().toString(),
        u"Was there any troubleshooting fatigue?"_s);
    QCOMPARE(whyItMadeSenseQuestion(),
        u"Think back to what you knew at the time, why did that action make sense to you at the time?"_s);
}

// Someone is typing an incident's summary, without leaving the field, when the workspace is read again:
// after another person's change of another review, of another field, and of the summary itself, the typed
// text and the cursor stay where they were. Leaving the field then tells the conflict (theirs shown, Keep
// Mine offered) rather than writing over theirs; Keep Mine stores the typed text, as one undo step.
void TestPostmortemView::summaryBeingTypedOutlastsRefreshes()
{
    QPlainTextEdit *summary = nullptr;
    for (QPlainTextEdit *edit : m_view->findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == u"Summary"_s)
            summary = edit;
    }
    QVERIFY(summary);
    m_view->tabs()->setCurrentIndex(0); // the Incident tab
    QTRY_VERIFY(summary->isVisible());
    IncidentRepository others(m_other.get());
    auto readAgain = [this] {
        QVERIFY(m_session->checkForChanges());
        QCoreApplication::processEvents();
    };
    QVERIFY(
        others.updateField(*others.ofReview(m_reviewId), IncidentField::Summary, u"The primary failed."_s));
    readAgain();
    summary->setFocus(Qt::MouseFocusReason);
    summary->moveCursor(QTextCursor::End);
    QTest::keyClicks(summary, u" Then the replica"_s);
    const QString typed = u"The primary failed. Then the replica"_s;
    QCOMPARE(summary->toPlainText(), typed);
    const int cursor = summary->textCursor().position();

    // Another review, then another field of this one.
    QVERIFY(ReviewRepository(m_other.get()).create(ReviewKind::Postmortem, u"Another outage"_s));
    readAgain();
    QCOMPARE(summary->toPlainText(), typed);
    QVERIFY(others.updateField(*others.ofReview(m_reviewId), IncidentField::Impact, u"Checkout down"_s));
    readAgain();
    QCOMPARE(m_document->incident()->facts().impact, u"Checkout down"_s);
    QCOMPARE(summary->toPlainText(), typed);
    QCOMPARE(summary->textCursor().position(), cursor);
    QTest::keyClicks(summary, u" too"_s);
    QCOMPARE(summary->toPlainText(), typed + u" too"_s);

    // The summary itself.
    QVERIFY(others.updateField(*others.ofReview(m_reviewId), IncidentField::Summary, u"Theirs."_s));
    readAgain();
    QCOMPARE(summary->toPlainText(), typed + u" too"_s);
    QSignalSpy conflicts(m_document, &ReviewDocument::conflictOccurred);
    QTest::keyClick(summary, Qt::Key_Tab); // leaves the field
    QCOMPARE(conflicts.size(), 1);
    const auto conflict = conflicts.first().first().value<EditConflict>();
    QVERIFY2(conflict.message.contains(typed + u" too"_s), qPrintable(conflict.message));
    QVERIFY(conflict.hasChoice());
    QCOMPARE(summary->toPlainText(), u"Theirs."_s);
    QCOMPARE(others.ofReview(m_reviewId)->summary, u"Theirs."_s);
    conflict.keepMine();
    QCOMPARE(others.ofReview(m_reviewId)->summary, typed + u" too"_s);
    QCOMPARE(summary->toPlainText(), typed + u" too"_s);
    m_stack->undo();
    QCOMPARE(others.ofReview(m_reviewId)->summary, u"Theirs."_s);
}

void TestPostmortemView::incidentDurationsAndAgreement()
{
    IncidentModel *incident = m_document->incident();
    QVERIFY(m_view->durationsLabel()->text().contains(u"not known yet"_s));
    const QDateTime started(QDate(2026, 3, 3), QTime(13, 55), Qt::UTC);
    QVERIFY(incident->setField(IncidentField::StartedAt, started));
    QVERIFY(incident->setField(IncidentField::DetectedAt, started.addSecs(7 * 60)));
    QVERIFY(incident->setField(IncidentField::ResolvedAt, started.addSecs(58 * 60)));
    QVERIFY2(
        m_view->durationsLabel()->text().contains(u"58 min"_s), qPrintable(m_view->durationsLabel()->text()));
    QVERIFY(m_view->durationsLabel()->text().contains(u"7 min"_s));
    // An impossible order is shown, not refused.
    QVERIFY(incident->setField(IncidentField::DetectedAt, started.addSecs(-60)));
    QVERIFY(m_view->durationsLabel()->text().contains(u"Detected before it started"_s));
    QCOMPARE(IncidentRepository(m_other.get()).ofReview(m_reviewId)->detectedAt, started.addSecs(-60));
    // Everyone agrees on the order: stored, and undone with the rest.
    m_view->orderAgreedBox()->click();
    QVERIFY(IncidentRepository(m_other.get()).ofReview(m_reviewId)->orderAgreed);
    m_stack->undo();
    QVERIFY(!IncidentRepository(m_other.get()).ofReview(m_reviewId)->orderAgreed);
    QVERIFY(!m_view->orderAgreedBox()->isChecked());
}

void TestPostmortemView::parkAnIdeaAndMoveItIntoRemediation()
{
    m_view->tabs()->setCurrentIndex(3); // Remediation
    QLineEdit *park = m_view->parkField();
    park->setFocus();
    QTest::keyClicks(park, u"Buy new RAID controllers"_s);
    QTest::keyClick(park, Qt::Key_Return);
    ParkingLotModel *parkingLot = m_document->parkingLot();
    RemediationModel *remediation = m_document->remediation();
    QCOMPARE(parkingLot->rowCount(), 1);
    QVERIFY(park->text().isEmpty());
    QTableView *parkingView = nullptr;
    const QList<QTableView *> tables = m_view->findChildren<QTableView *>();
    for (QTableView *table : tables) {
        if (table->model() == parkingLot)
            parkingView = table;
    }
    QVERIFY(parkingView);
    parkingView->setCurrentIndex(parkingView->model()->index(0, 0));
    m_view->moveToRemediationAction()->trigger();
    QCOMPARE(parkingLot->rowCount(), 0);
    QCOMPARE(remediation->rowCount(), 1);
    QCOMPARE(remediation->recordAt(0).text, u"Buy new RAID controllers"_s);
    m_stack->undo();
    QCOMPARE(parkingLot->rowCount(), 1);
    QCOMPARE(remediation->rowCount(), 0);
}

void TestPostmortemView::readOnly()
{
    m_document->setReadOnly(true); // the view follows its document
    QVERIFY(!m_view->addEventAction()->isEnabled());
    QCOMPARE(m_view->timelineView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(m_view->discussionView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!m_view->timelineView()->dragEnabled());
}

void TestPostmortemView::importOfALogWithNoDateSaysSo()
{
    // No "Log opened" line and no date in the file's name: nothing can be placed, and the summary says
    // why.
    const QString log = m_dir->filePath(u"ops.log"_s);
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("14:01 <lin> checkout errors are up\n14:02  * lin raises max_connections\n");
    file.close();
    QPointer<TimelineImportDialog> dialog = m_view->openImportDialog(log);
    QSignalSpy ready(dialog.data(), &TimelineImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog->previewModel()->rowCount(), 0);
    const QString summary = dialog->summaryLabel()->text();
    QVERIFY2(summary.contains(u"lines that could not be read: 2 (1, 2)"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 of them with no date"_s), qPrintable(summary));
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->close();
}

void TestPostmortemView::importFromAChatLogWithPreviewAndUndo()
{
    const QString log = QStringLiteral(INFLECTION_TEST_DATA) + u"/timeline/irssi.log"_s;
    QPointer<TimelineImportDialog> dialog = m_view->openImportDialog(log);
    QSignalSpy ready(dialog.data(), &TimelineImportDialog::previewReady);
    QVERIFY(ready.wait(10000));
    // No incident times yet: the whole file.
    QCOMPARE(dialog->previewModel()->rowCount(), 6);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"lines that could not be read: 2 (8, 10)"_s),
        qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->summaryLabel()->text().contains(u"system messages skipped: 3"_s));

    // The incident's window leaves out the next day.
    dialog->setWindow(QDateTime(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC),
        QDateTime(QDate(2026, 3, 3), QTime(15, 30), Qt::UTC));
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog->previewModel()->rowCount(), 5);
    QVERIFY(dialog->summaryLabel()->text().contains(u"outside the time window: 1"_s));
    QVERIFY(dialog->importButton()->isEnabled());
    const QDateTime changedBefore = ReviewRepository(m_other.get()).find(m_document->uuid())->updatedAt;
    QTest::qWait(5); // a later millisecond
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        !dialog, qPrintable(dialog ? dialog->summaryLabel()->text() : QString()), 10000);
    // The import is the review's last change, as any edit of its timeline is.
    QVERIFY(ReviewRepository(m_other.get()).find(m_document->uuid())->updatedAt > changedBefore);

    // Between the events already there, in order of time; one undo step.
    TimelineModel *timeline = m_document->timeline();
    QCOMPARE(timeline->rowCount(), 8);
    QCOMPARE(timeline->outOfOrderCount(), 0);
    QCOMPARE(timeline->records().first().actor, u"alice"_s);
    QCOMPARE(timeline->records().last().text, u"Errors stop"_s);
    QCOMPARE(m_stack->count(), 1);
    QSignalSpy problems(m_document, &ReviewDocument::errorOccurred);
    m_stack->undo();
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));
    QCOMPARE(timeline->rowCount(), 3);
    QCOMPARE(TimelineRepository(m_other.get()).forReview(m_reviewId)->size(), 3);
    m_stack->redo();
    QCOMPARE(timeline->rowCount(), 8);
    QCOMPARE(TimelineRepository(m_other.get()).forReview(m_reviewId)->size(), 8);

    // The same file again: nothing to add.
    dialog = m_view->openImportDialog(log);
    QSignalSpy again(dialog.data(), &TimelineImportDialog::previewReady);
    QVERIFY(again.wait(10000));
    dialog->setWindow(QDateTime(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC),
        QDateTime(QDate(2026, 3, 3), QTime(15, 30), Qt::UTC));
    QVERIFY(again.wait(10000));
    QCOMPARE(dialog->previewModel()->rowCount(), 0);
    QVERIFY(dialog->summaryLabel()->text().contains(u"already in the timeline: 5"_s));
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->reject();
}

void TestPostmortemView::stopALongRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.log"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray log = "--- Log opened Tue Mar 03 14:00:00 2026\n";
        for (int i = 0; i < 2000000; ++i)
            log += "14:30 <alice> line " + QByteArray::number(i) + '\n';
        file.write(log);
    }
    QPointer<TimelineImportDialog> dialog = m_view->openImportDialog(path);
    QVERIFY(dialog->isBusy());
    QVERIFY(dialog->progressBar()->isVisible());
    QSignalSpy finished(dialog.data(), &TimelineImportDialog::workFinished);
    // The dialog's Cancel button reads "Stop" while it works, and stops it.
    QPushButton *stop = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QCOMPARE(stop->text(), u"&Stop"_s);
    stop->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(dialog); // still open, nothing imported
    QVERIFY(!dialog->isBusy());
    QVERIFY2(
        dialog->summaryLabel()->text().contains(u"stopped"_s), qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(dialog->previewModel()->rowCount(), 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(timeline()->rowCount(), 3);
    dialog->reject();
}

void TestPostmortemView::importASlackExportShowsItsMarks()
{
    // Import… on the timeline's toolbar, the channel folder typed in: the preview shows each event as
    // it will be stored (thread replies after their message and marked, edits marked, alerts under
    // the integration's name, shared files by title); Import stores exactly that.
    QToolButton *importButton = nullptr;
    for (auto *button : m_view->findChildren<QToolButton *>()) {
        if (button->defaultAction() == m_view->importAction())
            importButton = button;
    }
    QVERIFY(importButton);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QPointer<TimelineImportDialog> dialog = m_view->findChild<TimelineImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    QSignalSpy ready(dialog.data(), &TimelineImportDialog::previewReady);
    auto *path = dialog->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(path);
    path->setFocus();
    QTest::keyClicks(path,
        QDir::toNativeSeparators(
            QStringLiteral(INFLECTION_TEST_DATA) + u"/timeline/slack-export/incident-payments"_s));
    QTest::keyClick(path, Qt::Key_Return);
    QVERIFY(ready.wait(10000));

    auto *table = dialog->findChild<QTableView *>();
    QVERIFY(table);
    QAbstractItemModel *preview = table->model();
    QCOMPARE(preview->rowCount(), 11);
    auto cell = [preview](int row, int column) {
        return preview->index(row, column).data().toString();
    };
    const QString alert = timelineKinds().displayName(TimelineKind::Alert);
    QCOMPARE(cell(0, ImportPreviewModel::KindColumn), alert);
    QCOMPARE(cell(0, ImportPreviewModel::ActorColumn), u"PagerDuty"_s);
    QCOMPARE(cell(1, ImportPreviewModel::TextColumn),
        u"@Bob Ortiz can you look? @here error rate is climbing, context in #ops"_s);
    QVERIFY(cell(2, ImportPreviewModel::TextColumn).startsWith(u"↳ In reply to Alice Ng: 502s"_s));
    QVERIFY(cell(3, ImportPreviewModel::TextColumn).startsWith(u"↳ In reply to Alice Ng: status page"_s));
    QVERIFY(cell(4, ImportPreviewModel::TextColumn).endsWith(u"please add what you saw (edited)"_s));
    QCOMPARE(cell(5, ImportPreviewModel::ActorColumn), u"Datadog"_s);
    QCOMPARE(cell(5, ImportPreviewModel::KindColumn), alert);
    QCOMPARE(cell(6, ImportPreviewModel::TextColumn), u"I'll update the status page (edited)"_s);
    QCOMPARE(cell(7, ImportPreviewModel::TextColumn), u"shared a file: Error rate, last hour"_s);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"system messages skipped: 2"_s),
        qPrintable(dialog->summaryLabel()->text()));
    table->resizeRowsToContents();
    if (!qEnvironmentVariableIsEmpty("INFLECTION_SCREENSHOTS"))
        dialog->grab().save(qEnvironmentVariable("INFLECTION_SCREENSHOTS") + u"/import-slack-preview.png"_s);

    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    // Stored as previewed, read back through another connection.
    const auto stored = TimelineRepository(m_other.get()).forReview(m_reviewId);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->size(), 3 + 11);
    QStringList texts;
    for (const TimelineEvent &e : *stored)
        texts.append(e.text);
    QVERIFY(texts.contains(u"I'll update the status page (edited)"_s));
    QVERIFY(texts.contains(u"shared a file: Error rate, last hour"_s));
    const qsizetype parent
        = texts.indexOf(u"@Bob Ortiz can you look? @here error rate is climbing, context in #ops"_s);
    QVERIFY(parent >= 0);
    QVERIFY(texts.at(parent + 1).startsWith(u"↳ In reply to Alice Ng:"_s));
    QVERIFY(texts.at(parent + 3).endsWith(u"(edited)"_s));
    int alerts = 0;
    for (const TimelineEvent &e : *stored)
        alerts += e.kind == TimelineKind::Alert && (e.actor == u"PagerDuty"_s || e.actor == u"Datadog"_s);
    QCOMPARE(alerts, 3);
    QCOMPARE(timeline()->rowCount(), 3 + 11);
    // One undo step, named by what was imported.
    QCOMPARE(m_stack->count(), 1);
    QVERIFY2(m_stack->text(0).contains(u"incident-payments (11 events)"_s), qPrintable(m_stack->text(0)));
}

void TestPostmortemView::importASlackExportZipByItsChannel()
{
    // The export's zip as Slack gives it, typed in: first a cut-short copy (named as such, nothing
    // to import), then the whole one: the channel picker takes the focus, the channel is picked
    // with the keyboard (Alt+H, arrows), the preview follows it, and Import stores it.
    const QString zip = m_dir->filePath(u"export.zip"_s);
    QVERIFY(TestSupport::writeZip(
        zip, TestSupport::filesIn(QStringLiteral(INFLECTION_TEST_DATA) + u"/timeline/slack-export"_s)));
    QFile whole(zip);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut = m_dir->filePath(u"cut.zip"_s);
    QFile cutFile(cut);
    QVERIFY(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(whole.readAll().left(int(whole.size() / 2)));
    cutFile.close();

    for (auto *button : m_view->findChildren<QToolButton *>()) {
        if (button->defaultAction() == m_view->importAction())
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QPointer<TimelineImportDialog> dialog = m_view->findChild<TimelineImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    QSignalSpy ready(dialog.data(), &TimelineImportDialog::previewReady);
    auto *path = dialog->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(path);
    QComboBox *channel = dialog->channelBox();
    QVERIFY(!channel->isVisible());

    path->setFocus();
    QTest::keyClicks(path, QDir::toNativeSeparators(cut));
    QTest::keyClick(path, Qt::Key_Return);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"truncated or damaged"_s),
        qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(!dialog->importButton()->isEnabled());

    path->selectAll();
    QTest::keyClicks(path, QDir::toNativeSeparators(zip));
    QTest::keyClick(path, Qt::Key_Return);
    QVERIFY(channel->isVisible());
    QTRY_VERIFY(channel->hasFocus());
    QCOMPARE(channel->count(), 2);
    QCOMPARE(channel->currentIndex(), -1);
    QCOMPARE(channel->itemData(0).toString(), u"incident-payments"_s);
    QVERIFY2(channel->itemText(0).contains(u"#incident-payments"_s) && channel->itemText(0).contains(u"2"_s),
        qPrintable(channel->itemText(0)));
    QVERIFY2(dialog->summaryLabel()->text().contains(u"choose the one to import from"_s),
        qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(dialog->previewModel()->rowCount(), 0);

    // Down twice: #ops, read and shown.
    QTest::keyClick(channel, Qt::Key_Down);
    QVERIFY(ready.wait(10000));
    QTest::keyClick(channel, Qt::Key_Down);
    QVERIFY(ready.wait(10000));
    QCOMPARE(channel->currentData().toString(), u"ops"_s);
    QCOMPARE(dialog->previewModel()->rowCount(), 2);
    QCOMPARE(dialog->previewModel()->index(0, ImportPreviewModel::SourceColumn).data().toString(),
        u"Slack #ops"_s);

    // Back to the incident's channel from elsewhere in the dialog: Alt+H, Up.
    path->setFocus();
    QTRY_VERIFY(path->hasFocus());
    QTest::keyClick(path, Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(channel->hasFocus());
    QTest::keyClick(channel, Qt::Key_Up);
    QVERIFY(ready.wait(10000));
    QCOMPARE(channel->currentData().toString(), u"incident-payments"_s);
    QAbstractItemModel *preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 11);
    QCOMPARE(preview->index(0, ImportPreviewModel::ActorColumn).data().toString(), u"PagerDuty"_s);
    QCOMPARE(preview->index(0, ImportPreviewModel::KindColumn).data().toString(),
        timelineKinds().displayName(TimelineKind::Alert));
    QVERIFY(preview->index(2, ImportPreviewModel::TextColumn)
                .data()
                .toString()
                .startsWith(u"↳ In reply to Alice Ng: 502s"_s));
    QVERIFY2(dialog->summaryLabel()->text().contains(u"system messages skipped: 2"_s),
        qPrintable(dialog->summaryLabel()->text()));
    if (!qEnvironmentVariableIsEmpty("INFLECTION_SCREENSHOTS"))
        dialog->grab().save(qEnvironmentVariable("INFLECTION_SCREENSHOTS") + u"/import-slack-zip.png"_s);

    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const auto stored = TimelineRepository(m_other.get()).forReview(m_reviewId);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->size(), 3 + 11);
    int fromSlack = 0;
    for (const TimelineEvent &e : *stored)
        fromSlack += e.source == u"Slack #incident-payments"_s;
    QCOMPARE(fromSlack, 11);
    QCOMPARE(m_stack->count(), 1);
}

void TestPostmortemView::stopAnImportWhileItWrites()
{
    // A large log read and shown; Import, then Stop while it writes: nothing is stored, the dialog
    // stays open and says so.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.log"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray log = "--- Log opened Tue Mar 03 14:00:00 2026\n";
        for (int i = 0; i < 400000; ++i)
            log += "14:30 <alice> line " + QByteArray::number(i) + '\n';
        file.write(log);
    }
    QPointer<TimelineImportDialog> dialog = m_view->openImportDialog(path);
    QSignalSpy ready(dialog.data(), &TimelineImportDialog::previewReady);
    QVERIFY(ready.wait(60000));
    QCOMPARE(dialog->previewModel()->rowCount(), 400000);
    QSignalSpy finished(dialog.data(), &TimelineImportDialog::workFinished);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QPushButton *stop = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QCOMPARE(stop->text(), u"&Stop"_s);
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"stopped; nothing was imported"_s),
        qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(TimelineRepository(m_other.get()).forReview(m_reviewId)->size(), 3);
    QCOMPARE(timeline()->rowCount(), 3);
    QCOMPARE(m_stack->count(), 0);
    QSqlQuery q(m_other->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM change_log WHERE what = 'imported'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish(); // its read ends here
    // Import again without choosing the file again, to the end: once only the commit is left, which a
    // Stop could no longer take back, Stop is no longer offered and the bar says so.
    QVERIFY(dialog->importButton()->isEnabled());
    bool finishingShown = false;
    bool stopOfferedWhileFinishing = false;
    QTimer watch;
    watch.setInterval(2);
    connect(&watch, &QTimer::timeout, this, [&] {
        if (dialog && dialog->progressBar()->isVisible()
            && dialog->progressBar()->format().startsWith(u"Finishing"_s)) {
            finishingShown = true;
            stopOfferedWhileFinishing = stopOfferedWhileFinishing || stop->isEnabled();
        }
    });
    watch.start();
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 120000);
    QVERIFY(finishingShown);
    QVERIFY(!stopOfferedWhileFinishing);
    QCOMPARE(TimelineRepository(m_other.get()).forReview(m_reviewId)->size(), 400003);
}

namespace {

QPlainTextEdit *summaryEditor(PostmortemView *view)
{
    for (auto *edit : view->findChildren<QPlainTextEdit *>()) {
        if (edit->placeholderText().startsWith(u"What happened"_s))
            return edit;
    }
    return nullptr;
}

// The ranges of a text editor's first paragraph drawn with the coach's wavy underline.
QList<std::pair<int, int>> underlined(QPlainTextEdit *edit)
{
    QList<std::pair<int, int>> ranges;
    for (const QTextLayout::FormatRange &range : edit->document()->firstBlock().layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            ranges.append({range.start, range.length});
    }
    return ranges;
}

} // namespace

void TestPostmortemView::coachUnderlinesAsYouTypeAndCounts()
{
    m_view->tabs()->setCurrentIndex(0);
    QPlainTextEdit *summary = summaryEditor(m_view.get());
    QVERIFY(summary);
    QTRY_VERIFY(m_view->coachLabel()->text().contains(u"nothing to look at"_s));
    QCOMPARE(m_document->openFindings().size(), 0);

    summary->setFocus();
    QTest::keyClicks(summary, u"The primary failed over. "_s);
    QVERIFY(underlined(summary).isEmpty());
    QTest::keyClicks(summary, u"The root cause was human error."_s);
    // Underlined while typing, before anything is saved.
    const QString text = summary->toPlainText();
    QCOMPARE(underlined(summary),
        (QList<std::pair<int, int>> {
            {int(text.indexOf(u"root cause"_s)), 10}, {int(text.indexOf(u"human error"_s)), 11}}));
    auto *highlighter = summary->findChild<BlamelessHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->findings().size(), 2);
    QVERIFY(BlamelessHighlighter::toolTip(highlighter->findings().first().finding).contains(u"root cause"_s));

    // Saved when the field is left; the review's count follows.
    m_view->tabs()->setFocus();
    QTRY_COMPARE(m_document->openFindings().size(), 2);
    QTRY_VERIFY2(m_view->coachLabel()->text().contains(u"phrases to look at: <b>2</b>"_s),
        qPrintable(m_view->coachLabel()->text()));
    QVERIFY(m_view->coachLabel()->toolTip().contains(u"human error"_s));

    // Rewritten the way a blameless postmortem puts it: nothing left.
    summary->setFocus();
    summary->selectAll();
    QTest::keyClicks(summary, u"The disk controller's battery failed at 14:02; writes slowed until 14:20."_s);
    QVERIFY(underlined(summary).isEmpty());
    m_view->tabs()->setFocus();
    QTRY_COMPARE(m_document->openFindings().size(), 0);
}

void TestPostmortemView::dismissOneOccurrence()
{
    m_view->tabs()->setCurrentIndex(0);
    QPlainTextEdit *summary = summaryEditor(m_view.get());
    summary->setFocus();
    QTest::keyClicks(summary, u"Root cause analysis found one root cause."_s);
    m_view->tabs()->setFocus();
    QTRY_COMPARE(m_document->openFindings().size(), 2);
    auto *highlighter = summary->findChild<BlamelessHighlighter *>();
    QCOMPARE(highlighter->findings().size(), 2);
    const FieldFinding second = highlighter->findings().at(1);
    QCOMPARE(second.occurrence, 2);

    // From the context menu, as a user would, on the second occurrence.
    QTextCursor cursor = summary->textCursor();
    cursor.setPosition(int(second.finding.start) + 2);
    summary->setTextCursor(cursor);
    const QPoint at = summary->cursorRect().center();
    Q_EMIT summary->customContextMenuRequested(at);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *dismiss = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().startsWith(u"&Dismiss"_s))
            dismiss = action;
    }
    QVERIFY(dismiss);
    dismiss->trigger();
    menu->close();

    QCOMPARE(highlighter->findings().size(), 1);
    QCOMPARE(highlighter->findings().first().occurrence, 1); // the first stays
    QCOMPARE(underlined(summary).size(), 1);
    QCOMPARE(m_document->openFindings().size(), 1);
    const QList<LintDismissal> stored
        = LintDismissalRepository(m_other.get()).forReview(m_reviewId).valueOr({});
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().field, u"incident.summary"_s);
    QCOMPARE(stored.first().occurrence, 2);

    // One undo step.
    m_stack->undo();
    QCOMPARE(highlighter->findings().size(), 2);
    QCOMPARE(m_document->openFindings().size(), 2);
    QCOMPARE(LintDismissalRepository(m_other.get()).forReview(m_reviewId)->size(), 0);
    m_stack->redo();
    QCOMPARE(m_document->openFindings().size(), 1);

    // A second window on the same review sees the dismissal when it loads.
    auto otherSession = WorkspaceSession::open(m_session->path(), Workspace::Options());
    QVERIFY2(otherSession, qPrintable(otherSession.message()));
    PostmortemDocument *otherDocument = openPostmortem(otherSession->get(), m_uuid);
    QVERIFY(otherDocument);
    PostmortemView other(otherDocument);
    QCOMPARE(otherDocument->openFindings().size(), 1);
    QVERIFY2(other.coachLabel()->text().contains(u"phrases to look at: <b>1</b>"_s),
        qPrintable(other.coachLabel()->text()));
}

void TestPostmortemView::coachInTheTimeline()
{
    QTableView *view = m_view->timelineView();
    const QModelIndex text = view->model()->index(1, TimelineModel::TextColumn);
    QVERIFY(view->model()->setData(text, u"Bob should have failed over sooner"_s));
    QTRY_COMPARE(m_document->openFindings().size(), 1);
    // The editor of the cell underlines as you type.
    view->setFocus();
    view->setCurrentIndex(text);
    view->edit(text);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(editor->findChild<BlamelessHighlighter *>());
    QCOMPARE(underlined(editor).size(), 1);
    QTest::keyClicks(editor, u", obviously"_s);
    QCOMPARE(underlined(editor).size(), 2);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->openFindings().size(), 2);
    QTRY_VERIFY(m_view->coachLabel()->toolTip().contains(u"Timeline"_s));
}

namespace {

// The incident form's time field with that label ("&Detected:").
QDateTimeEdit *timeEditNamed(PostmortemView *view, const QString &label)
{
    for (auto *l : view->findChildren<QLabel *>()) {
        if (l->text() == label)
            return qobject_cast<QDateTimeEdit *>(l->buddy());
    }
    return nullptr;
}

// Puts a time in a form's time field as its calendar does (a field showing "Not set" takes no typing
// over its text); leaving the field stores it.
void typeTime(QDateTimeEdit *edit, const QDateTime &time)
{
    edit->setFocus();
    edit->setDateTime(time);
}

} // namespace

void TestPostmortemView::mitigatedTimeTypedInTheForm()
{
    m_view->tabs()->setCurrentIndex(0);
    QDateTimeEdit *detected = timeEditNamed(m_view.get(), u"&Detected:"_s);
    QDateTimeEdit *mitigated = timeEditNamed(m_view.get(), u"Mitigated:"_s);
    QDateTimeEdit *resolved = timeEditNamed(m_view.get(), u"Res&olved:"_s);
    QVERIFY(detected && mitigated && resolved);
    QVERIFY2(m_view->durationsLabel()->text().contains(u"to mitigate: <b>not known yet</b>"_s),
        qPrintable(m_view->durationsLabel()->text()));
    // Detected, then mitigated twelve minutes later, then resolved: typed, each stored as the field is left.
    const QDateTime detectedAt(QDate(2026, 3, 3), QTime(14, 2));
    typeTime(detected, detectedAt);
    typeTime(mitigated, detectedAt.addSecs(12 * 60));
    typeTime(resolved, detectedAt.addSecs(40 * 60));
    m_view->tabs()->setFocus();
    QCOMPARE(mitigated->dateTime(), detectedAt.addSecs(12 * 60));
    QVERIFY2(m_view->durationsLabel()->text().contains(u"to mitigate: <b>12 min</b>"_s),
        qPrintable(m_view->durationsLabel()->text()));
    QVERIFY(m_view->durationsLabel()->text().contains(u"to resolve: <b>40 min</b>"_s));
    const IncidentFacts stored = IncidentRepository(m_other.get()).ofReview(m_reviewId).valueOr({});
    QCOMPARE(stored.mitigatedAt.secsTo(stored.resolvedAt), 28 * 60);
    QCOMPARE(stored.detectedAt.secsTo(stored.mitigatedAt), 12 * 60);
    // Mitigated after it was resolved: said, not refused.
    typeTime(mitigated, detectedAt.addSecs(50 * 60));
    m_view->tabs()->setFocus();
    QVERIFY2(m_view->durationsLabel()->text().contains(u"Resolved before it was mitigated."_s),
        qPrintable(m_view->durationsLabel()->text()));
    // One undo step takes the last time back.
    m_stack->undo();
    QCOMPARE(mitigated->dateTime(), detectedAt.addSecs(12 * 60));
    QVERIFY(!m_view->durationsLabel()->text().contains(u"Resolved before it was mitigated."_s));
}

void TestPostmortemView::factorEventsFollowTheTimelineAndUndo()
{
    ContributingFactorModel *factors = m_document->contributingFactors();
    FactorEventsModel *events = m_view->factorEvents();
    QAbstractItemModelTester tester(events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(events->rowCount(), 3);
    QVERIFY(!(events->flags(events->index(0, 0)) & Qt::ItemIsUserCheckable)); // no factor chosen
    QVERIFY(!events->setData(events->index(0, 0), Qt::Checked, Qt::CheckStateRole));

    ContributingFactor fields;
    fields.text = u"The replica's disk was nearly full"_s;
    const QString uuid = factors->addRecord(0, fields);
    QVERIFY(!uuid.isEmpty());
    m_view->factorsView()->setCurrentIndex(factors->index(0, ContributingFactorModel::TextColumn));
    QCOMPARE(events->factor(), uuid);
    QVERIFY(events->flags(events->index(0, 0)) & Qt::ItemIsUserCheckable);
    const auto timeOf = [this](int row) {
        return timeline()->index(row, TimelineModel::TimeColumn).data().toString();
    };
    QCOMPARE(events->index(1, 0).data().toString(), u"2. %1 — Fail over"_s.arg(timeOf(1)));
    QCOMPARE(events->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    m_stack->clear();
    QVERIFY(events->setData(events->index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(events->index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(factors->index(0, ContributingFactorModel::EventsColumn).data().toString(), u"Event 3"_s);
    QCOMPARE(m_stack->count(), 1);
    // The event moves to the top: its place follows, in the list and in the table.
    QVERIFY(timeline()->moveRecord(timeline()->recordAt(2).uuid, 0));
    QCOMPARE(events->index(0, 0).data().toString(), u"1. %1 — Errors stop"_s.arg(timeOf(0)));
    QCOMPARE(events->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(factors->index(0, ContributingFactorModel::EventsColumn).data().toString(), u"Event 1"_s);
    // Its text is edited on the timeline: the list reads the new one.
    QVERIFY(timeline()->setField(timeline()->recordAt(0).uuid, TimelineField::Text, u"Errors end"_s));
    QCOMPARE(events->index(0, 0).data().toString(), u"1. %1 — Errors end"_s.arg(timeOf(0)));
    // Undo everything: the link is gone too.
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(events->index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(factors->index(0, ContributingFactorModel::EventsColumn).data().toString().isEmpty());
    // The factor deleted: nothing left to check.
    QVERIFY(factors->removeItems({uuid}));
    QVERIFY(!(events->flags(events->index(0, 0)) & Qt::ItemIsUserCheckable));
}

// In the window on the demo workspace: a German sentence asking why of a person of the timeline, typed
// into the summary, is a finding of the coach panel; the same question of a system is not.
void TestPostmortemView::coachKnowsTheReviewsPeople()
{
    m_view->hide(); // this test's window is the one in front
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.inflection"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        const Result<> populated = DemoWorkspace::populate(ws->get());
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    MainWindow window;
    const Result<> opened = window.openWorkspace(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString uuid;
    for (const Review &r : ReviewRepository(window.session()->workspace()).all().valueOr({})) {
        if (r.kind == ReviewKind::Postmortem) {
            uuid = r.uuid;
            break;
        }
    }
    ReviewPage *page = window.openReview(uuid);
    QVERIFY(page);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    PostmortemDocument *postmortem = view->postmortem();
    // A person of the timeline, by the first word of their name.
    QString person;
    for (const TimelineEvent &e : postmortem->timeline()->records()) {
        if (e.kind != TimelineKind::Alert && !e.actor.trimmed().isEmpty()) {
            person = e.actor.simplified().section(u' ', 0, 0);
            break;
        }
    }
    QVERIFY(!person.isEmpty());
    QVERIFY(postmortem->coachPeople().join(u' ').contains(person));
    // A system the review names: the sender of its alerts.
    QString system;
    for (const TimelineEvent &e : postmortem->timeline()->records()) {
        if (e.kind == TimelineKind::Alert && !e.actor.trimmed().isEmpty()) {
            system = e.actor.simplified().section(u' ', 0, 0);
            break;
        }
    }
    QVERIFY(!system.isEmpty());
    QVERIFY(postmortem->coachSystems().join(u' ').contains(system));
    const int before = int(postmortem->openFindings().size());

    view->tabs()->setCurrentIndex(0);
    QPlainTextEdit *summary = summaryEditor(view);
    QVERIFY(summary);
    summary->setFocus();
    summary->moveCursor(QTextCursor::End);
    auto *highlighter = summary->findChild<BlamelessHighlighter *>();
    QVERIFY(highlighter);
    const qsizetype shownBefore = highlighter->findings().size();
    // Of a system: nothing.
    QTest::keyClicks(summary, u" Warum hat %1 die Verbindungen getrennt?"_s.arg(system));
    QCOMPARE(highlighter->findings().size(), shownBefore);
    // Of the person, by name: a finding as it is typed, and in the coach panel once the field is left.
    const QString question = u"Warum hat %1 den Knoten neu gestartet?"_s.arg(person);
    QTest::keyClicks(summary, u" "_s + question);
    QCOMPARE(highlighter->findings().size(), shownBefore + 1);
    QCOMPARE(highlighter->findings().last().finding.category, u"why-who"_s);
    QCOMPARE(highlighter->findings().last().finding.phrase, u"Warum hat %1"_s.arg(person));
    view->tabs()->setFocus();
    QTRY_COMPARE(int(postmortem->openFindings().size()), before + 1);
    QTRY_VERIFY2(view->coachLabel()->text().contains(u"<b>%1</b>"_s.arg(before + 1)),
        qPrintable(view->coachLabel()->text()));
    QVERIFY2(view->coachLabel()->toolTip().contains(u"Warum hat %1"_s.arg(person)),
        qPrintable(view->coachLabel()->toolTip()));
    if (const QByteArray shot = qgetenv("INFLECTION_SCREENSHOT"); !shot.isEmpty())
        window.grab().save(QString::fromLocal8Bit(shot));
}

// A person at the keyboard, in the window on the demo workspace: two contributing factors with their
// categories and events, what went well, where we got lucky; all of it there when the workspace is
// opened again.
void TestPostmortemView::learningTabByKeyboard()
{
    m_view->hide(); // this test's window is the one in front
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.inflection"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        const Result<> populated = DemoWorkspace::populate(ws->get());
        QVERIFY2(populated, qPrintable(populated.message()));
        // The demo's own learnings taken out: this test writes them from nothing.
        QSqlQuery clear((*ws)->database());
        QVERIFY(clear.exec(u"DELETE FROM contributing_factor"_s));
        QVERIFY(clear.exec(u"UPDATE incident SET went_well = '', lucky = ''"_s));
    }
    QString uuid;
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };
    const auto type = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    const QString wentWell = u"The replica lag alert fired within a minute"_s;
    const QString lucky = u"It happened on a quiet Sunday morning"_s;
    {
        MainWindow window;
        const Result<> opened = window.openWorkspace(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (const Review &r : ReviewRepository(window.session()->workspace()).all().valueOr({})) {
            if (r.kind == ReviewKind::Postmortem) {
                uuid = r.uuid; // the worked example comes first
                break;
            }
        }
        ReviewPage *page = window.openReview(uuid);
        QVERIFY(page);
        auto *view = qobject_cast<PostmortemView *>(page->content());
        QVERIFY(view);
        ContributingFactorModel *factors = view->postmortem()->contributingFactors();
        QVERIFY(view->postmortem()->timeline()->rowCount() >= 3);
        QCOMPARE(factors->rowCount(), 0);
        page->titleEdit()->setFocus();

        // The Learning tab by its Alt+letter: the focus goes into the factors' table.
        press(Qt::Key_G, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), view->factorsView());
        QCOMPARE(view->tabs()->tabText(view->tabs()->currentIndex()), u"Learnin&g"_s);

        // Two factors: Insert, and Ctrl+Enter, each opening its text for typing.
        const QStringList texts {
            u"Failover was never rehearsed on this cluster"_s, u"Disk usage had no alert below 95 %"_s};
        for (const auto &[key, modifiers] :
            {std::pair {Qt::Key_Insert, Qt::KeyboardModifiers()}, {Qt::Key_Return, Qt::ControlModifier}}) {
            press(key, modifiers);
            QTRY_VERIFY(QApplication::focusWidget() != view->factorsView()); // the cell's editor
            type(texts.at(factors->rowCount() - 1));
            press(Qt::Key_Return);
            QTRY_COMPARE(QApplication::focusWidget(), view->factorsView());
        }
        QCOMPARE(factors->rowCount(), 2);
        QCOMPARE(factors->recordAt(0).text, texts.at(0));
        QCOMPARE(factors->recordAt(1).text, texts.at(1));

        // The second's category, from the combo box: F2 opens it, a letter chooses.
        QCOMPARE(view->factorsView()->currentIndex().row(), 1);
        press(Qt::Key_Right);
        QCOMPARE(view->factorsView()->currentIndex().column(), int(ContributingFactorModel::CategoryColumn));
        press(Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY2(combo, "the category's combo box has the focus");
        QCOMPARE(combo->itemText(0), u"Not set"_s);
        QVERIFY(combo->findText(u"Monitoring and detection"_s) > 0);
        type(u"m"_s);
        QTRY_COMPARE(QApplication::focusWidget(), view->factorsView());
        QCOMPARE(factors->recordAt(1).category, u"monitoring"_s);
        QCOMPARE(view->factorsView()->currentIndex().data().toString(), u"Monitoring and detection"_s);
        // The first's: up a row, F2, "Process" by its letter.
        press(Qt::Key_Up);
        press(Qt::Key_F2);
        QVERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
        type(u"p"_s);
        QTRY_COMPARE(QApplication::focusWidget(), view->factorsView());
        QCOMPARE(factors->recordAt(0).category, u"process"_s);

        // Shows in (Alt+S): Space on the first event, Down twice, Space on the third.
        press(Qt::Key_S, Qt::AltModifier);
        QListView *events = view->factorEventsView();
        QTRY_COMPARE(QApplication::focusWidget(), events);
        QCOMPARE(view->factorEvents()->factor(), factors->recordAt(0).uuid);
        QVERIFY(!events->currentIndex().isValid() || events->currentIndex().row() == 0);
        if (!events->currentIndex().isValid())
            press(Qt::Key_Home);
        QCOMPARE(events->currentIndex().row(), 0);
        QVERIFY(events->currentIndex().data().toString().startsWith(u"1. "_s));
        press(Qt::Key_Space);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        const QModelIndex shows = factors->index(0, ContributingFactorModel::EventsColumn);
        QCOMPARE(shows.data().toString(), u"Events 1, 3"_s);
        QCOMPARE(
            view->factorsView()->model()->index(0, ContributingFactorModel::EventsColumn).data().toString(),
            u"Events 1, 3"_s);
        QCOMPARE(events->model()->index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Ctrl+Z (Edit ▸ Undo): the last link goes, the first stays.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(shows.data().toString(), u"Event 1"_s);
        QCOMPARE(events->model()->index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(events->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // …and Space again links it again; the second factor shows in the second event.
        press(Qt::Key_Space);
        QCOMPARE(shows.data().toString(), u"Events 1, 3"_s);

        // What went well: the next field, by Tab; where we got lucky by Alt+R.
        press(Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), view->wentWellEdit());
        type(wentWell);
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), view->luckyEdit());
        QCOMPARE(view->postmortem()->incident()->facts().wentWell, wentWell); // stored as the field is left
        type(lucky);
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), events);
        QCOMPARE(view->postmortem()->incident()->facts().lucky, lucky);
        // The second factor's event: back in the table, down a row, then Space in the list.
        view->factorsView()->setFocus();
        press(Qt::Key_Down);
        QCOMPARE(view->factorEvents()->factor(), factors->recordAt(1).uuid);
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), events);
        press(Qt::Key_Home);
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        QCOMPARE(factors->index(1, ContributingFactorModel::EventsColumn).data().toString(), u"Event 2"_s);

        // Alt+Down in the table moves the current factor; Ctrl+Z moves it back.
        view->factorsView()->setFocus();
        press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(factors->recordAt(0).text, texts.at(1));
        QCOMPARE(view->factorsView()->currentIndex().row(), 0);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(factors->recordAt(0).text, texts.at(0));

        if (const QString folder = qEnvironmentVariable("INFLECTION_LEARNING_SCREENSHOTS");
            !folder.isEmpty()) {
            view->factorsView()->selectionModel()->setCurrentIndex(
                factors->index(0, ContributingFactorModel::TextColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(folder + u"/postmortem-learning.png"_s));
        }
    }

    // Opened again: everything is there, in the window.
    MainWindow again;
    const Result<> reopened = again.openWorkspace(path);
    QVERIFY2(reopened, qPrintable(reopened.message()));
    again.resize(1400, 900);
    again.show();
    ReviewPage *page = again.openReview(uuid);
    QVERIFY(page);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    QAbstractItemModel *table = view->factorsView()->model();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->index(0, ContributingFactorModel::TextColumn).data().toString(),
        u"Failover was never rehearsed on this cluster"_s);
    QCOMPARE(table->index(0, ContributingFactorModel::CategoryColumn).data().toString(), u"Process"_s);
    QCOMPARE(table->index(0, ContributingFactorModel::EventsColumn).data().toString(), u"Events 1, 3"_s);
    QCOMPARE(table->index(1, ContributingFactorModel::CategoryColumn).data().toString(),
        u"Monitoring and detection"_s);
    QCOMPARE(table->index(1, ContributingFactorModel::EventsColumn).data().toString(), u"Event 2"_s);
    QCOMPARE(view->wentWellEdit()->toPlainText(), wentWell);
    QCOMPARE(view->luckyEdit()->toPlainText(), lucky);
    view->factorsView()->setCurrentIndex(table->index(0, 0));
    QCOMPARE(
        view->factorEventsView()->model()->index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(
        view->factorEventsView()->model()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestPostmortemView::learningTabReadOnly()
{
    ContributingFactor fields;
    fields.text = u"Runbook out of date"_s;
    const QString uuid = m_document->contributingFactors()->addRecord(0, fields);
    m_view->tabs()->setCurrentIndex(4);
    m_view->factorsView()->setCurrentIndex(m_view->factorsView()->model()->index(0, 0));
    QVERIFY(m_view->addFactorAction()->isEnabled());
    QVERIFY(m_view->deleteFactorsAction()->isEnabled());
    QVERIFY(m_view->factorEvents()->flags(m_view->factorEvents()->index(0, 0)) & Qt::ItemIsUserCheckable);

    m_document->setReadOnly(true);
    QCOMPARE(m_view->factorsView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!m_view->factorsView()->dragEnabled());
    QVERIFY(!m_view->addFactorAction()->isEnabled());
    QVERIFY(!m_view->deleteFactorsAction()->isEnabled());
    // Read-only rather than disabled: the text can be selected and copied, not changed.
    QVERIFY(m_view->wentWellEdit()->isReadOnly());
    QVERIFY(m_view->luckyEdit()->isReadOnly());
    QVERIFY(timeEditNamed(m_view.get(), u"Mitigated:"_s)->isReadOnly());
    const QString wentWell = m_view->wentWellEdit()->toPlainText();
    m_view->wentWellEdit()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(m_view->wentWellEdit(), u"typed"_s);
    QCOMPARE(m_view->wentWellEdit()->toPlainText(), wentWell);
    // The links show; Space changes nothing.
    QVERIFY(!(m_view->factorEvents()->flags(m_view->factorEvents()->index(0, 0)) & Qt::ItemIsUserCheckable));
    m_view->factorEventsView()->setFocus();
    m_view->factorEventsView()->setCurrentIndex(m_view->factorEvents()->index(0, 0));
    QTest::keyClick(m_view->factorEventsView(), Qt::Key_Space);
    QVERIFY(m_document->contributingFactors()->recordByUuid(uuid)->events.isEmpty());
    QTest::keyClick(m_view->factorsView(), Qt::Key_Insert);
    QCOMPARE(m_document->contributingFactors()->rowCount(), 1);

    m_document->setReadOnly(false);
    QVERIFY(m_view->addFactorAction()->isEnabled());
    QVERIFY(m_view->wentWellEdit()->isEnabled());
}

QTEST_MAIN(TestPostmortemView)
#include "tst_postmortemview.moc"
