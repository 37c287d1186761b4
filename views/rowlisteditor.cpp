// The rows of a list setting, added, removed and moved by buttons and keys.
#include "rowlisteditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Inflection {

RowListEditor::RowListEditor(int columns, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, columns, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_moveUp(new QToolButton(this))
    , m_moveDown(new QToolButton(this))
{
    m_table->verticalHeader()->hide();
    // Grows as its table does (in a form, a field that does not say so keeps its smallest height).
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_add, &QPushButton::clicked, this, &RowListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RowListEditor::removeCurrentRow);
    // Arrows beside the rows, so that a short list takes little room.
    m_moveUp->setArrowType(Qt::UpArrow);
    m_moveDown->setArrowType(Qt::DownArrow);
    connect(m_moveUp, &QToolButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_moveDown, &QToolButton::clicked, this, [this] { moveCurrentRow(+1); });
    // The keys act on the table itself, not on a cell being edited (where Delete deletes a character).
    const auto key = [this](const QKeySequence &keys, const std::function<void()> &action) {
        auto *shortcut = new QAction(m_table);
        shortcut->setShortcut(keys);
        shortcut->setShortcutContext(Qt::WidgetShortcut);
        connect(shortcut, &QAction::triggered, this, action);
        m_table->addAction(shortcut);
    };
    key(QKeySequence(Qt::Key_Insert), [this] { addRow(); });
    key(QKeySequence::Delete, [this] { removeCurrentRow(); });
    key(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrentRow(-1); });
    key(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrentRow(+1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RowListEditor::updateButtons);
    connect(m_table->model(), &QAbstractItemModel::rowsInserted, this, &RowListEditor::updateButtons);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &RowListEditor::updateButtons);

    auto *arrows = new QVBoxLayout;
    arrows->addWidget(m_moveUp);
    arrows->addWidget(m_moveDown);
    arrows->addStretch(1);
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_table, 1);
    rows->addLayout(arrows);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(rows, 1);
    layout->addLayout(buttons);
    retranslateUi();
    updateButtons();
}

void RowListEditor::setNewRow(std::function<void(int row)> fill, int editColumn)
{
    m_fill = std::move(fill);
    m_editColumn = editColumn;
}

QString RowListEditor::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void RowListEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RowListEditor::retranslateUi()
{
    m_moveUp->setAccessibleName(tr("Move Up"));
    m_moveUp->setToolTip(tr("Moves the chosen row up (Alt+Up)"));
    m_moveDown->setAccessibleName(tr("Move Down"));
    m_moveDown->setToolTip(tr("Moves the chosen row down (Alt+Down)"));
}

void RowListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

void RowListEditor::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem());
    if (m_fill)
        m_fill(row);
    m_table->setFocus();
    m_table->setCurrentCell(row, m_editColumn);
    m_table->editItem(m_table->item(row, m_editColumn));
}

void RowListEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    Q_EMIT aboutToRemoveRow(row);
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(
            std::min(row, m_table->rowCount() - 1), std::max(0, m_table->currentColumn()));
}

void RowListEditor::moveCurrentRow(int rows)
{
    const int from = m_table->currentRow();
    const int to = from + rows;
    if (from < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const int column = std::max(0, m_table->currentColumn());
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *moving = m_table->takeItem(from, c);
        QTableWidgetItem *other = m_table->takeItem(to, c);
        m_table->setItem(to, c, moving);
        m_table->setItem(from, c, other);
    }
    m_table->setCurrentCell(to, column);
    updateButtons();
}

} // namespace Inflection
