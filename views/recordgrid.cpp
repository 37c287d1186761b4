// Common set-up of record tables.
#include "recordgrid.h"

#include "editing/recordtablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <memory>
#include <utility>

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

namespace {

QModelIndex findRecord(const QAbstractItemModel *model, const QString &uuid, int column)
{
    if (uuid.isEmpty() || !model || model->rowCount() == 0)
        return {};
    const QModelIndexList found
        = model->match(model->index(0, 0), RecordTableModel::UuidRole, uuid, 1, Qt::MatchExactly);
    return found.isEmpty() ? QModelIndex()
                           : model->index(found.first().row(), qBound(0, column, model->columnCount() - 1));
}

CurrentRecord currentRecord(const QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    return {current.data(RecordTableModel::UuidRole).toString(), qMax(0, current.column())};
}

void setCurrentRecord(QTableView *view, const CurrentRecord &record)
{
    const QModelIndex index = findRecord(view->model(), record.uuid, record.column);
    if (!index.isValid() || !view->selectionModel())
        return;
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace

QList<CurrentRecord> currentRecords(const QWidget *within)
{
    QList<CurrentRecord> records;
    for (const QTableView *view : within->findChildren<QTableView *>())
        records.append(currentRecord(view));
    return records;
}

void setCurrentRecords(QWidget *within, const QList<CurrentRecord> &records)
{
    const QList<QTableView *> views = within->findChildren<QTableView *>();
    for (qsizetype i = 0; i < views.size() && i < records.size(); ++i)
        setCurrentRecord(views.at(i), records.at(i));
}

void setModel(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    // A reload (preferences applied, another person's change) resets the model; the record that was
    // current stays current and selected, found again by its uuid.
    auto remembered = std::make_shared<CurrentRecord>();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view,
        [view, remembered] { *remembered = currentRecord(view); });
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model, remembered] {
        const CurrentRecord was = std::exchange(*remembered, {});
        if (view->model() == model)
            setCurrentRecord(view, was);
    });
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
