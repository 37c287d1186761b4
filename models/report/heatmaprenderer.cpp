// Heatmap layout and painting: likelihood rising upwards, impact rising to the right.
#include "heatmaprenderer.h"

#include "../domain/contingencyitem.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace Inflection {

namespace {

// Impact labels wider than a cell get a smaller font, down to this share, before they are shortened.
constexpr qreal smallestLabelFactor = 0.7;

struct Margins
{
    qreal left;
    qreal bottom;
    qreal top;
};

Margins marginsFor(const QFont &font)
{
    const QFontMetricsF metrics(font);
    qreal label = 0;
    for (int level = 1; level <= 5; ++level)
        label = qMax(label, metrics.horizontalAdvance(likelihoodLabel(level)));
    // Axis title (rotated) + labels on the left; labels and title under the grid.
    return {metrics.height() * 1.6 + label + 8, metrics.height() * 2.6 + 6, 4};
}

} // namespace

HeatmapRenderer::Counts HeatmapRenderer::count(
    const QAbstractItemModel *model, int likelihoodRole, int impactRole)
{
    Counts counts {};
    if (!model)
        return counts;
    for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        const int likelihood = index.data(likelihoodRole).toInt();
        const int impact = index.data(impactRole).toInt();
        if (likelihood >= 1 && likelihood <= 5 && impact >= 1 && impact <= 5)
            ++at(counts, likelihood, impact);
    }
    return counts;
}

QRectF HeatmapRenderer::gridRect(const QRectF &bounds, const QFont &font) const
{
    const Margins m = marginsFor(font);
    QRectF grid = bounds.adjusted(m.left, m.top, -4, -m.bottom);
    // Square cells, as large as fit.
    const qreal side = qMax<qreal>(0, qMin(grid.width(), grid.height()));
    return QRectF(grid.left(), grid.top(), side, side);
}

QSizeF HeatmapRenderer::minimumSize(const QFont &font)
{
    const Margins m = marginsFor(font);
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (int level = 1; level <= 5; ++level)
        widest = qMax(widest, metrics.horizontalAdvance(impactLabel(level)));
    const qreal side = 5 * (widest * smallestLabelFactor + 10); // a smaller font is not quite proportional
    return {m.left + side + 4, m.top + side + m.bottom};
}

QRectF HeatmapRenderer::cellRect(const QRectF &bounds, const QFont &font, const Cell &cell) const
{
    const QRectF grid = gridRect(bounds, font);
    const qreal side = grid.width() / 5;
    return QRectF(
        grid.left() + (cell.impact - 1) * side, grid.top() + (5 - cell.likelihood) * side, side, side);
}

std::optional<HeatmapRenderer::Cell> HeatmapRenderer::cellAt(
    const QRectF &bounds, const QFont &font, const QPointF &point) const
{
    const QRectF grid = gridRect(bounds, font);
    if (!grid.contains(point) || grid.width() <= 0)
        return std::nullopt;
    const qreal side = grid.width() / 5;
    const int impact = qBound(1, int((point.x() - grid.left()) / side) + 1, 5);
    const int likelihood = qBound(1, 5 - int((point.y() - grid.top()) / side), 5);
    return Cell {likelihood, impact};
}

void HeatmapRenderer::paint(QPainter *painter, const QRectF &bounds, const Style &style) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(style.font);
    const QFontMetricsF metrics(style.font);
    const QRectF grid = gridRect(bounds, style.font);
    const qreal side = grid.width() / 5;

    QFont countFont = style.font;
    countFont.setBold(true);
    if (countFont.pixelSize() > 0) // a font sized in pixels (an image) or in points (a widget)
        countFont.setPixelSize(qMax(countFont.pixelSize(), qRound(side / 4)));
    else
        countFont.setPointSizeF(qMax<qreal>(style.font.pointSizeF(), side / 4));
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const QRectF cell(
                grid.left() + (impact - 1) * side, grid.top() + (5 - likelihood) * side, side, side);
            QColor fill = riskLevelColor(m_matrix.level(likelihood, impact));
            const int n = at(m_counts, likelihood, impact);
            if (n == 0)
                fill = fill.lighter(125); // empty cells recede
            painter->fillRect(cell, fill);
            painter->setPen(QPen(style.grid, 1));
            painter->drawRect(cell);
            if (n > 0) {
                painter->setFont(countFont);
                painter->setPen(Qt::black); // on the fixed fill colours, black always reads
                painter->drawText(cell, Qt::AlignCenter, QString::number(n));
                painter->setFont(style.font);
            }
        }
    }
    auto outline = [&](const std::optional<Cell> &cell, qreal width, Qt::PenStyle penStyle) {
        if (!cell)
            return;
        const QRectF r(
            grid.left() + (cell->impact - 1) * side, grid.top() + (5 - cell->likelihood) * side, side, side);
        painter->setPen(QPen(style.highlight, width, penStyle));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    };
    outline(m_selected, 4, Qt::SolidLine);
    if (m_focus != m_selected)
        outline(m_focus, 2, Qt::DashLine);

    // Axis labels and titles. Impact labels longer than a cell is wide (some languages' are) get a
    // smaller font, down to 70 %, before they are shortened.
    painter->setPen(style.text);
    QFont columnFont = style.font;
    qreal widest = 0;
    for (int level = 1; level <= 5; ++level)
        widest = qMax(widest, metrics.horizontalAdvance(impactLabel(level)));
    if (widest > side - 2 && widest > 0) {
        const qreal factor = qBound<qreal>(smallestLabelFactor, (side - 8) / widest, 1.0);
        if (columnFont.pixelSize() > 0)
            columnFont.setPixelSize(qMax(1, qRound(columnFont.pixelSize() * factor)));
        else
            columnFont.setPointSizeF(style.font.pointSizeF() * factor);
    }
    const QFontMetricsF columnMetrics(columnFont);
    for (int level = 1; level <= 5; ++level) {
        const QRectF row(
            bounds.left(), grid.top() + (5 - level) * side, grid.left() - bounds.left() - 6, side);
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, likelihoodLabel(level));
        const QRectF column(
            grid.left() + (level - 1) * side, grid.bottom() + 2, side, metrics.height() * 1.2);
        // Narrow cells: the label shortens rather than running into its neighbour.
        painter->setFont(columnFont);
        painter->drawText(column, Qt::AlignHCenter | Qt::AlignTop,
            columnMetrics.elidedText(impactLabel(level), Qt::ElideRight, side - 2));
        painter->setFont(style.font);
    }
    QFont titleFont = style.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->drawText(
        QRectF(grid.left(), grid.bottom() + metrics.height() * 1.3, grid.width(), metrics.height() * 1.3),
        Qt::AlignHCenter | Qt::AlignTop,
        QCoreApplication::translate("Inflection::HeatmapRenderer", "Impact"));
    painter->translate(bounds.left() + metrics.height() * 0.2, grid.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-grid.height() / 2, 0, grid.height(), metrics.height() * 1.3), Qt::AlignCenter,
        QCoreApplication::translate("Inflection::HeatmapRenderer", "Likelihood"));
    painter->restore();
}

QImage HeatmapRenderer::toImage(const QSize &size, const QFont &font) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    Style style;
    style.font = font;
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), style);
    return image;
}

} // namespace Inflection
