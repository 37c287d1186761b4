// Heatmap widget: paints with HeatmapRenderer, filters on click or Space, arrows move between cells.
#include "heatmapwidget.h"

#include "domain/contingencyitem.h"

#include <QAbstractItemModel>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Risk heatmap"));
    setMouseTracking(false);
    updateAccessibleText();
}

void HeatmapWidget::setModel(QAbstractItemModel *model, int likelihoodRole, int impactRole, int labelRole)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_likelihoodRole = likelihoodRole;
    m_impactRole = impactRole;
    m_labelRole = labelRole;
    if (model) {
        // Any change to any item may move it between cells; counting is cheap next to painting.
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &HeatmapWidget::invalidateCounts);
        connect(model, &QAbstractItemModel::dataChanged, this, &HeatmapWidget::invalidateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &HeatmapWidget::invalidateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &HeatmapWidget::invalidateCounts);
    }
    invalidateCounts();
}

void HeatmapWidget::setMatrix(const RiskMatrix &matrix)
{
    if (matrix == m_renderer.matrix())
        return;
    m_renderer.setMatrix(matrix);
    updateAccessibleText();
    update();
}

void HeatmapWidget::setCountRole(int countRole)
{
    m_countRole = countRole;
    invalidateCounts();
}

void HeatmapWidget::setCountDescription(std::function<QString(int)> describe)
{
    m_countDescription = std::move(describe);
    updateAccessibleText();
}

void HeatmapWidget::setActivatesCells(bool activates)
{
    m_activates = activates;
    if (activates)
        setSelectedCell(std::nullopt);
    updateAccessibleText();
}

void HeatmapWidget::invalidateCounts()
{
    m_countsStale = true;
    update();
}

namespace {
// The sum of role over the rows of model in each cell.
HeatmapRenderer::Counts sumPerCell(
    const QAbstractItemModel *model, int likelihoodRole, int impactRole, int role)
{
    HeatmapRenderer::Counts counts {};
    for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        const int likelihood = index.data(likelihoodRole).toInt();
        const int impact = index.data(impactRole).toInt();
        if (likelihood >= 1 && likelihood <= 5 && impact >= 1 && impact <= 5)
            HeatmapRenderer::at(counts, likelihood, impact) += index.data(role).toInt();
    }
    return counts;
}
} // namespace

void HeatmapWidget::ensureCounted() const
{
    if (!m_countsStale)
        return;
    m_renderer.setCounts(m_countRole == 0 || !m_model
            ? HeatmapRenderer::count(m_model, m_likelihoodRole, m_impactRole)
            : sumPerCell(m_model, m_likelihoodRole, m_impactRole, m_countRole));
    m_incidents = m_model && m_incidentRole != 0
        ? sumPerCell(m_model, m_likelihoodRole, m_impactRole, m_incidentRole)
        : HeatmapRenderer::Counts {};
    m_countsStale = false;
}

void HeatmapWidget::setIncidentRole(int role)
{
    m_incidentRole = role;
    invalidateCounts();
}

void HeatmapWidget::setIncidentsShown(bool shown)
{
    if (shown == m_incidentsShown)
        return;
    m_incidentsShown = shown;
    updateAccessibleText();
    update();
}

int HeatmapWidget::incidentCount(int likelihood, int impact) const
{
    ensureCounted();
    return HeatmapRenderer::at(m_incidents, likelihood, impact);
}

int HeatmapWidget::count(int likelihood, int impact) const
{
    ensureCounted();
    return HeatmapRenderer::at(m_renderer.counts(), likelihood, impact);
}

void HeatmapWidget::setSelectedCell(std::optional<Cell> cell)
{
    if (cell == m_selected)
        return;
    m_selected = cell;
    if (cell)
        m_focus = cell;
    m_renderer.setSelected(m_selected);
    m_renderer.setFocus(hasFocus() ? m_focus : std::nullopt);
    updateAccessibleText();
    update();
    Q_EMIT selectionChanged(m_selected);
}

void HeatmapWidget::toggle(const Cell &cell)
{
    if (m_activates) {
        m_focus = cell;
        m_renderer.setFocus(hasFocus() ? m_focus : std::nullopt);
        update();
        Q_EMIT cellActivated(cell);
        return;
    }
    setSelectedCell(m_selected == cell ? std::nullopt : std::optional<Cell>(cell));
}

QStringList HeatmapWidget::labels(const Cell &cell) const
{
    QStringList result;
    if (!m_model)
        return result;
    for (int row = 0, rows = m_model->rowCount(); row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(m_likelihoodRole).toInt() == cell.likelihood
            && index.data(m_impactRole).toInt() == cell.impact) {
            const QVariant label = index.data(m_labelRole);
            if (label.typeId() == QMetaType::QStringList)
                result << label.toStringList();
            else
                result << label.toString();
        }
    }
    return result;
}

QString HeatmapWidget::describe(const Cell &cell) const
{
    const int n = count(cell.likelihood, cell.impact);
    const QString text = m_countDescription
        ? tr("Likelihood %1 (%2), impact %3 (%4): %5 risk, %6")
              .arg(cell.likelihood)
              .arg(likelihoodLabel(cell.likelihood))
              .arg(cell.impact)
              .arg(impactLabel(cell.impact),
                  riskLevelDisplayName(m_renderer.matrix().level(cell.likelihood, cell.impact)),
                  m_countDescription(n))
        : tr("Likelihood %1 (%2), impact %3 (%4): %5 risk, %n item(s)", nullptr, n)
              .arg(cell.likelihood)
              .arg(likelihoodLabel(cell.likelihood))
              .arg(cell.impact)
              .arg(impactLabel(cell.impact),
                  riskLevelDisplayName(m_renderer.matrix().level(cell.likelihood, cell.impact)));
    const int incidents = incidentCount(cell.likelihood, cell.impact);
    if (!m_incidentsShown || incidents == 0)
        return text;
    //: After a heatmap cell's description: how many incidents its items were.
    return tr("%1; its items were %n incident(s)", nullptr, incidents).arg(text);
}

void HeatmapWidget::updateAccessibleText()
{
    ensureCounted();
    QString text;
    if (m_focus)
        text = describe(*m_focus);
    if (m_activates)
        text += u' ' + tr("Arrow keys move between cells; Enter opens what a cell counts.");
    else if (m_selected)
        text += u' ' + tr("The grid shows only this cell's items; press Space to show all.");
    else
        text += u' ' + tr("Arrow keys move between cells; Space shows only a cell's items.");
    setAccessibleDescription(text.trimmed());
}

QSize HeatmapWidget::sizeHint() const
{
    const int em = fontMetrics().height();
    return {em * 26, em * 22};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    // Room for every label whole, in any language.
    const int em = fontMetrics().height();
    const QSize labels = HeatmapRenderer::minimumSize(font()).toSize() + QSize(1, 1);
    return QSize(em * 20, em * 16).expandedTo(labels);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    ensureCounted();
    QPainter painter(this);
    HeatmapRenderer::Style style;
    style.text = palette().color(QPalette::WindowText);
    style.grid = palette().color(QPalette::Mid);
    style.highlight = palette().color(QPalette::Highlight);
    style.font = font();
    m_renderer.paint(&painter, QRectF(rect()), style);
    if (m_incidentsShown)
        paintIncidents(&painter);
}

void HeatmapWidget::paintIncidents(QPainter *painter) const
{
    // A badge in the cell's top right corner: how many incidents its items were.
    QFont badgeFont = font();
    badgeFont.setBold(true);
    const QFontMetrics metrics(badgeFont);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(badgeFont);
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const int n = HeatmapRenderer::at(m_incidents, likelihood, impact);
            if (n == 0)
                continue;
            const QRectF cell = m_renderer.cellRect(QRectF(rect()), font(), Cell {likelihood, impact});
            //: A heatmap cell's badge: the number of incidents, after a lightning sign.
            const QString text = tr("⚡%1").arg(n);
            const qreal height = metrics.height() + 2;
            const qreal width = qMax(height, qreal(metrics.horizontalAdvance(text)) + 8);
            const QRectF badge(cell.right() - width - 2, cell.top() + 2, width, height);
            painter->setPen(QPen(Qt::white, 1.5));
            painter->setBrush(QColor(0x70, 0x10, 0x60));
            painter->drawRoundedRect(badge, height / 2, height / 2);
            painter->setPen(Qt::white);
            painter->drawText(badge, Qt::AlignCenter, text);
        }
    }
    painter->restore();
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (const auto cell = m_renderer.cellAt(QRectF(rect()), font(), event->position())) {
        m_focus = cell;
        toggle(*cell);
    }
}

void HeatmapWidget::keyPressEvent(QKeyEvent *event)
{
    Cell focus = m_focus.value_or(Cell {3, 3});
    switch (event->key()) {
    case Qt::Key_Left:
        focus.impact = qMax(1, focus.impact - 1);
        break;
    case Qt::Key_Right:
        focus.impact = qMin(5, focus.impact + 1);
        break;
    case Qt::Key_Up:
        focus.likelihood = qMin(5, focus.likelihood + 1);
        break;
    case Qt::Key_Down:
        focus.likelihood = qMax(1, focus.likelihood - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_focus = focus;
        toggle(focus);
        return;
    case Qt::Key_Escape:
        if (m_selected) {
            setSelectedCell(std::nullopt);
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_focus = focus;
    m_renderer.setFocus(m_focus);
    updateAccessibleText();
    update();
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto cell = m_renderer.cellAt(QRectF(rect()), font(), help->pos());
        if (!cell) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList items = labels(*cell);
        constexpr int shown = 12;
        const qsizetype more = items.size() - shown;
        if (more > 0) {
            items = items.mid(0, shown);
            items << tr("and %n more", nullptr, int(more));
        }
        QString text = u"<b>"_s + describe(*cell).toHtmlEscaped() + u"</b>"_s;
        for (const QString &item : std::as_const(items))
            text += u"<br>• "_s + item.toHtmlEscaped();
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const auto cell = m_renderer.cellAt(QRectF(rect()), font(), event->pos());
    if (!cell || m_activates)
        return;
    QMenu menu(this);
    QMenu *levels = menu.addMenu(tr("Risk level of this cell"));
    const RiskLevel current = m_renderer.matrix().level(cell->likelihood, cell->impact);
    for (const RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::VeryHigh}) {
        QAction *action = levels->addAction(riskLevelDisplayName(level));
        action->setCheckable(true);
        action->setChecked(level == current);
        connect(action, &QAction::triggered, this,
            [this, cell, level] { Q_EMIT riskLevelChangeRequested(cell->likelihood, cell->impact, level); });
    }
    menu.exec(event->globalPos());
}

void HeatmapWidget::focusInEvent(QFocusEvent *event)
{
    if (!m_focus)
        m_focus = m_selected.value_or(Cell {3, 3});
    m_renderer.setFocus(m_focus);
    updateAccessibleText();
    update();
    QWidget::focusInEvent(event);
}

void HeatmapWidget::focusOutEvent(QFocusEvent *event)
{
    m_renderer.setFocus(std::nullopt);
    update();
    QWidget::focusOutEvent(event);
}

} // namespace Inflection
