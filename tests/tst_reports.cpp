// Review summaries: a PDF of each demo review read back with pdftotext (every heading, the fields
// people wrote, page numbers), markup shown literally and nothing fetched, the heatmap image in the
// operability PDF, Markdown with tables, and `inflection export` for pdf, markdown and json.
#include "domain/fractionalkey.h"
#include "io/demoworkspace.h"
#include "report/reportdocument.h"
#include "report/reportmarkdown.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "store/checklistrepository.h"
#include "store/commentrepository.h"
#include "store/contingencyrepository.h"
#include "store/contributingfactorrepository.h"
#include "store/departurerepository.h"
#include "store/incidentrepository.h"
#include "store/launchrepository.h"
#include "store/parkinglotrepository.h"
#include "store/proposalrepository.h"
#include "store/questionrepository.h"
#include "store/remediationrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// Text without whitespace or hyphens: table cells wrap lines wherever they like, and pdftotext
// takes a hyphen at the end of a line for a word broken in two.
QString squashed(QString text)
{
    static const QRegularExpression space(u"[\\s\\-\\x{00AD}]+"_s);
    return text.remove(space);
}

// The text of a PDF without its running headers and footers (a row broken over a page has them in
// its middle).
QString pdfText(const QString &path, const QString &title = QString())
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    static const QRegularExpression footer(u"^Page \\d+ of \\d+$"_s);
    QStringList kept;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        const QString trimmed = line.trimmed().remove(QChar(0x0C));
        if (footer.match(trimmed).hasMatch())
            kept << u"[footer]"_s;
        else if (title.isEmpty() || trimmed != title)
            kept << line;
    }
    // Ligatures ("ﬁ") as the letters they stand for.
    return kept.join(u'\n').normalized(QString::NormalizationForm_KC);
}

// Whether the words of field appear in text in order, close together: a table row broken over a page
// has the running footer, header and the repeated table header between its lines.
bool containsInOrder(const QString &text, const QString &field)
{
    QStringList words;
    for (const QString &word : field.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (!squashed(word).isEmpty())
            words << squashed(word);
    }
    if (words.isEmpty())
        return true;
    // From each place the first word is found, the others each shortly after the one before.
    for (qsizetype start = text.indexOf(words.first()); start >= 0;
         start = text.indexOf(words.first(), start + 1)) {
        qsizetype at = start + words.first().size();
        bool all = true;
        for (qsizetype i = 1; i < words.size() && all; ++i) {
            const qsizetype found = text.indexOf(words.at(i), at);
            all = found >= 0 && found - at <= 400;
            at = found + words.at(i).size();
        }
        if (all)
            return true;
    }
    return false;
}

// What a read gave, with its error kept for the test to report (a read that failed gives nothing).
template<typename T>
T valueOf(Result<T> result, QStringList *errors)
{
    if (!result) {
        errors->append(result.message());
        return T();
    }
    return std::move(result).value();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfOfEachKind_data();
    void pdfOfEachKind();
    void markupAppearsLiterally();
    void heatmapImageInOperabilityPdf();
    void markdownHasTables();
    void learningPrintedOnlyWhenWritten();
    void fontsEmbeddedAndPaperFromLocale();
    void commandLine();
    void commandLineErrors_data();
    void commandLineErrors();

private:
    Review demo(ReviewKind kind) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(
        !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
    auto workspace = Workspace::open(m_dir.filePath(u"demo.inflection"_s));
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    const Result<> populated = DemoWorkspace::populate(m_workspace.get());
    QVERIFY2(populated, qPrintable(populated.message()));
}

Review TestReports::demo(ReviewKind kind) const
{
    for (const Review &r : ReviewRepository(m_workspace.get()).all().valueOr({})) {
        if (r.kind == kind)
            return r;
    }
    return {};
}

void TestReports::pdfOfEachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("headings");
    QTest::newRow("architecture") << int(ReviewKind::Architecture)
                                  << QStringList {u"Review"_s, u"Decision"_s, u"Outcome of the meeting"_s,
                                         u"General questions"_s, u"Departures"_s, u"Questions"_s,
                                         u"Open comment threads"_s, u"The proposal"_s,
                                         u"Appendix: resolved comment threads"_s};
    QTest::newRow("operability") << int(ReviewKind::Operability)
                                 << QStringList {u"Review"_s, u"Readiness"_s, u"Launch plan"_s,
                                        u"Likelihood × impact"_s, u"Contingency checklist, by score"_s};
    QTest::newRow("postmortem") << int(ReviewKind::Postmortem)
                                << QStringList {u"Review"_s, u"Incident"_s, u"Timeline"_s, u"Discussion"_s,
                                       u"Contributing factors"_s, u"Remediation"_s, u"What went well"_s,
                                       u"Where we got lucky"_s, u"Parking lot"_s, u"Blameless language"_s};
}

void TestReports::pdfOfEachKind()
{
    QFETCH(int, kind);
    QFETCH(QStringList, headings);
    const Review review = demo(ReviewKind(kind));
    const auto report = ReviewReport::build(m_workspace.get(), review.uuid);
    QVERIFY2(report, qPrintable(report.message()));
    const QString path = m_dir.filePath(review.uuid + u".pdf"_s);
    const Result<> written = ReportPrinter::writePdf(*report, path);
    QVERIFY2(written, qPrintable(written.message()));
    const QString text = squashed(pdfText(path, review.title));
    QVERIFY(!text.isEmpty());

    QStringList expected = headings;
    expected << review.system << review.owner;
    Workspace *ws = m_workspace.get();
    QStringList errors;
    switch (ReviewKind(kind)) {
    case ReviewKind::Architecture: {
        const Proposal p = valueOf(ProposalRepository(ws).ofReview(review.id), &errors);
        expected << p.decisionNotes << p.notes << p.agreements << p.learnings;
        for (const Departure &d : valueOf(DepartureRepository(ws).forReview(review.id), &errors))
            expected << d.name << d.costs << d.tradeoffs << d.prohibits;
        for (const Question &q : valueOf(QuestionRepository(ws).forReview(review.id), &errors))
            expected << q.text << q.answer;
        for (const Comment &c : valueOf(CommentRepository(ws).forReview(review.id), &errors))
            expected << c.text;
        expected << u"Alternatives considered"_s << u"Workers are idempotent"_s; // the proposal
        break;
    }
    case ReviewKind::Operability: {
        for (const ContingencyItem &c : valueOf(ContingencyRepository(ws).forReview(review.id), &errors))
            expected << c.issue << c.comments << c.engineering << c.onsiteMessaging;
        const LaunchPlan plan = valueOf(LaunchRepository(ws).ofReview(review.id), &errors);
        expected << plan.pushedBy << plan.communication << plan.decisionNotes;
        for (const ChecklistAnswer &a : valueOf(ChecklistRepository(ws).forReview(review.id), &errors)) {
            if (!a.notes.isEmpty() && !a.key.startsWith(u"new-infrastructure-"_s))
                expected << a.notes;
        }
        break;
    }
    case ReviewKind::Postmortem: {
        const IncidentFacts facts = valueOf(IncidentRepository(ws).ofReview(review.id), &errors);
        expected << facts.summary << facts.impact << facts.wentWell << facts.lucky;
        // The mitigation among the facts: its time, and how long after the detection it came.
        expected << u"Mitigated"_s << u"Time to mitigate 21 min"_s;
        const QList<TimelineEvent> timeline = valueOf(TimelineRepository(ws).forReview(review.id), &errors);
        for (const TimelineEvent &e : timeline)
            expected << e.text << e.actor << e.knownBy << e.reasoning;
        // Each factor with its category's name and the places of the events it shows in.
        const auto factors = valueOf(ContributingFactorRepository(ws).forReview(review.id), &errors);
        if (factors.size() != 4)
            errors << u"expected the 4 factors of the demo"_s;
        for (const ContributingFactor &f : factors) {
            expected << f.text + u' ' + factorCategoryName(defaultFactorCategories(), f.category) + u' '
                    + eventPlacesText(factorEventPlaces(f, timeline));
        }
        expected << u"Configuration Events 14, 15, 30"_s;
        for (const RemediationItem &r : valueOf(RemediationRepository(ws).forReview(review.id), &errors))
            expected << r.text << r.owner << r.ticket;
        for (const ParkedIdea &idea : valueOf(ParkingLotRepository(ws).forReview(review.id), &errors))
            expected << idea.text;
        for (const ChecklistAnswer &a : valueOf(ChecklistRepository(ws).forReview(review.id), &errors))
            expected << a.notes;
        break;
    }
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
    int checked = 0;
    for (const QString &field : std::as_const(expected)) {
        if (field.trimmed().isEmpty())
            continue;
        ++checked;
        QVERIFY2(containsInOrder(text, field), qPrintable(u"missing: "_s + field));
    }
    QVERIFY(checked > 10);
    QVERIFY(text.contains(u"[footer]"_s)); // "Page 1 of N"
    QVERIFY(text.contains(u"Printedbyroot"_s) || text.contains(u"Printedby"_s));
}

void TestReports::markupAppearsLiterally()
{
    ReviewRepository reviews(m_workspace.get());
    const QString hostile
        = u"<b>bold</b> &amp; <img src=http://example.com/x.png> ![pic](http://example.com/y.png)"_s;
    const auto review = reviews.create(ReviewKind::Postmortem, hostile);
    QVERIFY2(review, qPrintable(review.message()));
    IncidentRepository incidents(m_workspace.get());
    QVERIFY(incidents.updateField(*incidents.ofReview(review->id), IncidentField::Summary, hostile));
    const auto architecture = reviews.create(ReviewKind::Architecture, u"Markup"_s);
    QVERIFY2(architecture, qPrintable(architecture.message()));
    ProposalRepository proposals(m_workspace.get());
    QVERIFY(proposals.updateField(*proposals.ofReview(architecture->id), ProposalField::Body,
        u"# Plan\n\nSee ![diagram](http://example.com/z.png) and <b>raw</b>.\n"_s));

    for (const QString &uuid : {review->uuid, architecture->uuid}) {
        const auto report = ReviewReport::build(m_workspace.get(), uuid);
        QVERIFY2(report, qPrintable(report.message()));
        // Laid out on pages, it asks for nothing from outside.
        ReportDocument document(*report);
        document.setPageSize(QSizeF(500, 700));
        QVERIFY(document.pageCount() >= 1);
        QVERIFY2(document.refusedResources().isEmpty(), qPrintable(document.refusedResources().join(u' ')));
        const QString path = m_dir.filePath(uuid + u".pdf"_s);
        QVERIFY(ReportPrinter::writePdf(*report, path));
        const QString text = squashed(pdfText(path));
        if (uuid == review->uuid) {
            QVERIFY2(text.contains(squashed(hostile)), qPrintable(text.left(400)));
            // In Markdown, escaped: rendered, it reads as written.
            const QString markdown = ReportMarkdown::toMarkdown(*report);
            QVERIFY(!markdown.contains(QRegularExpression(u"(?<!\\\\)<b>"_s))); // only as \<b>
            QTextDocument rendered;
            rendered.setMarkdown(markdown);
            QVERIFY(squashed(rendered.toPlainText()).contains(squashed(hostile)));
        } else {
            QVERIFY2(text.contains(u"![diagram](http://example.com/z.png)"_s), qPrintable(text));
            QVERIFY(text.contains(u"<b>raw</b>"_s));
        }
    }
}

void TestReports::heatmapImageInOperabilityPdf()
{
    const Review review = demo(ReviewKind::Operability);
    const auto report = ReviewReport::build(m_workspace.get(), review.uuid);
    QVERIFY2(report, qPrintable(report.message()));
    QVERIFY(!report->image.isNull());
    const QString path = m_dir.filePath(u"heatmap.pdf"_s);
    QVERIFY(ReportPrinter::writePdf(*report, path));
    QProcess images;
    images.start(u"pdfimages"_s, {u"-list"_s, path});
    QVERIFY(images.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).trimmed().split(u'\n');
    // A header of two lines, then one line an image.
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u'\n')));
    QVERIFY(lines.at(2).contains(u"image"_s));
}

void TestReports::markdownHasTables()
{
    for (const ReviewKind kind : reviewKinds().values()) {
        const auto report = ReviewReport::build(m_workspace.get(), demo(kind).uuid);
        QVERIFY2(report, qPrintable(report.message()));
        const QString markdown = ReportMarkdown::toMarkdown(*report);
        QVERIFY(markdown.startsWith(u"# "_s));
        QVERIFY(markdown.contains(u"\n| "_s));
        QVERIFY(markdown.contains(u"| --- |"_s));
        if (kind == ReviewKind::Architecture) {
            // The proposal as it was written, its headings under the summary's "## The proposal".
            const QString body
                = ProposalRepository(m_workspace.get()).ofReview(demo(kind).id).valueOr({}).body.trimmed();
            int headings = 0;
            for (const QString &line : body.split(u'\n')) {
                if (line.startsWith(u"# "_s)) {
                    QVERIFY2(markdown.contains(u"\n##"_s + line + u'\n'), qPrintable(line));
                    ++headings;
                } else {
                    QVERIFY2(markdown.contains(line), qPrintable(line));
                }
            }
            QVERIFY(headings > 0);
            QVERIFY(!markdown.contains(u"\n# "_s)); // one title, at the top
        }
        if (kind == ReviewKind::Operability) {
            // The heatmap's counts as a table under its caption: likelihood down, impact across.
            const qsizetype caption = markdown.indexOf(u"_Contingencies by likelihood and impact"_s);
            QVERIFY(caption > 0);
            QVERIFY(markdown.indexOf(u"| Likelihood / impact |"_s, caption) > caption);
        }
        if (kind == ReviewKind::Postmortem) {
            // The parking lot as a list.
            QVERIFY(markdown.contains(u"\n- Replace every RAID controller of that model\n"_s));
            // The factors as a table after the discussion, the lessons after the remediation.
            const qsizetype factors = markdown.indexOf(u"\n## Contributing factors\n"_s);
            QVERIFY(factors > markdown.indexOf(u"\n## Discussion\n"_s));
            QVERIFY(markdown.indexOf(u"\n## Remediation\n"_s) > factors);
            QVERIFY(markdown.indexOf(u"| Contributing factor | Category | Shows in |"_s, factors) > factors);
            QVERIFY2(markdown.contains(u"| The replica template does not set max_connections, so raising the "
                                       u"primary's limit last year left the replica at 500 | Configuration | "
                                       u"Events 14, 15, 30 |"_s),
                qPrintable(markdown.mid(factors, 1200)));
            const qsizetype wentWell = markdown.indexOf(u"\n## What went well\n\nLin asked"_s);
            QVERIFY(wentWell > markdown.indexOf(u"\n## Remediation\n"_s));
            QVERIFY(markdown.indexOf(u"\n## Where we got lucky\n\nIt happened on a Tuesday"_s) > wentWell);
            QVERIFY(markdown.contains(u"| Time to mitigate | 21 min |"_s));
        }
    }
}

void TestReports::learningPrintedOnlyWhenWritten()
{
    ReviewRepository reviews(m_workspace.get());
    const auto review = reviews.create(ReviewKind::Postmortem, u"Queue backlog"_s);
    QVERIFY2(review, qPrintable(review.message()));
    const auto headings = [&] {
        QStringList found;
        for (const ReportSection &section :
            ReviewReport::build(m_workspace.get(), review->uuid).valueOr({}).sections)
            found << section.heading;
        return found;
    };
    const auto section = [&](const QString &heading) {
        for (const ReportSection &s :
            ReviewReport::build(m_workspace.get(), review->uuid).valueOr({}).sections) {
            if (s.heading == heading)
                return s;
        }
        return ReportSection();
    };
    // Nothing learned yet: none of the three sections, and the mitigation not known.
    QStringList now = headings();
    QVERIFY2(now.contains(u"Remediation"_s), qPrintable(now.join(u", "_s)));
    for (const QString &heading : {u"Contributing factors"_s, u"What went well"_s, u"Where we got lucky"_s})
        QVERIFY2(!now.contains(heading), qPrintable(heading));
    QList<std::pair<QString, QString>> facts = section(u"Incident"_s).blocks.first().fields;
    QVERIFY(facts.contains(std::pair {u"Time to mitigate"_s, u"not known"_s}));

    // What went well only: that section alone, after the remediation.
    IncidentRepository incidents(m_workspace.get());
    auto written = incidents.updateField(*incidents.ofReview(review->id), IncidentField::WentWell,
        u"The backlog alert fired within a minute.\nThe runbook had the right command."_s);
    QVERIFY2(written, qPrintable(written.message()));
    now = headings();
    QVERIFY(now.indexOf(u"What went well"_s) > now.indexOf(u"Remediation"_s));
    QVERIFY(!now.contains(u"Where we got lucky"_s));
    QVERIFY(!now.contains(u"Contributing factors"_s));
    QCOMPARE(section(u"What went well"_s).blocks.first().text,
        u"The backlog alert fired within a minute.\nThe runbook had the right command."_s);
    written = incidents.updateField(
        *written, IncidentField::DetectedAt, QDateTime(QDate(2026, 5, 4), QTime(9, 0), QTimeZone::utc()));
    written = incidents.updateField(
        *written, IncidentField::MitigatedAt, QDateTime(QDate(2026, 5, 4), QTime(10, 5), QTimeZone::utc()));
    QVERIFY2(written, qPrintable(written.message()));
    facts = section(u"Incident"_s).blocks.first().fields;
    QVERIFY(facts.contains(std::pair {u"Time to mitigate"_s, u"1 h 05 min"_s}));

    // A factor: its category by the workspace's name for it, its events by their places; a category
    // since removed from the taxonomy by its key. Its blame language in the coach's findings.
    TimelineRepository events(m_workspace.get());
    QList<TimelineEvent> timeline;
    for (const QString &text : {u"Backlog alert"_s, u"Consumer restarted"_s, u"Backlog drains"_s}) {
        TimelineEvent e;
        e.reviewId = review->id;
        e.text = text;
        e.position = FractionalKey::between(timeline.isEmpty() ? QString() : timeline.last().position, {});
        timeline << e;
    }
    const auto storedEvents = events.insertAll(timeline);
    QVERIFY2(storedEvents, qPrintable(storedEvents.message()));
    QList<FactorCategory> taxonomy = defaultFactorCategories();
    taxonomy[0].name = u"Observability"_s; // "monitoring"
    QVERIFY(WorkspaceSettings(m_workspace.get()).setFactorCategories(taxonomy));
    ContributingFactor first;
    first.reviewId = review->id;
    first.text = u"The consumer's lag had no alert; human error in the alert rules"_s;
    first.category = u"monitoring"_s;
    first.events
        = {storedEvents->at(2).uuid, storedEvents->at(0).uuid, u"01a208c9-0000-7000-8000-00000000dead"_s};
    first.position = FractionalKey::between({}, {});
    ContributingFactor second = first;
    second.text = u"Queue limits were the library's defaults"_s;
    second.category = u"retired-category"_s;
    second.events = {};
    second.position = FractionalKey::between(first.position, {});
    QVERIFY(ContributingFactorRepository(m_workspace.get()).insertAll({first, second}));
    const ReportSection factors = section(u"Contributing factors"_s);
    QCOMPARE(factors.blocks.size(), 1);
    const ReportTable &table = factors.blocks.first().table;
    QCOMPARE(table.headers, QStringList({u"Contributing factor"_s, u"Category"_s, u"Shows in"_s}));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0), QStringList({first.text, u"Observability"_s, u"Events 1, 3"_s}));
    QCOMPARE(table.rows.at(1), QStringList({second.text, u"retired-category"_s, QString()}));
    now = headings();
    QVERIFY(now.indexOf(u"Contributing factors"_s) > now.indexOf(u"Discussion"_s));
    QVERIFY(now.indexOf(u"Contributing factors"_s) < now.indexOf(u"Remediation"_s));
    const ReportSection coach = section(u"Blameless language"_s);
    bool flagged = false;
    for (const QStringList &row : coach.blocks.last().table.rows)
        flagged = flagged || (row.at(0).contains(u"human error"_s) && row.at(1) == u"Contributing factor"_s);
    QVERIFY(flagged);

    // Where we got lucky, in the PDF as in the Markdown.
    QVERIFY(incidents.updateField(
        *incidents.ofReview(review->id), IncidentField::Lucky, u"The backlog peaked at night"_s));
    const auto report = ReviewReport::build(m_workspace.get(), review->uuid);
    QVERIFY2(report, qPrintable(report.message()));
    const QString path = m_dir.filePath(u"learning.pdf"_s);
    QVERIFY(ReportPrinter::writePdf(*report, path));
    const QString text = squashed(pdfText(path, report->title));
    QVERIFY(containsInOrder(text, u"Contributing factors "_s + first.text + u" Observability Events 1, 3"_s));
    QVERIFY(containsInOrder(text, u"What went well The backlog alert fired within a minute."_s));
    QVERIFY(containsInOrder(text, u"Where we got lucky The backlog peaked at night"_s));
    const QString markdown = ReportMarkdown::toMarkdown(*report);
    QVERIFY(markdown.contains(u"\n## Where we got lucky\n\nThe backlog peaked at night\n"_s));
}

void TestReports::fontsEmbeddedAndPaperFromLocale()
{
    const auto report = ReviewReport::build(m_workspace.get(), demo(ReviewKind::Architecture).uuid);
    QVERIFY2(report, qPrintable(report.message()));
    const QLocale before;
    for (const auto &[locale, size] :
        {std::pair {QLocale(QLocale::English, QLocale::UnitedStates), u"612 x 792"_s},
            std::pair {QLocale(QLocale::German, QLocale::Germany), u"595 x 842"_s}}) {
        QLocale::setDefault(locale);
        const QString path = m_dir.filePath(u"paper.pdf"_s);
        QVERIFY(ReportPrinter::writePdf(*report, path));
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY2(QString::fromUtf8(info.readAllStandardOutput()).contains(size), qPrintable(size));
        QProcess fonts;
        fonts.start(u"pdffonts"_s, {path});
        QVERIFY(fonts.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).trimmed().split(u'\n');
        QVERIFY(lines.size() > 2);
        for (const QString &line : lines.mid(2)) // every font embedded
            QVERIFY2(
                line.contains(QRegularExpression(u"\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s)),
                qPrintable(line));
    }
    QLocale::setDefault(before);
}

void TestReports::commandLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.inflection"_s);
    QString out;
    QString err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"demo"_s, path}, &out, &err), 0);
    QString uuid;
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        const auto all = ReviewRepository(ws->get()).all();
        QVERIFY2(all, qPrintable(all.message()));
        for (const Review &r : *all) {
            if (r.kind == ReviewKind::Postmortem && uuid.isEmpty())
                uuid = r.uuid; // the worked example
        }
    }
    for (const QString &format : {u"pdf"_s, u"markdown"_s, u"json"_s}) {
        const QString output = dir.filePath(u"summary."_s + format);
        QCOMPARE(TestSupport::run(TestSupport::appBinary(),
                     {u"export"_s, path, uuid.left(8), u"--format"_s, format, u"-o"_s, output}, &out, &err),
            0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(QFileInfo(output).size() > 100);
    }
    const QString pdf = squashed(pdfText(dir.filePath(u"summary.pdf"_s)));
    QVERIFY(pdf.contains(u"Primarydatabasefailover"_s));
    // What the postmortem learned, in the PDF and in the Markdown.
    for (const QString &heading : {u"Contributing factors"_s, u"What went well"_s, u"Where we got lucky"_s}) {
        QVERIFY2(pdf.contains(squashed(heading)), qPrintable(heading));
        QFile markdown(dir.filePath(u"summary.markdown"_s));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(markdown.readAll()).contains(u"\n## "_s + heading + u"\n"_s),
            qPrintable(heading));
    }
    QVERIFY(pdf.contains(u"Timetomitigate21min"_s));
    // The JSON goes back in.
    const QString fresh = dir.filePath(u"fresh.inflection"_s);
    QCOMPARE(TestSupport::run(
                 TestSupport::appBinary(), {u"import"_s, fresh, dir.filePath(u"summary.json"_s)}, &out, &err),
        0);
}

void TestReports::commandLineErrors_data()
{
    QTest::addColumn<QString>("review"); // PREFIX: a prefix two reviews share
    QTest::addColumn<QString>("output"); // relative to a temporary folder; FILE/…: under a plain file
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown review") << u"ffffffff-0000"_s << u"x.pdf"_s << u"no review's uuid starts with"_s;
    QTest::newRow("ambiguous prefix") << u"PREFIX"_s << u"x.pdf"_s << u"give more of it"_s;
    QTest::newRow("unwritable path, pdf") << u"OK"_s << u"FILE/x.pdf"_s << u"cannot be written"_s;
    QTest::newRow("unwritable path, markdown") << u"OK"_s << u"FILE/x.md"_s << u"cannot be written"_s;
    QTest::newRow("missing folder") << u"OK"_s << u"no/such/folder/x.pdf"_s << u"cannot be written"_s;
}

void TestReports::commandLineErrors()
{
    QFETCH(QString, review);
    QFETCH(QString, output);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile plain(dir.filePath(u"FILE"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    // Reviews until two share a first character.
    ReviewRepository reviews(m_workspace.get());
    QString shared;
    for (int i = 0; shared.isEmpty() && i < 40; ++i) {
        QSet<QChar> seen;
        const auto all = reviews.all();
        QVERIFY2(all, qPrintable(all.message()));
        for (const Review &r : *all) {
            if (seen.contains(r.uuid.at(0)))
                shared = r.uuid.left(1);
            seen.insert(r.uuid.at(0));
        }
        if (shared.isEmpty())
            QVERIFY(reviews.create(ReviewKind::Architecture, u"Another"_s));
    }
    if (review == u"PREFIX"_s)
        review = shared;
    else if (review == u"OK"_s)
        review = demo(ReviewKind::Postmortem).uuid;
    const QString target = dir.filePath(output);
    QString out;
    QString err;
    const int status = TestSupport::run(TestSupport::appBinary(),
        {u"export"_s, m_workspace->path(), review, u"--format"_s,
            QFileInfo(output).suffix() == u"md"_s ? u"markdown"_s : u"pdf"_s, u"-o"_s, target},
        &out, &err);
    QCOMPARE(status, 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFileInfo::exists(target));
    // Nothing half-written left in the folder either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList {u"FILE"_s});
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
