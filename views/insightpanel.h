// One figure of the Insights page: its title, a chart, and the same figures as a table (for reading with
// a screen reader or copying numbers) behind a "Show as table" toggle.
#pragma once

#include <QWidget>

class QCheckBox;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Inflection {

class InsightTableModel;

class InsightPanel : public QWidget
{
    Q_OBJECT
public:
    // Without a chart the panel is its table only.
    InsightPanel(const QString &title, InsightTableModel *model, bool withChart, QWidget *parent = nullptr);
    // A figure that is not a chart (the foresight matrix) in the chart's place; the panel takes it.
    InsightPanel(const QString &title, InsightTableModel *model, QWidget *figure, QWidget *parent = nullptr);

    InsightTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    // Null for a panel without a chart.
    QChartView *chartView() const { return m_chartView; }
    // The chart view or the figure given; null for a panel that is its table only.
    QWidget *figure() const { return m_figure; }
    QCheckBox *tableToggle() const { return m_toggle; }
    // The chart shown now; the panel owns it, and deletes the one it replaces.
    void setChart(QChart *chart);
    QChart *chart() const;
    bool showsTable() const;

Q_SIGNALS:
    // A row of the table was activated (Enter, double click).
    void rowActivated(int row);

private:
    InsightPanel(
        const QString &title, InsightTableModel *model, QWidget *figure, bool chart, QWidget *parent);
    void fitTable();

    InsightTableModel *m_model;
    QLabel *m_title;
    QCheckBox *m_toggle = nullptr;
    QStackedWidget *m_stack;
    QChartView *m_chartView = nullptr;
    QWidget *m_figure = nullptr;
    QTableView *m_table;
};

} // namespace Inflection
