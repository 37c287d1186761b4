// The comment threads on a review's proposal, one row a thread, in the order of the text; orphans
// (whose quoted text is gone) last. Given the proposal's document, each thread's anchor follows the
// edits live (a QTextCursor a thread); after a reload it is found again by position or by its quote.
#pragma once

#include "domain/comment.h"
#include "editing/recordtablemodel.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTextCursor>
#include <optional>

class QTextDocument;

namespace Inflection {

class CommentRepository;

class CommentModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Roles {
        QuoteRole = FirstOwnRole, // the anchored text
        AuthorRole,
        TextRole,
        CreatedAtRole,
        ResolvedRole, // bool
        ResolvedByRole,
        ResolvedAtRole,
        OrphanRole, // bool: the quoted text is gone
        StartRole, // int: where the anchored text starts now (-1 for an orphan)
        EndRole,
        RepliesRole, // QStringList: "author: text" of each reply
    };

    CommentModel(
        CommentRepository *repository, qint64 reviewId, const QString &author, QObject *parent = nullptr);
    ~CommentModel() override;

    Result<> reload() override;
    // The text the anchors live in (the proposal editor's document). Set it again after its text was
    // replaced as a whole.
    void setDocument(QTextDocument *document);
    bool hasDocument() const { return m_document; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override; // one: the thread
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Comment *comment(const QString &uuid) const;
    QList<Comment> replies(const QString &threadUuid) const;
    QString threadUuid(int row) const;
    int rowOfThread(const QString &uuid) const;
    // Where a thread's text is now; nothing for an orphan.
    std::optional<std::pair<int, int>> range(const QString &threadUuid) const;
    // The thread (not resolved unless includeResolved) whose text holds position, if any.
    QString threadAt(int position, bool includeResolved = false) const;
    int orphanCount() const { return int(m_orphans.size()); }
    int openCount() const;

    // Undoable.
    QString addThread(int start, int end, const QString &text);
    QString reply(const QString &threadUuid, const QString &text);
    bool setResolved(const QString &threadUuid, bool resolved);
    bool removeThread(const QString &threadUuid);
    // Stores the anchors that moved with edits since (after the text itself was saved).
    bool storeAnchors();

    // For CommentCommand: store and show together; false (and a signal) when the store refused.
    bool storeInsert(QList<Comment> *comments);
    bool storeRemove(const QString &uuid, QList<Comment> *removed);
    bool storeResolved(const QString &uuid, bool resolved);

Q_SIGNALS:
    // Ranges moved or threads came, went or changed: highlights and the side panel follow.
    void anchorsChanged();

private:
    QString add(const Comment &comment);
    void rebuild(); // threads in text order, cursors from anchors
    void placeCursor(const Comment &thread, const QString &text);
    void documentChanged();

    CommentRepository *m_repository;
    qint64 m_reviewId;
    QString m_author;
    QPointer<QTextDocument> m_document;
    QList<Comment> m_comments; // every comment, threads and replies
    QStringList m_threads; // uuids of the threads, in row order
    QHash<QString, QTextCursor> m_cursors; // thread uuid -> its text, live
    QSet<QString> m_orphans;
};

} // namespace Inflection
