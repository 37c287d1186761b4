// Proposal editor benchmark: a 5,000-line proposal with 500 comment threads. How long the page takes
// to open (until shown and idle), and how long one keystroke in the middle takes to handle: the
// document change, the anchors moving, the highlighting and the comment highlights, and the repaint.
//
//   inflection_bench_proposal [--lines N] [--threads N] [--opens N] [--keys N]
// Targets: open under 300 ms; a keystroke under 16 ms median.
#include "architecture/architecturedocument.h"
#include "architectureview.h"
#include "benchstatistics.h"
#include "proposalhighlighting.h"
#include "store/commentrepository.h"
#include "store/proposalrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "workspace/reviewdocumentfactory.h"
#include "workspace/reviewlistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

// The review's document, read from the store; exits when it cannot be.
static std::unique_ptr<ReviewDocument> openDocument(
    Workspace *workspace, ReviewListModel *reviews, const Review &review)
{
    Result<std::unique_ptr<ReviewDocument>> document
        = ReviewDocumentFactory::open(workspace, reviews, review);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.message()));
        std::exit(1);
    }
    return std::move(document).value();
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption linesOption(u"lines"_s, u"Lines of the proposal."_s, u"N"_s, u"5000"_s);
    QCommandLineOption threadsOption(u"threads"_s, u"Comment threads."_s, u"N"_s, u"500"_s);
    QCommandLineOption opensOption(u"opens"_s, u"Times to open the page."_s, u"N"_s, u"11"_s);
    QCommandLineOption keysOption(u"keys"_s, u"Keystrokes to time."_s, u"N"_s, u"200"_s);
    parser.addOptions({linesOption, threadsOption, opensOption, keysOption});
    parser.process(app);
    const int lines = parser.value(linesOption).toInt();
    const int threads = parser.value(threadsOption).toInt();

    QTemporaryDir dir;
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(dir.filePath(u"proposal.inflection"_s));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    const std::unique_ptr<Workspace> workspace = std::move(opened).value();
    ReviewRepository reviewRepository(workspace.get());
    const Result<Review> review = reviewRepository.create(ReviewKind::Architecture, u"Big proposal"_s);
    if (!review) {
        std::fprintf(stderr, "%s\n", qPrintable(review.message()));
        return 1;
    }
    const qint64 reviewId = review->id;
    // Sections of prose, lists and fenced code, as long proposals have.
    QStringList text;
    for (int i = 0; text.size() < lines; ++i) {
        if (i % 40 == 0)
            text << u"# Section %1"_s.arg(i / 40 + 1) << QString();
        else if (i % 40 == 20)
            text << u"```cpp"_s << u"auto worker = pool.take(%1); // line %1"_s.arg(i) << u"```"_s;
        else if (i % 7 == 0)
            text << u"- an *item* with `code` and a [link](https://example.com/%1)"_s.arg(i);
        else
            text << u"Paragraph %1 explains how the **index workers** read the queue and why that is safe."_s
                        .arg(i);
    }
    text = text.mid(0, lines);
    const QString body = text.join(u'\n');
    ProposalRepository proposals(workspace.get());
    const Result<Proposal> blank = proposals.ofReview(reviewId);
    if (!blank || !proposals.updateField(*blank, ProposalField::Body, body))
        return 1;
    CommentRepository comments(workspace.get());
    const qsizetype step = body.size() / (threads + 1);
    for (int i = 0; i < threads; ++i) {
        const qsizetype at = body.indexOf(u"index workers"_s, step * (i + 1));
        Comment c;
        c.reviewId = reviewId;
        c.anchor = TextAnchor::of(body, at, at + 13);
        c.author = u"Reviewer %1"_s.arg(i % 7);
        c.text = u"Question %1 about this part of the design."_s.arg(i);
        if (const Result<Comment> inserted = comments.insert(c); !inserted) {
            std::fprintf(stderr, "%s\n", qPrintable(inserted.message()));
            return 1;
        }
    }
    ReviewListModel reviews(&reviewRepository);
    if (const Result<> listed = reviews.reload(); !listed) {
        std::fprintf(stderr, "%s\n", qPrintable(listed.message()));
        return 1;
    }

    // Opening: the review's document read, its page made and shown, and let it settle.
    QList<double> opens;
    for (int run = 0; run < parser.value(opensOption).toInt(); ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<ReviewDocument> document = openDocument(workspace.get(), &reviews, *review);
        auto view = std::make_unique<ArchitectureView>(static_cast<ArchitectureDocument *>(document.get()));
        view->resize(1280, 800);
        view->show();
        QCoreApplication::processEvents();
        opens.append(timer.nsecsElapsed() / 1e6);
    }

    // Typing in the middle of the text.
    const std::unique_ptr<ReviewDocument> document = openDocument(workspace.get(), &reviews, *review);
    ArchitectureView view(static_cast<ArchitectureDocument *>(document.get()));
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    QPlainTextEdit *editor = view.editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(body.size() / 2));
    editor->setTextCursor(cursor);
    editor->centerCursor();
    editor->setFocus();
    QCoreApplication::processEvents();
    QList<double> keys;
    for (int i = 0; i < parser.value(keysOption).toInt(); ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(editor, char('a' + i % 26));
        QCoreApplication::processEvents(); // the repaint of the editor and the comment panel
        keys.append(timer.nsecsElapsed() / 1e6);
    }

    std::printf("Proposal editor (%s highlighting): %d lines, %d comment threads\n",
        qPrintable(ProposalHighlighting::engine()), lines, threads);
    std::printf("  open the page    %8.1f ms median of %lld   (target under 300 ms)\n", Bench::median(opens),
        qlonglong(opens.size()));
    std::printf("  one keystroke    %8.2f ms median of %lld, slowest %.2f ms   (target under 16 ms)\n",
        Bench::median(keys), qlonglong(keys.size()), *std::max_element(keys.cbegin(), keys.cend()));
    return 0;
}
