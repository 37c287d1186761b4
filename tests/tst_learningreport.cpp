// The learning report, as a lead takes it to a quarterly review: the Markdown of a hand-made workspace
// holds its figures, and says plainly where a section has none; the PDF's pages read back with
// pdftotext; the Insights page's Export PDF… and Export Markdown… buttons, clicked, with the file dialog
// answered, and the window's File ▸ Print Preview… and Export acting on the page; and
// `inflection insights … -o FILE`.
#include "domain/insightfigures.h"
#include "insightspage.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "report/learningreport.h"
#include "report/reportdocument.h"
#include "report/reportmarkdown.h"
#include "report/reportprinter.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextTable>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// The text of a PDF, its lines' runs of space as one.
QString pdfText(const QString &path)
{
    QString out;
    if (TestSupport::run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s}, &out) != 0)
        return {};
    static const QRegularExpression spaces(u"[ \\t]+"_s);
    return out.replace(spaces, u" "_s).normalized(QString::NormalizationForm_KC);
}

using TestSupport::pdfPages;
using TestSupport::whileModal;

// Answers the next file dialog with path.
void answerFileDialog(const QString &path)
{
    whileModal([path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        if (!name)
            return false;
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        return true;
    });
}

// With INFLECTION_KEEP_REPORT set to a folder, what the test made is kept there to be looked at.
void keep(const QString &path)
{
    const QString folder = qEnvironmentVariable("INFLECTION_KEEP_REPORT");
    if (!folder.isEmpty())
        QFile::copy(path, QDir(folder).filePath(QFileInfo(path).fileName()));
}

void keep(const QPixmap &picture, const QString &name)
{
    const QString folder = qEnvironmentVariable("INFLECTION_KEEP_REPORT");
    if (!folder.isEmpty())
        picture.save(QDir(folder).filePath(name));
}

} // namespace

class TestLearningReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void markdownHoldsTheFigures();
    void emptySectionsSaySo();
    void pdfHasItsPagesAndFigures();
    void longPeriodLaysOut();
    void exportedFromTheInsightsPage();
    void windowMenuActsOnThePage();
    void commandLineWritesIt();

private:
    struct Postmortem
    {
        QString title;
        QString system;
        QString severity;
        QString started; // ISO; detected 10 min later, mitigated 30 min later, resolved 2 h later
        QStringList categories; // one contributing factor each
        QString owner; // of an open remediation item due a month after the start (none when empty)
        bool notForeseen = false;
    };
    static QDateTime at(const QString &text) { return QDateTime::fromString(text, Qt::ISODate); }
    static void add(WorkspaceSession *session, const Postmortem &p);
    static InsightsFilter firstQuarter() { return {QDate(2026, 1, 1), QDate(2026, 3, 31), {}, {}, {}}; }
    QString markdownOf(const InsightsFilter &filter) const;
    MainWindow *openWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestLearningReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(
        !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
}

void TestLearningReport::add(WorkspaceSession *session, const Postmortem &p)
{
    const auto uuid = session->createReview(ReviewKind::Postmortem, p.title);
    QVERIFY(uuid);
    const auto opened = session->openDocument(*uuid);
    QVERIFY(opened);
    auto *document = qobject_cast<PostmortemDocument *>(*opened);
    QVERIFY(document->setReviewField(ReviewField::System, p.system));
    IncidentModel *incident = document->incident();
    const QDateTime started = at(p.started);
    QVERIFY(incident->setField(IncidentField::StartedAt, started));
    QVERIFY(incident->setField(IncidentField::DetectedAt, started.addSecs(10 * 60)));
    QVERIFY(incident->setField(IncidentField::MitigatedAt, started.addSecs(30 * 60)));
    QVERIFY(incident->setField(IncidentField::ResolvedAt, started.addSecs(2 * 3600)));
    QVERIFY(incident->setField(IncidentField::Severity, p.severity));
    if (p.notForeseen)
        QVERIFY(incident->setField(IncidentField::NotForeseen, true));
    for (const QString &category : p.categories) {
        ContributingFactor factor;
        factor.text = u"A factor of "_s + category;
        factor.category = category;
        document->contributingFactors()->addRecord(0, factor);
    }
    if (!p.owner.isEmpty()) {
        RemediationItem item;
        item.text = u"Follow up"_s;
        item.owner = p.owner;
        item.due = started.date().addMonths(1);
        document->remediation()->addRecord(0, item);
    }
    session->closeDocument(*uuid);
}

void TestLearningReport::init()
{
    Language::apply(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"learning.inflection"_s);
    auto session = WorkspaceSession::open(m_path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    const QList<Postmortem> postmortems = {
        {u"Queue backlog"_s, u"search"_s, u"sev3"_s, u"2026-01-12T09:00:00Z"_s, {u"capacity"_s}, {}, false},
        {u"Checkout outage"_s, u"checkout"_s, u"sev1"_s, u"2026-03-03T14:00:00Z"_s,
            {u"configuration"_s, u"configuration"_s, u"monitoring"_s}, u"Dana"_s, true},
        {u"Search latency"_s, u"search"_s, u"sev2"_s, u"2026-03-20T08:00:00Z"_s,
            {u"configuration"_s, u"change"_s}, {}, false},
        {u"Login errors"_s, u"checkout"_s, u"sev2"_s, u"2026-04-07T22:00:00Z"_s,
            {u"dependency"_s, u"change"_s}, u"Lee"_s, false},
    };
    for (const Postmortem &p : postmortems)
        add(session->get(), p);
}

void TestLearningReport::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestLearningReport::markdownOf(const InsightsFilter &filter) const
{
    auto workspace = Workspace::open(m_path);
    if (!workspace)
        return {};
    const Result<Report> report = LearningReport::build(workspace->get(), filter, QDate(2026, 5, 1));
    return report ? ReportMarkdown::toMarkdown(*report) : QString();
}

void TestLearningReport::markdownHoldsTheFigures()
{
    const QString md = markdownOf(firstQuarter());
    QVERIFY(!md.isEmpty());
    // The heading: the quarter, the workspace, the filters.
    QVERIFY2(md.startsWith(u"# Learning report\n\n_Q1 2026 (2026-01-01 – 2026-03-31)_\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"| Workspace | learning.inflection |"_s));
    QVERIFY(md.contains(u"| System | Any |"_s));
    QVERIFY(md.contains(u"| Postmortems counted | 3 |"_s));
    // By month and severity: January a SEV 3, February none, March a SEV 1 and a SEV 2; April is not in it.
    QVERIFY(md.contains(u"| Month | Incidents | SEV 1 | SEV 2 | SEV 3 | SEV 4 |"_s));
    QVERIFY(md.contains(u"| Jan 2026 | 1 | 0 | 0 | 1 | 0 |"_s));
    QVERIFY(md.contains(u"| Feb 2026 | 0 | 0 | 0 | 0 | 0 |"_s));
    QVERIFY(md.contains(u"| Mar 2026 | 2 | 1 | 1 | 0 | 0 |"_s));
    QVERIFY(!md.contains(u"Apr 2026"_s));
    // Times: detected after 10 min, mitigated 20 min and resolved 1 h 50 min after detection.
    QVERIFY(md.contains(u"| Time to detect | 3 | 10 min | 10 min |"_s));
    QVERIFY(md.contains(u"| Time to mitigate | 3 | 20 min | 20 min |"_s));
    QVERIFY(md.contains(u"| Time to resolve | 3 | 1 h 50 min | 1 h 50 min |"_s));
    // Categories, most factors first; one quarter: no columns by quarter.
    const qsizetype configuration = md.indexOf(u"| Configuration | 3 | 2 |"_s);
    QVERIFY2(configuration > 0, qPrintable(md));
    QVERIFY(md.indexOf(u"| Capacity"_s) > configuration);
    QVERIFY(!md.contains(u"| Q1 2026 |"_s));
    // Follow-through: Dana's item, due 3 April, is open and overdue on 1 May.
    QVERIFY(md.contains(u"| All items | 1 | 100 % |"_s));
    QVERIFY(md.contains(u"| Overdue | 1 | 100 % |"_s));
    QVERIFY(md.contains(u"| Done within 30 days | 0 | 0 % |"_s));
    QVERIFY(md.contains(u"| Dana | 1 | 1 |"_s));
    QVERIFY(!md.contains(u"| Lee |"_s)); // April's
    // Foresight: one incident recorded as not foreseen.
    QVERIFY(md.contains(u"0 % of the incidents marked either foreseen or not foreseen had been foreseen"_s));
    QVERIFY(md.contains(u"| Not foreseen | 1 |"_s));
    QVERIFY(md.contains(u"| Not marked | 2 |"_s));
    QVERIFY(!md.contains(u"How the contingency items that happened had been rated"_s)); // none linked

    // A year: the categories' trend by quarter.
    const QString year = markdownOf({QDate(2026, 1, 1), QDate(2026, 12, 31), {}, {}, {}});
    QVERIFY2(year.contains(u"_2026 (2026-01-01 – 2026-12-31)_"_s), qPrintable(year));
    QVERIFY2(year.contains(u"| Category | Factors | Postmortems | Q1 2026 | Q2 2026 | Q3 2026 | Q4 2026 |"_s),
        qPrintable(year));
    QVERIFY(year.contains(u"| Change and deployment | 2 | 2 | 1 | 1 | 0 | 0 |"_s));
    // A filter by system names it.
    const QString checkout = markdownOf({QDate(2026, 1, 1), QDate(2026, 12, 31), u"checkout"_s, {}, {}});
    QVERIFY(checkout.contains(u"| System | checkout |"_s));
    QVERIFY(checkout.contains(u"| Postmortems counted | 2 |"_s));
}

void TestLearningReport::emptySectionsSaySo()
{
    const QString md = markdownOf({QDate(2030, 1, 1), QDate(2030, 3, 31), {}, {}, {}});
    QVERIFY(md.contains(u"| Postmortems counted | 0 |"_s));
    for (const QString &heading : {u"Incidents by month and severity"_s,
             u"Time to detect, mitigate and resolve"_s, u"Contributing factors by category"_s,
             u"Follow-through of remediation items"_s, u"Open and overdue items by owner"_s, u"Foresight"_s,
             u"Remediation ideas that recur"_s, u"New technology and the incidents since"_s})
        QVERIFY2(md.contains(u"## "_s + heading + u"\n\n"_s), qPrintable(heading));
    QVERIFY(md.contains(u"No postmortem in this period matches the filters."_s));
    QVERIFY(md.contains(u"No postmortem counted records when its incident was detected"_s));
    QVERIFY(md.contains(u"No contributing factor is recorded in the postmortems counted."_s));
    QVERIFY(md.contains(u"The postmortems counted have no remediation items."_s));
    QVERIFY(md.contains(u"No remediation idea recurs in two or more of the postmortems counted."_s));
    QVERIFY(md.contains(u"No architecture review brought in a technology the workspace does not know."_s));
    QVERIFY(!md.contains(u"| Month |"_s));
    // The first quarter has remediation, but nothing open in the system "search".
    const QString search = markdownOf({QDate(2026, 1, 1), QDate(2026, 3, 31), u"search"_s, {}, {}});
    QVERIFY(search.contains(u"The postmortems counted have no remediation items."_s));
}

void TestLearningReport::pdfHasItsPagesAndFigures()
{
    auto workspace = Workspace::open(m_path);
    QVERIFY(workspace);
    const Result<Report> report = LearningReport::build(workspace->get(), firstQuarter(), QDate(2026, 5, 1));
    QVERIFY(report);
    QVERIFY(!report->image.isNull()); // the chart of incidents by month
    const QString pdf = m_dir->filePath(u"q1.pdf"_s);
    QVERIFY(ReportPrinter::writePdf(*report, pdf));
    keep(pdf);
    ReportDocument document(*report);
    const int pages = ReportPrinter::paginate(&document, ReportPrinter::defaultPageLayout());
    QVERIFY(pages >= 2);
    QCOMPARE(pdfPages(pdf), pages);
    const QString text = pdfText(pdf);
    for (const QString &expected :
        {u"Learning report"_s, u"Q1 2026 (2026-01-01 – 2026-03-31)"_s, u"Incidents by month and severity"_s,
            u"Time to detect, mitigate and resolve"_s, u"Contributing factors by category"_s,
            u"Follow-through of remediation items"_s, u"Open and overdue items by owner"_s, u"Foresight"_s,
            u"Postmortems counted 3"_s, u"Mar 2026 2 1 1 0 0"_s, u"Time to resolve 3 1 h 50 min 1 h 50 min"_s,
            u"Configuration 3 2"_s, u"Dana 1 1"_s, u"Not foreseen 1"_s, u"Page 1 of %1"_s.arg(pages)})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
}

void TestLearningReport::longPeriodLaysOut()
{
    // Two years of postmortems, one a month: the chart names every few months, the category table has six
    // quarters, and no table row or heading is split from itself or what follows (ReportDocument's rules).
    {
        auto session = WorkspaceSession::open(m_path, Workspace::Options());
        QVERIFY(session);
        const QStringList categories {u"capacity"_s, u"change"_s, u"configuration"_s, u"monitoring"_s};
        for (int i = 0; i < 24; ++i) {
            const QDate day = QDate(2024, 1, 15).addMonths(i);
            add(session->get(),
                {u"Incident %1"_s.arg(i), u"search"_s, u"sev%1"_s.arg(1 + i % 4),
                    QDateTime(day, QTime(9, 0), QTimeZone::utc()).toString(Qt::ISODate),
                    {categories.at(i % 4)}, i % 3 == 0 ? u"Owner %1"_s.arg(i % 5) : QString(), i % 2 == 0});
        }
    }
    auto workspace = Workspace::open(m_path);
    QVERIFY(workspace);
    const Result<Report> report = LearningReport::build(
        workspace->get(), {QDate(2024, 1, 1), QDate(2026, 3, 31), {}, {}, {}}, QDate(2026, 5, 1));
    QVERIFY(report);
    const QString md = ReportMarkdown::toMarkdown(*report);
    QVERIFY(md.contains(u"the last six quarters of the period"_s));
    QVERIFY(md.contains(u"| Q4 2024 | Q1 2025 | Q2 2025 | Q3 2025 | Q4 2025 | Q1 2026 |"_s));
    const QString pdf = m_dir->filePath(u"long.pdf"_s);
    QVERIFY(ReportPrinter::writePdf(*report, pdf));
    keep(pdf);
    ReportDocument document(*report);
    const int pages = ReportPrinter::paginate(&document, ReportPrinter::defaultPageLayout());
    QCOMPARE(pdfPages(pdf), pages);
    // Every table row on one page.
    for (QTextTable *table : document.tables()) {
        for (const QRectF &row : document.rowRects(table))
            QVERIFY(row.isNull() || document.pageOf(row.top()) == document.pageOf(row.bottom() - 0.01));
    }
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"Mar 2026 2 1 1 0 0"_s));
    QVERIFY(text.contains(u"Owner 0"_s));
}

MainWindow *TestLearningReport::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(m_path);
    if (!opened)
        return nullptr;
    m_window->resize(1280, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    // View ▸ Insights, by its shortcut; the first quarter of 2026, as a lead picks it.
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    InsightsPage *page = m_window->insights();
    if (!page)
        return nullptr;
    page->setToday(QDate(2026, 5, 1));
    page->periodFilter()->setCurrentIndex(page->periodFilter()->findData(InsightsPage::Custom));
    page->fromEdit()->setDate(QDate(2026, 1, 1));
    page->toEdit()->setDate(QDate(2026, 3, 31));
    return m_window.get();
}

void TestLearningReport::exportedFromTheInsightsPage()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    InsightsPage *page = window->insights();
    QCOMPARE(page->figures().incidents, 3);
    QSignalSpy finished(window, &MainWindow::exportFinished);

    // Export PDF…: the file dialog offers the report's name, answered with ours.
    const QString pdf = m_dir->filePath(u"from page.pdf"_s);
    QString offered;
    whileModal([&offered, pdf](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        if (!name)
            return false;
        offered = name->text();
        name->setText(pdf);
        QTest::keyClick(name, Qt::Key_Return);
        return true;
    });
    QTest::mouseClick(page->exportPdfButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QCOMPARE(QFileInfo(offered).fileName(), u"Learning report 2026-01-01 – 2026-03-31.pdf"_s);
    QVERIFY(window->savedNotice()->isVisible());
    keep(window->grab(), u"insights-page.png"_s);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Q1 2026 (2026-01-01 – 2026-03-31)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Postmortems counted 3"_s));
    QVERIFY(text.contains(u"Dana 1 1"_s));

    // A filter chosen on the page is the report's: only the system "checkout".
    page->systemFilter()->setCurrentIndex(page->systemFilter()->findData(u"checkout"_s));
    QCOMPARE(page->figures().incidents, 1);
    const QString md = m_dir->filePath(u"from page.md"_s);
    answerFileDialog(md);
    QTest::mouseClick(page->exportMarkdownButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.last().at(0).toBool());
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    QVERIFY(markdown.contains(u"| System | checkout |"_s));
    QVERIFY(markdown.contains(u"| Postmortems counted | 1 |"_s));
    QVERIFY(markdown.contains(u"| Mar 2026 | 1 | 1 | 0 | 0 | 0 |"_s));
}

void TestLearningReport::windowMenuActsOnThePage()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    // On Insights, File ▸ Print, Print Preview and Export PDF and Markdown are the report's; it has no JSON.
    QVERIFY(window->printAction()->isEnabled());
    QVERIFY(window->printPreviewAction()->isEnabled());
    QCOMPARE(window->exportActions().size(), 3);
    QVERIFY(window->exportActions().at(0)->isEnabled());
    QVERIFY(window->exportActions().at(1)->isEnabled());
    QVERIFY(!window->exportActions().at(2)->isEnabled());
    // On the browser, none is (no review is current).
    window->tabs()->setCurrentIndex(0);
    QVERIFY(!window->printAction()->isEnabled());
    QVERIFY(!window->exportActions().at(0)->isEnabled());
    window->tabs()->setCurrentWidget(window->insights());

    // Print Preview shows the pages of the PDF that File ▸ Export ▸ PDF… writes.
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
    window->printPreviewAction()->trigger();
    QVERIFY(previewPages >= 2);
    const QString pdf = m_dir->filePath(u"from menu.pdf"_s);
    answerFileDialog(pdf);
    QSignalSpy finished(window, &MainWindow::exportFinished);
    window->exportActions().at(0)->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.last().at(0).toBool());
    QCOMPARE(pdfPages(pdf), previewPages);
    QVERIFY(pdfText(pdf).contains(u"Learning report"_s));
}

void TestLearningReport::commandLineWritesIt()
{
    const QString pdf = m_dir->filePath(u"cli.pdf"_s);
    const QString md = m_dir->filePath(u"cli.md"_s);
    const QString json = m_dir->filePath(u"cli.out"_s);
    QString out, err;
    const QStringList quarter {u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s};
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 QStringList {u"insights"_s, m_path} + quarter + QStringList {u"-o"_s, pdf}, &out, &err),
        0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(out.isEmpty()); // the file instead of the figures
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Q1 2026 (2026-01-01 – 2026-03-31)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Postmortems counted 3"_s));
    QVERIFY(text.contains(u"Time to detect 3 10 min 10 min"_s));

    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 QStringList {u"insights"_s, m_path, u"--system"_s, u"checkout"_s, u"--format"_s,
                     u"markdown"_s, u"--output"_s, md},
                 &out, &err),
        0);
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    QVERIFY(markdown.startsWith(u"# Learning report\n\n_All time_"_s));
    QVERIFY(markdown.contains(u"| System | checkout |"_s));
    QVERIFY(markdown.contains(u"| Postmortems counted | 2 |"_s));

    // The figures as JSON to a file, as --json prints them.
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 QStringList {u"insights"_s, m_path, u"--format"_s, u"json"_s, u"-o"_s, json}, &out, &err),
        0);
    QFile figures(json);
    QVERIFY(figures.open(QIODevice::ReadOnly));
    QVERIFY(figures.readAll().contains("\"incidents\": 4"));

    // Mistakes: a suffix that names no format, --format without -o, a format that is none.
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"insights"_s, m_path, u"-o"_s, m_dir->filePath(u"report"_s)}, &out, &err),
        2);
    QVERIFY2(err.contains(u"--format"_s), qPrintable(err));
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"insights"_s, m_path, u"--format"_s, u"pdf"_s}, &out, &err),
        2);
    QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                 {u"insights"_s, m_path, u"--format"_s, u"docx"_s, u"-o"_s, pdf}, &out, &err),
        2);
    QVERIFY(err.contains(u"docx"_s));
}

QTEST_MAIN(TestLearningReport)
#include "tst_learningreport.moc"
