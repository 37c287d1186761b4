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
#include "reviewpage.h"
#include "store/commentrepository.h"
#include "store/proposalrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
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
    void commentFollowsTyping();
    void clickingConnectsTextAndThread();
    void nothingTypedIsLost();
    void newProposalStartsFromTemplate();
    void questionBoard();
    void previewRendersMarkdown();
    void supersededByAnotherReview();

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
    QCOMPARE(box->count(), 2); // not superseded, and the one other architecture review
    QCOMPARE(box->itemText(1), u"Search on a hosted queue"_s);
    box->setCurrentIndex(1);
    Q_EMIT box->activated(1);
    QCOMPARE(repository.find(uuid)->supersededBy, *newer);
    QCOMPARE(repository.find(uuid)->status, ReviewStatus::Superseded);
    page.undoStack()->undo(); // one step
    QCOMPARE(repository.find(uuid)->supersededBy, QString());
    QCOMPARE(repository.find(uuid)->status, ReviewStatus::Decided);
}

QTEST_MAIN(TestArchitectureView)
#include "tst_architectureview.moc"
