// How the review pages set up their record tables, so that they all behave alike.
#pragma once

class QTableView;

namespace Inflection::RecordGrid {

// Row selection, editing by typing, one line a row (however many rows), Tab moving between cells.
void configure(QTableView *view);
// The edit triggers of an editable table, or none when read-only.
void setEditable(QTableView *view, bool editable);

} // namespace Inflection::RecordGrid
