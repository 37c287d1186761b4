// Column widths from the header and the content; the user's own widths kept in QSettings.
#include "gridcolumns.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Content is measured up to this many average characters; longer values show in full in their tooltip.
constexpr int widestValue = 40;
// A text column starts with this many average characters of its text for each part of its weight.
constexpr int charsPerWeight = 6;

} // namespace

GridColumns::GridColumns(QTableView *view, const QString &key)
    : QObject(view)
    , m_view(view)
    , m_key(key)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    QSettings settings;
    settings.beginGroup(settingsGroup(key));
    for (const QString &column : settings.childKeys()) {
        bool ok = false;
        const int number = column.toInt(&ok);
        const int width = settings.value(column).toInt();
        if (ok && width > 0)
            m_userWidths.insert(number, width);
    }
    connect(header, &QHeaderView::sectionResized, this, &GridColumns::sectionResized);
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    // Measured again and fitted once the changes of this turn of the event loop are in.
    m_refit.setSingleShot(true);
    m_refit.setInterval(0);
    connect(&m_refit, &QTimer::timeout, this, &GridColumns::fit);
    // Rows scrolled into view are measured too; what was seen is kept.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        for (auto it = m_measured.cbegin(); it != m_measured.cend(); ++it)
            m_seen[it.key()] = qMax(m_seen.value(it.key()), it.value());
        m_measured.clear();
        m_refit.start();
    });

    auto *fitAll = new QAction(tr("Fit columns to their content"), header);
    connect(fitAll, &QAction::triggered, this, &GridColumns::resetUserWidths);
    header->addAction(fitAll);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Rows read later, or another model behind the same proxy, may need other widths.
    if (QAbstractItemModel *model = view->model()) {
        const auto changed = [this] {
            m_measured.clear();
            m_seen.clear();
            m_refit.start();
        };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::columnsInserted, this, changed);
        connect(model, &QAbstractItemModel::headerDataChanged, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    }
}

QString GridColumns::settingsGroup(const QString &key)
{
    return u"ColumnWidths/"_s + key;
}

void GridColumns::setTextColumn(int column, int weight, int widestChars)
{
    m_textWeights.insert(column, qMax(1, weight));
    m_textWidest.insert(column, qMax(1, widestChars));
}

void GridColumns::setSamples(int column, const QStringList &samples, int decoration)
{
    m_samples.insert(column, samples);
    m_decorations.insert(column, decoration);
}

int GridColumns::headerWidth(int column) const
{
    // The style's own measure: margins, the sort indicator when sorting, any icon.
    return m_view->horizontalHeader()->sectionSizeHint(column);
}

int GridColumns::cellMargin() const
{
    // What a cell adds around its text: the style's focus frame margins and a little air.
    return 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
}

int GridColumns::contentWidth(int column) const
{
    if (m_samples.contains(column)) {
        const QFontMetrics metrics = m_view->fontMetrics();
        int width = 0;
        for (const QString &sample : m_samples.value(column))
            width = qMax(width, metrics.horizontalAdvance(sample));
        const int decoration = m_decorations.value(column);
        if (decoration > 0)
            width += decoration + 4;
        return width + cellMargin();
    }
    // The rows in view, measured as their text is wide (a delegate's full size hint lays each cell's
    // text out, which made a workspace's first window slow): once, again only when the rows change or
    // more of them come into view (a window made wider only shares the width out again).
    const int height = m_viewport->height();
    if (height > m_measuredHeight)
        m_measured.clear();
    if (const auto it = m_measured.constFind(column); it != m_measured.cend())
        return *it;
    const QAbstractItemModel *model = m_view->model();
    const int rows = model->rowCount();
    int first = qMax(0, m_view->rowAt(0));
    int last = m_view->rowAt(qMax(0, height - 1));
    if (last < 0)
        last = qMin(
            rows - 1, first + qMax(1, height / qMax(1, m_view->verticalHeader()->defaultSectionSize())));
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margin = cellMargin();
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 4;
    int width = 0;
    for (int row = first; row <= last && row < rows; ++row) {
        if (m_view->isRowHidden(row))
            continue;
        const QModelIndex index = model->index(row, column);
        const QVariant decoration = index.data(Qt::DecorationRole);
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetrics own
            = font.canConvert<QFont>() ? QFontMetrics(qvariant_cast<QFont>(font)) : metrics;
        int text = 0;
        for (const QString &line : index.data(Qt::DisplayRole).toString().split(u'\n'))
            text = qMax(text, own.horizontalAdvance(line));
        width = qMax(width, text + margin + (decoration.isValid() ? icon : 0));
    }
    width = qMax(width, m_seen.value(column));
    m_measured.insert(column, width);
    m_measuredHeight = height;
    return width;
}

void GridColumns::fit()
{
    const QAbstractItemModel *model = m_view->model();
    // A table out of sight (a tab not shown, a window being built) is fitted when it is shown.
    if (!model || !m_view->isVisible())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int ch = m_view->fontMetrics().averageCharWidth();
    const int columns = model->columnCount();
    QList<int> widths(columns, 0);
    QList<int> wanted(columns, 0); // what a text column needs to show its values whole
    int used = 0;
    int weights = 0;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int needed = headerWidth(column);
        int width = 0;
        if (m_userWidths.contains(column)) {
            width = qMax(needed, m_userWidths.value(column));
        } else if (m_textWeights.contains(column)) {
            // A text column starts with a little of its text for each part of its weight (as wide as its
            // header at least) and grows below.
            const int weight = m_textWeights.value(column);
            const int content = contentWidth(column);
            width = qMax(needed, qMin(content, ch * charsPerWeight * weight));
            wanted[column] = qMax(width, qMin(content, ch * m_textWidest.value(column)));
            weights += weight;
        } else {
            width = qMax(needed, qMin(contentWidth(column), ch * widestValue));
        }
        widths[column] = width;
        used += width;
    }
    int extra = m_view->viewport()->width() - used;
    // The width left over first makes the text columns whole, those that need least for their weight
    // first (an owner's name before a description), then goes to them all by their weights.
    QList<int> cut;
    for (int column = 0; column < columns; ++column) {
        if (wanted.at(column) > widths.at(column))
            cut.append(column);
    }
    const auto need = [&](int column) {
        return double(wanted.at(column) - widths.at(column)) / m_textWeights.value(column, 1);
    };
    std::sort(cut.begin(), cut.end(), [&](int a, int b) { return need(a) < need(b); });
    for (const int column : std::as_const(cut)) {
        const int more = qMin(extra, wanted.at(column) - widths.at(column));
        if (more <= 0)
            break;
        widths[column] += more;
        extra -= more;
    }
    if (extra > 0 && weights > 0) {
        int lastText = -1;
        const int share = extra;
        for (int column = 0; column < columns; ++column) {
            if (!m_textWeights.contains(column) || m_userWidths.contains(column)
                || header->isSectionHidden(column))
                continue;
            const int more = share * m_textWeights.value(column) / weights;
            widths[column] += more;
            extra -= more;
            lastText = column;
        }
        if (lastText >= 0)
            widths[lastText] += extra; // what division left
    }
    m_fitting = true;
    for (int column = 0; column < columns; ++column) {
        if (!header->isSectionHidden(column) && header->sectionSize(column) != widths.at(column))
            header->resizeSection(column, widths.at(column));
    }
    m_fitting = false;
}

void GridColumns::resetUserWidths()
{
    m_userWidths.clear();
    QSettings().remove(settingsGroup(m_key));
    fit();
}

void GridColumns::sectionResized(int column, int, int newSize)
{
    if (m_fitting)
        return;
    // The user's width; never so narrow that the header is cut.
    const int width = qMax(newSize, headerWidth(column));
    m_userWidths.insert(column, width);
    QSettings().setValue(settingsGroup(m_key) + u'/' + QString::number(column), width);
    m_refit.start();
}

bool GridColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        m_measured.clear();
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Show) && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace Inflection
