// Draws the likelihood × impact heatmap with QPainter: for the window and for printed reports.
#pragma once

#include "../domain/riskmatrix.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <array>
#include <optional>

class QAbstractItemModel;
class QPainter;

namespace Inflection {

class HeatmapRenderer
{
public:
    struct Cell
    {
        int likelihood = 0; // 1–5
        int impact = 0; // 1–5
        bool operator==(const Cell &o) const { return likelihood == o.likelihood && impact == o.impact; }
        bool operator!=(const Cell &o) const { return !(*this == o); }
    };

    struct Style
    {
        QColor text = Qt::black;
        QColor grid = QColor(0x60, 0x60, 0x60);
        QColor highlight = QColor(0x30, 0x60, 0xc0);
        QFont font;
    };

    using Counts = std::array<int, 25>;

    // How many rows of model fall in each cell, read through LikelihoodRole and ImpactRole.
    static Counts count(const QAbstractItemModel *model, int likelihoodRole, int impactRole);
    static int &at(Counts &counts, int likelihood, int impact)
    {
        return counts[(likelihood - 1) * 5 + impact - 1];
    }
    static int at(const Counts &counts, int likelihood, int impact)
    {
        return counts[(likelihood - 1) * 5 + impact - 1];
    }

    void setMatrix(const RiskMatrix &matrix) { m_matrix = matrix; }
    const RiskMatrix &matrix() const { return m_matrix; }
    void setCounts(const Counts &counts) { m_counts = counts; }
    const Counts &counts() const { return m_counts; }
    void setSelected(std::optional<Cell> cell) { m_selected = cell; }
    void setFocus(std::optional<Cell> cell) { m_focus = cell; }

    // The grid inside bounds, leaving room for the axis titles and labels.
    QRectF gridRect(const QRectF &bounds, const QFont &font) const;
    // The least room in which every label shows whole (impact labels at the smallest size they take).
    static QSizeF minimumSize(const QFont &font);
    QRectF cellRect(const QRectF &bounds, const QFont &font, const Cell &cell) const;
    std::optional<Cell> cellAt(const QRectF &bounds, const QFont &font, const QPointF &point) const;

    void paint(QPainter *painter, const QRectF &bounds, const Style &style) const;
    // For documents: a light image at the given size in pixels.
    QImage toImage(const QSize &size, const QFont &font) const;

private:
    RiskMatrix m_matrix;
    Counts m_counts {};
    std::optional<Cell> m_selected;
    std::optional<Cell> m_focus;
};

} // namespace Inflection
