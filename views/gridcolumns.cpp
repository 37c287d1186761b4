// Column widths from the header and the content; the user's own widths kept in QSettings.
#include "gridcolumns.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QStyle>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Content is measured up to this many average characters; longer values show in full in their tooltip.
constexpr int widestValue = 40;
// A text column starts no wider than this many average characters for each part of its weight (or
// its header); its share of the width left over widens it.
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

    auto *fitAll = new QAction(tr("Fit columns to their content"), header);
    connect(fitAll, &QAction::triggered, this, &GridColumns::resetUserWidths);
    header->addAction(fitAll);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Rows read later, or another model behind the same proxy, may need other widths.
    if (QAbstractItemModel *model = view->model()) {
        const auto later = [this] {
            QMetaObject::invokeMethod(this, &GridColumns::fit, Qt::QueuedConnection);
        };
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::columnsInserted, this, later);
        connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    }
}

QString GridColumns::settingsGroup(const QString &key)
{
    return u"ColumnWidths/"_s + key;
}

void GridColumns::setTextColumn(int column, int weight)
{
    m_textWeights.insert(column, qMax(1, weight));
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
        const int margin
            = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
        return width + margin;
    }
    // What the delegates ask for the rows in view.
    return qMax(0, static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column));
}

void GridColumns::fit()
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int ch = m_view->fontMetrics().averageCharWidth();
    const int columns = model->columnCount();
    QList<int> widths(columns, 0);
    int used = 0;
    int weights = 0;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int needed = headerWidth(column);
        int width = 0;
        if (m_userWidths.contains(column)) {
            width = qMax(needed, m_userWidths.value(column));
        } else {
            const int content = qMin(contentWidth(column), ch * widestValue);
            width = qMax(needed,
                m_textWeights.contains(column)
                    ? qMin(content, ch * charsPerWeight * m_textWeights.value(column))
                    : content);
            if (m_textWeights.contains(column))
                weights += m_textWeights.value(column);
        }
        widths[column] = width;
        used += width;
    }
    // The width left over goes to the text columns the user has not sized, by their weights.
    int extra = m_view->viewport()->width() - used;
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
    QMetaObject::invokeMethod(this, &GridColumns::fit, Qt::QueuedConnection);
}

bool GridColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace Inflection
