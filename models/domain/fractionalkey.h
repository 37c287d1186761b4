// Ordering keys that sort between any two neighbours, so moving one row writes one row.
#pragma once

#include <QString>

namespace Inflection::FractionalKey {

// A key strictly between before and after (byte order, as SQLite's BINARY collation compares
// TEXT). An empty before means "before everything", an empty after "after everything".
// Returns an empty string when before is not less than after.
QString between(const QString &before, const QString &after);
// count keys in increasing order, all after `after` (empty: from the start); for bulk inserts.
QStringList sequence(int count, const QString &after = QString());
bool isValid(const QString &key);

} // namespace Inflection::FractionalKey
