// How the review pages set up their record tables, so that they all behave alike.
#pragma once

class QAbstractItemModel;
class QModelIndex;
class QTableView;
class QWidget;

#include <QList>
#include <QString>

namespace Inflection::RecordGrid {

// Row selection, editing by typing, one line a row (however many rows), Tab moving between cells.
void configure(QTableView *view);
// Gives the table its model; when the model is reset (reloaded), the row that was current is current
// again.
void setModel(QTableView *view, QAbstractItemModel *model);
// The edit triggers of an editable table, or none when read-only.
void setEditable(QTableView *view, bool editable);
// A row just added: scrolled into view, the only one selected (whatever modifier the shortcut that
// added it held), and its cell at index open for typing when the table is editable.
void showNewRow(QTableView *view, const QModelIndex &index);

// The record current in each record table within a widget (a review page), in the order the tables
// were made: to make the same one current again in a page made anew (another language).
struct CurrentRecord
{
    QString uuid;
    int column = 0;
};
QList<CurrentRecord> currentRecords(const QWidget *within);
void setCurrentRecords(QWidget *within, const QList<CurrentRecord> &records);

} // namespace Inflection::RecordGrid
