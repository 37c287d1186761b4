// The full-text index of everything a review holds (review_search): every write queues its review
// (search_pending, by the schema's triggers), and the queued reviews are indexed before each search;
// searched with a snippet of where each review matched.
#pragma once

#include "../domain/result.h"
#include "../domain/searchhit.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace Inflection {

class Workspace;

class SearchIndex
{
public:
    // The schema version that indexes every part of a review (008-search-everything.sql).
    static constexpr int fullVersion = 8;

    // The index columns of a schema version: the places a word can be found.
    static QStringList places(int schemaVersion);

    // Rebuilds the index rows of the reviews the schema's triggers queued (search_pending), in the
    // transaction open on db. A search calls it first, so an edit costs only its queue entry and a bulk
    // write (an import, a whole timeline) indexes each review once. Does nothing below fullVersion or while
    // the file is not yet at the schema this build knows (in the middle of its migrations).
    static Result<> updatePending(QSqlDatabase &db);
    // Whether a review waits to be indexed (a search on a writable workspace indexes it first).
    static Result<bool> anyPending(QSqlDatabase &db);
    // Queues every review and rebuilds the whole index.
    static Result<> rebuild(Workspace *workspace);

    // The reviews matching every word of userText (the last one also as the start of a word), best
    // first; nothing (no filter) when there is nothing to search for.
    static Result<std::optional<QList<SearchHit>>> search(Workspace *workspace, const QString &userText);
};

} // namespace Inflection
