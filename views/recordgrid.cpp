// Common set-up of record tables.
#include "recordgrid.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace Inflection::RecordGrid {

void setEditable(QTableView *view, bool editable)
{
    view->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::AnyKeyPressed
                                   : QAbstractItemView::NoEditTriggers);
}

void showNewRow(QTableView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    view->scrollTo(index);
    // Not setCurrentIndex(): with Ctrl held (Ctrl+Enter) it would add the row to the selection.
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (view->editTriggers() != QAbstractItemView::NoEditTriggers)
        view->edit(index);
}

void configure(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditable(view, true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // One line a row, however many rows: long text shows in full in its tooltip and its editor.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setTabKeyNavigation(true);
}

} // namespace Inflection::RecordGrid
