// SQL for review records: prepared statements only, one transaction per change.
#include "reviewrepository.h"

#include "../domain/timestamp.h"
#include "recordrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "searchindex.h"
#include "sqldialect.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

// The last history entry comes along as one text, its parts split by the unit separator (written into the
// literal: SQLite's char() is PostgreSQL's chr()).
const QString selectColumns = u"SELECT "_s + RecordRows::metaColumns()
    + u", kind, title, status, system, tags, owner, meeting_at, superseded_by, (SELECT at || '\x1f' || by "
      u"|| '\x1f' || what || '\x1f' || "
      u"coalesce(field, '') FROM change_log WHERE change_log.review = review.id ORDER BY at DESC, id DESC "
      u"LIMIT 1) FROM review"_s;

Review reviewFromQuery(const QSqlQuery &q)
{
    Review r;
    RecordRows::readMeta(q, &r);
    r.kind = reviewKinds().fromKey(q.value(6).toString()).value_or(ReviewKind::Architecture);
    r.title = q.value(7).toString();
    r.status = reviewStatuses().fromKey(q.value(8).toString()).value_or(ReviewStatus::Draft);
    r.system = q.value(9).toString();
    r.tags = q.value(10).toString();
    r.owner = q.value(11).toString();
    r.meetingAt = timestampFromText(q.value(12).toString());
    r.supersededBy = q.value(13).toString();
    const QStringList last = q.value(14).toString().split(QChar(31));
    if (last.size() == 4) {
        r.lastChangeAt = timestampFromText(last.at(0));
        r.lastChangeBy = last.at(1);
        r.lastChangeWhat = last.at(2);
        r.lastChangeField = last.at(3);
    }
    return r;
}

QVariant storedValue(ReviewField field, const QVariant &value)
{
    if (field == ReviewField::MeetingAt)
        return RecordWriter::time(value.toDateTime());
    if (field == ReviewField::SupersededBy && value.toString().isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return text(value.toString());
}

} // namespace

ReviewRepository::ReviewRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<Review> ReviewRepository::create(ReviewKind kind, const QString &title)
{
    if (m_workspace->isReadOnly())
        return Result<Review>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Result<Review>::errorOf(begun);
    // Random (version 4), not time-ordered: a review is named on the command line by the start of
    // its uuid, which must differ between reviews made in the same minute.
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = RecordWriter::now();
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO review (uuid, revision, created_at, updated_at, updated_by, kind, title, owner) "
        u"VALUES (:uuid, 1, :now, :now, :by, :kind, :title, :owner) RETURNING id"_s);
    insert.bindValue(u":uuid"_s, uuid);
    insert.bindValue(u":now"_s, now);
    insert.bindValue(u":by"_s, text(m_workspace->author()));
    insert.bindValue(u":kind"_s, reviewKinds().key(kind));
    insert.bindValue(u":title"_s, text(title));
    insert.bindValue(u":owner"_s, text(m_workspace->author()));
    if (!insert.exec() || !insert.next())
        return Result<Review>::failure(SqlDialect::of(db).describeWriteError(insert.lastError()));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    if (Result<> logged = RecordWriter::log(db, {id, now, m_workspace->author(), u"created"_s, {}, {}, {}});
        !logged)
        return Result<Review>::errorOf(logged);
    if (Result<> committed = transaction.commit(); !committed)
        return Result<Review>::errorOf(committed);
    return find(uuid);
}

Result<Review> ReviewRepository::find(const QString &uuid) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return RecordRows::one(q, reviewFromQuery);
}

Result<QList<Review>> ReviewRepository::all() const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" ORDER BY id"_s);
    return RecordRows::list(q, reviewFromQuery);
}

Result<QList<Review>> ReviewRepository::mostRecent(int limit) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" ORDER BY updated_at DESC, id DESC LIMIT :limit"_s);
    q.bindValue(u":limit"_s, limit);
    return RecordRows::list(q, reviewFromQuery);
}

Result<QList<Review>> ReviewRepository::findByUuidPrefix(const QString &prefix) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    // substr() rather than LIKE, so that '%' and '_' in the argument mean themselves.
    q.prepare(selectColumns + u" WHERE substr(uuid, 1, length(:prefix)) = :prefix ORDER BY id"_s);
    q.bindValue(u":prefix"_s, prefix.toLower());
    return RecordRows::list(q, reviewFromQuery);
}

Result<Review> ReviewRepository::updateField(const Review &base, ReviewField field, const QVariant &value)
{
    return updateFields(base, {{field, value}});
}

Result<Review> ReviewRepository::updateFields(const Review &base, const FieldValues &values)
{
    if (values.isEmpty())
        return base;
    Review edited = base;
    RecordWriter::ColumnValues columns;
    QList<RecordWriter::ChangeLogEntry> log;
    for (const auto &[field, value] : values) {
        if (!edited.setField(field, value))
            return Result<Review>::failure(ErrorKind::Refused,
                QCoreApplication::translate("Inflection::ReviewRepository", "“%1” is not a valid %2.")
                    .arg(value.toString(), reviewFields().displayName(field)));
        columns.append({reviewFields().key(field), storedValue(field, value)});
        log.append({base.id, {}, {}, u"updated"_s, reviewFields().key(field),
            storedValue(field, base.field(field)), storedValue(field, value)});
    }
    Result<Review> saved = RecordUpdate::update(
        m_workspace, u"review"_s, base, edited, columns, log, [&] { return find(base.uuid); });
    if (!saved)
        return saved;
    // The saved record's last change is this one.
    saved->lastChangeAt = saved->updatedAt;
    saved->lastChangeBy = saved->updatedBy;
    saved->lastChangeWhat = u"updated"_s;
    saved->lastChangeField = log.constLast().field;
    return saved;
}

QList<std::pair<QString, QVariant>> ReviewRepository::columnsOf(const Review &r)
{
    QList<std::pair<QString, QVariant>> columns;
    for (const ReviewField field : reviewFields().values())
        columns.append({reviewFields().key(field), storedValue(field, r.field(field))});
    return columns;
}

Result<> ReviewRepository::replace(qint64 id, const Review &review)
{
    const QList<std::pair<QString, QVariant>> columns = columnsOf(review);
    QStringList assignments;
    for (const auto &column : columns)
        assignments += column.first + u" = :"_s + column.first;
    QSqlQuery update(m_workspace->database());
    update.prepare(u"UPDATE review SET "_s + assignments.join(u", "_s)
        + u", created_at = :created_, updated_at = :at_, updated_by = :by_, revision = revision + 1 "
          u"WHERE id = :id_"_s);
    for (const auto &[column, value] : columns)
        update.bindValue(u':' + column, value);
    update.bindValue(u":created_"_s, timestampToText(review.createdAt));
    update.bindValue(u":at_"_s, timestampToText(review.updatedAt));
    update.bindValue(u":by_"_s, text(review.updatedBy));
    update.bindValue(u":id_"_s, id);
    if (!update.exec())
        return Result<>::failure(
            SqlDialect::of(m_workspace->database()).describeWriteError(update.lastError()));
    return {};
}

Result<std::optional<QSet<QString>>> ReviewRepository::search(const QString &userText) const
{
    using Found = Result<std::optional<QSet<QString>>>;
    const Result<std::optional<QList<SearchHit>>> hits = SearchIndex::search(m_workspace, userText);
    if (!hits)
        return Found::errorOf(hits);
    if (!*hits)
        return Found(std::nullopt);
    QSet<QString> uuids;
    for (const SearchHit &hit : **hits)
        uuids.insert(hit.uuid);
    return Found(std::optional<QSet<QString>>(std::move(uuids)));
}

} // namespace Inflection
