// A setting that is a short list of rows (severity levels, categories of contributing factors) edited in
// place: a table with buttons to add, remove and reorder rows; while the table has the focus, Insert,
// Delete, Alt+Up and Alt+Down do the same, and F2 or typing edits the current cell.
#pragma once

#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace Inflection {

class RowListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RowListEditor(int columns, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The caller names add and remove (what a row is); moving is named here.
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QToolButton *moveUpButton() const { return m_moveUp; }
    QToolButton *moveDownButton() const { return m_moveDown; }

    // How a new row is filled (its cells are empty by default) and which of its cells is edited first.
    void setNewRow(std::function<void(int row)> fill, int editColumn);
    // A cell's text, trimmed ("" for a cell without an item).
    QString text(int row, int column) const;

    void addRow();
    void removeCurrentRow();
    // The current row by rows (-1 up, +1 down), staying current.
    void moveCurrentRow(int rows);

Q_SIGNALS:
    // Before the row goes, while its items can still be read.
    void aboutToRemoveRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QToolButton *m_moveUp;
    QToolButton *m_moveDown;
    std::function<void(int)> m_fill;
    int m_editColumn = 0;
};

} // namespace Inflection
