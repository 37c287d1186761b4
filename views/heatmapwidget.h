// The likelihood × impact heatmap beside a contingency grid: counts per cell, click or keys to filter.
#pragma once

#include "report/heatmaprenderer.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QPainter;

namespace Inflection {

class HeatmapWidget : public QWidget
{
    Q_OBJECT
public:
    using Cell = HeatmapRenderer::Cell;

    explicit HeatmapWidget(QWidget *parent = nullptr);

    // Counts the rows of model (through its likelihood and impact roles) and follows its changes.
    void setModel(QAbstractItemModel *model, int likelihoodRole, int impactRole, int labelRole);
    void setMatrix(const RiskMatrix &matrix);
    // Each row counts as the number its countRole gives, rather than as one (a row that is a cell).
    void setCountRole(int countRole);
    // How a cell's count is spoken ("%n item(s)" unless set).
    void setCountDescription(std::function<QString(int)> describe);
    // Activating: a click, Space or Enter on a cell emits cellActivated instead of filtering to it, and
    // the cells' risk levels are not changed here (a figure, not the contingency grid's filter).
    void setActivatesCells(bool activates);
    const RiskMatrix &matrix() const { return m_renderer.matrix(); }

    std::optional<Cell> selectedCell() const { return m_selected; }
    // Selects (filters to) a cell, or clears with nullopt; emits selectionChanged when it changes.
    void setSelectedCell(std::optional<Cell> cell);
    std::optional<Cell> focusCell() const { return m_focus; }
    int count(int likelihood, int impact) const;
    // The incidents overlay: each item's count of incidents through role (0: none), and whether the cells
    // whose items had incidents are marked with their count.
    void setIncidentRole(int role);
    void setIncidentsShown(bool shown);
    bool incidentsShown() const { return m_incidentsShown; }
    int incidentCount(int likelihood, int impact) const;
    // The labels (issues) of the items in a cell, for the tooltip.
    QStringList labels(const Cell &cell) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(std::optional<Inflection::HeatmapRenderer::Cell> cell);
    // The user asked (context menu) for another risk level for a cell.
    void riskLevelChangeRequested(int likelihood, int impact, Inflection::RiskLevel level);
    // An activating heatmap's cell was clicked, or chosen with Space or Enter.
    void cellActivated(Inflection::HeatmapRenderer::Cell cell);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Model changes mark the counts stale; they are counted once, when next needed.
    void invalidateCounts();
    void ensureCounted() const;
    void toggle(const Cell &cell);
    void paintIncidents(QPainter *painter) const;
    void updateAccessibleText();
    QString describe(const Cell &cell) const;

    mutable HeatmapRenderer m_renderer;
    mutable bool m_countsStale = true;
    mutable HeatmapRenderer::Counts m_incidents {}; // per cell, as the counts are
    int m_incidentRole = 0;
    bool m_incidentsShown = false;
    QPointer<QAbstractItemModel> m_model;
    int m_likelihoodRole = 0;
    int m_impactRole = 0;
    int m_labelRole = Qt::DisplayRole;
    int m_countRole = 0;
    bool m_activates = false;
    std::function<QString(int)> m_countDescription;
    std::optional<Cell> m_selected;
    std::optional<Cell> m_focus;
};

} // namespace Inflection
