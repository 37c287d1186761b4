// How the review pages set up their record tables, so that they all behave alike.
#pragma once

class QModelIndex;
class QTableView;

namespace Inflection::RecordGrid {

// Row selection, editing by typing, one line a row (however many rows), Tab moving between cells.
void configure(QTableView *view);
// The edit triggers of an editable table, or none when read-only.
void setEditable(QTableView *view, bool editable);
// A row just added: scrolled into view, the only one selected (whatever modifier the shortcut that
// added it held), and its cell at index open for typing when the table is editable.
void showNewRow(QTableView *view, const QModelIndex &index);

} // namespace Inflection::RecordGrid
