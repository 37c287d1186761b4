// The writes every table of user content shares: optimistic updates and change-log entries.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <utility>

namespace Inflection::RecordWriter {

using ColumnValues = QList<std::pair<QString, QVariant>>;

enum class Outcome {
    Written,
    Stale, // no row had that id and revision: someone else changed (or deleted) it first
    Failed,
};

// UPDATE table SET columns…, revision = revision + 1, updated_at = now, updated_by = author
// WHERE id = id AND revision = revision. Table and column names are the caller's fixed strings,
// never input; values are bound.
Outcome update(QSqlDatabase &db, const QString &table, qint64 id, int revision, const ColumnValues &columns,
    const QString &author, const QString &now, QString *error);
// INSERT INTO table (uuid, revision 1, created_at = createdAt or now, updated_at = now,
// updated_by = author, columns…). Returns the new row's id, or 0 with error set.
qint64 insert(QSqlDatabase &db, const QString &table, const QString &uuid, const ColumnValues &columns,
    const QString &author, const QString &now, QString *error, const QString &createdAt = QString());
// DELETE FROM table WHERE id = id AND revision = revision.
Outcome remove(QSqlDatabase &db, const QString &table, qint64 id, int revision, QString *error);

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

bool log(QSqlDatabase &db, const ChangeLogEntry &entry, QString *error);

// The current time as stored: UTC ISO-8601 with milliseconds and Z.
QString now();
// Text columns are NOT NULL: a null QString would bind as NULL, so it becomes an empty string.
QString text(const QString &value);

} // namespace Inflection::RecordWriter
