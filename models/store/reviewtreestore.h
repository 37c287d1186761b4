// Reads and writes a review with everything in it, whole: for the interchange format, publishing a
// review to another workspace and copying workspaces.
#pragma once

#include "../domain/result.h"
#include "../domain/reviewtree.h"

namespace Inflection {

class Workspace;

class ReviewTreeStore
{
public:
    explicit ReviewTreeStore(Workspace *workspace);

    // The review and everything in it, lists in display order. Its updatedAt is the last edit of the
    // review or of anything in it made here since it was last imported.
    Result<ReviewTree> read(const QString &uuid) const;

    struct Written
    {
        bool created = false; // a new review; otherwise the stored one was replaced
        // false: on a server whose login may not keep the authors (not the workspace's administrator),
        // the server recorded the login as the author of every row written (ScopedTransaction::keepAuthors).
        bool authorsKept = true;
    };
    // Writes tree in one transaction, every record with its own times and author: a new review, or the
    // stored one with the same uuid replaced with everything in it. Refused when the workspace has that
    // uuid as another kind of review; Newer when the stored copy was edited after tree.review.updatedAt,
    // unless force. Nothing is written unless all is. Logged as imported now, by this workspace's author;
    // asCreated: as created when tree.review was, by its author (a history written whole, as the demo's).
    Result<Written> write(const ReviewTree &tree, bool force, bool asCreated = false);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
