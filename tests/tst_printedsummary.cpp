// The summaries as a lead prints and hands them out. From the laid-out pages of each demo summary in
// English, German and Russian: no table row over two pages, no heading alone at the foot of a page,
// no word broken in two, the proposal's headings under the summary's. What is printed once, the
// coach's findings with where they are, times to the second. Print Preview shows as many pages as the
// exported PDF, and the export says where it saved, with Open and Show in Folder (driven through the
// window's menu, its file dialog and the notice's buttons). Markdown escapes only what would be markup.
#include "io/demoworkspace.h"
#include "language.h"
#include "lint/postmortemtexts.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "report/reportdocument.h"
#include "report/reportmarkdown.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "store/reviewrepository.h"
#include "store/reviewtreestore.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

// What QDesktopServices was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

namespace {

// The top of a block's first line and the bottom of its last, from the document's layout.
QRectF linesOf(const QTextDocument &document, const QTextBlock &block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        return QRectF(rect.topLeft(), QSizeF(rect.width(), 0));
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return QRectF(QPointF(rect.left(), rect.top() + layout->lineAt(0).y()),
        QPointF(rect.right(), rect.top() + last.y() + last.height()));
}

int pageAt(const QTextDocument &document, qreal y)
{
    return int(std::floor(y / document.pageSize().height()));
}

using TestSupport::pdfPages;
using TestSupport::whileModal;

} // namespace

class TestPrintedSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesBreakBetweenRowsAndAfterHeadings_data();
    void pagesBreakBetweenRowsAndAfterHeadings();
    void printedOnceWithFindingsAndSeconds();
    void markdownEscapesOnlyMarkup_data();
    void markdownEscapesOnlyMarkup();
    void previewShowsThePagesOfThePdf_data();
    void previewShowsThePagesOfThePdf();
    void nameTypedWithoutItsEnding();

private:
    // The demo workspace in a language (its texts, as a team of that language would have them).
    Workspace *demo(const QString &language);
    QString demoUuid(Workspace *workspace, ReviewKind kind) const;
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<Workspace>> m_workspaces;
};

void TestPrintedSummary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty(), "pdfinfo (poppler-utils) is needed");
}

void TestPrintedSummary::cleanupTestCase()
{
    Language::apply(u"en"_s);
}

Workspace *TestPrintedSummary::demo(const QString &language)
{
    Language::apply(language);
    auto &workspace = m_workspaces[language];
    if (!workspace) {
        auto opened = Workspace::open(m_dir.filePath(language + u".inflection"_s));
        if (!opened)
            return nullptr;
        workspace = std::move(opened).value();
        if (!DemoWorkspace::populate(workspace.get()))
            return nullptr;
    }
    return workspace.get();
}

QString TestPrintedSummary::demoUuid(Workspace *workspace, ReviewKind kind) const
{
    for (const Review &r : ReviewRepository(workspace).all().valueOr({})) {
        if (r.kind == kind)
            return r.uuid;
    }
    return {};
}

void TestPrintedSummary::pagesBreakBetweenRowsAndAfterHeadings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("paper");
    for (const QString &language : {u"en"_s, u"de"_s, u"ru"_s}) {
        for (const ReviewKind kind : reviewKinds().values()) {
            for (const auto &[paper, name] : {std::pair {QPageSize::A4, "A4"}, {QPageSize::Letter, "Letter"}})
                QTest::addRow("%s %s %s", qPrintable(language), qPrintable(reviewKinds().key(kind)), name)
                    << language << int(kind) << int(paper);
        }
    }
}

void TestPrintedSummary::pagesBreakBetweenRowsAndAfterHeadings()
{
    QFETCH(QString, language);
    QFETCH(int, kind);
    QFETCH(int, paper);
    Workspace *workspace = demo(language);
    QVERIFY(workspace);
    QPageLayout page = ReportPrinter::defaultPageLayout();
    page.setPageSize(QPageSize(QPageSize::PageSizeId(paper)));
    const auto report = ReviewReport::build(workspace, demoUuid(workspace, ReviewKind(kind)));
    QVERIFY2(report, qPrintable(report.message()));
    ReportDocument document(*report);
    const int pages = ReportPrinter::paginate(&document, page);
    QVERIFY(pages >= 2);
    const qreal pageHeight = document.pageSize().height();

    // Rows: every table's rows, cell by cell, each on one page (unless taller than one).
    int rowsChecked = 0;
    QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        frames += frame->childFrames();
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        // Within the page's width: no column pushed off its right edge by words that do not fit.
        const QTextBlock lastColumn = table->cellAt(0, table->columns() - 1).firstCursorPosition().block();
        QVERIFY2(
            document.documentLayout()->blockBoundingRect(lastColumn).right() <= document.pageSize().width(),
            qPrintable(lastColumn.text() + u" "_s
                + QString::number(document.documentLayout()->blockBoundingRect(lastColumn).right())));
        for (int r = 0; r < table->rows(); ++r) {
            QRectF row;
            QString text;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (QTextBlock b = cell.firstCursorPosition().block();
                     b.isValid() && b.position() <= cell.lastPosition(); b = b.next()) {
                    row = row.isNull() ? linesOf(document, b) : row.united(linesOf(document, b));
                    text += b.text() + u" | "_s;
                }
            }
            if (row.height() > pageHeight * 0.75)
                continue;
            ++rowsChecked;
            QVERIFY2(pageAt(document, row.top()) == pageAt(document, row.bottom() - 0.01),
                qPrintable(u"a row over two pages: "_s + text));
        }
    }
    QVERIFY(rowsChecked > 10);

    int headings = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        // Words: a line ends between two letters only where the word itself is longer than its line.
        const QString text = block.text();
        const QTextLayout *layout = block.layout();
        for (int i = 0; i + 1 < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int end = line.textStart() + line.textLength();
            if (end <= 0 || end >= text.size())
                continue;
            const bool midWord = text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber();
            QVERIFY2(!midWord,
                qPrintable(u"a word broken: "_s + text.mid(line.textStart(), line.textLength()) + u" / "_s
                    + text.mid(end, 20)));
        }
        // Headings: on the page of what they head, and the proposal's below the summary's.
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        ++headings;
        if (level >= ReportDocument::NestedLevel) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY(it.fragment().charFormat().font().pointSizeF() <= 12);
        }
        QTextBlock next = block.next();
        while (next.isValid() && next.text().isEmpty() && !QTextCursor(next).currentTable())
            next = next.next();
        if (!next.isValid())
            continue;
        QVERIFY2(pageAt(document, linesOf(document, block).bottom() - 0.01)
                == pageAt(document, linesOf(document, next).top()),
            qPrintable(u"a heading alone at the foot of a page: "_s + text));
    }
    QVERIFY(headings >= 5);
}

void TestPrintedSummary::printedOnceWithFindingsAndSeconds()
{
    Workspace *workspace = demo(u"en"_s);
    QVERIFY(workspace);
    // The decision once, in its section.
    const auto architecture = ReviewReport::build(workspace, demoUuid(workspace, ReviewKind::Architecture));
    QVERIFY(architecture);
    int decisions = 0;
    for (const ReportSection &section : architecture->sections) {
        decisions += section.heading == u"Decision"_s;
        for (const ReportBlock &block : section.blocks) {
            for (const auto &[label, value] : block.fields)
                decisions += label == u"Decision"_s || label == u"Go / no-go"_s;
        }
    }
    QCOMPARE(decisions, 1);

    // The coach's findings, each with its phrase and where it is.
    const QString uuid = demoUuid(workspace, ReviewKind::Postmortem);
    const auto postmortem = ReviewReport::build(workspace, uuid);
    QVERIFY(postmortem);
    const ReviewTree tree = ReviewTreeStore(workspace).read(uuid).valueOr({});
    const QList<FieldFinding> findings
        = PostmortemTexts::openFindings(tree, WorkspaceSettings(workspace).read().valueOr({}).timeZone);
    QVERIFY(!findings.isEmpty());
    // What the demo learned is written as a blameless postmortem would: the coach finds nothing in it.
    QCOMPARE(tree.contributingFactors.size(), 4);
    QVERIFY(!tree.incident->wentWell.isEmpty() && !tree.incident->lucky.isEmpty());
    for (const FieldFinding &f : findings) {
        QVERIFY2(!f.field.startsWith(u"contributing_factor:"_s) && f.field != PostmortemTexts::wentWellKey()
                && f.field != PostmortemTexts::luckyKey(),
            qPrintable(f.label + u": "_s + f.finding.phrase));
    }
    const ReportSection &coach = postmortem->sections.last();
    QCOMPARE(coach.heading, u"Blameless language"_s);
    QCOMPARE(coach.blocks.size(), 2);
    const ReportTable &listed = coach.blocks.at(1).table;
    QCOMPARE(listed.rows.size(), findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QVERIFY(listed.rows.at(i).at(0).contains(findings.at(i).finding.phrase));
        QCOMPARE(listed.rows.at(i).at(1), findings.at(i).label);
        QVERIFY(!listed.rows.at(i).at(2).isEmpty());
        QVERIFY2(!findings.at(i).label.contains(u"  "_s), qPrintable(findings.at(i).label));
    }
    // Where an event is: its place in the timeline, then what it has of a time and an actor (no double
    // or dangling space), so that two events of the same person without a time are told apart.
    TimelineEvent untimed;
    untimed.actor = u"Dana"_s;
    QCOMPARE(
        PostmortemTexts::timelineLabel(untimed, 4, false, QTimeZone::utc()), u"Timeline, event 4: Dana"_s);
    untimed.actor.clear();
    QCOMPARE(PostmortemTexts::timelineLabel(untimed, 4, false, QTimeZone::utc()), u"Timeline, event 4"_s);
    QCOMPARE(PostmortemTexts::timelineLabel(untimed, 4, true, QTimeZone::utc()),
        u"Decision 4, why it made sense"_s);
    untimed.occurredAt = QDateTime(QDate(2026, 3, 3), QTime(14, 11, 5), QTimeZone::utc());
    untimed.actor = u"Sam"_s;
    QCOMPARE(PostmortemTexts::timelineLabel(untimed, 12, false, QTimeZone::utc()),
        u"Timeline, event 12: 14:11:05 Sam"_s);
    QCOMPARE(PostmortemTexts::timelineLabel(untimed, 12, true, QTimeZone::utc()),
        u"Decision 12 at 14:11:05, why it made sense"_s);

    // A ticket prints as its key on one line, linked to the ticket (PDF and Markdown alike).
    QVERIFY(WorkspaceSettings(workspace).setTicketUrlTemplate(u"https://tracker.example/browse/{key}"_s));
    const auto linked = ReviewReport::build(workspace, uuid);
    QVERIFY(linked);
    int tickets = 0;
    for (const ReportSection &section : linked->sections) {
        if (section.heading != u"Remediation"_s)
            continue;
        const ReportTable &items = section.blocks.first().table;
        for (qsizetype row = 0; row < items.rows.size(); ++row) {
            const QString key = items.rows.at(row).at(3);
            if (key.isEmpty())
                continue;
            ++tickets;
            QVERIFY2(!key.contains(u'\n') && !key.contains(u"://"_s), qPrintable(key));
            QCOMPARE(items.link(row, 3), QUrl(u"https://tracker.example/browse/"_s + key));
        }
    }
    QVERIFY(tickets >= 2);
    const QString markdown = ReportMarkdown::toMarkdown(*linked);
    QVERIFY2(
        markdown.contains(u"[OPS-2211](https://tracker.example/browse/OPS-2211)"_s), qPrintable(markdown));

    // Timeline events numbered by their places (which the contributing factors and the coach's
    // findings name), with their times as recorded, to the second.
    const QRegularExpression seconds(u"\\d\\d:\\d\\d:\\d\\d$"_s);
    int times = 0;
    int place = 0;
    for (const ReportSection &section : postmortem->sections) {
        if (section.heading != u"Timeline"_s)
            continue;
        for (const QStringList &row : section.blocks.first().table.rows) {
            QCOMPARE(row.first(), QString::number(++place));
            if (row.at(1).isEmpty())
                continue;
            ++times;
            QVERIFY2(seconds.match(row.at(1)).hasMatch(), qPrintable(row.at(1)));
        }
    }
    QCOMPARE(place, 40);
    QVERIFY(times > 5);
    // The coach's "Timeline, event 31" is the 31st row: the one with the phrase.
    bool found = false;
    for (const ReportSection &section : postmortem->sections) {
        if (section.heading != u"Timeline"_s)
            continue;
        for (const QStringList &row : section.blocks.first().table.rows) {
            if (row.first() == u"31"_s)
                found = row.at(4).contains(u"human error"_s);
        }
    }
    QVERIFY(found);
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const FieldFinding &f) {
        return f.finding.phrase == u"human error"_s && f.label.startsWith(u"Timeline, event 31:"_s);
    }));
}

void TestPrintedSummary::markdownEscapesOnlyMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("date") << u"Due 2026-11-30"_s << u"Due 2026-11-30"_s;
    QTest::newRow("sentence") << u"Everything is costed."_s << u"Everything is costed."_s;
    QTest::newRow("brackets and plus") << u"(a + b) {c} !"_s << u"(a + b) {c} !"_s;
    QTest::newRow("snake_case") << u"queue_depth"_s << u"queue_depth"_s;
    QTest::newRow("AT&T") << u"AT&T"_s << u"AT&T"_s;
    QTest::newRow("less than") << u"p99 < 200 ms"_s << u"p99 < 200 ms"_s;
    QTest::newRow("emphasis") << u"*very* _much_"_s << u"\\*very\\* \\_much\\_"_s;
    QTest::newRow("heading") << u"# 1 cause"_s << u"\\# 1 cause"_s;
    QTest::newRow("list") << u"- item\n+ item"_s << u"\\- item\n\\+ item"_s;
    QTest::newRow("ordered list") << u"1. first"_s << u"1\\. first"_s;
    QTest::newRow("quote") << u"> quoted"_s << u"\\> quoted"_s;
    QTest::newRow("tag") << u"<b>bold</b>"_s << u"\\<b>bold\\</b>"_s;
    QTest::newRow("entity") << u"&amp;"_s << u"\\&amp;"_s;
    QTest::newRow("link") << u"[x](http://example.com)"_s << u"\\[x](http://example.com)"_s;
    QTest::newRow("code") << u"`rm`"_s << u"\\`rm\\`"_s;
}

void TestPrintedSummary::markdownEscapesOnlyMarkup()
{
    QFETCH(QString, text);
    QFETCH(QString, markdown);
    QCOMPARE(ReportMarkdown::escaped(text), markdown);
    // In a table cell a pipe would end the cell.
    QCOMPARE(ReportMarkdown::escaped(u"a | b"_s, ReportMarkdown::Context::TableCell), u"a \\| b"_s);
    QCOMPARE(ReportMarkdown::escaped(u"a | b"_s), u"a | b"_s);
}

void TestPrintedSummary::previewShowsThePagesOfThePdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("kind");
    for (const QString &language : {u"en"_s, u"ru"_s}) {
        for (const ReviewKind kind : reviewKinds().values())
            QTest::addRow("%s %s", qPrintable(language), qPrintable(reviewKinds().key(kind)))
                << language << int(kind);
    }
}

void TestPrintedSummary::previewShowsThePagesOfThePdf()
{
    QFETCH(QString, language);
    QFETCH(int, kind);
    Workspace *workspace = demo(language);
    QVERIFY(workspace);
    const QString uuid = demoUuid(workspace, ReviewKind(kind));
    MainWindow window;
    const Result<> opened = window.openWorkspace(workspace->path());
    QVERIFY2(opened, qPrintable(opened.message()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReview(uuid));

    // File ▸ Print Preview: the pages it shows.
    int previewPages = -1;
    whileModal([&previewPages](QWidget *modal) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
        QPrintPreviewWidget *widget = preview ? preview->findChild<QPrintPreviewWidget *>() : nullptr;
        if (!widget || widget->pageCount() == 0)
            return false;
        previewPages = widget->pageCount();
        preview->reject();
        return true;
    });
    window.printPreviewAction()->trigger();
    QVERIFY(previewPages > 1);

    // File ▸ Export ▸ PDF…, the file named in the dialog.
    const QString pdf = m_dir.filePath(language + u"-"_s + reviewKinds().key(ReviewKind(kind)) + u".pdf"_s);
    QFile::remove(pdf);
    whileModal([&pdf](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        // The name put in place of the one offered (typing it would open the completer's list), then
        // Enter.
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name)
            return false;
        name->setText(pdf);
        QTest::keyClick(name, Qt::Key_Return);
        return true;
    });
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    QWidget *content = window.centralWidget()->findChild<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(content);
    const QRect contentBefore = content->geometry();
    window.exportActions().first()->trigger(); // PDF
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(window.noticeBanner()->text()));
    QCOMPARE(pdfPages(pdf), previewPages);

    // "Saved to …" at once, floating over the window's foot: nothing moves; its buttons open the file
    // and its folder.
    MessageBanner *notice = window.savedNotice();
    QVERIFY(notice->isVisible());
    QApplication::processEvents();
    QCOMPARE(content->geometry(), contentBefore);
    QVERIFY(window.centralWidget()->rect().contains(notice->geometry()));
    QVERIFY(notice->text().contains(QDir::toNativeSeparators(pdf)));
    QCOMPARE(notice->buttons().size(), 2);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    QTest::mouseClick(notice->buttons().at(0), Qt::LeftButton);
    QTest::mouseClick(notice->buttons().at(1), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(catcher.urls,
        (QList<QUrl> {QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(QFileInfo(pdf).absolutePath())}));
}

// A name typed in the export dialog without ".md" gets it, as the filter says; one with an ending
// of its own keeps it.
void TestPrintedSummary::nameTypedWithoutItsEnding()
{
    Workspace *workspace = demo(u"en"_s);
    QVERIFY(workspace);
    MainWindow window;
    const Result<> opened = window.openWorkspace(workspace->path());
    QVERIFY2(opened, qPrintable(opened.message()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReview(demoUuid(workspace, ReviewKind::Postmortem)));
    QAction *markdown = nullptr;
    for (QAction *action : window.exportActions()) {
        if (action->data().toString() == u"markdown"_s)
            markdown = action;
    }
    QVERIFY(markdown);
    for (const auto &[typed, written] :
        {std::pair {u"typed-summary"_s, u"typed-summary.md"_s}, std::pair {u"notes.txt"_s, u"notes.txt"_s}}) {
        const QString path = m_dir.filePath(typed);
        whileModal([&path](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
            if (!name)
                return false;
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
            return true;
        });
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        markdown->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); // a Markdown file is written at once
        QVERIFY2(QFileInfo::exists(m_dir.filePath(written)), qPrintable(written));
        QVERIFY(typed == written || !QFileInfo::exists(path));
    }
}

QTEST_MAIN(TestPrintedSummary)
#include "tst_printedsummary.moc"
