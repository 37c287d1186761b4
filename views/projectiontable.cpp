// Fitting columns and rows to what they hold, so that nothing the room reads is cut off.
#include "projectiontable.h"

#include "projectiondelegate.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QScrollBar>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ProjectionTable::ProjectionTable(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new ProjectionDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // edits are made at the laptop
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar means nothing to the room; the current row is kept in sight instead.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(0);
    connect(&m_layoutTimer, &QTimer::timeout, this, &ProjectionTable::relayout);
}

void ProjectionTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Other rows: the newest one may fit in full type again.
    const auto rowsChanged = [this] {
        m_heightCap = 1.0;
        scheduleLayout();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ProjectionTable::scheduleLayout);
    connect(model, &QAbstractItemModel::dataChanged, this, &ProjectionTable::scheduleLayout);
    connect(model, &QAbstractItemModel::modelReset, this, &ProjectionTable::scheduleLayout);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ProjectionTable::scheduleLayout);
    scheduleLayout();
}

void ProjectionTable::scheduleLayout()
{
    m_layoutTimer.start();
}

void ProjectionTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_heightCap = 1.0; // the newest row may fit in full type again
    scheduleLayout();
}

void ProjectionTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        scheduleLayout();
}

void ProjectionTable::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    viewport()->update(); // the whole row is filled, not only the current cell
    showCurrentWhole();
}

void ProjectionTable::relayout()
{
    if (m_fitting || !model())
        return;
    m_fitting = true;
    m_layoutTimer.stop();
    if (shrinkToFit(fitColumns()))
        fitColumns();
    fitRows();
    updateGeometries(); // the scroll range, for the rows' new heights
    m_fitting = false;
    if (m_rowToShow >= 0 && m_rowToShow < model()->rowCount())
        scrollTo(model()->index(std::exchange(m_rowToShow, -1), 0), QAbstractItemView::EnsureVisible);
    showCurrentWhole();
}

void ProjectionTable::showRowWhenLaidOut(int row)
{
    m_rowToShow = row;
    scheduleLayout();
}

void ProjectionTable::setBaseFont(const QFont &font)
{
    m_givenFont = font;
    m_shrink = 1.0;
    m_heightCap = 1.0;
    setFont(font);
    scheduleLayout();
}

bool ProjectionTable::shrinkToFit(int needed)
{
    const int available = viewport()->width();
    if (available <= 0 || needed <= 0)
        return false;
    // What the columns would need in the window's own type, the widths being nearly proportional.
    const double atGiven = needed / m_shrink;
    // Smaller at once when needed; larger only by a clear step, as the sizes are rounded and going back
    // and forth by a pixel would never end.
    const double target = qBound(0.5, available * 0.97 / atGiven, 1.0);
    double shrink = m_shrink;
    if (needed > available)
        shrink = qMax(0.5, qMin(m_shrink - 0.01, target));
    else if (target > m_shrink + 0.05 || (target == 1.0 && m_shrink < 1.0))
        shrink = qMin(target, m_heightCap); // the viewport grew (the window went full screen)
    if (shrink == m_shrink)
        return false;
    applyShrink(shrink);
    return true;
}

void ProjectionTable::applyShrink(double shrink)
{
    if (!m_givenFont.has_value())
        m_givenFont = font();
    m_shrink = shrink;
    QFont smaller = *m_givenFont;
    if (smaller.pixelSize() > 0)
        smaller.setPixelSize(qMax(8, qRound(smaller.pixelSize() * shrink)));
    else
        smaller.setPointSizeF(qMax(6.0, smaller.pointSizeF() * shrink));
    setFont(smaller);
}

int ProjectionTable::fitColumns()
{
    const QHeaderView *header = horizontalHeader();
    const int available = viewport()->width();
    if (available <= 0)
        return 0;
    QList<int> shown;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!isColumnHidden(column))
            shown << column;
    }
    if (shown.isEmpty())
        return 0;
    QList<int> stretched;
    for (const int column : std::as_const(shown)) {
        if (m_stretch.contains(column))
            stretched << column;
    }
    if (stretched.isEmpty())
        stretched << shown.last(); // the last column takes what is left
    // Each column's least width (its widest word, or its title: a heading is one line) and, for the
    // short columns, the width at which each of their values is one line.
    const QFontMetrics headerMetrics(header->font());
    const int headerPad = headerMetrics.height();
    QHash<int, int> least;
    QHash<int, int> natural;
    int textLeast = 0;
    int fixedLeast = 0;
    int fixedNatural = 0;
    for (const int column : std::as_const(shown)) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int heading = header->isHidden() ? 0 : headerMetrics.horizontalAdvance(title) + headerPad;
        int minimum = heading;
        int oneLine = heading;
        const bool text = stretched.contains(column);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row, column);
            minimum = qMax(minimum, m_delegate->minimumWidth(index, font()));
            if (!text)
                oneLine = qMax(oneLine, m_delegate->naturalWidth(index, font()));
        }
        least.insert(column, minimum);
        if (text) {
            textLeast += minimum;
        } else {
            natural.insert(column, oneLine);
            fixedLeast += minimum;
            fixedNatural += oneLine;
        }
    }
    // The text columns keep their share of the width; the short columns have the rest, each on one
    // line when it fits, else each given the same part of what it lacks (never below its widest word).
    const int budget = available - qMax(textLeast, int(available * m_textShare));
    int fixed = 0;
    for (auto it = natural.cbegin(); it != natural.cend(); ++it) {
        const int minimum = least.value(it.key());
        int width = it.value();
        if (budget <= fixedLeast)
            width = minimum;
        else if (budget < fixedNatural)
            width = minimum
                + int(qint64(it.value() - minimum) * (budget - fixedLeast) / (fixedNatural - fixedLeast));
        setColumnWidth(it.key(), width);
        fixed += width;
    }
    int left = qMax(0, available - fixed);
    for (int i = 0; i < stretched.size(); ++i) {
        const int share = i == stretched.size() - 1 ? left : left / int(stretched.size() - i);
        setColumnWidth(stretched.at(i), qMax(share, least.value(stretched.at(i))));
        left -= share;
    }
    return textLeast + fixedLeast;
}

void ProjectionTable::fitRows()
{
    const QHeaderView *header = horizontalHeader();
    const int rows = model()->rowCount();
    QList<int> heights(rows, 0);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model()->columnCount(); ++column) {
            if (!header->isSectionHidden(column))
                heights[row] = qMax(heights.at(row),
                    m_delegate->heightFor(model()->index(row, column), columnWidth(column), font()));
        }
        if (rowHeight(row) != heights.at(row) || isRowHidden(row))
            setRowHeight(row, heights.at(row));
    }
    if (!m_newestWhole)
        return;
    // The newest rows that fit, each whole; older ones step out of sight above.
    int first = rows;
    int used = 0;
    while (first > 0 && used + heights.at(first - 1) <= viewport()->height()) {
        used += heights.at(first - 1);
        --first;
    }
    if (first == rows && rows > 0) {
        // The newest row is taller than the table: the type shrinks until it fits (the font change
        // lays the table out again), and meanwhile it is shown from its start.
        first = rows - 1;
        const double ratio = double(viewport()->height()) / qMax(1, heights.at(first));
        if (m_shrink > 0.5 && viewport()->height() > 0) {
            m_heightCap = qMax(0.5, qMin(m_shrink - 0.02, m_shrink * ratio));
            applyShrink(m_heightCap);
        }
    }
    for (int row = 0; row < rows; ++row)
        setRowHidden(row, row < first);
    if (first != m_hiddenAbove) {
        m_hiddenAbove = first;
        Q_EMIT hiddenAboveChanged(first);
    }
}

void ProjectionTable::showCurrentWhole()
{
    const QModelIndex current = currentIndex();
    if (current.isValid())
        scrollTo(current, QAbstractItemView::EnsureVisible);
}

bool ProjectionTable::currentRowWhollyVisible() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return false;
    QRect row;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!isColumnHidden(column))
            row |= visualRect(current.siblingAtColumn(column));
    }
    return viewport()->rect().contains(row);
}

} // namespace Inflection
