// Reads and writes comment threads on a review's texts.
#pragma once

#include "../domain/comment.h"
#include "../domain/result.h"

#include <QList>
#include <QVariant>
#include <utility>

namespace Inflection {

class Workspace;

class CommentRepository
{
public:
    explicit CommentRepository(Workspace *workspace);

    // Every comment of the review, threads and replies, oldest first.
    Result<QList<Comment>> forReview(qint64 reviewId) const;
    Result<Comment> find(const QString &uuid) const;
    // Keeps comment.uuid when set (undo); makes a new one otherwise.
    Result<Comment> insert(const Comment &comment);
    Result<Comment> setResolved(const Comment &base, bool resolved);
    Result<Comment> updateText(const Comment &base, const QString &text);
    Result<Comment> remove(const Comment &base); // a thread goes with its replies
    // The anchors as the text now has them (after edits), in one transaction. Anchors follow the
    // text, so a newer revision of a comment (resolved meanwhile) does not stop its anchor moving.
    Result<> updateAnchors(const QList<Comment> &comments);
    // Every column of its row but the meta columns, as stored.
    static QList<std::pair<QString, QVariant>> columnsOf(const Comment &comment);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
