// SQL for comments.
#include "commentrepository.h"

#include "../domain/timestamp.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "rowreader.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const RowReader<Comment> rows {u"comment"_s,
    {u"field"_s, u"exact"_s, u"prefix"_s, u"suffix"_s, u"anchor_start"_s, u"anchor_end"_s, u"author"_s,
        u"text"_s, u"resolved_by"_s, u"resolved_at"_s, u"parent"_s},
    [](const QSqlQuery &q, int first, Comment &c) {
        c.field = q.value(first).toString();
        c.anchor.exact = q.value(first + 1).toString();
        c.anchor.prefix = q.value(first + 2).toString();
        c.anchor.suffix = q.value(first + 3).toString();
        c.anchor.start = q.value(first + 4).toLongLong();
        c.anchor.end = q.value(first + 5).toLongLong();
        c.author = q.value(first + 6).toString();
        c.text = q.value(first + 7).toString();
        c.resolvedBy = q.value(first + 8).toString();
        c.resolvedAt = timestampFromText(q.value(first + 9).toString());
        c.parentUuid = q.value(first + 10).toString();
    }};

RecordWriter::ColumnValues anchorColumns(const TextAnchor &a)
{
    return {{u"exact"_s, text(a.exact)}, {u"prefix"_s, text(a.prefix)}, {u"suffix"_s, text(a.suffix)},
        {u"anchor_start"_s, a.start}, {u"anchor_end"_s, a.end}};
}

} // namespace

CommentRepository::CommentRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<QList<Comment>> CommentRepository::forReview(qint64 reviewId) const
{
    return rows.forReview(m_workspace->database(), reviewId, u"created_at, id"_s);
}

Result<Comment> CommentRepository::find(const QString &uuid) const
{
    return rows.find(m_workspace->database(), uuid);
}

RecordWriter::ColumnValues CommentRepository::columnsOf(const Comment &comment)
{
    RecordWriter::ColumnValues columns = anchorColumns(comment.anchor);
    columns
        += {{u"review"_s, comment.reviewId}, {u"field"_s, comment.field}, {u"author"_s, text(comment.author)},
            {u"text"_s, text(comment.text)}, {u"resolved_by"_s, text(comment.resolvedBy)},
            {u"resolved_at"_s, RecordWriter::time(comment.resolvedAt)},
            {u"parent"_s,
                comment.parentUuid.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(comment.parentUuid)}};
    return columns;
}

Result<Comment> CommentRepository::insert(const Comment &comment)
{
    return RecordUpdate::create(m_workspace, u"comment"_s, comment, columnsOf(comment),
        {{comment.reviewId, {}, {}, u"created"_s, u"comment"_s, comment.anchor.exact, comment.text}},
        [&] { return find(comment.uuid); });
}

Result<Comment> CommentRepository::setResolved(const Comment &base, bool resolved)
{
    Comment edited = base;
    edited.resolvedBy = resolved ? m_workspace->author() : QString();
    edited.resolvedAt = resolved ? QDateTime::currentDateTimeUtc() : QDateTime();
    return RecordUpdate::update(m_workspace, u"comment"_s, base, edited,
        {{u"resolved_by"_s, text(edited.resolvedBy)},
            {u"resolved_at"_s, RecordWriter::time(edited.resolvedAt)}},
        {{base.reviewId, {}, {}, resolved ? u"resolved"_s : u"reopened"_s, u"comment"_s, base.anchor.exact,
            {}}},
        [&] { return find(base.uuid); });
}

Result<Comment> CommentRepository::updateText(const Comment &base, const QString &newText)
{
    Comment edited = base;
    edited.text = newText;
    return RecordUpdate::update(m_workspace, u"comment"_s, base, edited, {{u"text"_s, text(newText)}},
        {{base.reviewId, {}, {}, u"updated"_s, u"comment.text"_s, base.text, newText}},
        [&] { return find(base.uuid); });
}

Result<Comment> CommentRepository::remove(const Comment &base)
{
    return RecordUpdate::remove(m_workspace, u"comment"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"comment"_s, base.text, {}}, [&] { return find(base.uuid); });
}

Result<> CommentRepository::updateAnchors(const QList<Comment> &comments)
{
    if (comments.isEmpty())
        return {};
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery q(db);
    q.prepare(
        u"UPDATE comment SET exact = :exact, prefix = :prefix, suffix = :suffix, anchor_start = :start, "
        u"anchor_end = :end WHERE uuid = :uuid"_s);
    for (const Comment &c : comments) {
        q.bindValue(u":exact"_s, text(c.anchor.exact));
        q.bindValue(u":prefix"_s, text(c.anchor.prefix));
        q.bindValue(u":suffix"_s, text(c.anchor.suffix));
        q.bindValue(u":start"_s, c.anchor.start);
        q.bindValue(u":end"_s, c.anchor.end);
        q.bindValue(u":uuid"_s, c.uuid);
        if (!q.exec())
            return Result<>::failure(q.lastError().text());
    }
    return transaction.commit();
}

} // namespace Inflection
