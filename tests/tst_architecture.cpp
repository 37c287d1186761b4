// Architecture reviews: anchors (pure, live in a document, after reload), comment threads, votes,
// departures, the proposal's outcome; every model under QAbstractItemModelTester, every structured
// edit undone and redone.
#include "architecture/architecturedocument.h"
#include "architecture/commentmodel.h"
#include "architecture/departuremodel.h"
#include "architecture/proposalmodel.h"
#include "architecture/questionfilterproxymodel.h"
#include "architecture/questionmodel.h"
#include "domain/checklistquestion.h"
#include "domain/textanchor.h"
#include "domain/textchange.h"
#include "domain/textmerge.h"
#include "io/demoworkspace.h"
#include "review/checklistmodel.h"
#include "store/checklistrepository.h"
#include "store/commentrepository.h"
#include "store/departurerepository.h"
#include "store/knowntechnologyrepository.h"
#include "store/proposalrepository.h"
#include "store/questionrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "workspace/reviewdocumentfactory.h"
#include "workspace/reviewlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestArchitecture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void mergeTexts_data();
    void mergeTexts();
    void textChangeSummary_data();
    void textChangeSummary();
    void locate_data();
    void locate();
    void liveAnchors_data();
    void liveAnchors();
    void anchorsAfterReload();
    void threadsRepliesResolveUndo();
    void votesOnePerPerson();
    void answeredQuestionsMove();
    void departuresNewTechnology();
    void decisionUndo();
    void generalQuestions();
    void browserMarksNewTechnology();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_reviewId = 0;
    QString m_reviewUuid;
    QUndoStack m_stack;
};

void TestArchitecture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->filePath(u"a.inflection"_s));
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    m_workspace->setAuthor(u"Ada"_s);
    const auto review
        = ReviewRepository(m_workspace.get()).create(ReviewKind::Architecture, u"Search service"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_reviewId = review->id;
    m_reviewUuid = review->uuid;
    m_stack.clear();
}

void TestArchitecture::cleanup()
{
    m_stack.clear();
    m_workspace.reset();
    m_dir.reset();
}

namespace {

const QString original
    = u"We will move search to Elasticsearch. The indexer writes to a queue; a worker reads the queue "
      u"and updates the index. The queue is the only new piece."_s;

} // namespace

void TestArchitecture::locate_data()
{
    QTest::addColumn<QString>("quote"); // anchored in original (first occurrence)
    QTest::addColumn<QString>("changed");
    QTest::addColumn<int>("expectedStart"); // -1: orphan
    const qsizetype at = original.indexOf(u"a worker"_s);
    QTest::newRow("unchanged") << u"a worker"_s << original << int(at);
    QTest::newRow("text added before") << u"a worker"_s << u"Summary first. "_s + original << int(at + 15);
    QTest::newRow("text added after") << u"a worker"_s << original + u" More."_s << int(at);
    QTest::newRow("text removed before") << u"a worker"_s << original.mid(39) << int(at - 39);
    {
        // The sentence moved to the front: found by its quote.
        QString moved = original;
        const QString sentence = u"The queue is the only new piece."_s;
        moved.remove(sentence);
        moved.prepend(sentence + u' ');
        QTest::newRow("quote moved elsewhere")
            << u"only new piece"_s << moved << int(moved.indexOf(u"only new piece"_s));
    }
    {
        // "the queue" twice after an edit: the one whose context still matches wins, though it is
        // further from the old place than the new one.
        const QString changed = u"Note the queue. "_s + original;
        QTest::newRow("quote duplicated, context wins")
            << u"the queue"_s << changed << int(original.indexOf(u"the queue"_s) + 16);
    }
    {
        // The whole text twice, shifted: both copies have the same context; the nearer one wins.
        const QString changed = u"X "_s + original + u" "_s + original;
        QTest::newRow("quote duplicated, nearest wins")
            << u"only new piece"_s << changed << int(original.indexOf(u"only new piece"_s) + 2);
    }
    QTest::newRow("quote deleted: orphan") << u"a worker"_s << QString(original).remove(u"a worker"_s) << -1;
    QTest::newRow("quote edited inside: orphan")
        << u"a worker"_s << QString(original).replace(u"a worker"_s, u"a wurker"_s) << -1;
}

void TestArchitecture::locate()
{
    QFETCH(QString, quote);
    QFETCH(QString, changed);
    QFETCH(int, expectedStart);
    const qsizetype start = original.indexOf(quote);
    QVERIFY(start >= 0);
    const TextAnchor anchor = TextAnchor::of(original, start, start + quote.size());
    QCOMPARE(anchor.exact, quote);
    QVERIFY(anchor.prefix.size() <= TextAnchor::contextLength);
    QVERIFY(anchor.suffix.size() <= TextAnchor::contextLength);
    const auto found = anchor.locate(changed);
    if (expectedStart < 0) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(int(found->first), expectedStart);
    QCOMPARE(changed.mid(found->first, found->second - found->first), quote);
}

void TestArchitecture::liveAnchors_data()
{
    QTest::addColumn<int>("editAt"); // relative to the anchor: <0 before, 0..len inside, >len after
    QTest::addColumn<int>("removeCount");
    QTest::addColumn<QString>("insert");
    QTest::addColumn<QString>("expectedQuote"); // empty: orphan
    QTest::newRow("insert before") << -5 << 0 << u"NEW "_s << u"a worker"_s;
    QTest::newRow("insert after") << 12 << 0 << u" NEW"_s << u"a worker"_s;
    QTest::newRow("insert inside") << 2 << 0 << u"busy "_s << u"a busy worker"_s;
    QTest::newRow("delete inside") << 0 << 2 << QString() << u"worker"_s;
    QTest::newRow("delete around") << -3 << 14 << QString() << QString();
    QTest::newRow("replace over") << 0 << 8 << u"one process"_s << QString();
}

void TestArchitecture::liveAnchors()
{
    QFETCH(int, editAt);
    QFETCH(int, removeCount);
    QFETCH(QString, insert);
    QFETCH(QString, expectedQuote);
    CommentRepository repository(m_workspace.get());
    CommentModel model(&repository, m_reviewId, u"Ada"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTextDocument document(original);
    model.setDocument(&document);
    const int start = int(original.indexOf(u"a worker"_s));
    const QString uuid = model.addThread(start, start + 8, u"Which worker?"_s);
    QVERIFY(!uuid.isEmpty());

    QTextCursor edit(&document);
    edit.setPosition(start + editAt);
    edit.setPosition(start + editAt + removeCount, QTextCursor::KeepAnchor);
    edit.insertText(insert);

    const auto range = model.range(uuid);
    if (expectedQuote.isEmpty()) {
        QVERIFY(!range);
        QVERIFY(model.index(0, 0).data(CommentModel::OrphanRole).toBool());
        QCOMPARE(model.orphanCount(), 1);
        // Listed with its quote, never dropped.
        QCOMPARE(model.index(0, 0).data(CommentModel::QuoteRole).toString(), u"a worker"_s);
        return;
    }
    QVERIFY(range);
    QCOMPARE(document.toPlainText().mid(range->first, range->second - range->first), expectedQuote);
    QCOMPARE(model.index(0, 0).data(CommentModel::QuoteRole).toString(), expectedQuote);
}

void TestArchitecture::anchorsAfterReload()
{
    CommentRepository repository(m_workspace.get());
    QTextDocument document(original);
    QString uuidWorker;
    QString uuidQueue;
    {
        CommentModel model(&repository, m_reviewId, u"Ada"_s);
        model.setDocument(&document);
        const int worker = int(original.indexOf(u"a worker"_s));
        uuidWorker = model.addThread(worker, worker + 8, u"Which worker?"_s);
        const int queue = int(original.indexOf(u"The queue is"_s));
        uuidQueue = model.addThread(queue, queue + 9, u"Which queue?"_s);
        // Edits while open, then stored with the text.
        QTextCursor(&document).insertText(u"Draft 2. "_s);
        QVERIFY(model.storeAnchors());
    }
    // Reopened on the saved text: by position.
    {
        CommentModel model(&repository, m_reviewId, u"Ada"_s);
        QVERIFY(model.reload());
        model.setDocument(&document);
        QCOMPARE(document.toPlainText().mid(model.range(uuidWorker)->first, 8), u"a worker"_s);
        QCOMPARE(model.orphanCount(), 0);
        QCOMPARE(model.threadUuid(0), uuidWorker); // text order
    }
    // Reopened on a text changed elsewhere (not through this model): by quote, and an orphan.
    QTextDocument elsewhere(u"Intro. "_s + QString(original).remove(u"a worker"_s));
    CommentModel model(&repository, m_reviewId, u"Ada"_s);
    QVERIFY(model.reload());
    model.setDocument(&elsewhere);
    QCOMPARE(model.orphanCount(), 1);
    QVERIFY(!model.range(uuidWorker));
    QVERIFY(model.range(uuidQueue));
    QCOMPARE(model.threadUuid(1), uuidWorker); // orphans last
}

void TestArchitecture::threadsRepliesResolveUndo()
{
    CommentRepository repository(m_workspace.get());
    CommentModel model(&repository, m_reviewId, u"Ada"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUndoStack(&m_stack);
    QTextDocument document(original);
    model.setDocument(&document);
    const QString thread = model.addThread(0, 7, u"Why move at all?"_s);
    QVERIFY(!thread.isEmpty());
    const QString reply = model.reply(thread, u"Latency."_s);
    QVERIFY(!reply.isEmpty());
    QCOMPARE(
        model.index(0, 0).data(CommentModel::RepliesRole).toStringList(), QStringList {u"Ada: Latency."_s});
    QVERIFY(model.setResolved(thread, true));
    QVERIFY(model.index(0, 0).data(CommentModel::ResolvedRole).toBool());
    QCOMPARE(model.index(0, 0).data(CommentModel::ResolvedByRole).toString(), u"Ada"_s);
    QVERIFY(model.index(0, 0).data(CommentModel::ResolvedAtRole).toDateTime().isValid());
    QCOMPARE(model.openCount(), 0);
    QVERIFY(model.removeThread(thread));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(repository.forReview(m_reviewId)->size(), 0); // the reply went with it

    m_stack.undo(); // the thread comes back, with its reply, resolved
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(repository.forReview(m_reviewId)->size(), 2);
    QVERIFY(model.index(0, 0).data(CommentModel::ResolvedRole).toBool());
    m_stack.undo(); // reopened
    QVERIFY(!model.index(0, 0).data(CommentModel::ResolvedRole).toBool());
    m_stack.undo(); // no reply
    QCOMPARE(model.replies(thread).size(), 0);
    m_stack.undo(); // no thread
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(repository.forReview(m_reviewId)->size(), 0);
    m_stack.redo();
    m_stack.redo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.replies(thread).size(), 1);
    QCOMPARE(model.range(thread)->first, 0);
}

void TestArchitecture::votesOnePerPerson()
{
    QuestionRepository repository(m_workspace.get());
    QuestionModel ada(&repository, m_reviewId, u"Ada"_s);
    QAbstractItemModelTester tester(&ada, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ada.setUndoStack(&m_stack);
    QuestionFilterProxyModel open(false);
    open.setSourceModel(&ada);
    QAbstractItemModelTester proxyTester(&open, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = ada.addQuestion(u"How do we reindex?"_s);
    const QString second = ada.addQuestion(u"Who runs the cluster?"_s);
    QCOMPARE(open.index(0, 0).data().toString(), u"How do we reindex?"_s); // no votes: oldest first

    QVERIFY(ada.toggleVote(second));
    QCOMPARE(ada.question(second)->voters, QStringList {u"Ada"_s});
    QCOMPARE(open.index(0, 0).data().toString(), u"Who runs the cluster?"_s); // most votes first
    // One vote per person: toggling takes it back.
    QVERIFY(ada.toggleVote(second));
    QCOMPARE(ada.question(second)->voters.size(), 0);
    QVERIFY(ada.toggleVote(second));

    // Someone else votes on the other one, twice the same person counts once.
    QuestionModel bob(&repository, m_reviewId, u"Bob"_s);
    QVERIFY(bob.reload());
    QVERIFY(bob.toggleVote(first));
    QVERIFY(repository.setVote(first, u"Bob"_s, true));
    QuestionModel cy(&repository, m_reviewId, u"Cy"_s);
    QVERIFY(cy.reload());
    QVERIFY(cy.toggleVote(first));
    QVERIFY(ada.reload());
    QCOMPARE(ada.question(first)->voters, (QStringList {u"Bob"_s, u"Cy"_s}));
    QCOMPARE(open.index(0, 0).data().toString(), u"How do we reindex?"_s);
    QCOMPARE(open.index(0, 0).data(QuestionModel::VotesRole).toInt(), 2);

    // Undo of Ada's last vote.
    m_stack.undo();
    QCOMPARE(ada.question(second)->voters.size(), 0);
    m_stack.redo();
    QCOMPARE(ada.question(second)->voters.size(), 1);
}

void TestArchitecture::answeredQuestionsMove()
{
    QuestionRepository repository(m_workspace.get());
    QuestionModel model(&repository, m_reviewId, u"Ada"_s);
    model.setUndoStack(&m_stack);
    QuestionFilterProxyModel open(false);
    QuestionFilterProxyModel answered(true);
    open.setSourceModel(&model);
    answered.setSourceModel(&model);
    QAbstractItemModelTester tester(&answered, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString q = model.addQuestion(u"How do we reindex?"_s);
    QVERIFY(model.toggleVote(q));
    QCOMPARE(open.rowCount(), 1);
    QVERIFY(model.setAnswer(q, true, u"From the queue, in a day."_s));
    QCOMPARE(open.rowCount(), 0);
    QCOMPARE(answered.rowCount(), 1);
    QCOMPARE(
        answered.index(0, QuestionModel::AnswerColumn).data().toString(), u"From the queue, in a day."_s);
    QCOMPARE(answered.index(0, 0).data(QuestionModel::VotesRole).toInt(), 1); // votes kept
    m_stack.undo();
    QCOMPARE(open.rowCount(), 1);
    QCOMPARE(answered.rowCount(), 0);
    m_stack.redo();
    QCOMPARE(answered.rowCount(), 1);
    // Removing and undoing brings the votes back too.
    QVERIFY(model.removeQuestion(q));
    QCOMPARE(model.rowCount(), 0);
    m_stack.undo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.question(q)->voters, QStringList {u"Ada"_s});
}

void TestArchitecture::departuresNewTechnology()
{
    KnownTechnologyRepository known(m_workspace.get());
    QVERIFY(known.add(u"database"_s, u"PostgreSQL"_s));
    QVERIFY(known.add(u"database"_s, u"postgresql"_s)); // case aside, once
    QCOMPARE(known.names().valueOr({}), QStringList {u"PostgreSQL"_s});

    // The review open as in the app: its document gives the departures the workspace's known
    // technologies, and marking one known is an undo step of the review.
    ReviewRepository reviews(m_workspace.get());
    ReviewListModel list(&reviews);
    QVERIFY(list.reload());
    const Review *review = list.reviewByUuid(m_reviewUuid);
    QVERIFY(review);
    auto opened = ReviewDocumentFactory::open(m_workspace.get(), &list, *review);
    QVERIFY2(opened, qPrintable(opened.message()));
    auto *document = qobject_cast<ArchitectureDocument *>(opened->get());
    QVERIFY(document);
    QCOMPARE(document->config().knownTechnologies.names(), QStringList {u"PostgreSQL"_s});
    DepartureModel &model = *document->departures();
    QUndoStack *stack = document->undoStack();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Departure es;
    es.kind = DepartureKind::Database;
    es.name = u"Elasticsearch"_s;
    const QString uuid = model.addDeparture(0, es);
    QVERIFY(!uuid.isEmpty());
    Departure pg;
    pg.kind = DepartureKind::Database;
    pg.name = u"postgresql"_s;
    model.addDeparture(1, pg);
    QVERIFY(model.index(0, DepartureModel::NameColumn).data(DepartureModel::NewTechnologyRole).toBool());
    QVERIFY(!model.index(1, DepartureModel::NameColumn).data(DepartureModel::NewTechnologyRole).toBool());
    QCOMPARE(model.newTechnologyCount(), 1);
    QVERIFY(model.setData(model.index(0, DepartureModel::CostsColumn), u"A cluster to run"_s));
    QVERIFY(!model.setData(model.index(0, DepartureModel::KindColumn), u"spaceship"_s));
    stack->undo();
    QCOMPARE(model.index(0, DepartureModel::CostsColumn).data().toString(), QString());
    stack->redo();
    DepartureRepository repository(m_workspace.get());
    QCOMPARE(repository.find(uuid)->costs, u"A cluster to run"_s);

    // Marked known, in one step: no longer new, here and for everyone on the workspace.
    const int steps = stack->count();
    QVERIFY(document->markKnownTechnology(uuid));
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(model.newTechnologyCount(), 0);
    QVERIFY(document->config().isKnownTechnology(u"elasticsearch"_s));
    QVERIFY(known.names().valueOr({}).contains(u"Elasticsearch"_s));
    QVERIFY(!document->markKnownTechnology(uuid)); // known already: nothing to do
    QCOMPARE(stack->count(), steps + 1);
    stack->undo();
    QCOMPARE(model.newTechnologyCount(), 1);
    QVERIFY(!known.names().valueOr({}).contains(u"Elasticsearch"_s));
    stack->redo();
    QCOMPARE(model.newTechnologyCount(), 0);

    QVERIFY(model.removeDepartures({uuid}));
    QCOMPARE(model.rowCount(), 1);
    stack->undo();
    QCOMPARE(model.rowCount(), 2);
}

void TestArchitecture::decisionUndo()
{
    ProposalRepository repository(m_workspace.get());
    ProposalModel model(&repository, m_reviewId);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUndoStack(&m_stack);
    QVERIFY(model.reload());
    QCOMPARE(model.proposal().decision, ProposalDecision::Pending);
    QVERIFY(model.saveBody(u"# Goals\n\nFast search."_s));
    QCOMPARE(repository.ofReview(m_reviewId)->body, u"# Goals\n\nFast search."_s);
    QCOMPARE(m_stack.count(), 0); // the text has the editor's own undo
    QVERIFY(model.setField(ProposalField::Decision, u"rethink"_s));
    QVERIFY(!model.setField(ProposalField::Decision, u"maybe"_s));
    QVERIFY(model.setField(ProposalField::DecisionNotes, u"The queue needs an owner first."_s));
    QCOMPARE(model.index(0, ProposalModel::DecisionColumn).data().toString(), u"Stop and rethink"_s);
    m_stack.undo();
    m_stack.undo();
    QCOMPARE(repository.ofReview(m_reviewId)->decision, ProposalDecision::Pending);
    m_stack.redo();
    QCOMPARE(repository.ofReview(m_reviewId)->decision, ProposalDecision::Rethink);

    // Someone else saved the text meanwhile: mine is kept, theirs stays whole in the history.
    auto other = Workspace::open(m_workspace->path());
    QVERIFY2(other, qPrintable(other.message()));
    (*other)->setAuthor(u"Bob"_s);
    ProposalRepository theirs(other->get());
    QVERIFY(theirs.updateField(*theirs.ofReview(m_reviewId), ProposalField::Body, u"Bob's text"_s));
    QSignalSpy conflicts(&model, &RecordTableModel::conflictOccurred);
    QVERIFY(model.saveBody(u"# Goals\n\nFast search, and cheap."_s));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(repository.ofReview(m_reviewId)->body, u"# Goals\n\nFast search, and cheap."_s);
    QSqlQuery q(m_workspace->database());
    QVERIFY(q.exec(u"SELECT old_value FROM change_log WHERE what = 'overwritten'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Bob's text"_s);
}

void TestArchitecture::generalQuestions()
{
    const QList<ChecklistQuestion> questions = architectureGeneralQuestions();
    QCOMPARE(questions.size(), 6);
    QCOMPARE(questions.first().text, u"Do we understand the costs of this departure?"_s);
    QCOMPARE(questions.last().text, u"Does it make sense?"_s); // the talk's question, grammatical
    ChecklistRepository repository(m_workspace.get());
    ChecklistModel model(&repository, m_reviewId, questions);
    model.setUndoStack(&m_stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QVERIFY(model.setData(model.index(1, ChecklistModel::AnswerColumn), u"yes"_s));
    m_stack.undo();
    QCOMPARE(model.index(1, ChecklistModel::AnswerColumn).data(ChecklistModel::AnswerRole).toInt(),
        int(ChecklistAnswerValue::Open));
}

void TestArchitecture::browserMarksNewTechnology()
{
    const Result<> populated = DemoWorkspace::populate(m_workspace.get());
    QVERIFY2(populated, qPrintable(populated.message()));
    ReviewRepository reviews(m_workspace.get());
    const auto all = reviews.all();
    QVERIFY2(all, qPrintable(all.message()));
    qint64 demoId = 0;
    for (const Review &r : *all) {
        if (r.kind == ReviewKind::Architecture && r.id != m_reviewId) {
            demoId = r.id; // the worked example, before the demo's year
            break;
        }
    }
    // RabbitMQ is new; Solr is a known technology.
    const auto radar = [this] {
        return KnownTechnologyRepository(m_workspace.get()).radar().valueOr({});
    };
    const auto newTechnology = DepartureRepository(m_workspace.get()).technologyByReview(radar());
    QVERIFY2(newTechnology, qPrintable(newTechnology.message()));
    const QHash<qint64, int> counts = newTechnology->fresh;
    QCOMPARE(counts.value(demoId), 1);
    QVERIFY(!counts.contains(m_reviewId));
    ReviewListModel model(&reviews);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    model.setTechnologyCounts(counts, {});
    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex title = model.index(row, ReviewListModel::TitleColumn);
        if (title.data(ReviewListModel::NewTechnologyRole).toInt() > 0) {
            ++marked;
            QVERIFY(title.data().toString().contains(u"new technology"_s));
            QCOMPARE(title.data(Qt::EditRole).toString(), model.reviewAt(row).title);
        }
    }
    // The worked example and the five architecture reviews of the demo's year each depart to something new.
    QCOMPARE(marked, 6);
    // Known now, case aside: no longer new.
    QVERIFY(KnownTechnologyRepository(m_workspace.get()).add(u"tool"_s, u"rabbitmq"_s));
    const auto after = DepartureRepository(m_workspace.get()).technologyByReview(radar());
    QVERIFY2(after, qPrintable(after.message()));
    QVERIFY(!after->fresh.contains(demoId));
}

// Two people's edits of one text: merged when apart, refused (both kept by the caller) when they touch.
void TestArchitecture::mergeTexts_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged"); // "-" when the edits overlap
    const QString base = u"a\nb\nc\nd\ne\nf"_s;
    QTest::newRow("apart") << base << u"A\nb\nc\nd\ne\nf"_s << u"a\nb\nc\nd\nE\nf"_s << u"A\nb\nc\nd\nE\nf"_s;
    QTest::newRow("apart, theirs first")
        << base << u"a\nb\nc\nd\ne\nF"_s << u"a\nB\nc\nd\ne\nf"_s << u"a\nB\nc\nd\ne\nF"_s;
    QTest::newRow("insert and delete apart")
        << base << u"a\nnew\nb\nc\nd\ne\nf"_s << u"a\nb\nc\nd\nf"_s << u"a\nnew\nb\nc\nd\nf"_s;
    QTest::newRow("the same line") << base << u"a\nB1\nc\nd\ne\nf"_s << u"a\nB2\nc\nd\ne\nf"_s << u"-"_s;
    QTest::newRow("neighbouring lines") << base << u"a\nB\nc\nd\ne\nf"_s << u"a\nb\nC\nd\ne\nf"_s << u"-"_s;
    QTest::newRow("inserts at one place")
        << base << u"a\nx\nb\nc\nd\ne\nf"_s << u"a\ny\nb\nc\nd\ne\nf"_s << u"-"_s;
    QTest::newRow("the same edit") << base << u"a\nB\nc\nd\ne\nf"_s << u"a\nB\nc\nd\ne\nf"_s
                                   << u"a\nB\nc\nd\ne\nf"_s;
    QTest::newRow("only mine") << base << u"a\nB\nc\nd\ne\nf"_s << base << u"a\nB\nc\nd\ne\nf"_s;
    QTest::newRow("only theirs") << base << base << u"a\nb\nc\nD\ne\nf"_s << u"a\nb\nc\nD\ne\nf"_s;
    QTest::newRow("first and last") << base << u"A\nb\nc\nd\ne\nf"_s << u"a\nb\nc\nd\ne\nF\ng"_s
                                    << u"A\nb\nc\nd\ne\nF\ng"_s;
    QTest::newRow("everything and a line") << base << u"z"_s << u"a\nb\nc\nD\ne\nf"_s << u"-"_s;
}

void TestArchitecture::mergeTexts()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    const auto result = Inflection::mergeTexts(base, mine, theirs);
    if (merged == u"-"_s) {
        QVERIFY(!result);
    } else {
        QVERIFY(result);
        QCOMPARE(*result, merged);
    }
}

// What the change log keeps for a long text: which lines changed, not both texts.
void TestArchitecture::textChangeSummary_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one line") << u"a\nb\nc"_s << u"a\nB\nB2\nc"_s
                              << u"Line 2 rewritten as 2 lines; 4 lines now"_s;
    QTest::newRow("added") << u"a\nb\nc"_s << u"a\nb\nx\ny\nc"_s
                           << u"2 lines added after line 2; 5 lines now"_s;
    QTest::newRow("removed") << u"a\nb\nc\nd"_s << u"a\nd"_s << u"2 lines removed from line 2; 2 lines now"_s;
    QTest::newRow("several") << u"a\nb\nc\nd"_s << u"a\nX\nY\nd"_s
                             << u"Lines 2–3 rewritten as 2 lines; 4 lines now"_s;
    QTest::newRow("none") << u"a\nb"_s << u"a\nb"_s << u"Unchanged; 2 lines now"_s;
}

void TestArchitecture::textChangeSummary()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, summary);
    QCOMPARE(describeTextChange(before, after), summary);
}

QTEST_MAIN(TestArchitecture)
#include "tst_architecture.moc"
