// Reads and writes comment threads on a review's texts.
#pragma once

#include "../domain/comment.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using CommentSaveResult = SaveResult<Comment>;

class CommentRepository
{
public:
    explicit CommentRepository(Workspace *workspace);

    // Every comment of the review, threads and replies, oldest first.
    QList<Comment> forReview(qint64 reviewId, QString *error = nullptr) const;
    std::optional<Comment> find(const QString &uuid, QString *error = nullptr) const;
    // Keeps comment.uuid when set (undo); makes a new one otherwise.
    std::optional<Comment> insert(const Comment &comment, QString *error);
    CommentSaveResult setResolved(const Comment &base, bool resolved);
    CommentSaveResult updateText(const Comment &base, const QString &text);
    CommentSaveResult remove(const Comment &base); // a thread goes with its replies
    // The anchors as the text now has them (after edits), in one transaction. Anchors follow the
    // text, so a newer revision of a comment (resolved meanwhile) does not stop its anchor moving.
    bool updateAnchors(const QList<Comment> &comments, QString *error);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
