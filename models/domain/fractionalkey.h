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
// count keys in increasing order, all strictly between before and after (either may be empty, as
// for between()), spread evenly so that later inserts between them stay short. Empty when before
// is not less than after.
QStringList spread(int count, const QString &before, const QString &after);
bool isValid(const QString &key);

} // namespace Inflection::FractionalKey
