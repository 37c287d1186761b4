// A chart of the Insights page with its table.
#include "insightpanel.h"

#include "workspace/insighttablemodel.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Inflection {

InsightPanel::InsightPanel(const QString &title, InsightTableModel *model, bool withChart, QWidget *parent)
    : InsightPanel(title, model, nullptr, withChart, parent)
{ }

InsightPanel::InsightPanel(const QString &title, InsightTableModel *model, QWidget *figure, QWidget *parent)
    : InsightPanel(title, model, figure, false, parent)
{ }

InsightPanel::InsightPanel(
    const QString &title, InsightTableModel *model, QWidget *figure, bool chart, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(title, this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
{
    model->setParent(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_table->setModel(model);
    m_table->setAccessibleName(title);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT rowActivated(index.row()); });
    connect(model, &QAbstractItemModel::modelReset, this, &InsightPanel::fitTable);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    if (chart) {
        m_chartView = new QChartView(this);
        m_chartView->setRenderHint(QPainter::Antialiasing);
        m_chartView->setAccessibleName(tr("%1 (chart)").arg(title));
        m_chartView->setMinimumHeight(210);
        m_figure = m_chartView;
    } else if (figure) {
        figure->setParent(this);
        m_figure = figure;
    }
    if (m_figure) {
        m_stack->addWidget(m_figure);
        m_toggle = new QCheckBox(tr("Show as table"), this);
        m_toggle->setAccessibleDescription(tr("Shows the figures of “%1” as a table").arg(title));
        connect(m_toggle, &QCheckBox::toggled, this, [this](bool table) {
            m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_figure);
        });
        header->addWidget(m_toggle);
    }
    m_stack->addWidget(m_table);
    m_stack->setCurrentIndex(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    fitTable();
}

void InsightPanel::setChart(QChart *chart)
{
    if (!m_chartView)
        return;
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

QChart *InsightPanel::chart() const
{
    return m_chartView ? m_chartView->chart() : nullptr;
}

bool InsightPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void InsightPanel::fitTable()
{
    // Numbers beside their names: the name takes what is left, the figures fit their content.
    m_table->resizeColumnsToContents();
    if (m_model->columnCount() > 0)
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace Inflection
