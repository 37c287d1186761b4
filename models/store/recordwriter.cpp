// Optimistic-concurrency updates and change-log rows, shared by the repositories.
#include "recordwriter.h"

#include "../domain/textchange.h"
#include "../domain/timestamp.h"
#include "bulkinserter.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Inflection::RecordWriter {

Result<> update(QSqlDatabase &db, const QString &table, qint64 id, int revision, const ColumnValues &columns,
    const QString &author, const QString &now)
{
    QStringList assignments;
    for (const auto &column : columns)
        assignments += column.first + u" = :"_s + column.first;
    assignments += {u"revision = revision + 1"_s, u"updated_at = :now_"_s, u"updated_by = :by_"_s};
    QSqlQuery query(db);
    query.prepare(u"UPDATE "_s + table + u" SET "_s + assignments.join(u", "_s)
        + u" WHERE id = :id_ AND revision = :revision_"_s);
    for (const auto &column : columns)
        query.bindValue(u':' + column.first, column.second);
    query.bindValue(u":now_"_s, now);
    query.bindValue(u":by_"_s, text(author));
    query.bindValue(u":id_"_s, id);
    query.bindValue(u":revision_"_s, revision);
    if (!query.exec())
        return Result<>::failure(SqlDialect::of(db).describeWriteError(query.lastError()));
    if (query.numRowsAffected() != 1)
        return Result<>::failure(ErrorKind::Conflict, QString());
    return {};
}

Result<qint64> insert(QSqlDatabase &db, const QString &table, const QString &uuid,
    const ColumnValues &columns, const QString &author, const QString &now, const QString &createdAt)
{
    QStringList names;
    QVariantList values;
    for (const auto &column : columns) {
        names += column.first;
        values += column.second;
    }
    return BulkInserter(db, table, names, author, now).insert(uuid, values, createdAt);
}

Result<> remove(QSqlDatabase &db, const QString &table, qint64 id, int revision)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM "_s + table + u" WHERE id = :id AND revision = :revision"_s);
    query.bindValue(u":id"_s, id);
    query.bindValue(u":revision"_s, revision);
    if (!query.exec())
        return Result<>::failure(SqlDialect::of(db).describeWriteError(query.lastError()));
    if (query.numRowsAffected() != 1)
        return Result<>::failure(ErrorKind::Conflict, QString());
    return {};
}

namespace {

// The review's updated_at and updated_by follow a change of anything in it (never back in time).
Result<> touchReview(QSqlDatabase &db, const ChangeLogEntry &entry)
{
    // A review's import keeps the time of the copy it came from (its own row is already written); rows
    // imported into a review (a timeline's events) are a change of it like any other.
    if (entry.what == u"imported"_s && entry.field.isEmpty())
        return {};
    // Not a revision: the review's own fields were not changed, so no edit of them can conflict.
    QSqlQuery query(db);
    query.prepare(
        u"UPDATE review SET updated_at = :at, updated_by = :by WHERE id = :review AND updated_at < :again"_s);
    query.bindValue(u":at"_s, entry.at);
    query.bindValue(u":by"_s, text(entry.by));
    query.bindValue(u":review"_s, entry.review);
    query.bindValue(u":again"_s, entry.at);
    if (!query.exec())
        return Result<>::failure(SqlDialect::of(db).describeWriteError(query.lastError()));
    return {};
}

} // namespace

Result<> log(QSqlDatabase &db, const ChangeLogEntry &entry)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO change_log (review, at, by, what, field, old_value, new_value) "
                  u"VALUES (:review, :at, :by, :what, :field, :old, :new)"_s);
    query.bindValue(u":review"_s, entry.review);
    query.bindValue(u":at"_s, entry.at);
    query.bindValue(u":by"_s, text(entry.by));
    query.bindValue(u":what"_s, entry.what);
    query.bindValue(
        u":field"_s, entry.field.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : entry.field);
    const auto isLong = [](const QVariant &value) {
        return value.typeId() == QMetaType::QString && value.toString().size() > longTextLength;
    };
    if (isLong(entry.oldValue) || isLong(entry.newValue)) {
        query.bindValue(
            u":old"_s, entry.keepOldWhole ? entry.oldValue : QVariant(QMetaType::fromType<QString>()));
        query.bindValue(u":new"_s, describeTextChange(entry.oldValue.toString(), entry.newValue.toString()));
    } else {
        query.bindValue(u":old"_s, entry.oldValue);
        query.bindValue(u":new"_s, entry.newValue);
    }
    if (!query.exec())
        return Result<>::failure(SqlDialect::of(db).describeWriteError(query.lastError()));
    return touchReview(db, entry);
}

QString now()
{
    return timestampToText(QDateTime::currentDateTimeUtc());
}

QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(timestampToText(value)) : QVariant(QMetaType::fromType<QString>());
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace Inflection::RecordWriter
