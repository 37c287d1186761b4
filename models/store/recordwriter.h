// The writes every table of user content shares: optimistic updates and change-log entries.
#pragma once

#include "../domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <utility>

namespace Inflection::RecordWriter {

using ColumnValues = QList<std::pair<QString, QVariant>>;

// UPDATE table SET columns…, revision = revision + 1, updated_at = now, updated_by = author
// WHERE id = id AND revision = revision. Table and column names are the caller's fixed strings,
// never input; values are bound. ErrorKind::Conflict when no row had that id and revision: someone
// else changed (or deleted) it first.
Result<> update(QSqlDatabase &db, const QString &table, qint64 id, int revision, const ColumnValues &columns,
    const QString &author, const QString &now);
// INSERT INTO table (uuid, revision 1, created_at = createdAt or now, updated_at = now,
// updated_by = author, columns…). Returns the new row's id.
Result<qint64> insert(QSqlDatabase &db, const QString &table, const QString &uuid,
    const ColumnValues &columns, const QString &author, const QString &now,
    const QString &createdAt = QString());
// DELETE FROM table WHERE id = id AND revision = revision; a conflict as for update().
Result<> remove(QSqlDatabase &db, const QString &table, qint64 id, int revision);

struct ChangeLogEntry
{
    qint64 review = 0;
    QString at;
    QString by;
    QString what; // "created", "updated", "deleted", "moved"
    QString field; // e.g. "title" or "contingency.impact"; empty for whole records
    QVariant oldValue;
    QVariant newValue;
    // Long texts are logged as a summary of the change (describeTextChange); set to keep the old
    // value whole (a text overwritten in a conflict stays in the history).
    bool keepOldWhole = false;
};

// Records a change in the review's history, and moves the review's last change (its updated_at and
// updated_by) with it: whatever part of a review is edited, the review shows it changed.
Result<> log(QSqlDatabase &db, const ChangeLogEntry &entry);

// The current time as stored: UTC ISO-8601 with milliseconds and Z.
QString now();
// Text columns are NOT NULL: a null QString would bind as NULL, so it becomes an empty string.
QString text(const QString &value);
// A time as stored (timestampToText), or NULL when there is none.
QVariant time(const QDateTime &value);
// A date as stored (ISO 8601), or NULL when there is none.
QVariant date(const QDate &value);

} // namespace Inflection::RecordWriter
