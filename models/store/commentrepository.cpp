// SQL for comments.
#include "commentrepository.h"

#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QString selectColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, field, exact, prefix, suffix, "
      u"anchor_start, anchor_end, author, text, resolved_by, resolved_at, parent FROM comment"_s;

Comment commentFromQuery(const QSqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.revision = q.value(2).toInt();
    c.createdAt = timestampFromText(q.value(3).toString());
    c.updatedAt = timestampFromText(q.value(4).toString());
    c.updatedBy = q.value(5).toString();
    c.reviewId = q.value(6).toLongLong();
    c.field = q.value(7).toString();
    c.anchor.exact = q.value(8).toString();
    c.anchor.prefix = q.value(9).toString();
    c.anchor.suffix = q.value(10).toString();
    c.anchor.start = q.value(11).toLongLong();
    c.anchor.end = q.value(12).toLongLong();
    c.author = q.value(13).toString();
    c.text = q.value(14).toString();
    c.resolvedBy = q.value(15).toString();
    c.resolvedAt = timestampFromText(q.value(16).toString());
    c.parentUuid = q.value(17).toString();
    return c;
}

RecordWriter::ColumnValues anchorColumns(const TextAnchor &a)
{
    using RecordWriter::text;
    return {{u"exact"_s, text(a.exact)}, {u"prefix"_s, text(a.prefix)}, {u"suffix"_s, text(a.suffix)},
        {u"anchor_start"_s, a.start}, {u"anchor_end"_s, a.end}};
}

} // namespace

CommentRepository::CommentRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<Comment> CommentRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY created_at, id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, commentFromQuery, error);
}

std::optional<Comment> CommentRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, commentFromQuery, error);
}

std::optional<Comment> CommentRepository::insert(const Comment &comment, QString *error)
{
    RecordWriter::ColumnValues columns = anchorColumns(comment.anchor);
    columns += {{u"review"_s, comment.reviewId}, {u"field"_s, comment.field},
        {u"author"_s, RecordWriter::text(comment.author)}, {u"text"_s, RecordWriter::text(comment.text)},
        {u"resolved_by"_s, RecordWriter::text(comment.resolvedBy)},
        {u"resolved_at"_s,
            comment.resolvedAt.isValid() ? QVariant(timestampToText(comment.resolvedAt))
                                         : QVariant(QMetaType::fromType<QString>())},
        {u"parent"_s,
            comment.parentUuid.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(comment.parentUuid)}};
    const auto result = RecordUpdate::create(m_workspace, u"comment"_s, comment, columns,
        {{comment.reviewId, {}, {}, u"created"_s, u"comment"_s, comment.anchor.exact, comment.text}},
        [&] { return find(comment.uuid); });
    if (!result.isSaved()) {
        *error = result.errorMessage().isEmpty()
            ? QCoreApplication::translate("Inflection::CommentRepository", "The comment already exists.")
            : result.errorMessage();
        return std::nullopt;
    }
    return result.record();
}

CommentSaveResult CommentRepository::setResolved(const Comment &base, bool resolved)
{
    Comment edited = base;
    edited.resolvedBy = resolved ? m_workspace->author() : QString();
    edited.resolvedAt = resolved ? QDateTime::currentDateTimeUtc() : QDateTime();
    const QString at = resolved ? timestampToText(edited.resolvedAt) : QString();
    return RecordUpdate::update(m_workspace, u"comment"_s, base, edited,
        {{u"resolved_by"_s, RecordWriter::text(edited.resolvedBy)},
            {u"resolved_at"_s, resolved ? QVariant(at) : QVariant(QMetaType::fromType<QString>())}},
        {{base.reviewId, {}, {}, resolved ? u"resolved"_s : u"reopened"_s, u"comment"_s, base.anchor.exact,
            {}}},
        [&] { return find(base.uuid); });
}

CommentSaveResult CommentRepository::updateText(const Comment &base, const QString &text)
{
    Comment edited = base;
    edited.text = text;
    return RecordUpdate::update(m_workspace, u"comment"_s, base, edited,
        {{u"text"_s, RecordWriter::text(text)}},
        {{base.reviewId, {}, {}, u"updated"_s, u"comment.text"_s, base.text, text}},
        [&] { return find(base.uuid); });
}

CommentSaveResult CommentRepository::remove(const Comment &base)
{
    return RecordUpdate::remove(m_workspace, u"comment"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"comment"_s, base.text, {}}, [&] { return find(base.uuid); });
}

bool CommentRepository::updateAnchors(const QList<Comment> &comments, QString *error)
{
    if (comments.isEmpty())
        return true;
    if (m_workspace->isReadOnly()) {
        *error = RecordUpdate::readOnlyMessage();
        return false;
    }
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(
        u"UPDATE comment SET exact = :exact, prefix = :prefix, suffix = :suffix, anchor_start = :start, "
        u"anchor_end = :end WHERE uuid = :uuid"_s);
    for (const Comment &c : comments) {
        q.bindValue(u":exact"_s, RecordWriter::text(c.anchor.exact));
        q.bindValue(u":prefix"_s, RecordWriter::text(c.anchor.prefix));
        q.bindValue(u":suffix"_s, RecordWriter::text(c.anchor.suffix));
        q.bindValue(u":start"_s, c.anchor.start);
        q.bindValue(u":end"_s, c.anchor.end);
        q.bindValue(u":uuid"_s, c.uuid);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return false;
    }
    return true;
}

} // namespace Inflection
