// The tables that hold a review's content, for the code that handles a review whole (replacing it on
// import, copying it between workspaces).
#pragma once

#include <QStringList>

namespace Inflection {

class ReviewTables
{
public:
    // Every table that names its review by the column "review", parents before children. Not in it:
    // vote (it names its question), change_log (history, not content), presence and the search index.
    static const QStringList &content();
};

} // namespace Inflection
