// The Insights page: filters, charts built from the figures' tables, and the way to the postmortems.
#include "insightspage.h"

#include "domain/datetimeformat.h"

#include "domain/displaytext.h"
#include "heatmapwidget.h"
#include "insightpanel.h"
#include "report/learningreport.h"
#include "workspace/insights.h"
#include "workspace/insighttablemodel.h"
#include "workspace/workspacesession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Charts follow the palette: the dark theme on a dark palette, and the window's own background and text.
void applyPalette(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
    chart->setMargins(QMargins(4, 10, 4, 4)); // room for the top label of the axis
    chart->layout()->setContentsMargins(0, 0, 0, 0);
}

// An axis of whole numbers from 0 to at least max, with at most 6 ticks.
QValueAxis *countAxis(int max)
{
    auto *axis = new QValueAxis;
    const int top = std::max(1, max);
    const int step = std::max(1, int(std::ceil(top / 5.0)));
    const int ticks = int(std::ceil(double(top) / step)) + 1;
    axis->setRange(0, step * (ticks - 1));
    axis->setTickCount(ticks);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

// An axis of durations (seconds) labelled as durations read ("15 min", "2 h 00 min").
QCategoryAxis *durationAxis(qint64 max)
{
    static const qint64 steps[] = {60, 5 * 60, 10 * 60, 15 * 60, 30 * 60, 3600, 2 * 3600, 3 * 3600, 6 * 3600,
        12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 30 * 86400};
    qint64 step = steps[std::size(steps) - 1];
    for (const qint64 s : steps) {
        if (max <= 5 * s) {
            step = s;
            break;
        }
    }
    const qint64 top = std::max<qint64>(step, (max + step - 1) / step * step);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, double(top));
    axis->append(formatDuration(0), 0);
    for (qint64 v = step; v <= top; v += step)
        axis->append(formatDuration(v), double(v));
    return axis;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

InsightsPage::InsightsPage(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_system(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_reviewsMenu(new QMenu(this))
    , m_printButton(new QPushButton(tr("Pri&nt…"), this))
    , m_exportPdfButton(new QPushButton(tr("Export P&DF…"), this))
    , m_exportMarkdownButton(new QPushButton(tr("Export &Markdown…"), this))
{
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Last 90 days"), Last90Days);
    m_period->addItem(tr("This quarter"), ThisQuarter);
    m_period->addItem(tr("Last quarter"), LastQuarter);
    m_period->addItem(tr("Last year"), LastYear);
    m_period->addItem(tr("From … to …"), Custom);
    m_period->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateTimeFormat::datePattern(QLocale())); // as every date of the app
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &InsightsPage::recompute);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_system->setAccessibleName(tr("System"));
    m_tag->setAccessibleName(tr("Tag"));
    m_severity->setAccessibleName(tr("Severity"));
    connect(m_period, &QComboBox::currentIndexChanged, this, &InsightsPage::updatePeriod);
    for (QComboBox *combo : {m_system, m_tag, m_severity}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &InsightsPage::recompute);
    }

    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&Period:"), m_period);
    filters->addWidget(m_from);
    m_periodDash = new QLabel(u"–"_s, this);
    filters->addWidget(m_periodDash);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    labelled(tr("S&ystem:"), m_system);
    labelled(tr("T&ag:"), m_tag);
    labelled(tr("Seve&rity:"), m_severity);
    filters->addStretch(1);
    // The learning report of what is shown, for a quarterly review.
    m_printButton->setToolTip(tr("Print the learning report of the period and filters chosen"));
    m_exportPdfButton->setToolTip(tr("Save the learning report of the period and filters chosen as a PDF"));
    m_exportMarkdownButton->setToolTip(
        tr("Save the learning report of the period and filters chosen as Markdown, for a wiki"));
    connect(m_printButton, &QPushButton::clicked, this, &InsightsPage::printRequested);
    connect(m_exportPdfButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(u"pdf"_s); });
    connect(m_exportMarkdownButton, &QPushButton::clicked, this,
        [this] { Q_EMIT exportRequested(u"markdown"_s); });
    for (QPushButton *button : {m_printButton, m_exportPdfButton, m_exportMarkdownButton}) {
        button->setAutoDefault(false);
        filters->addWidget(button);
    }

    m_months = new InsightPanel(tr("Incidents by month and severity"),
        new InsightTableModel(InsightTableModel::Table::Months), true, this);
    m_durations = new InsightPanel(tr("Time to detect, mitigate and resolve"),
        new InsightTableModel(InsightTableModel::Table::Durations), true, this);
    m_categories = new InsightPanel(tr("Contributing factors by category"),
        new InsightTableModel(InsightTableModel::Table::Categories), true, this);
    m_followThrough = new InsightPanel(tr("Follow-through of remediation items"),
        new InsightTableModel(InsightTableModel::Table::FollowThrough), true, this);
    m_owners = new InsightPanel(tr("Open and overdue items by owner"),
        new InsightTableModel(InsightTableModel::Table::Owners), false, this);
    m_foresight = new InsightPanel(tr("Were the incidents foreseen?"),
        new InsightTableModel(InsightTableModel::Table::Foresight), true, this);
    m_matrix = new HeatmapWidget;
    m_matrix->setAccessibleName(tr("How the items that happened had been rated"));
    m_matrix->setActivatesCells(true);
    m_matrix->setCountDescription([](int n) { return tr("%n incident(s)", nullptr, n); });
    m_foresightMatrix = new InsightPanel(tr("How the foreseen items had been rated"),
        new InsightTableModel(InsightTableModel::Table::ForesightMatrix), m_matrix, this);
    m_matrix->setModel(m_foresightMatrix->model(), InsightTableModel::LikelihoodRole,
        InsightTableModel::ImpactRole, InsightTableModel::LabelsRole);
    m_matrix->setCountRole(InsightTableModel::CellCountRole);
    m_matrix->setToolTip(tr("Incidents linked to contingency items as foreseen, by how the items had been "
                            "rated. Click a cell to open its postmortems."));
    connect(m_matrix, &HeatmapWidget::cellActivated, this, [this](HeatmapRenderer::Cell cell) {
        const InsightTableModel *model = m_foresightMatrix->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(InsightTableModel::LikelihoodRole).toInt() == cell.likelihood
                && index.data(InsightTableModel::ImpactRole).toInt() == cell.impact) {
                const QRectF r = HeatmapRenderer().cellRect(QRectF(m_matrix->rect()), m_matrix->font(), cell);
                openReviews(
                    reviewsOfRow(m_foresightMatrix, row), m_matrix->mapToGlobal(r.center().toPoint()));
                return;
            }
        }
    });
    m_recurring = new InsightPanel(tr("Remediation ideas that recur"),
        new InsightTableModel(InsightTableModel::Table::RecurringRemediation), true, this);
    m_newTechnology = new InsightPanel(tr("New technology and the incidents since"),
        new InsightTableModel(InsightTableModel::Table::NewTechnology), true, this);
    connect(m_months, &InsightPanel::rowActivated, this,
        [this](int row) { openReviews(reviewsOfMonth(row), rowPosition(m_months, row)); });
    // A category, a count of follow-through or an owner: the postmortems behind it.
    for (InsightPanel *panel : {m_categories, m_followThrough, m_owners, m_foresight, m_foresightMatrix,
             m_recurring, m_newTechnology})
        connect(panel, &InsightPanel::rowActivated, this,
            [this, panel](int row) { openReviews(reviewsOfRow(panel, row), rowPosition(panel, row)); });

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_months, 0, 0, 1, 2);
    grid->addWidget(m_durations, 1, 0);
    grid->addWidget(m_categories, 1, 1);
    grid->addWidget(m_followThrough, 2, 0);
    grid->addWidget(m_owners, 2, 1);
    grid->addWidget(m_foresight, 3, 0);
    grid->addWidget(m_foresightMatrix, 3, 1);
    grid->addWidget(m_recurring, 4, 0, 1, 2);
    grid->addWidget(m_newTechnology, 5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(16);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"insightsSummary"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    setToday(QDate());
    updatePeriod();
    setSession(nullptr);
}

void InsightsPage::setToday(const QDate &today)
{
    m_today = today;
    const QDate day = today.isValid() ? today : QDate::currentDate();
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    if (m_period->currentData().toInt() != Custom) {
        m_from->setDate(day.addYears(-1));
        m_to->setDate(day);
    }
}

void InsightsPage::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &WorkspaceSession::changedExternally, this, [this] {
            if (isVisible())
                refresh();
        });
    // Shown, the page reads the workspace (showEvent); a hidden one waits until it is: reading and
    // computing twice made the page take twice as long to appear.
    if (isVisible() || !m_session)
        refresh();
}

void InsightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void InsightsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildCharts();
}

void InsightsPage::refresh()
{
    m_data = {};
    m_levels = defaultSeverityLevels();
    m_categoryNames = defaultFactorCategories();
    if (m_session) {
        const Result<InsightsData> read = m_session->insightsData();
        if (!read)
            Q_EMIT problem(read.message());
        else
            m_data = *read;
        if (const Result<WorkspaceConfig> config = m_session->config(); config) {
            m_levels = config->severityLevels;
            m_categoryNames = config->factorCategories;
            m_matrix->setMatrix(config->riskMatrix);
            m_foresightMatrix->model()->setRiskMatrix(config->riskMatrix);
        }
    }
    updateFilterChoices();
    recompute();
}

void InsightsPage::updateFilterChoices()
{
    // The systems and tags the postmortems name, sorted, each once whatever its case; what was chosen
    // stays chosen.
    const auto fill
        = [](QComboBox *combo, const QString &any, const QList<std::pair<QString, QString>> &items) {
              const QString chosen = combo->currentData().toString();
              const QSignalBlocker blocker(combo);
              combo->clear();
              combo->addItem(any, QString());
              for (const auto &[key, name] : items)
                  combo->addItem(name, key);
              const int i = combo->findData(chosen);
              combo->setCurrentIndex(std::max(0, i));
          };
    const auto items = [](const QStringList &names) {
        QList<std::pair<QString, QString>> list;
        for (const QString &name : names)
            list.append({name, name});
        return list;
    };
    fill(m_system, tr("Any system"), items(m_data.systems()));
    fill(m_tag, tr("Any tag"), items(m_data.tags()));
    QList<std::pair<QString, QString>> levels;
    for (const SeverityLevel &level : std::as_const(m_levels))
        levels.append({level.key, level.name});
    fill(m_severity, tr("Any severity"), levels);
}

void InsightsPage::updatePeriod()
{
    const auto period = Period(m_period->currentData().toInt());
    const QDate day = m_today.isValid() ? m_today : QDate::currentDate();
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        if (period == Last90Days) {
            m_from->setDate(day.addDays(-89));
            m_to->setDate(day);
        } else if (period == LastYear) {
            m_from->setDate(day.addYears(-1).addDays(1));
            m_to->setDate(day);
        } else if (period == ThisQuarter || period == LastQuarter) {
            const QDate quarter = QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1)
                                      .addMonths(period == LastQuarter ? -3 : 0);
            m_from->setDate(quarter);
            m_to->setDate(period == LastQuarter ? quarter.addMonths(3).addDays(-1) : day);
        }
    }
    // The dates a preset stands for are shown (greyed); all time has none.
    m_from->setEnabled(period == Custom);
    m_to->setEnabled(period == Custom);
    m_from->setVisible(period != AllTime);
    m_to->setVisible(period != AllTime);
    m_periodDash->setVisible(period != AllTime);
    recompute();
}

InsightsFilter InsightsPage::filter() const
{
    InsightsFilter f;
    if (m_period->currentData().toInt() != AllTime) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.system = m_system->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.severity = m_severity->currentData().toString();
    return f;
}

void InsightsPage::recompute()
{
    const QDate day = m_today.isValid() ? m_today : QDate::currentDate();
    m_figures = Insights::compute(m_data, filter(), m_categoryNames, day);
    for (InsightPanel *panel : {m_months, m_durations, m_categories, m_followThrough, m_owners, m_foresight,
             m_foresightMatrix, m_recurring, m_newTechnology})
        panel->model()->setFigures(m_figures, m_levels);
    if (!m_session)
        m_summary->setText(tr("No workspace is open."));
    else if (m_data.incidents.isEmpty())
        m_summary->setText(tr("No postmortem yet: Insights add up what postmortems record."));
    else if (m_figures.incidents == 0)
        m_summary->setText(tr("No postmortem in this period matches the filters: widen the period or "
                              "clear a filter."));
    else
        m_summary->setText(tr("Postmortems counted: %1").arg(QLocale().toString(m_figures.incidents)));
    rebuildCharts();
}

void InsightsPage::rebuildCharts()
{
    const QPalette palette = this->palette();
    const auto values = [](const InsightTableModel *model, int column) {
        QList<qreal> list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, column).data(InsightTableModel::ValueRole).toDouble());
        return list;
    };
    const auto names = [](const InsightTableModel *model) {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, 0).data().toString());
        return list;
    };

    // A chart with nothing to draw says so, rather than axes around nothing; with no postmortem counted,
    // every chart of the postmortems' figures is such a chart.
    const auto sayNone = [this, &palette](InsightPanel *panel) {
        QChart *chart = newChart();
        chart->legend()->hide();
        chart->setTitle(tr("None for these filters"));
        applyPalette(chart, palette);
        panel->setChart(chart);
    };
    const bool none = m_figures.incidents == 0;

    // Incidents by month: a bar per month, stacked by severity.
    if (none) {
        sayNone(m_months);
    } else {
        const InsightTableModel *model = m_months->model();
        QChart *chart = newChart();
        auto *series = new QStackedBarSeries;
        const QStringList keys = model->severityKeys();
        QList<std::pair<QBarSet *, int>> levels; // each set with its level's place: its colour
        for (int i = 0; i < keys.size(); ++i) {
            const int column = 2 + i;
            const QList<qreal> counts = values(model, column);
            if (std::all_of(counts.cbegin(), counts.cend(), [](qreal v) { return v == 0; }))
                continue; // a level no incident has: no empty entry in the legend
            auto *set = new QBarSet(model->headerData(column, Qt::Horizontal).toString());
            set->append(counts);
            // A segment: the month's incidents of that level.
            connect(set, &QBarSet::clicked, this, [this, key = keys.at(i)](int index) {
                openReviews(reviewsOfMonth(index, key), QCursor::pos());
            });
            series->append(set);
            levels.append({set, i});
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(names(model));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        const QList<qreal> totals = values(model, 1);
        auto *y = countAxis(int(totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend())));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        applyPalette(chart, palette);
        // A level keeps its colour whatever the filters leave, as on paper (after the theme, which sets
        // its own).
        for (const auto &[set, i] : std::as_const(levels)) {
            set->setColor(InsightTableModel::severityColour(i));
            set->setBorderColor(palette.color(QPalette::Base));
        }
        m_months->setChart(chart);
    }

    // Durations: median and 90th percentile of each measure, on an axis of durations.
    if (none) {
        sayNone(m_durations);
    } else {
        const InsightTableModel *model = m_durations->model();
        QChart *chart = newChart();
        auto *series = new QBarSeries;
        qint64 max = 0;
        for (const int column : {2, 3}) {
            auto *set = new QBarSet(model->headerData(column, Qt::Horizontal).toString());
            const QList<qreal> seconds = values(model, column);
            set->append(seconds);
            for (const qreal s : seconds)
                max = std::max(max, qint64(s));
            series->append(set);
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(names(model));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = durationAxis(max);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        applyPalette(chart, palette);
        m_durations->setChart(chart);
    }

    // Categories and follow-through: horizontal bars, the first row on top.
    const auto horizontal = [&](InsightPanel *panel, int rows, qreal max, bool clickable, int column = 1) {
        if (rows == 0) {
            sayNone(panel);
            return;
        }
        const InsightTableModel *model = panel->model();
        QChart *chart = newChart();
        chart->legend()->hide();
        auto *series = new QHorizontalBarSeries;
        // A bar as thick as in a chart of four, however few: one bar does not fill the panel.
        series->setBarWidth(0.8 * std::min(1.0, rows / 4.0));
        auto *set = new QBarSet(model->headerData(column, Qt::Horizontal).toString());
        QStringList categories;
        for (int row = rows - 1; row >= 0; --row) {
            set->append(model->index(row, column).data(InsightTableModel::ValueRole).toDouble());
            categories.append(DisplayText::line(model->index(row, 0).data().toString(), 40));
        }
        if (clickable)
            connect(set, &QBarSet::clicked, this, [this, panel, rows](int index) {
                openReviews(reviewsOfRow(panel, rows - 1 - index), QCursor::pos());
            });
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(u"@value"_s);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        auto *x = countAxis(int(max));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        applyPalette(chart, palette);
        set->setLabelColor(palette.color(QPalette::HighlightedText));
        panel->setChart(chart);
        // A row a line of text at least, however many rows: Qt Charts elides a label to "…" as soon as its
        // row is lower than the label, and nine categories in the smallest chart made them that low.
        panel->chartView()->setMinimumHeight(std::max(210, 90 + rows * (fontMetrics().height() + 6)));
    };
    {
        const QList<qreal> counts = values(m_categories->model(), 1);
        horizontal(m_categories, m_categories->model()->rowCount(),
            counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend()), true);
    }
    // Done within 30 and 60 days and at all, open and overdue, out of all items (the table's last row).
    horizontal(m_followThrough, none ? 0 : std::max(0, m_followThrough->model()->rowCount() - 1),
        m_figures.followThrough.items, true);
    // Foresight: each incident in one row; the matrix paints itself from its table.
    {
        const QList<qreal> counts = values(m_foresight->model(), 1);
        horizontal(m_foresight, none ? 0 : m_foresight->model()->rowCount(),
            counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend()), true);
    }
    // The ideas that recur most, and the new technologies with the most incidents (their tables have all).
    constexpr int chartRows = 8;
    for (const auto &[panel, column] : {std::pair {m_recurring, 1}, std::pair {m_newTechnology, 3}}) {
        const QList<qreal> counts = values(panel->model(), column);
        horizontal(panel, std::min(chartRows, panel->model()->rowCount()),
            counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend()), true, column);
    }
}

Report InsightsPage::report() const
{
    WorkspaceConfig config;
    config.severityLevels = m_levels;
    config.factorCategories = m_categoryNames;
    QString workspace;
    if (m_session) {
        if (const Result<WorkspaceConfig> stored = m_session->config(); stored)
            config = *stored;
        workspace = QFileInfo(m_session->path()).fileName();
    }
    return LearningReport::build(m_figures, config, {workspace, WorkspaceSession::authorName(), {}});
}

QString InsightsPage::reportFileName() const
{
    const InsightsFilter f = filter();
    QString name = tr("Learning report");
    if (f.from.isValid() && f.to.isValid())
        name = tr("Learning report %1 – %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    return name;
}

QStringList InsightsPage::reviewsOfMonth(int row, const QString &severity) const
{
    const QModelIndex index = m_months->model()->index(row, 0);
    const QDate month = index.data(InsightTableModel::MonthRole).toDate();
    if (!month.isValid())
        return {};
    InsightsFilter f = filter();
    const QDate last = month.addMonths(1).addDays(-1);
    f.from = f.from.isValid() ? std::max(f.from, month) : month;
    f.to = f.to.isValid() ? std::min(f.to, last) : last;
    if (!severity.isEmpty())
        f.severity = severity;
    const QDate day = m_today.isValid() ? m_today : QDate::currentDate();
    return Insights::compute(m_data, f, m_categoryNames, day).reviews;
}

QStringList InsightsPage::reviewsOfCategory(int row) const
{
    return reviewsOfRow(m_categories, row);
}

QStringList InsightsPage::reviewsOfRow(InsightPanel *panel, int row) const
{
    return panel->model()->index(row, 0).data(InsightTableModel::ReviewsRole).toStringList();
}

QPoint InsightsPage::rowPosition(InsightPanel *panel, int row) const
{
    QTableView *view = panel->tableView();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    return view->viewport()->mapToGlobal(rect.bottomLeft());
}

void InsightsPage::openReviews(const QStringList &uuids, const QPoint &where)
{
    if (uuids.isEmpty())
        return;
    if (uuids.size() == 1) {
        Q_EMIT openRequested(uuids.constFirst());
        return;
    }
    // Several: a list to choose from (arrows and Enter, or a click), newest first.
    m_reviewsMenu->clear();
    const QLocale locale;
    for (auto it = uuids.crbegin(); it != uuids.crend(); ++it) {
        const QString uuid = *it;
        const auto incident = std::find_if(m_data.incidents.cbegin(), m_data.incidents.cend(),
            [&uuid](const InsightIncident &i) { return i.uuid == uuid; });
        QString text = tr("Untitled postmortem");
        if (incident != m_data.incidents.cend()) {
            const QString title = DisplayText::line(incident->title, 80);
            const QString when = DateTimeFormat::date(incident->when.date(), locale); // as everywhere
            text = title.isEmpty() ? when : tr("%1 (%2)").arg(title, when);
        }
        QAction *action = m_reviewsMenu->addAction(text.replace(u'&', u"&&"_s));
        connect(action, &QAction::triggered, this, [this, uuid] { Q_EMIT openRequested(uuid); });
    }
    m_reviewsMenu->popup(where);
    if (!m_reviewsMenu->actions().isEmpty())
        m_reviewsMenu->setActiveAction(m_reviewsMenu->actions().constFirst());
}

} // namespace Inflection
