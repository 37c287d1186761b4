// SQL for review records: prepared statements only, one transaction per change.
#include "reviewrepository.h"

#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "sqlitesupport.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

// The last history entry comes along as one text, its parts split by the unit separator.
const QString selectColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, kind, title, status, system, tags, "
      u"owner, "
      u"meeting_at, superseded_by, (SELECT at || char(31) || by || char(31) || what || char(31) || "
      u"coalesce(field, '') FROM change_log WHERE change_log.review = review.id ORDER BY at DESC, id DESC "
      u"LIMIT 1) FROM review"_s;

Review reviewFromQuery(const QSqlQuery &q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.revision = q.value(2).toInt();
    r.createdAt = timestampFromText(q.value(3).toString());
    r.updatedAt = timestampFromText(q.value(4).toString());
    r.updatedBy = q.value(5).toString();
    r.kind = reviewKindFromKey(q.value(6).toString()).value_or(ReviewKind::Architecture);
    r.title = q.value(7).toString();
    r.status = reviewStatusFromKey(q.value(8).toString()).value_or(ReviewStatus::Draft);
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

QString readOnlyMessage()
{
    return QCoreApplication::translate(
        "Inflection::ReviewRepository", "The workspace is read-only; the change was not saved.");
}

QVariant storedValue(ReviewField field, const QVariant &value)
{
    if (field == ReviewField::MeetingAt) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? QVariant(timestampToText(time)) : QVariant(QMetaType::fromType<QString>());
    }
    if (field == ReviewField::SupersededBy && value.toString().isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return text(value.toString());
}

} // namespace

ReviewRepository::ReviewRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

std::optional<Review> ReviewRepository::create(ReviewKind kind, const QString &title, QString *error)
{
    if (m_workspace->isReadOnly()) {
        *error = readOnlyMessage();
        return std::nullopt;
    }
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return std::nullopt;
    }
    // Random (version 4), not time-ordered: a review is named on the command line by the start of
    // its uuid, which must differ between reviews made in the same minute.
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = RecordWriter::now();
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO review (uuid, revision, created_at, updated_at, updated_by, kind, title, owner) "
        u"VALUES (:uuid, 1, :now, :now, :by, :kind, :title, :owner)"_s);
    insert.bindValue(u":uuid"_s, uuid);
    insert.bindValue(u":now"_s, now);
    insert.bindValue(u":by"_s, text(m_workspace->author()));
    insert.bindValue(u":kind"_s, reviewKindKey(kind));
    insert.bindValue(u":title"_s, text(title));
    insert.bindValue(u":owner"_s, text(m_workspace->author()));
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!RecordWriter::log(db, {id, now, m_workspace->author(), u"created"_s, {}, {}, {}}, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return std::nullopt;
    }
    return find(uuid, error);
}

std::optional<Review> ReviewRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, reviewFromQuery, error);
}

QList<Review> ReviewRepository::all(QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" ORDER BY id"_s);
    return queryRows(q, reviewFromQuery, error);
}

QList<Review> ReviewRepository::mostRecent(int limit, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" ORDER BY updated_at DESC, id DESC LIMIT :limit"_s);
    q.bindValue(u":limit"_s, limit);
    return queryRows(q, reviewFromQuery, error);
}

QList<Review> ReviewRepository::findByUuidPrefix(const QString &prefix, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    // substr() rather than LIKE, so that '%' and '_' in the argument mean themselves.
    q.prepare(selectColumns + u" WHERE substr(uuid, 1, length(:prefix)) = :prefix ORDER BY id"_s);
    q.bindValue(u":prefix"_s, prefix.toLower());
    return queryRows(q, reviewFromQuery, error);
}

ReviewSaveResult ReviewRepository::updateField(const Review &base, ReviewField field, const QVariant &value)
{
    return updateFields(base, {{field, value}});
}

ReviewSaveResult ReviewRepository::updateFields(const Review &base, const FieldValues &values)
{
    if (values.isEmpty())
        return ReviewSaveResult::saved(base);
    Review edited = base;
    RecordWriter::ColumnValues columns;
    QList<RecordWriter::ChangeLogEntry> log;
    for (const auto &[field, value] : values) {
        if (!edited.setField(field, value))
            return ReviewSaveResult::failed(
                QCoreApplication::translate("Inflection::ReviewRepository", "“%1” is not a valid %2.")
                    .arg(value.toString(), reviewFieldDisplayName(field)));
        columns.append({reviewFieldKey(field), storedValue(field, value)});
        log.append({base.id, {}, {}, u"updated"_s, reviewFieldKey(field),
            storedValue(field, base.field(field)), storedValue(field, value)});
    }
    auto result = RecordUpdate::update(
        m_workspace, u"review"_s, base, edited, columns, log, [&] { return find(base.uuid); });
    if (!result.isSaved())
        return result;
    // The saved record's last change is this one.
    Review saved = result.record();
    saved.lastChangeAt = saved.updatedAt;
    saved.lastChangeBy = saved.updatedBy;
    saved.lastChangeWhat = u"updated"_s;
    saved.lastChangeField = log.constLast().field;
    return ReviewSaveResult::saved(saved);
}

std::optional<QSet<QString>> ReviewRepository::search(const QString &userText, QString *error) const
{
    const QString match = SqliteSupport::fullTextQuery(userText);
    if (match.isEmpty())
        return std::nullopt; // nothing to search for: no filter
    QSet<QString> uuids;
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT review.uuid FROM review_search JOIN review ON review.id = review_search.rowid "
              u"WHERE review_search MATCH :match"_s);
    q.bindValue(u":match"_s, match);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return uuids;
    }
    while (q.next())
        uuids.insert(q.value(0).toString());
    return uuids;
}

} // namespace Inflection
