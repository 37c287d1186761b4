// The learning report's sections, one small function each, and its chart of incidents by month.
#include "learningreport.h"

#include "../domain/datetimeformat.h"
#include "../domain/displaytext.h"
#include "../store/workspace.h"
#include "../store/workspacesettings.h"
#include "../workspace/insights.h"
#include "../workspace/insighttablemodel.h"
#include "reportformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// What every section reads: the figures and the names the workspace gives their keys.
struct Input
{
    const InsightFigures &figures;
    const WorkspaceConfig &config;
};

// One of the figures as the table the Insights page shows, with its texts.
ReportTable tableOf(InsightTableModel::Table which, const Input &in, const QList<int> &widths = {})
{
    InsightTableModel model(which);
    model.setFigures(in.figures, in.config.severityLevels);
    ReportTable table;
    for (int c = 0; c < model.columnCount(); ++c)
        table.headers.append(model.headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(model.index(r, c).data().toString());
        table.rows.append(row);
    }
    if (widths.size() == table.headers.size())
        table.widths = widths;
    return table;
}

QString severityName(const WorkspaceConfig &config, const QString &key)
{
    for (const SeverityLevel &level : config.severityLevels) {
        if (level.key == key)
            return level.name;
    }
    return key.isEmpty() ? QCoreApplication::translate("Inflection::LearningReport", "No severity") : key;
}

// Incidents by month, a bar a month stacked by severity, with its count above it and a legend of the
// levels that occur: light, for paper. size in pixels; font sizes in them too.
QImage monthChart(const InsightTableModel &months, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setPixelSize(std::max(10, size.height() / 24));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QColor ink(0x30, 0x30, 0x30);
    const QColor grid(0xd0, 0xd0, 0xd0);

    const QStringList keys = months.severityKeys();
    const int rows = months.rowCount();
    int max = 0;
    QList<int> shown; // the severity columns with an incident
    for (int r = 0; r < rows; ++r)
        max = std::max(max, months.index(r, 1).data(InsightTableModel::ValueRole).toInt());
    for (int i = 0; i < keys.size(); ++i) {
        for (int r = 0; r < rows; ++r) {
            if (months.index(r, 2 + i).data(InsightTableModel::ValueRole).toInt() > 0) {
                shown.append(i);
                break;
            }
        }
    }

    // The legend along the foot, wrapping when it must.
    const qreal line = metrics.height() * 1.4;
    const qreal swatch = metrics.height() * 0.8;
    QList<std::pair<QPointF, int>> legend;
    qreal x = 0;
    qreal legendLines = shown.isEmpty() ? 0 : 1;
    const qreal width = size.width();
    for (const int i : std::as_const(shown)) {
        const QString name = months.headerData(2 + i, Qt::Horizontal).toString();
        const qreal w = swatch + metrics.height() * 0.4 + metrics.horizontalAdvance(name) + metrics.height();
        if (x > 0 && x + w > width) {
            x = 0;
            ++legendLines;
        }
        legend.append({QPointF(x, (legendLines - 1) * line), i});
        x += w;
    }
    const qreal legendTop = size.height() - legendLines * line;

    // The axis of counts: whole numbers, at most six ticks.
    const int top = std::max(1, max);
    const int step = std::max(1, int(std::ceil(top / 5.0)));
    const int ticks = int(std::ceil(double(top) / step));
    const int axisMax = step * ticks;
    const qreal labelWidth = metrics.horizontalAdvance(QLocale().toString(axisMax)) + metrics.height() * 0.5;
    const QRectF plot(labelWidth, metrics.height() * 1.2, width - labelWidth - 2,
        legendTop - metrics.height() * 1.6 - metrics.height() * 1.2 - (legend.isEmpty() ? 0 : line * 0.3));
    painter.setPen(QPen(grid, 1));
    for (int t = 0; t <= ticks; ++t) {
        const qreal y = plot.bottom() - plot.height() * t / ticks;
        painter.setPen(QPen(t == 0 ? ink : grid, std::max(1.0, size.height() / 400.0)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        painter.drawText(
            QRectF(0, y - metrics.height() / 2, labelWidth - metrics.height() * 0.3, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(step * t));
    }

    // The bars, and a month's name under every bar where they fit, else under every n-th.
    const qreal slot = rows > 0 ? plot.width() / rows : plot.width();
    const qreal bar = std::min(slot * 0.7, plot.width() / 12); // a few months: bars, not walls
    qreal widest = 0;
    for (int r = 0; r < rows; ++r)
        widest = std::max(widest, metrics.horizontalAdvance(months.index(r, 0).data().toString()));
    const int every = std::max(1, int(std::ceil((widest + metrics.height() * 0.6) / slot)));
    for (int r = 0; r < rows; ++r) {
        const qreal left = plot.left() + r * slot + (slot - bar) / 2;
        qreal bottom = plot.bottom();
        for (const int i : std::as_const(shown)) {
            const int n = months.index(r, 2 + i).data(InsightTableModel::ValueRole).toInt();
            if (n == 0)
                continue;
            const qreal h = plot.height() * n / axisMax;
            painter.fillRect(QRectF(left, bottom - h, bar, h), InsightTableModel::severityColour(i));
            painter.setPen(QPen(Qt::white, std::max(1.0, size.height() / 500.0)));
            painter.drawLine(QPointF(left, bottom - h), QPointF(left + bar, bottom - h));
            bottom -= h;
        }
        painter.setPen(ink);
        const int total = months.index(r, 1).data(InsightTableModel::ValueRole).toInt();
        if (total > 0 && bar >= metrics.horizontalAdvance(QLocale().toString(total)))
            painter.drawText(
                QRectF(left - slot, bottom - metrics.height() * 1.1, bar + 2 * slot, metrics.height()),
                Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(total));
        if (r % every == 0)
            painter.drawText(QRectF(plot.left() + r * slot + slot / 2 - widest,
                                 plot.bottom() + metrics.height() * 0.3, 2 * widest, metrics.height() * 1.2),
                Qt::AlignHCenter | Qt::AlignTop, months.index(r, 0).data().toString());
    }

    for (const auto &[at, i] : std::as_const(legend)) {
        const QPointF origin(at.x(), legendTop + at.y());
        painter.fillRect(QRectF(origin.x(), origin.y() + (line - swatch) / 2, swatch, swatch),
            InsightTableModel::severityColour(i));
        painter.setPen(ink);
        painter.drawText(QRectF(origin.x() + swatch + metrics.height() * 0.4, origin.y(), width, line),
            Qt::AlignLeft | Qt::AlignVCenter, months.headerData(2 + i, Qt::Horizontal).toString());
    }
    painter.end();
    return image;
}

QString quarterName(const QString &key) // "2026-Q1" as "Q1 2026"
{
    const QStringList parts = key.split(u"-Q"_s);
    if (parts.size() != 2)
        return key;
    return QCoreApplication::translate("Inflection::LearningReport", "Q%1 %2", "a quarter of a year")
        .arg(parts.at(1), parts.at(0));
}

// The quarters of the period the figures cover (from its first month to its last), oldest first.
QStringList quartersOf(const InsightFigures &figures)
{
    QStringList quarters;
    for (const MonthFigures &m : figures.byMonth) {
        const QString key = u"%1-Q%2"_s.arg(m.month.year()).arg((m.month.month() - 1) / 3 + 1);
        if (!quarters.contains(key))
            quarters.append(key);
    }
    return quarters;
}

QString percent(double share)
{
    return QCoreApplication::translate("Inflection::LearningReport", "%1 %")
        .arg(QLocale().toString(100.0 * share, 'f', 0));
}

// The sections, in the order they are printed. A new figure is a new function and a line in sections.

void addMonths(const Input &in, Report *report)
{
    ReportSection section {
        QCoreApplication::translate("Inflection::LearningReport", "Incidents by month and severity"), {}};
    if (in.figures.incidents == 0 || in.figures.byMonth.isEmpty()) {
        section.paragraph(QCoreApplication::translate(
            "Inflection::LearningReport", "No postmortem in this period matches the filters."));
        report->sections.append(section);
        return;
    }
    InsightTableModel months(InsightTableModel::Table::Months);
    months.setFigures(in.figures, in.config.severityLevels);
    report->image = monthChart(months, QSize(1920, 840));
    report->imageSize = QSizeF(640, 280);
    section.image(QCoreApplication::translate("Inflection::LearningReport",
        "Incidents a month, stacked by severity: %n in all", nullptr, in.figures.incidents));
    section.table(tableOf(InsightTableModel::Table::Months, in));
    report->sections.append(section);
}

void addDurations(const Input &in, Report *report)
{
    ReportSection section {
        QCoreApplication::translate("Inflection::LearningReport", "Time to detect, mitigate and resolve"),
        {}};
    const DurationFigures &d = in.figures.toDetect, &m = in.figures.toMitigate, &r = in.figures.toResolve;
    if (d.count == 0 && m.count == 0 && r.count == 0) {
        section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
            "No postmortem counted records when its incident was detected, mitigated or "
            "resolved."));
        report->sections.append(section);
        return;
    }
    section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
        "To detect: from the incident's start to its detection; to mitigate and to "
        "resolve: from its detection. Incidents take skewed times, so the median and "
        "the 90th percentile, not the mean."));
    section.table(tableOf(InsightTableModel::Table::Durations, in, {40, 16, 22, 22}));
    report->sections.append(section);
}

void addCategories(const Input &in, Report *report)
{
    ReportSection section {
        QCoreApplication::translate("Inflection::LearningReport", "Contributing factors by category"), {}};
    if (in.figures.categories.isEmpty()) {
        section.paragraph(QCoreApplication::translate(
            "Inflection::LearningReport", "No contributing factor is recorded in the postmortems counted."));
        report->sections.append(section);
        return;
    }
    ReportTable table = tableOf(InsightTableModel::Table::Categories, in);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (in.figures.categories.at(r).key.isEmpty())
            table.rows[r][0] = QCoreApplication::translate("Inflection::LearningReport", "No category");
    }
    // The trend: factors a quarter, the last six quarters of the period at most; none for one quarter.
    QStringList quarters = quartersOf(in.figures);
    const bool cut = quarters.size() > 6;
    if (cut)
        quarters = quarters.mid(quarters.size() - 6);
    if (quarters.size() > 1) {
        for (const QString &quarter : std::as_const(quarters))
            table.headers.append(quarterName(quarter));
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const CategoryFigures &c = in.figures.categories.at(r);
            for (const QString &quarter : std::as_const(quarters))
                table.rows[r].append(QLocale().toString(c.byQuarter.value(quarter)));
        }
        section.paragraph(cut ? QCoreApplication::translate("Inflection::LearningReport",
                              "Factors by the quarter their incident began in, the last six quarters "
                              "of the period.")
                              : QCoreApplication::translate("Inflection::LearningReport",
                                  "Factors by the quarter their incident began in."));
    }
    section.table(table);
    report->sections.append(section);
}

void addFollowThrough(const Input &in, Report *report)
{
    ReportSection section {
        QCoreApplication::translate("Inflection::LearningReport", "Follow-through of remediation items"), {}};
    if (in.figures.followThrough.items == 0) {
        section.paragraph(QCoreApplication::translate(
            "Inflection::LearningReport", "The postmortems counted have no remediation items."));
        report->sections.append(section);
        return;
    }
    section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
        "Done within 30 and 60 days of the incident's start; overdue: open past its "
        "due day."));
    section.table(tableOf(InsightTableModel::Table::FollowThrough, in, {50, 25, 25}));
    report->sections.append(section);
}

void addOwners(const Input &in, Report *report)
{
    ReportSection section {
        QCoreApplication::translate("Inflection::LearningReport", "Open and overdue items by owner"), {}};
    if (in.figures.followThrough.byOwner.isEmpty()) {
        section.paragraph(in.figures.followThrough.items == 0
                ? QCoreApplication::translate(
                    "Inflection::LearningReport", "The postmortems counted have no remediation items.")
                : QCoreApplication::translate("Inflection::LearningReport", "No remediation item is open."));
        report->sections.append(section);
        return;
    }
    section.table(tableOf(InsightTableModel::Table::Owners, in, {40, 18, 18, 24}));
    report->sections.append(section);
}

void addForesight(const Input &in, Report *report)
{
    ReportSection section {QCoreApplication::translate("Inflection::LearningReport", "Foresight"), {}};
    const ForesightFigures &s = in.figures.foresight;
    if (in.figures.incidents == 0) {
        section.paragraph(QCoreApplication::translate(
            "Inflection::LearningReport", "No postmortem in this period matches the filters."));
        report->sections.append(section);
        return;
    }
    const std::optional<double> share = s.share();
    if (!share)
        section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
            "No postmortem counted records whether a contingency item of an operability "
            "review foresaw its incident."));
    else
        section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
            "%1 of the incidents marked either foreseen or not foreseen had been foreseen by a "
            "contingency item (%2 of %3); those linked to related items only are not in this share.")
                              .arg(percent(*share))
                              .arg(s.foreseen())
                              .arg(s.foreseen() + s.notForeseen));
    section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
        "Each incident once, by what its postmortem records; the shares are of all %n incidents counted.",
        nullptr, in.figures.incidents));
    section.table(tableOf(InsightTableModel::Table::Foresight, in, {56, 22, 22}));
    if (!s.cells.isEmpty()) {
        section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
            "How the contingency items that happened had been rated: the cells of the likelihood × impact "
            "matrix with an incident."));
        section.table(tableOf(InsightTableModel::Table::ForesightMatrix, in, {26, 26, 16, 16, 16}));
    }
    report->sections.append(section);
}

void addRecurringRemediation(const Input &in, Report *report)
{
    ReportSection section {
        QCoreApplication::translate("Inflection::LearningReport", "Remediation ideas that recur"), {}};
    if (in.figures.recurringRemediation.isEmpty()) {
        section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
            "No remediation idea recurs in two or more of the postmortems counted."));
        report->sections.append(section);
        return;
    }
    section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
        "Items of different postmortems that say the same thing in other words, with the wording most of "
        "them share."));
    section.table(tableOf(InsightTableModel::Table::RecurringRemediation, in, {55, 15, 15, 15}));
    report->sections.append(section);
}

void addNewTechnology(const Input &in, Report *report)
{
    ReportSection section {
        QCoreApplication::translate("Inflection::LearningReport", "New technology and the incidents since"),
        {}};
    if (in.figures.newTechnology.isEmpty()) {
        section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
            "No architecture review brought in a technology the workspace does not know."));
        report->sections.append(section);
        return;
    }
    section.paragraph(QCoreApplication::translate("Inflection::LearningReport",
        "Departures not among the known technologies, with the incidents of their review's system that "
        "began after the review, and those linked to them."));
    section.table(tableOf(InsightTableModel::Table::NewTechnology, in, {24, 18, 16, 14, 14, 14}));
    report->sections.append(section);
}

using AddSection = void (*)(const Input &, Report *);
const AddSection sections[] = {&addMonths, &addDurations, &addCategories, &addFollowThrough, &addOwners,
    &addForesight, &addRecurringRemediation, &addNewTechnology};

} // namespace

QString LearningReport::periodText(const InsightsFilter &filter)
{
    const QDate &from = filter.from;
    const QDate &to = filter.to;
    if (!from.isValid() && !to.isValid())
        return QCoreApplication::translate("Inflection::LearningReport", "All time");
    if (!to.isValid())
        return QCoreApplication::translate("Inflection::LearningReport", "From %1")
            .arg(DateTimeFormat::date(from));
    if (!from.isValid())
        return QCoreApplication::translate("Inflection::LearningReport", "Up to %1")
            .arg(DateTimeFormat::date(to));
    const QString days = QCoreApplication::translate("Inflection::LearningReport", "%1 – %2")
                             .arg(DateTimeFormat::date(from), DateTimeFormat::date(to));
    const bool quarterStart = from.day() == 1 && (from.month() - 1) % 3 == 0;
    if (quarterStart && to == from.addMonths(3).addDays(-1))
        return QCoreApplication::translate(
            "Inflection::LearningReport", "Q%1 %2 (%3)", "a quarter of a year, then its days")
            .arg((from.month() - 1) / 3 + 1)
            .arg(from.year())
            .arg(days);
    if (from.day() == 1 && from.month() == 1 && to == QDate(from.year(), 12, 31))
        return QCoreApplication::translate("Inflection::LearningReport", "%1 (%2)", "a year, then its days")
            .arg(from.year())
            .arg(days);
    return days;
}

Report LearningReport::build(
    const InsightFigures &figures, const WorkspaceConfig &config, const Source &source)
{
    const InsightsFilter &filter = figures.filter;
    Report report;
    report.title = QCoreApplication::translate("Inflection::LearningReport", "Learning report");
    report.subtitle = periodText(filter);

    // What the figures are of: the filters by name, "any" where none is set.
    const QString any = QCoreApplication::translate("Inflection::LearningReport", "Any");
    ReportSection header {
        QCoreApplication::translate("Inflection::LearningReport", "What this report counts"), {}};
    header.paragraph(QCoreApplication::translate("Inflection::LearningReport",
        "What the workspace's postmortems add up to. A postmortem counts in the period "
        "its incident began in."));
    const QDateTime printedAt
        = source.printedAt.isValid() ? source.printedAt : QDateTime::currentDateTimeUtc();
    header.fields({
        {QCoreApplication::translate("Inflection::LearningReport", "Workspace"),
            ReportFormat::orNone(DisplayText::breakable(DisplayText::line(source.workspaceName, 300)))},
        {QCoreApplication::translate("Inflection::LearningReport", "Period"), periodText(filter)},
        {QCoreApplication::translate("Inflection::LearningReport", "System"),
            filter.system.trimmed().isEmpty() ? any : DisplayText::line(filter.system.trimmed(), 300)},
        {QCoreApplication::translate("Inflection::LearningReport", "Tag"),
            filter.tag.trimmed().isEmpty() ? any : DisplayText::line(filter.tag.trimmed(), 300)},
        {QCoreApplication::translate("Inflection::LearningReport", "Severity"),
            filter.severity.isEmpty() ? any : severityName(config, filter.severity)},
        {QCoreApplication::translate("Inflection::LearningReport", "Postmortems counted"),
            QLocale().toString(figures.incidents)},
        {QCoreApplication::translate("Inflection::LearningReport", "Printed"),
            QCoreApplication::translate("Inflection::LearningReport", "by %1 on %2 (times in %3)")
                .arg(ReportFormat::orNone(source.printedBy), ReportFormat::time(printedAt, config.timeZone),
                    QString::fromUtf8(config.timeZone.id()))},
    });
    report.sections.append(header);

    const Input in {figures, config};
    for (const AddSection add : sections)
        add(in, &report);
    return report;
}

Result<Report> LearningReport::build(Workspace *workspace, const InsightsFilter &filter, const QDate &today)
{
    const Result<InsightFigures> figures = Insights::of(workspace, filter, today);
    if (!figures)
        return Result<Report>::errorOf(figures);
    const Result<WorkspaceConfig> config = WorkspaceSettings(workspace).read();
    if (!config)
        return Result<Report>::errorOf(config);
    return build(*figures, *config, {QFileInfo(workspace->path()).fileName(), workspace->author(), {}});
}

} // namespace Inflection
