// The architecture review page, offscreen: the proposal editor with its highlighting and comment
// threads beside it, anchors following typing, nothing typed lost, the question board.
#include "architecture/architecturedocument.h"
#include "architecture/commentmodel.h"
#include "architecture/proposalmodel.h"
#include "architecture/questionmodel.h"
#include "architectureview.h"
#include "commentpanel.h"
#include "io/demoworkspace.h"
#include "proposalhighlighting.h"
#include "replybox.h"
#include "reviewpage.h"
#include "store/commentrepository.h"
#include "store/proposalrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestArchitectureView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void demoProposalWithThreads();
    void highlightingUnderComments();
    void commentDialogSendsWithCtrlEnter();
    void commentFollowsTyping();
    void clickingConnectsTextAndThread();
    void nothingTypedIsLost();
    void newProposalStartsFromTemplate();
    void questionBoard();
    void previewRendersMarkdown();
    void supersededByAnotherReview();
    void threadExpandsToItsReplies();
    void replyInPlace();
    void resolveOffersReopenAtOnce();
    void decisionOffersDecidedStatus();
    void decisionWithoutTheStatus();

private:
    // The review's document (opened in session, m_session by default) in a new view, m_view.
    void open(const QString &uuid, WorkspaceSession *session = nullptr);
    Workspace *workspace() const { return m_session->workspace(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<WorkspaceSession> m_secondWindow; // another window on the same file
    ArchitectureDocument *m_document = nullptr; // of m_view; owned by its session
    std::unique_ptr<ArchitectureView> m_view;
    QString m_uuid;
    qint64 m_reviewId = 0;
};

void TestArchitectureView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"demo.inflection"_s);
    {
        auto demo = Workspace::open(path);
        QVERIFY2(demo, qPrintable(demo.message()));
        const Result<> populated = DemoWorkspace::populate(demo->get());
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    auto session = WorkspaceSession::open(path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    const Result<QList<Review>> reviews = ReviewRepository(workspace()).all();
    QVERIFY2(reviews, qPrintable(reviews.message()));
    for (const Review &r : *reviews) {
        if (r.kind == ReviewKind::Architecture) {
            m_reviewId = r.id;
            m_uuid = r.uuid;
            break; // the worked example comes first
        }
    }
    QVERIFY(!m_uuid.isEmpty());
    open(m_uuid);
}

void TestArchitectureView::open(const QString &uuid, WorkspaceSession *session)
{
    m_view.reset();
    const Result<ReviewDocument *> opened = (session ? session : m_session.get())->openDocument(uuid);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_document = qobject_cast<ArchitectureDocument *>(*opened);
    QVERIFY(m_document);
    m_view = std::make_unique<ArchitectureView>(m_document);
    m_view->setTextPrompt([](const QString &, const QString &) { return u"A comment from the test"_s; });
    m_view->resize(1300, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestArchitectureView::cleanup()
{
    m_view.reset();
    m_document = nullptr;
    m_secondWindow.reset();
    m_session.reset();
    m_dir.reset();
}

void TestArchitectureView::demoProposalWithThreads()
{
    QVERIFY(m_view->editor()->toPlainText().startsWith(u"# Goals"_s));
    CommentModel *comments = m_view->architecture()->comments();
    QCOMPARE(comments->rowCount(), 4);
    QCOMPARE(comments->orphanCount(), 1);
    QCOMPARE(comments->openCount(), 3); // one resolved
    // Resolved threads hidden until asked for; the orphan listed with its quote.
    const QList<CommentPanel::Card> cards = m_view->commentPanel()->cards();
    QCOMPARE(cards.size(), 3);
    QVERIFY(cards.first().orphan);
    m_view->showResolvedAction()->setChecked(true);
    QCOMPARE(m_view->commentPanel()->cards().size(), 4);
    QCOMPARE(m_view->editor()->extraSelections().size(), 3);
    // Cards level with their text: in text order, none overlapping.
    const QList<CommentPanel::Card> all = m_view->commentPanel()->cards();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i).rect.top() > all.at(i - 1).rect.bottom());
}

void TestArchitectureView::highlightingUnderComments()
{
    QPlainTextEdit *editor = m_view->editor();
    QTextDocument *document = editor->document();
    const QString before = document->toPlainText();
    auto formatsOf = [document](const QString &startsWith) {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text().startsWith(startsWith))
                return block.layout()->formats();
        }
        return QList<QTextLayout::FormatRange>();
    };
    // Headings and code are formatted, by whichever engine this build has.
    QVERIFY2(!formatsOf(u"# Goals"_s).isEmpty(), qPrintable(ProposalHighlighting::engine()));
    QVERIFY(!formatsOf(u"$queue->publish"_s).isEmpty());
    QVERIFY(!formatsOf(u"```php"_s).isEmpty());
    // A comment on a heading: its highlight is an extra selection over the syntax formats, and the
    // document is not changed by it.
    const int heading = int(before.indexOf(u"# Design"_s));
    QTextCursor cursor(document);
    cursor.setPosition(heading);
    cursor.setPosition(heading + 8, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    m_view->addCommentAction()->trigger();
    QCOMPARE(m_view->architecture()->comments()->rowCount(), 5);
    bool covered = false;
    for (const QTextEdit::ExtraSelection &s : editor->extraSelections())
        covered = covered || (s.cursor.selectionStart() == heading && s.cursor.selectionEnd() == heading + 8);
    QVERIFY(covered);
    QVERIFY(!formatsOf(u"# Design"_s).isEmpty());
    QCOMPARE(document->toPlainText(), before);
}

void TestArchitectureView::commentDialogSendsWithCtrlEnter()
{
    m_view->setTextPrompt({}); // the window's own dialog
    QPlainTextEdit *editor = m_view->editor();
    const int at = int(editor->toPlainText().indexOf(u"idempotent"_s));
    QTextCursor cursor(editor->document());
    cursor.setPosition(at);
    cursor.setPosition(at + 10, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->setFocus();
    const int before = m_view->architecture()->comments()->rowCount();
    bool typed = false;
    QTimer::singleShot(0, this, [&typed] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *field = dialog ? dialog->findChild<QPlainTextEdit *>() : nullptr;
        if (!field)
            return;
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible()) // never left waiting: the checks below then fail
                QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        });
        if (!QTest::qWaitForWindowActive(dialog))
            return;
        QTest::keyClicks(field, u"Is it, on a retry?"_s);
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier); // a second line, not sent
        QTest::keyClicks(field, u"Say how."_s);
        typed = dialog->isVisible();
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(typed);
    QCOMPARE(m_view->architecture()->comments()->rowCount(), before + 1);
    const QString uuid = m_view->commentPanel()->currentThread();
    const Comment *added = m_view->architecture()->comments()->comment(uuid);
    QVERIFY(added);
    QCOMPARE(added->text, u"Is it, on a retry?\nSay how."_s);
    m_view->setTextPrompt([](const QString &, const QString &) { return u"A comment from the test"_s; });
}

void TestArchitectureView::commentFollowsTyping()
{
    QPlainTextEdit *editor = m_view->editor();
    const QString text = editor->toPlainText();
    const int at = int(text.indexOf(u"idempotent"_s));
    QTextCursor cursor(editor->document());
    cursor.setPosition(at);
    cursor.setPosition(at + 10, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    m_view->addCommentAction()->trigger();
    const QString uuid = m_view->commentPanel()->currentThread();
    QVERIFY(!uuid.isEmpty());
    // Typing above moves it; typing inside widens it.
    editor->moveCursor(QTextCursor::Start);
    editor->setFocus();
    QTest::keyClicks(editor, u"Draft 3. "_s);
    QCOMPARE(m_view->architecture()->comments()->range(uuid)->first, at + 9);
    QTextCursor inside(editor->document());
    inside.setPosition(at + 9 + 4);
    editor->setTextCursor(inside);
    QTest::keyClicks(editor, u"-"_s);
    const auto range = m_view->architecture()->comments()->range(uuid);
    QCOMPARE(editor->toPlainText().mid(range->first, range->second - range->first), u"idem-potent"_s);
    // Saved with the text: a new page, reading the file (another window, while this one stays
    // open), finds it in the same place.
    m_document->saveNow();
    auto again = WorkspaceSession::open(m_session->path(), Workspace::Options());
    QVERIFY2(again, qPrintable(again.message()));
    m_secondWindow = std::move(again).value();
    open(m_uuid, m_secondWindow.get());
    const auto reopened = m_view->architecture()->comments()->range(uuid);
    QVERIFY(reopened);
    QCOMPARE(m_view->editor()->toPlainText().mid(reopened->first, reopened->second - reopened->first),
        u"idem-potent"_s);
}

void TestArchitectureView::clickingConnectsTextAndThread()
{
    CommentModel *comments = m_view->architecture()->comments();
    const QString thread = comments->threadUuid(0); // the first in the text
    const auto range = comments->range(thread);
    QVERIFY(range);
    // A click on its card selects its text.
    CommentPanel *panel = m_view->commentPanel();
    QRect card;
    for (const CommentPanel::Card &c : panel->cards()) {
        if (c.uuid == thread)
            card = c.rect;
    }
    QVERIFY(card.isValid());
    QTest::mouseClick(panel, Qt::LeftButton, {}, card.center());
    QCOMPARE(m_view->editor()->textCursor().selectionStart(), range->first);
    QCOMPARE(m_view->editor()->textCursor().selectionEnd(), range->second);
    // The cursor in another commented text selects that thread (the second thread is resolved, and
    // hidden: the third).
    const QString other = comments->threadUuid(2);
    QTextCursor cursor(m_view->editor()->document());
    cursor.setPosition(comments->range(other)->first + 1);
    m_view->editor()->setTextCursor(cursor);
    QCOMPARE(panel->currentThread(), other);
    // Resolve and reopen, keeping who.
    m_view->resolveAction()->trigger();
    QVERIFY(comments->comment(other)->isResolved());
    QCOMPARE(comments->comment(other)->resolvedBy, workspace()->author());
    m_document->undoStack()->undo();
    QVERIFY(!comments->comment(other)->isResolved());
}

void TestArchitectureView::nothingTypedIsLost()
{
    // The typing pause does not end during this test: only closing the review can save the text.
    m_document->setSaveDelay(60 * 60 * 1000);
    QPlainTextEdit *editor = m_view->editor();
    editor->moveCursor(QTextCursor::End);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"Last words typed just before closing."_s);
    const auto stored = [this] {
        const Result<Proposal> proposal = ProposalRepository(workspace()).ofReview(m_reviewId);
        return proposal ? proposal->body : QString();
    };
    QVERIFY(!stored().endsWith(u"Last words typed just before closing."_s));
    // Closed at once (its page and its document, as closing the tab does), before the typing pause
    // would have saved it.
    m_view.reset();
    m_session->closeDocument(m_uuid);
    m_document = nullptr;
    QVERIFY(stored().endsWith(u"Last words typed just before closing."_s));
}

void TestArchitectureView::newProposalStartsFromTemplate()
{
    const Result<QString> fresh = m_session->createReview(ReviewKind::Architecture, u"New one"_s);
    QVERIFY2(fresh, qPrintable(fresh.message()));
    open(*fresh);
    const QString text = m_view->editor()->toPlainText();
    for (const QString &section : {u"# Goals"_s, u"# Design"_s, u"# Departures from current technology"_s,
             u"# Alternatives considered"_s, u"# Costs and pain points"_s})
        QVERIFY2(text.contains(section), qPrintable(section));
    // Nothing stored until someone writes.
    QCOMPARE(ProposalRepository(workspace()).ofReview(m_document->reviewId())->id, 0);
}

void TestArchitectureView::questionBoard()
{
    m_view->tabs()->setCurrentIndex(2);
    QTableView *open = m_view->openQuestionsView();
    QCOMPARE(open->model()->rowCount(), 2);
    QCOMPARE(m_view->answeredQuestionsView()->model()->rowCount(), 1);
    // Most votes first.
    QCOMPARE(open->model()->index(0, 0).data().toString(),
        u"What happens to search freshness while the broker is down?"_s);
    // Space votes for the current question; the second one overtakes it.
    open->setFocus();
    open->setCurrentIndex(open->model()->index(1, 0));
    QTest::keyClick(open, Qt::Key_Space);
    QTest::keyClick(open, Qt::Key_Space); // and takes it back
    open->setCurrentIndex(open->model()->index(1, 0));
    QTest::keyClick(open, Qt::Key_Space);
    QCOMPARE(open->model()->index(1, 0).data(QuestionModel::VotesRole).toInt(), 2);
    open->setCurrentIndex(open->model()->index(0, 0));
    m_view->answerAction()->trigger();
    QCOMPARE(open->model()->rowCount(), 1);
    QCOMPARE(m_view->answeredQuestionsView()->model()->rowCount(), 2);
}

void TestArchitectureView::previewRendersMarkdown()
{
    m_view->previewAction()->setChecked(true);
    QTextBrowser *preview = m_view->preview();
    QVERIFY(preview->isVisible());
    QVERIFY(preview->toPlainText().contains(u"Goals"_s));
    QVERIFY(!preview->toPlainText().contains(u"# Goals"_s)); // rendered, not shown as source
    QVERIFY(!preview->openLinks());
}

void TestArchitectureView::supersededByAnotherReview()
{
    const Result<QString> newer
        = m_session->createReview(ReviewKind::Architecture, u"Search on a hosted queue"_s);
    QVERIFY2(newer, qPrintable(newer.message()));
    ReviewRepository repository(workspace());
    const QString uuid = m_uuid; // the demo proposal
    ReviewPage page(m_document);
    QCOMPARE(page.undoStack(), m_document->undoStack());
    QComboBox *box = page.supersededByBox();
    // Not superseded, the five architecture reviews of the demo's year, and the new one.
    QCOMPARE(box->count(), 7);
    QCOMPARE(box->itemText(6), u"Search on a hosted queue"_s);
    box->setCurrentIndex(6);
    Q_EMIT box->activated(6);
    QCOMPARE(repository.find(uuid)->supersededBy, *newer);
    QCOMPARE(repository.find(uuid)->status, ReviewStatus::Superseded);
    page.undoStack()->undo(); // one step
    QCOMPARE(repository.find(uuid)->supersededBy, QString());
    QCOMPARE(repository.find(uuid)->status, ReviewStatus::Decided);
}

namespace {

// The card of a thread in the panel as it is now; invalid uuid when not shown.
CommentPanel::Card cardOf(CommentPanel *panel, const QString &uuid)
{
    for (const CommentPanel::Card &card : panel->cards()) {
        if (card.uuid == uuid)
            return card;
    }
    return {};
}

// Presses the toolbar button of action, as a person does.
void clickToolButton(QAction *action)
{
    QWidget *button = nullptr;
    for (QObject *object : action->associatedObjects()) {
        if (auto *toolBar = qobject_cast<QToolBar *>(object))
            button = toolBar->widgetForAction(action);
    }
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Answers the next question box with button; what it asked lands in *asked.
void answerNextQuestion(QObject *context, QMessageBox::StandardButton button, QString *asked)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        *asked = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start();
}

void setStatus(ReviewDocument *document, ReviewStatus status)
{
    if (document->review()->status != status)
        QVERIFY(document->setReviewField(ReviewField::Status, reviewStatuses().key(status)));
    QCOMPARE(document->review()->status, status);
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("INFLECTION_TEST_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

} // namespace

// A thread with a reply: folded, the card only hints at it; a click on that line unfolds the whole
// thread, the reply's text in full and inside the card; the keyboard folds and unfolds it as well.
void TestArchitectureView::threadExpandsToItsReplies()
{
    CommentModel *comments = m_view->architecture()->comments();
    CommentPanel *panel = m_view->commentPanel();
    QString thread;
    for (int row = 0; row < comments->rowCount() && thread.isEmpty(); ++row) {
        const QString uuid = comments->threadUuid(row);
        if (!comments->replies(uuid).isEmpty() && cardOf(panel, uuid).rect.isValid())
            thread = uuid;
    }
    QVERIFY2(!thread.isEmpty(), "the demo proposal shows a thread with a reply");
    // A long reply, so that the folded card cannot show it.
    const QString longReply = u"Only if the retry budget is shared by every caller of the service, otherwise "
                              "one noisy client exhausts it for everyone else and the incident repeats "
                              "itself in a new shape next quarter."_s;
    QVERIFY(!comments->reply(thread, longReply).isEmpty());
    const auto showsWhole = [&](const CommentPanel::Card &card, const QString &text) {
        for (const CommentPanel::Text &shown : card.texts) {
            if (shown.kind == CommentPanel::Text::Reply && shown.text.endsWith(text) && shown.whole
                && card.rect.contains(shown.rect)) {
                // Measured: the wrapped text fits the rectangle it is painted in.
                const QRect needed = panel->fontMetrics().boundingRect(
                    QRect(0, 0, shown.rect.width(), 100000), shown.flags, shown.text);
                return needed.height() <= shown.rect.height();
            }
        }
        return false;
    };
    CommentPanel::Card folded = cardOf(panel, thread);
    QVERIFY(!folded.expanded);
    QVERIFY(!showsWhole(folded, longReply));
    QVERIFY(folded.toggle.isValid());
    saveShot(m_view.get(), u"thread-folded"_s);

    QTest::mouseClick(panel, Qt::LeftButton, {}, folded.toggle.center());
    QVERIFY(panel->isExpanded(thread));
    QCOMPARE(panel->currentThread(), thread);
    const CommentPanel::Card open = cardOf(panel, thread);
    QVERIFY(open.expanded);
    QVERIFY(open.rect.height() > folded.rect.height());
    QVERIFY2(showsWhole(open, longReply), "the reply is shown in full");
    for (const Comment &reply : comments->replies(thread))
        QVERIFY2(showsWhole(open, reply.text), qPrintable(reply.text));
    saveShot(m_view.get(), u"thread-expanded"_s);

    // The keyboard: Left folds, Space unfolds again.
    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_Left);
    QVERIFY(!panel->isExpanded(thread));
    QTest::keyClick(panel, Qt::Key_Space);
    QVERIFY(panel->isExpanded(thread));
    // A click on the last line folds it.
    QTest::mouseClick(panel, Qt::LeftButton, {}, cardOf(panel, thread).toggle.center());
    QVERIFY(!panel->isExpanded(thread));
}

// Reply: a box under the card, naming the thread, wrapping the text; Ctrl+Enter sends, Escape puts
// the box away without a reply.
void TestArchitectureView::replyInPlace()
{
    CommentModel *comments = m_view->architecture()->comments();
    CommentPanel *panel = m_view->commentPanel();
    const QString thread = comments->threadUuid(0);
    const Comment first = *comments->comment(thread);
    const int repliesBefore = int(comments->replies(thread).size());
    QTest::mouseClick(panel, Qt::LeftButton, {}, cardOf(panel, thread).rect.center());
    QCOMPARE(panel->currentThread(), thread);
    clickToolButton(m_view->replyAction());

    ReplyBox *box = panel->replyBox();
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(panel->replyingTo(), thread);
    QVERIFY2(box->heading().contains(first.author), qPrintable(box->heading()));
    QVERIFY2(box->heading().contains(first.anchor.exact.simplified().left(20)), qPrintable(box->heading()));
    QVERIFY(box->editor()->hasFocus());
    QCOMPARE(box->editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    // The box sits in the thread's card, which grew to hold it.
    const CommentPanel::Card card = cardOf(panel, thread);
    QVERIFY(card.rect.contains(box->geometry()));
    QVERIFY(card.expanded);

    // Nothing in the box lies over anything else, however narrow the panel (the hint once wrapped
    // into the text field), and all of it is inside the box.
    const auto nothingOverlaps = [box] {
        const QList<QWidget *> parts {box->editor(), box->hint(), box->sendButton(), box->cancelButton()};
        for (QWidget *part : parts) {
            if (!box->rect().contains(part->geometry()))
                return false;
            for (QWidget *other : parts) {
                if (other != part && part->geometry().intersects(other->geometry()))
                    return false;
            }
        }
        return true;
    };
    QVERIFY(nothingOverlaps());
    const int wide = m_view->width();
    m_view->resize(900, m_view->height()); // the panel narrows with the window
    QTRY_VERIFY(box->isVisible());
    QVERIFY(nothingOverlaps());
    QVERIFY(cardOf(panel, thread).rect.contains(box->geometry()));
    m_view->resize(wide, m_view->height());

    // A draft put away with Escape comes back with the box.
    QTest::keyClicks(box->editor(), u"A first thought"_s);
    QTest::keyClick(box->editor(), Qt::Key_Escape);
    QTRY_VERIFY(!box->isVisible());
    clickToolButton(m_view->replyAction());
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->editor()->toPlainText(), u"A first thought"_s);
    box->editor()->selectAll();
    QTest::keyClick(box->editor(), Qt::Key_Delete);

    const QString text = u"Agreed, and the runbook should say which dashboard shows the retry budget."_s;
    QTest::keyClicks(box->editor(), text);
    QVERIFY2(box->editor()->document()->firstBlock().layout()->lineCount() > 1, "the text wraps");
    saveShot(m_view.get(), u"thread-reply-box"_s);
    QTest::keyClick(box->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(comments->replies(thread).size(), repliesBefore + 1);
    QCOMPARE(comments->replies(thread).last().text, text);
    QCOMPARE(comments->replies(thread).last().author, workspace()->author());
    QVERIFY(!box->isVisible());
    QVERIFY(panel->replyingTo().isEmpty());
    // The new reply is shown whole in the card.
    bool shown = false;
    for (const CommentPanel::Text &t : cardOf(panel, thread).texts)
        shown |= t.kind == CommentPanel::Text::Reply && t.text.endsWith(text) && t.whole;
    QVERIFY(shown);

    // Escape: no reply.
    clickToolButton(m_view->replyAction());
    QTRY_VERIFY(box->isVisible());
    QTest::keyClicks(box->editor(), u"Never mind"_s);
    QTest::keyClick(box->editor(), Qt::Key_Escape);
    QVERIFY(!box->isVisible());
    QCOMPARE(comments->replies(thread).size(), repliesBefore + 1);
    // One undo step takes the reply back.
    m_document->undoStack()->undo();
    QCOMPARE(comments->replies(thread).size(), repliesBefore);
}

// Right after Resolve the toolbar offers Reopen, and after Reopen, Resolve.
void TestArchitectureView::resolveOffersReopenAtOnce()
{
    CommentModel *comments = m_view->architecture()->comments();
    CommentPanel *panel = m_view->commentPanel();
    const QString thread = comments->threadUuid(0);
    QVERIFY(!comments->comment(thread)->isResolved());
    QTest::mouseClick(panel, Qt::LeftButton, {}, cardOf(panel, thread).rect.center());
    QVERIFY(m_view->resolveAction()->isEnabled());
    QVERIFY(!m_view->reopenAction()->isEnabled());
    clickToolButton(m_view->resolveAction());
    QVERIFY(comments->comment(thread)->isResolved());
    QVERIFY(m_view->reopenAction()->isEnabled());
    QVERIFY(!m_view->resolveAction()->isEnabled());
    clickToolButton(m_view->reopenAction());
    QVERIFY(!comments->comment(thread)->isResolved());
    QVERIFY(m_view->resolveAction()->isEnabled());
    QVERIFY(!m_view->reopenAction()->isEnabled());
    // Undo too moves the toolbar at once.
    m_document->undoStack()->undo();
    QVERIFY(comments->comment(thread)->isResolved());
    QVERIFY(m_view->reopenAction()->isEnabled());
}

// Proceed chosen in the meeting: the page offers to set the status to Decided; accepted, both change
// in one undo step, and one Undo takes both back.
void TestArchitectureView::decisionOffersDecidedStatus()
{
    setStatus(m_document, ReviewStatus::Draft);
    m_document->setDecision(ProposalDecision::Pending, false); // the demo's meeting has decided
    QCOMPARE(m_document->proposal()->proposal().decision, ProposalDecision::Pending);
    m_view->tabs()->setCurrentIndex(4); // Outcome
    auto *decision = m_view->tabs()->currentWidget()->findChild<QComboBox *>();
    QVERIFY(decision);
    const int stepsBefore = m_document->undoStack()->count();
    QString asked;
    answerNextQuestion(this, QMessageBox::Yes, &asked);
    decision->setFocus();
    QTest::keyClick(decision, Qt::Key_Down); // Pending → Proceed
    QVERIFY2(asked.contains(u"Decided"_s), qPrintable(asked));
    QCOMPARE(m_document->proposal()->proposal().decision, ProposalDecision::Proceed);
    QCOMPARE(m_document->review()->status, ReviewStatus::Decided);
    QCOMPARE(m_document->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(decision->currentData().toString(), u"proceed"_s);
    // Stored.
    QCOMPARE(ReviewRepository(workspace()).find(m_uuid)->status, ReviewStatus::Decided);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->proposal()->proposal().decision, ProposalDecision::Pending);
    QCOMPARE(m_document->review()->status, ReviewStatus::Draft);
    QCOMPARE(decision->currentData().toString(), u"pending"_s);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->review()->status, ReviewStatus::Decided);
    // Decided already: another decision asks nothing.
    QTest::keyClick(decision, Qt::Key_Down); // → Stop and rethink
    QCOMPARE(m_document->proposal()->proposal().decision, ProposalDecision::Rethink);
    QCOMPARE(m_document->review()->status, ReviewStatus::Decided);
}

// Declined, only the decision changes.
void TestArchitectureView::decisionWithoutTheStatus()
{
    setStatus(m_document, ReviewStatus::Circulated);
    m_document->setDecision(ProposalDecision::Pending, false);
    m_view->tabs()->setCurrentIndex(4);
    auto *decision = m_view->tabs()->currentWidget()->findChild<QComboBox *>();
    QString asked;
    answerNextQuestion(this, QMessageBox::No, &asked);
    decision->setFocus();
    QTest::keyClick(decision, Qt::Key_End); // Gather more information
    QVERIFY(!asked.isEmpty());
    QCOMPARE(m_document->proposal()->proposal().decision, ProposalDecision::MoreInfo);
    QCOMPARE(m_document->review()->status, ReviewStatus::Circulated);
}

QTEST_MAIN(TestArchitectureView)
#include "tst_architectureview.moc"
