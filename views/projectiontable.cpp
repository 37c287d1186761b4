// Fitting columns and rows to what they hold, so that nothing the room reads is cut off.
#include "projectiontable.h"

#include "projectiondelegate.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <algorithm>
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
    // By whole rows: the top row is never sliced under the header.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar means nothing to the room; the current row is kept in sight instead.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(0);
    connect(&m_layoutTimer, &QTimer::timeout, this, &ProjectionTable::relayout);
}

void ProjectionTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProjectionTable::scheduleLayout);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProjectionTable::scheduleLayout);
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
    scheduleLayout();
}

void ProjectionTable::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
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
    if (m_fitting || !model() || !isVisible()) // a phase out of sight is fitted when shown
        return;
    m_fitting = true;
    m_layoutTimer.stop();
    if (!m_givenFont.has_value())
        m_givenFont = font();
    // The window's type when everything fits in it; else the largest smaller type in which it does:
    // the columns' least widths in the width, and the tallest row (in a list of the newest, the newest)
    // in the height, so that the room always sees the current item whole.
    const int given = QFontInfo(*m_givenFont).pixelSize();
    Plan plan = largestFitting(given, false);
    if (!plan.fits || plan.type.pixelSize() < given) {
        // Long words broken across lines are worth it only for a type clearly larger (by a third).
        Plan broken = largestFitting(given, true);
        if (!plan.fits || plan.type.pixelSize() * 100 < broken.type.pixelSize() * 75)
            plan = std::move(broken);
    }
    apply(plan);
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
    scheduleLayout();
}

ProjectionTable::Plan ProjectionTable::largestFitting(int given, bool breakWords) const
{
    const int smallest = qMax(8, given / 2);
    Plan plan = planAt(typeOf(given), breakWords);
    if (plan.fits || given <= smallest)
        return measuredIfLaidOut(std::move(plan));
    int low = smallest; // fits, or nothing does
    int high = given; // does not fit
    plan = planAt(typeOf(low), breakWords);
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        Plan tried = planAt(typeOf(middle), breakWords);
        if (tried.fits) {
            low = middle;
            plan = std::move(tried);
        } else {
            high = middle;
        }
    }
    return measuredIfLaidOut(std::move(plan)); // when nothing fits, the smallest type all the same
}

ProjectionTable::Plan ProjectionTable::measuredIfLaidOut(Plan plan) const
{
    // A table with no width yet (or no column shown) keeps its rows as they are.
    if (!plan.measured && !plan.shown.isEmpty())
        measureRows(plan);
    return plan;
}

QFont ProjectionTable::typeOf(int pixels) const
{
    QFont type = *m_givenFont;
    type.setPixelSize(pixels);
    return type;
}

ProjectionTable::Plan ProjectionTable::planAt(const QFont &type, bool breakWords) const
{
    Plan plan;
    plan.type = type;
    const int available = viewport()->width();
    if (available <= 0)
        return plan;
    QList<int> shown;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!isColumnHidden(column))
            shown << column;
    }
    if (shown.isEmpty())
        return plan;
    plan.shown = shown;
    QList<int> stretched;
    for (const int column : std::as_const(shown)) {
        if (m_stretch.contains(column))
            stretched << column;
    }
    if (stretched.isEmpty())
        stretched << shown.last(); // the last column takes what is left
    // Each column's least width (its widest word, or its title on one line) and, for the short columns,
    // the width at which each of their values is one line. Words and titles stay whole when they can;
    // when they cannot, titles wrap and long words of letters break across lines before the type
    // shrinks, so that the facilitator's zoom is what the room sees.
    const QHeaderView *header = horizontalHeader();
    const QFontMetrics headerMetrics(type);
    const int headerMargin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int headerPad = 2 * headerMargin + 2;
    static const QRegularExpression space(u"\\s+"_s);
    QHash<int, int> whole;
    QHash<int, int> broken;
    QHash<int, int> natural;
    QHash<int, int> textNatural;
    int wholeNeeded = 0;
    int brokenNeeded = 0;
    for (const int column : std::as_const(shown)) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int heading = header->isHidden() ? 0 : headerMetrics.horizontalAdvance(title) + headerPad;
        int wrappedHeading = 0;
        if (!header->isHidden()) {
            for (const QString &word : title.split(space, Qt::SkipEmptyParts))
                wrappedHeading = qMax(wrappedHeading, headerMetrics.horizontalAdvance(word) + headerPad);
        }
        int wholeWords = heading;
        int brokenWords = wrappedHeading;
        int oneLine = heading;
        const bool text = stretched.contains(column);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row, column);
            wholeWords = qMax(wholeWords, m_delegate->minimumWidth(index, type));
            brokenWords = qMax(brokenWords,
                m_delegate->minimumWidth(index, type,
                    text ? ProjectionDelegate::Breaking::AnyWord
                         : ProjectionDelegate::Breaking::WordsOfLetters));
            oneLine = qMax(oneLine, m_delegate->naturalWidth(index, type));
        }
        whole.insert(column, wholeWords);
        broken.insert(column, brokenWords);
        wholeNeeded += wholeWords;
        brokenNeeded += brokenWords;
        if (text)
            textNatural.insert(column, oneLine);
        else
            natural.insert(column, oneLine);
    }
    const QHash<int, int> &least = breakWords && wholeNeeded > available ? broken : whole;
    int textLeast = 0;
    int fixedLeast = 0;
    int fixedNatural = 0;
    for (const int column : std::as_const(shown)) {
        if (stretched.contains(column)) {
            textLeast += least.value(column);
        } else {
            fixedLeast += least.value(column);
            fixedNatural += natural.value(column);
        }
    }
    // The text columns keep their share of the width; the short columns have the rest, each on one
    // line when it fits, else each given the same part of what it lacks (never below its least).
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
        plan.widths.insert(it.key(), width);
        fixed += width;
    }
    // The text columns: each its least, and what is left over shared by how long their texts are.
    int extra = qMax(0, available - fixed - textLeast);
    qint64 weights = 0;
    for (const int column : std::as_const(stretched))
        weights += qMax(1, textNatural.value(column));
    for (int i = 0; i < stretched.size(); ++i) {
        const int column = stretched.at(i);
        const int share = i == stretched.size() - 1
            ? extra
            : int(extra * qint64(qMax(1, textNatural.value(column))) / qMax<qint64>(1, weights));
        weights -= qMax(1, textNatural.value(column));
        extra -= share;
        plan.widths.insert(column, least.value(column) + share);
    }

    // Rows are measured only when the columns fit: a search over sizes measures no more than it must.
    plan.fits = (breakWords ? brokenNeeded : wholeNeeded) <= available && measureRows(plan);
    return plan;
}

bool ProjectionTable::measureRows(Plan &plan) const
{
    // A title wider than its column wraps: the header is as tall as the tallest.
    const QHeaderView *header = horizontalHeader();
    const QFontMetrics headerMetrics(plan.type);
    const int headerMargin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int tallestTitle = headerMetrics.height();
    for (const int column : std::as_const(plan.shown)) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const QRect room(0, 0, qMax(1, plan.widths.value(column) - 2 * headerMargin - 2), 1 << 20);
        tallestTitle = qMax(tallestTitle, headerMetrics.boundingRect(room, Qt::TextWordWrap, title).height());
    }
    plan.headerHeight = header->isHidden() ? 0 : tallestTitle + 2 * headerMargin + headerMetrics.height() / 4;

    // Every row as tall as its tallest cell.
    const int rows = model()->rowCount();
    plan.heights.fill(0, rows);
    for (int row = 0; row < rows; ++row) {
        for (const int column : std::as_const(plan.shown))
            plan.heights[row] = qMax(plan.heights.at(row),
                m_delegate->heightFor(model()->index(row, column), plan.widths.value(column), plan.type));
    }
    plan.measured = true;
    const int height = viewport()->height() + (header->isHidden() ? 0 : header->height() - plan.headerHeight);
    int tallest = 0;
    if (m_newestWhole && rows > 0)
        tallest = plan.heights.constLast();
    else if (rows > 0)
        tallest = *std::max_element(plan.heights.cbegin(), plan.heights.cend());
    return tallest <= height;
}

void ProjectionTable::apply(const Plan &plan)
{
    if (font() != plan.type)
        setFont(plan.type);
    for (auto it = plan.widths.cbegin(); it != plan.widths.cend(); ++it) {
        if (columnWidth(it.key()) != it.value())
            setColumnWidth(it.key(), it.value());
    }
    QHeaderView *header = horizontalHeader();
    if (!header->isHidden() && header->minimumHeight() != plan.headerHeight)
        header->setMinimumHeight(plan.headerHeight);
    const int rows = int(plan.heights.size());
    for (int row = 0; row < rows; ++row) {
        if (rowHeight(row) != plan.heights.at(row) || isRowHidden(row))
            setRowHeight(row, plan.heights.at(row));
    }
    if (!m_newestWhole)
        return;
    // The newest rows that fit, each whole; older ones step out of sight above (a newest row taller
    // than the list even in the smallest type is shown from its start).
    const int height = viewport()->height();
    int first = rows;
    int used = 0;
    while (first > 0 && used + plan.heights.at(first - 1) <= height) {
        used += plan.heights.at(first - 1);
        --first;
    }
    if (first == rows && rows > 0)
        first = rows - 1;
    for (int row = 0; row < rows; ++row)
        setRowHidden(row, row < first);
    if (first != m_hiddenAbove) {
        m_hiddenAbove = first;
        Q_EMIT hiddenAboveChanged(first);
    }
}

void ProjectionTable::showCurrentWhole()
{
    // A current row out of sight or cut comes to the top, so that what follows it is in sight too
    // (the room turns a page rather than reading always at the bottom edge).
    const QModelIndex current = currentIndex();
    if (current.isValid() && !currentRowWhollyVisible())
        scrollTo(current, QAbstractItemView::PositionAtTop);
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
