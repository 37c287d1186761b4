// Wrapped text, a strong current row and badges for flagged cells, measured as they are drawn.
#include "projectiondelegate.h"

#include <QHeaderView>
#include <QPainter>
#include <QRegularExpression>
#include <QTableView>
#include <QTextLayout>
#include <QtMath>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
// An overdue date or an event out of order: white on a deep red, which reads on any projector and
// on the current row's blue as well (red on black does not).
const QColor alertFill(0xa8, 0x00, 0x18);
const QColor alertText(Qt::white);
// A bar at the start of the current row, for screens that wash the fill out.
const QColor currentMark(0xff, 0xb0, 0x00);
const auto bullet = u"•"_s;
} // namespace

ProjectionDelegate::ProjectionDelegate(QTableView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

QFont ProjectionDelegate::cellFont(const QFont &base, const QModelIndex &index)
{
    QFont font = base;
    const QVariant own = index.data(Qt::FontRole);
    if (own.canConvert<QFont>()) {
        const QFont modelFont = qvariant_cast<QFont>(own);
        font.setBold(modelFont.bold());
        font.setItalic(modelFont.italic());
    }
    return font;
}

int ProjectionDelegate::padding(const QFont &font)
{
    return qMax(3, QFontMetrics(font).height() / 4);
}

int ProjectionDelegate::leadWidth(const QModelIndex &index, const QFont &font) const
{
    const QFontMetrics metrics(font);
    if (m_bullets)
        return metrics.horizontalAdvance(bullet) + metrics.averageCharWidth();
    if (index.data(Qt::DecorationRole).canConvert<QColor>())
        return metrics.ascent() + metrics.averageCharWidth();
    return 0;
}

QRect ProjectionDelegate::textRect(const QRect &cell, const QModelIndex &index, const QFont &font) const
{
    const int pad = padding(font);
    return cell.adjusted(pad + leadWidth(index, font), pad, -pad, -pad);
}

int ProjectionDelegate::heightFor(const QModelIndex &index, int width, const QFont &cellBase) const
{
    const QFont font = cellFont(cellBase, index);
    const QFontMetrics metrics(font);
    const QRect text = textRect(QRect(0, 0, width, 1 << 20), index, font);
    const QString shown = index.data(Qt::DisplayRole).toString();
    QTextLayout layout;
    const int lines = shown.isEmpty() ? metrics.height() : layOut(layout, shown, font, text.width()).height();
    const int pad = padding(font);
    return qMax(lines, metrics.height()) + 2 * pad;
}

int ProjectionDelegate::minimumWidth(const QModelIndex &index, const QFont &cellBase, Breaking breaking) const
{
    const QFont font = cellFont(cellBase, index);
    const QFontMetrics metrics(font);
    int widest = 0;
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression lettersOnly(u"^[\\p{L}\\p{M}'’.,;:!?()\"«»„“”-]+$"_s);
    const int broken = metrics.averageCharWidth() * shortestBrokenWord;
    const QStringList words = index.data(Qt::DisplayRole).toString().split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        int width = metrics.horizontalAdvance(word);
        if (breaking == Breaking::AnyWord
            || (breaking == Breaking::WordsOfLetters && lettersOnly.match(word).hasMatch()))
            width = qMin(width, broken);
        widest = qMax(widest, width);
    }
    return widest + 1 + 2 * padding(font) + leadWidth(index, font);
}

int ProjectionDelegate::naturalWidth(const QModelIndex &index, const QFont &cellBase) const
{
    const QFont font = cellFont(cellBase, index);
    const QString shown = index.data(Qt::DisplayRole).toString();
    QTextLayout layout;
    const int text = shown.isEmpty() ? 0 : layOut(layout, shown, font, 1 << 20).width();
    return text + 1 + 2 * padding(font) + leadWidth(index, font);
}

QSize ProjectionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view->columnWidth(index.column());
    return {naturalWidth(index, option.font),
        heightFor(index, width > 0 ? width : option.rect.width(), option.font)};
}

void ProjectionDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const bool current = m_highlightCurrent && m_view->currentIndex().isValid()
        && m_view->currentIndex().row() == index.row();
    QColor fill = palette.color(QPalette::Base);
    if (current)
        fill = palette.color(QPalette::Highlight);
    else if (option.features & QStyleOptionViewItem::Alternate)
        fill = palette.color(QPalette::AlternateBase);
    painter->fillRect(option.rect, fill);

    const QFont font = cellFont(option.font, index);
    const QFontMetrics metrics(font);
    const int pad = padding(font);
    if (current) {
        // The bar marks the row's start: the first column the room sees.
        const QHeaderView *header = m_view->horizontalHeader();
        int first = -1;
        for (int visual = 0; visual < header->count() && first < 0; ++visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                first = header->logicalIndex(visual);
        }
        if (index.column() == first)
            painter->fillRect(
                QRect(option.rect.left(), option.rect.top(), pad * 2 / 3, option.rect.height()), currentMark);
    }

    const QRect text = textRect(option.rect, index, font);
    const QString shown = index.data(Qt::DisplayRole).toString();
    QColor ink = palette.color(current ? QPalette::HighlightedText : QPalette::Text);
    if (m_bullets) {
        painter->setFont(font);
        painter->setPen(ink);
        painter->drawText(QRect(option.rect.left() + pad, text.top(), text.left() - option.rect.left() - pad,
                              metrics.height()),
            Qt::AlignLeft | Qt::AlignTop, bullet);
    } else if (const QVariant decoration = index.data(Qt::DecorationRole); decoration.canConvert<QColor>()) {
        const int side = metrics.ascent();
        const QRect swatch(option.rect.left() + pad, text.top() + (metrics.height() - side) / 2, side, side);
        painter->fillRect(swatch, qvariant_cast<QColor>(decoration));
        painter->setPen(QPen(ink, 1));
        painter->drawRect(swatch.adjusted(0, 0, -1, -1));
    }
    QTextLayout layout;
    const QSize size = shown.isEmpty() ? QSize() : layOut(layout, shown, font, text.width());
    if (!shown.isEmpty() && isAlert(index)) {
        const QRect used(text.topLeft(), size);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(current ? QColor(Qt::white) : alertFill, 2));
        painter->setBrush(alertFill);
        const int margin = pad * 2 / 3;
        painter->drawRoundedRect(used.adjusted(-margin, -pad / 2, margin, pad / 2), margin, margin);
        ink = alertText;
    }
    painter->setPen(ink);
    layout.draw(painter, text.topLeft());
    painter->restore();
}

QSize ProjectionDelegate::layOut(QTextLayout &layout, const QString &text, const QFont &font, int width)
{
    QString lines = text;
    lines.replace(u'\n', QChar::LineSeparator);
    layout.setText(lines);
    layout.setFont(font);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const qreal leading = QFontMetricsF(font).leading();
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (height > 0)
            height += leading;
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {qCeil(widest), qCeil(height)};
}

} // namespace Inflection
