// Two people on one workspace, in two processes: conflicts for each kind of field with Keep Mine /
// Take Theirs, edits of the same and of different fields, presence that appears and expires,
// publishing to another workspace, the History panel, and a stress run of four writers. On a file, and
// (as tst_collaboration_postgresql) on a server, where each person is a login of their own.
#include "architecture/architecturedocument.h"
#include "architectureview.h"
#include "domain/datetimeformat.h"
#include "io/demoworkspace.h"
#include "io/reviewexporter.h"
#include "io/reviewimporter.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "operabilityview.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "presentationwindow.h"
#include "review/attendeemodel.h"
#include "reviewpage.h"
#include "store/attendeerepository.h"
#include "store/changewatcher.h"
#include "store/contingencyrepository.h"
#include "store/incidentrepository.h"
#include "store/proposalrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/historymodel.h"
#include "workspace/presencetracker.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// What one row of the conflict test edits: where the record is, and how the window edits it.
struct FieldCase
{
    QString table; // as the helper's set-field takes it
    int field = 0;
    ReviewKind kind = ReviewKind::Postmortem;
};

QString typed(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"b:1"_s : u"b:0"_s;
    case QMetaType::Int:
        return u"i:"_s + QString::number(value.toInt());
    case QMetaType::QDateTime:
        return u"t:"_s + value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        return u"s:"_s + value.toString();
    }
}

} // namespace

Q_DECLARE_METATYPE(FieldCase)

class TestCollaboration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void conflictForEachKindOfField_data();
    void conflictForEachKindOfField();
    void flagsSetByBothAreOneChange_data();
    void flagsSetByBothAreOneChange();
    void sameAndDifferentFieldsFromAnotherProcess();
    void timelineAndProjectionFollowAnotherProcess();
    void proposalEditsMergeOrKeepBoth();
    void presenceAppearsAndExpires();
    void publishNewUpdateAndNewer();
    void publishAsAnEditorOfTheTarget();
    void publishToAnUnreachableWorkspace();
    void historyPanelAndLastChange();
    void stressFourWritersOneFile_data();
    void stressFourWritersOneFile();

private:
    QString reviewOf(ReviewKind kind) const;
    // The record's id for the helper and the current value of the field, read from the file.
    QString recordId(const FieldCase &c, const QString &reviewUuid) const;
    QVariant storedValue(const FieldCase &c, const QString &id) const;
    // Edits the field in the window as the user would (through the page's model).
    void editInWindow(
        const FieldCase &c, const QString &reviewUuid, const QString &id, const QVariant &value);
    int helperSetField(const FieldCase &c, const QString &id, const QVariant &value, const QString &author);
    // What the window has open.
    WorkspaceSession *session() const { return m_window->session(); }
    ChangeWatcher *watcher() const { return m_window->session()->changeWatcher(); }
    ReviewListModel *reviews() const { return m_window->session()->reviews(); }
    static std::unique_ptr<Workspace> openWorkspace(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_reader; // a third connection, to look at the file
    QString m_path; // the workspace as its owner opens it
    QString m_windowPath; // as the window's person (Lin) opens it
};

void TestCollaboration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCollaboration::init()
{
    INFLECTION_REQUIRE_BACKEND();
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = TestSupport::freshWorkspace(m_dir->path(), u"shared.inflection"_s);
    {
        auto ws = openWorkspace(m_path);
        QVERIFY(ws);
        const Result<> populated = DemoWorkspace::populate(ws.get());
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    m_window = std::make_unique<MainWindow>();
    m_windowPath = TestSupport::asPerson(m_path, u"Lin"_s);
    const Result<> opened = m_window->openWorkspace(m_windowPath);
    QVERIFY2(opened, qPrintable(opened.message()));
    session()->workspace()->setAuthor(u"Lin"_s);
    m_window->show();
    m_reader = openWorkspace(m_path);
    QVERIFY(m_reader);
}

std::unique_ptr<Workspace> TestCollaboration::openWorkspace(const QString &path)
{
    auto opened = Workspace::open(path);
    if (!opened)
        qWarning("cannot open the workspace: %s", qPrintable(opened.message()));
    return std::move(opened).take().value_or(nullptr);
}

void TestCollaboration::cleanup()
{
    m_reader.reset();
    m_window.reset();
    TestSupport::dropServerWorkspaces();
    m_dir.reset();
}

QString TestCollaboration::reviewOf(ReviewKind kind) const
{
    for (const Review &r : ReviewRepository(m_reader.get()).all().valueOr({})) {
        if (r.kind == kind)
            return r.uuid;
    }
    return {};
}

QString TestCollaboration::recordId(const FieldCase &c, const QString &reviewUuid) const
{
    const qint64 reviewId = ReviewRepository(m_reader.get()).find(reviewUuid)->id;
    if (c.table == u"review"_s)
        return reviewUuid;
    if (c.table == u"incident"_s)
        return QString::number(reviewId);
    if (c.table == u"contingency"_s)
        return ContingencyRepository(m_reader.get()).forReview(reviewId).valueOr({}).value(0).uuid;
    if (c.table == u"timeline"_s)
        return TimelineRepository(m_reader.get()).forReview(reviewId).valueOr({}).value(0).uuid;
    if (c.table == u"attendee"_s)
        return AttendeeRepository(m_reader.get()).forReview(reviewId).valueOr({}).value(0).uuid;
    return {};
}

QVariant TestCollaboration::storedValue(const FieldCase &c, const QString &id) const
{
    if (c.table == u"review"_s)
        return ReviewRepository(m_reader.get()).find(id)->field(static_cast<ReviewField>(c.field));
    if (c.table == u"incident"_s)
        return IncidentRepository(m_reader.get())
            .ofReview(id.toLongLong())
            ->field(static_cast<IncidentField>(c.field));
    if (c.table == u"contingency"_s)
        return ContingencyRepository(m_reader.get()).find(id)->field(static_cast<ContingencyField>(c.field));
    if (c.table == u"timeline"_s)
        return TimelineRepository(m_reader.get()).find(id)->field(static_cast<TimelineField>(c.field));
    if (c.table == u"attendee"_s)
        return AttendeeRepository(m_reader.get()).find(id)->field(static_cast<AttendeeField>(c.field));
    return {};
}

void TestCollaboration::editInWindow(
    const FieldCase &c, const QString &reviewUuid, const QString &id, const QVariant &value)
{
    ReviewPage *page = m_window->openReview(reviewUuid);
    QVERIFY(page);
    if (c.table == u"review"_s) {
        reviews()->setField(id, static_cast<ReviewField>(c.field), value);
    } else if (c.table == u"incident"_s) {
        auto *view = qobject_cast<PostmortemView *>(page->content());
        QVERIFY(view);
        view->postmortem()->incident()->setField(static_cast<IncidentField>(c.field), value);
    } else if (c.table == u"timeline"_s) {
        auto *view = qobject_cast<PostmortemView *>(page->content());
        QVERIFY(view);
        view->postmortem()->timeline()->setField(id, static_cast<TimelineField>(c.field), value);
    } else if (c.table == u"contingency"_s) {
        auto *view = qobject_cast<OperabilityView *>(page->content());
        QVERIFY(view);
        view->operability()->contingencies()->setField(id, static_cast<ContingencyField>(c.field), value);
    } else if (c.table == u"attendee"_s) {
        auto *view = qobject_cast<OperabilityView *>(page->content());
        QVERIFY(view);
        AttendeeModel *model = view->operability()->attendees();
        model->setData(model->index(0, AttendeeModel::PresentColumn),
            value.toBool() ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

int TestCollaboration::helperSetField(
    const FieldCase &c, const QString &id, const QVariant &value, const QString &author)
{
    QString out;
    const int code = TestSupport::run(TestSupport::helperBinary(),
        {u"set-field"_s, TestSupport::asPerson(m_path, author), c.table, id, QString::number(c.field),
            typed(value), author},
        &out);
    if (code != 0)
        qWarning("helper: %s", qPrintable(out));
    return code;
}

void TestCollaboration::conflictForEachKindOfField_data()
{
    QTest::addColumn<FieldCase>("field");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QVariant>("theirs");
    QTest::addColumn<QVariant>("mine");
    QTest::addColumn<QVariant>("theirsAgain");
    QTest::addColumn<QString>("theirsShown");
    QTest::addColumn<QString>("mineShown");

    const auto time = [](const char *iso) {
        return QVariant(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate));
    };
    const auto local = [](const QVariant &t) {
        return DateTimeFormat::dateTime(t.toDateTime().toLocalTime());
    };

    QTest::newRow("short text: review title")
        << FieldCase {u"review"_s, int(ReviewField::Title), ReviewKind::Postmortem}
        << reviewFields().displayName(ReviewField::Title) << QVariant(u"Checkout outage, 3 March"_s)
        << QVariant(u"Card payments failed for 40 minutes"_s) << QVariant(u"Checkout outage (draft)"_s)
        << u"Checkout outage, 3 March"_s << u"Card payments failed for 40 minutes"_s;
    QTest::newRow("choice: review status")
        << FieldCase {u"review"_s, int(ReviewField::Status), ReviewKind::Postmortem}
        << reviewFields().displayName(ReviewField::Status)
        << QVariant(reviewStatuses().key(ReviewStatus::Scheduled))
        << QVariant(reviewStatuses().key(ReviewStatus::Closed))
        << QVariant(reviewStatuses().key(ReviewStatus::Draft))
        << reviewStatuses().displayName(ReviewStatus::Scheduled)
        << reviewStatuses().displayName(ReviewStatus::Closed);
    const QVariant meeting = time("2026-12-01T14:00:00Z");
    const QVariant myMeeting = time("2026-12-02T09:30:00Z");
    QTest::newRow("time: review meeting")
        << FieldCase {u"review"_s, int(ReviewField::MeetingAt), ReviewKind::Architecture}
        << reviewFields().displayName(ReviewField::MeetingAt) << meeting << myMeeting
        << time("2026-12-03T10:00:00Z") << local(meeting) << local(myMeeting);
    QTest::newRow("long text: incident summary")
        << FieldCase {u"incident"_s, int(IncidentField::Summary), ReviewKind::Postmortem}
        << incidentFields().displayName(IncidentField::Summary)
        << QVariant(u"Payments failed.\nThe card processor rejected every request."_s)
        << QVariant(u"Card payments failed for 40 minutes.\nA certificate had expired."_s)
        << QVariant(u"Payments failed (their second version)."_s)
        << u"The card processor rejected every request"_s << u"A certificate had expired"_s;
    const QVariant started = time("2026-03-03T10:02:00Z");
    const QVariant myStart = time("2026-03-03T09:58:00Z");
    QTest::newRow("time: incident start")
        << FieldCase {u"incident"_s, int(IncidentField::StartedAt), ReviewKind::Postmortem}
        << incidentFields().displayName(IncidentField::StartedAt) << started << myStart
        << time("2026-03-03T10:05:00Z") << local(started) << local(myStart);
    QTest::newRow("text: timeline event")
        << FieldCase {u"timeline"_s, int(TimelineField::Text), ReviewKind::Postmortem}
        << timelineFields().displayName(TimelineField::Text) << QVariant(u"Alert fired for checkout errors"_s)
        << QVariant(u"Pager went off: checkout 5xx above 2%"_s) << QVariant(u"Alert fired (edited again)"_s)
        << u"Alert fired for checkout errors"_s << u"Pager went off: checkout 5xx above 2%"_s;
    const QVariant occurred = time("2026-03-03T10:04:00Z");
    const QVariant myOccurred = time("2026-03-03T10:03:30Z");
    QTest::newRow("time: timeline event")
        << FieldCase {u"timeline"_s, int(TimelineField::OccurredAt), ReviewKind::Postmortem}
        << timelineFields().displayName(TimelineField::OccurredAt) << occurred << myOccurred
        << time("2026-03-03T10:06:00Z") << local(occurred) << local(myOccurred);
    QTest::newRow("scale: contingency likelihood")
        << FieldCase {u"contingency"_s, int(ContingencyField::Likelihood), ReviewKind::Operability}
        << contingencyFields().displayName(ContingencyField::Likelihood) << QVariant(5) << QVariant(1)
        << QVariant(4) << ContingencyModel::levelText(ContingencyField::Likelihood, 5)
        << ContingencyModel::levelText(ContingencyField::Likelihood, 1);
}

// Another process saves the field first; the window's edit of it meets the newer revision. The notice
// names the field, their value and mine; Take Theirs keeps theirs; the next time, Keep Mine stores mine as
// a new revision, and undo goes back to theirs.
void TestCollaboration::conflictForEachKindOfField()
{
    QFETCH(FieldCase, field);
    QFETCH(QString, fieldName);
    QFETCH(QVariant, theirs);
    QFETCH(QVariant, mine);
    QFETCH(QVariant, theirsAgain);
    QFETCH(QString, theirsShown);
    QFETCH(QString, mineShown);

    const QString review = reviewOf(field.kind);
    const QString id = recordId(field, review);
    QVERIFY(!id.isEmpty());
    ReviewPage *page = m_window->openReview(review);
    QVERIFY(page);
    MessageBanner *banner = m_window->noticeBanner();

    // Round one: take theirs.
    watcher()->stop(); // the window has not seen their change when I make mine
    QCOMPARE(helperSetField(field, id, theirs, u"Grace"_s), 0);
    editInWindow(field, review, id, mine);
    QVERIFY(banner->isVisible());
    const QString message = banner->text();
    QVERIFY2(message.contains(u"Grace"_s), qPrintable(message));
    QVERIFY2(message.contains(fieldName, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(theirsShown), qPrintable(message));
    QVERIFY2(message.contains(mineShown), qPrintable(message));
    QVERIFY(banner->keepMineButton()->isVisible() && banner->takeTheirsButton()->isVisible());
    QTest::mouseClick(banner->takeTheirsButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(storedValue(field, id), theirs);

    // Round two: they change it again before my next edit; keep mine.
    QCOMPARE(helperSetField(field, id, theirsAgain, u"Grace"_s), 0);
    const int stepsBefore = page->undoStack()->count();
    editInWindow(field, review, id, mine);
    QVERIFY(banner->isVisible());
    QCOMPARE(page->undoStack()->count(), stepsBefore); // the refused edit left no step
    QCOMPARE(storedValue(field, id), theirsAgain);
    QTest::mouseClick(banner->keepMineButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(storedValue(field, id), mine);
    QCOMPARE(page->undoStack()->count(), stepsBefore + 1);
    page->undoStack()->undo();
    QCOMPARE(storedValue(field, id), theirsAgain);
    watcher()->start();
}

void TestCollaboration::flagsSetByBothAreOneChange_data()
{
    QTest::addColumn<FieldCase>("field");
    QTest::newRow("order agreed") << FieldCase {
        u"incident"_s, int(IncidentField::OrderAgreed), ReviewKind::Postmortem};
    QTest::newRow("contingency PR needed")
        << FieldCase {u"contingency"_s, int(ContingencyField::PrNeeded), ReviewKind::Operability};
    QTest::newRow("attendee present")
        << FieldCase {u"attendee"_s, int(AttendeeField::Present), ReviewKind::Operability};
}

// A flag has two values: when both people set it, they made the same change. No notice; it is set once.
// When the other changed it back before my edit reached the file, theirs is what I see and my click
// toggles from there.
void TestCollaboration::flagsSetByBothAreOneChange()
{
    QFETCH(FieldCase, field);
    const QString review = reviewOf(field.kind);
    const QString id = recordId(field, review);
    ReviewPage *page = m_window->openReview(review);
    QSignalSpy told(watcher(), &ChangeWatcher::changed);
    QCOMPARE(helperSetField(field, id, false, u"Setup"_s), 0);
    // A file's watcher finds it at once; a server's is told through the event loop.
    QTRY_VERIFY(!told.isEmpty() || watcher()->checkNow());
    watcher()->stop();
    QCOMPARE(helperSetField(field, id, true, u"Grace"_s), 0);
    editInWindow(field, review, id, true);
    QVERIFY(!m_window->noticeBanner()->isVisible());
    QCOMPARE(storedValue(field, id), QVariant(true));
    QSqlQuery q(m_reader->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM change_log WHERE by = 'Lin'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // nothing written twice
    Q_UNUSED(page);
    watcher()->start();
}

// Edits of different fields both land; of the same field the second meets the first. The window
// shows the other process's change within two seconds without losing a line being typed.
void TestCollaboration::sameAndDifferentFieldsFromAnotherProcess()
{
    const QString review = reviewOf(ReviewKind::Operability);
    ReviewPage *page = m_window->openReview(review);
    auto *view = qobject_cast<OperabilityView *>(page->content());
    const FieldCase comments {u"contingency"_s, int(ContingencyField::Comments), ReviewKind::Operability};
    const QString id = recordId(comments, review);

    // Different fields: theirs (comments) and mine (engineering mitigation), no notice.
    watcher()->stop();
    QCOMPARE(helperSetField(comments, id, u"Seen in the load test"_s, u"Grace"_s), 0);
    QVERIFY(
        view->operability()->contingencies()->setField(id, ContingencyField::Engineering, u"Feature flag"_s));
    QVERIFY(!m_window->noticeBanner()->isVisible());
    const ContingencyItem stored = *ContingencyRepository(m_reader.get()).find(id);
    QCOMPARE(stored.comments, u"Seen in the load test"_s);
    QCOMPARE(stored.engineering, u"Feature flag"_s);

    // The watcher refresh: their next change shows in the grid while I am typing a title.
    watcher()->start();
    page->titleEdit()->setFocus();
    page->titleEdit()->selectAll();
    QTest::keyClicks(page->titleEdit(), u"Half-typed"_s);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(helperSetField(comments, id, u"Seen twice"_s, u"Grace"_s), 0);
    const int row = view->operability()->contingencies()->rowOfUuid(id);
    const QModelIndex cell
        = view->operability()->contingencies()->index(row, ContingencyModel::CommentsColumn);
    QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), u"Seen twice"_s, 2500);
    qInfo("another process's change shown after %lld ms", clock.elapsed());
    QCOMPARE(page->titleEdit()->text(), u"Half-typed"_s);

    // The same field: the second writer hears of it (the helper's stale write is refused).
    const Review current = *ReviewRepository(m_reader.get()).find(review);
    QString out;
    QCOMPARE(TestSupport::run(TestSupport::helperBinary(),
                 {u"set-title"_s, TestSupport::asPerson(m_path, u"Grace"_s), review,
                     QString::number(current.revision - 1), u"Stale title"_s, u"Grace"_s},
                 &out),
        3);
    QVERIFY2(out.startsWith(u"conflict"_s), qPrintable(out));
    QCOMPARE(ReviewRepository(m_reader.get()).find(review)->title, current.title);
}

// The facilitator projects the timeline; someone at their desk corrects an event. The table on the
// laptop and the projected one both show it within two seconds, and the selected event stays selected.
void TestCollaboration::timelineAndProjectionFollowAnotherProcess()
{
    const QString review = reviewOf(ReviewKind::Postmortem);
    ReviewPage *page = m_window->openReview(review);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    PresentationWindow *projected = view->present(QGuiApplication::primaryScreen());
    QVERIFY(projected);
    TimelineModel *timeline = view->postmortem()->timeline();
    QVERIFY(timeline->rowCount() > 4);
    const QString selectedUuid = timeline->recordAt(3).uuid;
    const QString changedUuid = timeline->recordAt(1).uuid;
    view->timelineView()->selectionModel()->setCurrentIndex(view->timelineView()->model()->index(3, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    const FieldCase text {u"timeline"_s, int(TimelineField::Text), ReviewKind::Postmortem};
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(helperSetField(text, changedUuid, u"Corrected from another desk"_s, u"Grace"_s), 0);
    const auto shows = [](QTableView *table, const QString &wanted) {
        QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString() == wanted)
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shows(projected->timelineView(), u"Corrected from another desk"_s), 2500);
    QVERIFY(shows(view->timelineView(), u"Corrected from another desk"_s));
    qInfo("the projected timeline showed another process's correction after %lld ms", clock.elapsed());
    const QModelIndex current = view->timelineView()->selectionModel()->currentIndex();
    QCOMPARE(timeline->recordAt(current.row()).uuid, selectedUuid);
    projected->close();
    delete projected;
}

// The proposal is one long text: edits of different parts by two people are merged; of the same part,
// the writer's text is saved and theirs kept whole in the history. The cursor stays where it was.
void TestCollaboration::proposalEditsMergeOrKeepBoth()
{
    const QString review = reviewOf(ReviewKind::Architecture);
    const qint64 reviewId = ReviewRepository(m_reader.get()).find(review)->id;
    ReviewPage *page = m_window->openReview(review);
    auto *view = qobject_cast<ArchitectureView *>(page->content());
    QPlainTextEdit *editor = view->editor();
    const FieldCase body {u"proposal"_s, int(ProposalField::Body), ReviewKind::Architecture};
    const auto stored = [&] {
        const Result<Proposal> proposal = ProposalRepository(m_reader.get()).ofReview(reviewId);
        return proposal ? proposal->body : u"(unreadable: %1)"_s.arg(proposal.message());
    };
    const QString original = stored();
    QStringList lines = original.split(u'\n');
    QVERIFY(lines.size() > 20);
    QCOMPARE(editor->toPlainText(), original);

    // Apart: I type at the end of the first line; they rewrite a line near the end.
    watcher()->stop();
    editor->setFocus();
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(lines.first().size()));
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, u" (draft 2)"_s);
    QStringList theirs = lines;
    theirs[lines.size() - 3] = u"Their rewrite of a line near the end."_s;
    QCOMPARE(helperSetField(body, QString::number(reviewId), theirs.join(u'\n'), u"Grace"_s), 0);
    view->architecture()->saveNow();
    QStringList both = theirs;
    both[0] += u" (draft 2)"_s;
    QCOMPARE(stored(), both.join(u'\n'));
    QCOMPARE(editor->toPlainText(), both.join(u'\n'));
    QCOMPARE(editor->textCursor().position(), int(both.first().size())); // where I was typing
    QVERIFY2(
        m_window->noticeBanner()->text().contains(u"merged"_s), qPrintable(m_window->noticeBanner()->text()));

    // The same part: they and I both change the first line. Mine is saved, theirs kept in the history.
    const QString base = stored();
    QStringList theirsAgain = base.split(u'\n');
    theirsAgain[0] = u"# Their title"_s;
    QTest::keyClicks(editor, u" and mine"_s);
    QCOMPARE(helperSetField(body, QString::number(reviewId), theirsAgain.join(u'\n'), u"Grace"_s), 0);
    view->architecture()->saveNow();
    QCOMPARE(stored(), editor->toPlainText());
    QVERIFY(stored().startsWith(lines.first() + u" (draft 2) and mine"_s));
    QVERIFY2(m_window->noticeBanner()->text().contains(u"same part"_s),
        qPrintable(m_window->noticeBanner()->text()));
    QSqlQuery q(m_reader->database());
    QVERIFY(q.exec(u"SELECT old_value FROM change_log WHERE what = 'overwritten' ORDER BY id DESC LIMIT 1"_s)
        && q.next());
    QCOMPARE(q.value(0).toString(), theirsAgain.join(u'\n'));
    watcher()->start();
}

void TestCollaboration::presenceAppearsAndExpires()
{
    const QString review = reviewOf(ReviewKind::Postmortem);
    ReviewPage *page = m_window->openReview(review);
    QVERIFY(page);
    session()->presence()->setTiming(200, 1500);
    QVERIFY(page->presenceLabel()->isHidden());

    // Another app opens the review: it shows here within two seconds.
    QProcess other;
    other.start(TestSupport::helperBinary(),
        {u"present"_s, TestSupport::asPerson(m_path, u"Grace"_s), review, u"Grace"_s, u"200"_s, u"1500"_s});
    QVERIFY(other.waitForStarted());
    QVERIFY(other.waitForReadyRead(10000));
    QCOMPARE(other.readLine().trimmed(), QByteArray("ready"));
    QTRY_VERIFY_WITH_TIMEOUT(page->presenceLabel()->isVisible(), 2000);
    QVERIFY2(page->presenceLabel()->text().contains(u"Grace"_s), qPrintable(page->presenceLabel()->text()));
    // It says only who has that review open: not on another review.
    QVERIFY(session()->presence()->others(reviewOf(ReviewKind::Operability)).isEmpty());

    // It crashes: no goodbye; its row expires.
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(other.processId()), SIGKILL);
    QVERIFY(other.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(page->presenceLabel()->isHidden(), 5000);
    qInfo("presence of a killed app expired after %lld ms (expiry 1500 ms)", clock.elapsed());
    QVERIFY(clock.elapsed() >= 1000);

    // A clean close says goodbye at once, well before the expiry.
    QProcess polite;
    polite.start(TestSupport::helperBinary(),
        {u"present"_s, TestSupport::asPerson(m_path, u"Priya"_s), review, u"Priya"_s, u"200"_s, u"60000"_s});
    QVERIFY(polite.waitForStarted() && polite.waitForReadyRead(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        page->presenceLabel()->text().contains(u"Priya"_s) && page->presenceLabel()->isVisible(), 2000);
    polite.closeWriteChannel();
    QVERIFY(polite.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(page->presenceLabel()->isHidden(), 2000);

    // Closing the page here removes this window's row, so the others see it gone at once.
    const auto rowsOfThisWindow = [this] {
        QSqlQuery q(m_reader->database());
        q.prepare(u"SELECT count(*) FROM presence WHERE session = :session"_s);
        q.bindValue(u":session"_s, session()->presence()->session());
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(rowsOfThisWindow(), 1);
    QAction *close = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&Close Review"_s)
            close = action;
    }
    QVERIFY(close);
    close->trigger();
    QCOMPARE(rowsOfThisWindow(), 0);
}

// Publishing copies the review with everything in it: new in the target, then an update, then refused
// while the target's copy has a later edit (unless replaced on purpose); the same path as a JSON file.
void TestCollaboration::publishNewUpdateAndNewer()
{
    const QString review = reviewOf(ReviewKind::Operability);
    const QString targetPath = TestSupport::freshWorkspace(m_dir->path(), u"team-share.inflection"_s);
    QVERIFY(openWorkspace(targetPath)); // created, empty
    // New there.
    const auto first = m_window->publishReview(review, targetPath);
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(first->created);
    QCOMPARE(MainWindow::publishTargets(), QStringList {targetPath});
    auto target = openWorkspace(targetPath);
    QVERIFY(target);
    const auto json = [](Workspace *ws, const QString &uuid) {
        const Result<QJsonObject> exported = ReviewExporter(ws).toJson(uuid);
        return exported ? ReviewExporter::serialize(*exported)
                        : u"(not exported: %1)"_s.arg(exported.message()).toUtf8();
    };
    Workspace *here = session()->workspace();
    QCOMPARE(json(target.get(), review), json(here, review));

    // An edit here, then publish: an update.
    ReviewPage *page = m_window->openReview(review);
    QVERIFY(page);
    auto *view = qobject_cast<OperabilityView *>(page->content());
    QVERIFY(view);
    const QString item = recordId({u"contingency"_s, 0, ReviewKind::Operability}, review);
    QTest::qWait(5);
    QVERIFY(view->operability()->contingencies()->setField(
        item, ContingencyField::Comments, u"Published from the laptop"_s));
    const auto second = m_window->publishReview(review, targetPath);
    QVERIFY2(second, qPrintable(second.message()));
    QVERIFY(!second->created); // an update
    QCOMPARE(ContingencyRepository(target.get()).find(item)->comments, u"Published from the laptop"_s);
    QCOMPARE(json(target.get(), review), json(here, review));

    // Someone edits the shared copy after that: publishing again is refused, nothing written.
    QTest::qWait(5);
    ContingencyRepository shared(target.get());
    const Result<ContingencyItem> edited = shared.updateField(
        *shared.find(item), ContingencyField::Engineering, u"Edited in the shared copy"_s);
    QVERIFY2(edited, qPrintable(edited.message()));
    const QByteArray before = json(target.get(), review);
    const auto third = m_window->publishReview(review, targetPath);
    QCOMPARE(third.error(), ErrorKind::Newer);
    QVERIFY2(third.message().contains(u"newer"_s), qPrintable(third.message()));
    QCOMPARE(json(target.get(), review), before);
    // Replaced on purpose.
    const auto forced = m_window->publishReview(review, targetPath, true);
    QVERIFY2(forced, qPrintable(forced.message()));
    QVERIFY(!forced->created); // an update
    QCOMPARE(ContingencyRepository(target.get()).find(item)->engineering,
        ContingencyRepository(here).find(item)->engineering);
    QCOMPARE(json(target.get(), review), json(here, review));

    // Round trip through a JSON file: export here, import into a third workspace, the same review.
    const QString file = m_dir->filePath(u"review.json"_s);
    const Result<> written = ReviewExporter(here).writeFile(review, file);
    QVERIFY2(written, qPrintable(written.message()));
    auto third_ws = openWorkspace(TestSupport::freshWorkspace(m_dir->path(), u"third.inflection"_s));
    QVERIFY(third_ws);
    const auto imported = ReviewImporter(third_ws.get()).importFile(file);
    QVERIFY2(imported, qPrintable(imported.message()));
    QVERIFY(imported->created);
    QCOMPARE(json(third_ws.get(), review), json(here, review));
    // And publishing to where it came from by file is an update, not a copy.
    const auto copied = ReviewImporter(third_ws.get()).copyFrom(target.get(), review);
    QVERIFY2(copied, qPrintable(copied.message()));
    QVERIFY(!copied->created); // an update
}

// Publishing where one is an editor, not the administrator: on a file the authors are kept as for anyone;
// on a server, which records who wrote what, the login is recorded as the author of everything written,
// and the window says so. The review is published all the same.
void TestCollaboration::publishAsAnEditorOfTheTarget()
{
    const QString review = reviewOf(ReviewKind::Postmortem);
    const QString targetPath = TestSupport::freshWorkspace(m_dir->path(), u"their-share.inflection"_s);
    QVERIFY(openWorkspace(targetPath)); // created, empty
    const QString asEditor = TestSupport::asPerson(targetPath, u"Ada"_s);
    const bool kept = !TestSupport::onServer();
    Workspace *here = session()->workspace();
    const auto json = [](Workspace *ws, const QString &uuid) {
        const Result<QJsonObject> exported = ReviewExporter(ws).toJson(uuid);
        return exported ? ReviewExporter::serialize(*exported)
                        : u"(not exported: %1)"_s.arg(exported.message()).toUtf8();
    };
    // Who changed the review and its timeline last, as the workspace records it.
    const auto authors = [](Workspace *ws, const QString &uuid) {
        const Result<Review> r = ReviewRepository(ws).find(uuid);
        QSet<QString> by;
        if (!r)
            return by;
        by << r->updatedBy;
        for (const TimelineEvent &event : TimelineRepository(ws).forReview(r->id).valueOr({}))
            by << event.updatedBy;
        return by;
    };
    QVERIFY(!authors(here, review).contains(u"Ada"_s));

    const auto first = m_window->publishReview(review, asEditor);
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(first->created);
    QCOMPARE(first->authorsKept, kept);
    QCOMPARE(first->message.contains(ReviewImporter::loginRecordedNote()), !kept);
    auto target = openWorkspace(targetPath);
    QVERIFY(target);
    if (kept)
        QCOMPARE(json(target.get(), review), json(here, review));
    else
        QCOMPARE(authors(target.get(), review), QSet<QString> {u"Ada"_s});

    // An edit here, then Publish to Workspace from the File menu: their copy is updated, and the status
    // bar says whether the authors were kept.
    ReviewPage *page = m_window->openReview(review);
    QVERIFY(page);
    QTest::qWait(5);
    QVERIFY(reviews()->setField(review, ReviewField::Owner, u"Published by an editor"_s));
    QAction *publish = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QDir::toNativeSeparators(asEditor))
            publish = action;
    }
    QVERIFY(publish);
    publish->trigger();
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY2(shown.contains(u"their copy was updated"_s), qPrintable(shown));
    QCOMPARE(shown.contains(ReviewImporter::loginRecordedNote()), !kept);
    QCOMPARE(ReviewRepository(target.get()).find(review)->owner, u"Published by an editor"_s);
    if (kept)
        QCOMPARE(json(target.get(), review), json(here, review));
    else
        QCOMPARE(authors(target.get(), review), QSet<QString> {u"Ada"_s});
}

void TestCollaboration::publishToAnUnreachableWorkspace()
{
    const QString review = reviewOf(ReviewKind::Postmortem);
    // A drive that is not mounted: its mount point is an empty folder.
    const QString mountPoint = m_dir->filePath(u"mnt/team"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    const QString gone = mountPoint + u"/shared.inflection"_s;
    const auto result = m_window->publishReview(review, gone);
    QVERIFY(!result);
    QCOMPARE(result.error(), ErrorKind::Missing);
    QVERIFY2(result.message().contains(u"mounted"_s), qPrintable(result.message()));
    QVERIFY(!QFileInfo::exists(gone)); // nothing created where the drive should be

    const Result<> opened = m_window->openExistingWorkspace(gone);
    QVERIFY(!opened);
    QVERIFY2(opened.message().contains(u"mounted"_s), qPrintable(opened.message()));
    QVERIFY(!QFileInfo::exists(gone));
    // The local workspace is still open and usable.
    QCOMPARE(session()->workspace()->path(), m_windowPath);
    QVERIFY(reviews()->setField(review, ReviewField::Owner, u"Still here"_s));
    QCOMPARE(ReviewRepository(m_reader.get()).find(review)->owner, u"Still here"_s);
}

// Every change writes the change log; the History panel lists the review's, newest first, with who,
// what, before and after (a summary for long texts), and follows edits made here and elsewhere; the
// browser says who last changed what.
void TestCollaboration::historyPanelAndLastChange()
{
    const QString review = reviewOf(ReviewKind::Postmortem);
    ReviewPage *page = m_window->openReview(review);
    QVERIFY(page);
    auto *view = qobject_cast<PostmortemView *>(page->content());
    QVERIFY(view);
    m_window->historyDock()->show();
    HistoryModel *history = session()->history();
    QTRY_VERIFY(history->rowCount() > 0);
    QVERIFY(m_window->historyDock()->windowTitle().contains(
        ReviewRepository(m_reader.get()).find(review)->title));

    QVERIFY(reviews()->setField(review, ReviewField::Owner, u"Sam"_s));
    const auto row0 = [history](int column) {
        return history->index(0, column).data().toString();
    };
    QCOMPARE(row0(HistoryModel::WhoColumn), u"Lin"_s);
    QVERIFY2(
        row0(HistoryModel::ChangeColumn).contains(u"owner"_s), qPrintable(row0(HistoryModel::ChangeColumn)));
    QCOMPARE(row0(HistoryModel::AfterColumn), u"Sam"_s);

    // A long text: the log says which lines changed rather than keeping both whole.
    QString summary;
    for (int line = 1; line <= 30; ++line)
        summary += u"Line %1 of the incident summary, long enough to matter.\n"_s.arg(line);
    IncidentModel *incident = view->postmortem()->incident();
    QVERIFY(incident->setField(IncidentField::Summary, summary));
    QString edited = summary;
    edited.replace(u"Line 12 of"_s, u"Line twelve,\nsplit in two, of"_s);
    QVERIFY(incident->setField(IncidentField::Summary, edited));
    QCOMPARE(row0(HistoryModel::AfterColumn), u"Line 12 rewritten as 2 lines; 32 lines now"_s);
    QVERIFY(row0(HistoryModel::BeforeColumn).isEmpty());
    // The browser: who last changed what.
    const int browserRow = reviews()->rowOfUuid(review);
    const QString lastChange
        = reviews()->index(browserRow, ReviewListModel::LastChangeColumn).data().toString();
    QVERIFY2(lastChange.startsWith(u"Lin: changed"_s) && lastChange.contains(u"summary"_s),
        qPrintable(lastChange));

    // Another process's change arrives in the panel and the browser.
    const FieldCase text {u"timeline"_s, int(TimelineField::Text), ReviewKind::Postmortem};
    QCOMPARE(helperSetField(text, recordId(text, review), u"Rollback started"_s, u"Grace"_s), 0);
    QTRY_COMPARE_WITH_TIMEOUT(row0(HistoryModel::WhoColumn), u"Grace"_s, 2500);
    QCOMPARE(row0(HistoryModel::AfterColumn), u"Rollback started"_s);
    QTRY_VERIFY(reviews()
                    ->index(browserRow, ReviewListModel::LastChangeColumn)
                    .data()
                    .toString()
                    .startsWith(u"Grace: changed timeline"_s));
}

void TestCollaboration::stressFourWritersOneFile_data()
{
    QTest::addColumn<QString>("journalMode");
    if (TestSupport::onServer()) {
        QTest::newRow("server") << QString();
        return;
    }
    QTest::newRow("WAL") << u"wal"_s;
    QTest::newRow("DELETE") << u"delete"_s;
}

// Four processes make 1,000 edits each of the same few contingencies, each from its own copies: every
// edit is either stored (and in the change log exactly once) or reported to its author as a conflict.
void TestCollaboration::stressFourWritersOneFile()
{
    QFETCH(QString, journalMode);
    m_window.reset();
    m_reader.reset();
    qputenv("INFLECTION_JOURNAL_MODE", journalMode.toLatin1());
    m_reader = openWorkspace(m_path);
    QVERIFY(m_reader);
    const qint64 reviewId = ReviewRepository(m_reader.get()).find(reviewOf(ReviewKind::Operability))->id;
    constexpr int processes = 4;
    constexpr int edits = 1000;
    std::vector<std::unique_ptr<QProcess>> writers;
    QElapsedTimer clock;
    clock.start();
    for (int p = 0; p < processes; ++p) {
        auto writer = std::make_unique<QProcess>();
        writer->start(TestSupport::helperBinary(),
            {u"stress"_s, TestSupport::asPerson(m_path, u"writer%1"_s.arg(p)), QString::number(reviewId),
                QString::number(edits), u"writer%1"_s.arg(p), QString::number(p + 1)});
        QVERIFY(writer->waitForStarted());
        writers.push_back(std::move(writer));
    }
    QSet<QString> saved;
    QSet<QString> notSaved; // told to their authors: a conflict, or the file locked past the timeout
    int conflicts = 0;
    int busy = 0;
    for (auto &writer : writers) {
        QVERIFY(writer->waitForFinished(300000));
        const QList<QByteArray> lines = writer->readAllStandardOutput().split('\n');
        QVERIFY2(
            writer->exitCode() == 0 && lines.size() >= 2 && lines.at(lines.size() - 2).startsWith("done"),
            lines.size() >= 2 ? lines.at(lines.size() - 2).constData() : "no output");
        int told = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            const QString value = QString::fromUtf8(parts.value(2));
            if (parts.value(0) == "saved") {
                saved.insert(value);
                ++told;
            } else if (parts.value(0) == "conflict" || parts.value(0) == "busy") {
                (parts.value(0) == "busy" ? busy : conflicts) += 1;
                notSaved.insert(value);
                ++told;
            }
        }
        QCOMPARE(told, edits);
    }
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(int(saved.size()) + conflicts + busy, processes * edits);
    // Every saved edit is in the change log exactly once, and nothing else by the writers is.
    QSqlQuery q(m_reader->database());
    QVERIFY(q.exec(
        u"SELECT new_value, count(*) FROM change_log WHERE by LIKE 'writer%' AND field = 'contingency.comments' GROUP BY new_value"_s));
    QSet<QString> logged;
    while (q.next()) {
        QCOMPARE(q.value(1).toInt(), 1);
        logged.insert(q.value(0).toString());
    }
    QCOMPARE(logged, saved); // and so none of the edits told "not saved" is in the file
    if (!TestSupport::onServer()) { // a file's own check; the server keeps its tables whole itself
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }
    qInfo("stress (%s): %d processes x %d edits in %lld ms: %.0f edits/s; %lld saved, %d conflicts and %d "
          "refused as busy, each told to its author; 0 lost",
        qPrintable(TestSupport::onServer() ? u"server"_s : journalMode), processes, edits, elapsed,
        processes * edits * 1000.0 / std::max<qint64>(elapsed, 1), qint64(saved.size()), conflicts, busy);
    qunsetenv("INFLECTION_JOURNAL_MODE");
}

QTEST_MAIN(TestCollaboration)
#include "tst_collaboration.moc"
