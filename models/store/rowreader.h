// Reading a table of a review's records: its SELECT (the meta columns, `review`, then its own), a row
// turned into a record, a review's rows in order, one row by uuid or by other columns.
#pragma once

#include "recordrows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

namespace Inflection {

template<typename Record>
struct RowReader
{
    QString table;
    QStringList columns; // after the meta columns and `review`, in the order read() takes them
    // Fills the record's own members from the row; the first of columns is at column `first`.
    void (*readOwn)(const QSqlQuery &query, int first, Record &record);

    QString select() const
    {
        return QStringLiteral("SELECT ") + RecordRows::metaColumns() + QStringLiteral(", review, ")
            + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table;
    }

    Record read(const QSqlQuery &query) const
    {
        Record record;
        RecordRows::readMeta(query, &record);
        record.reviewId = query.value(RecordRows::metaColumnCount).toLongLong();
        readOwn(query, RecordRows::metaColumnCount + 1, record);
        return record;
    }

    Result<QList<Record>> forReview(const QSqlDatabase &db, qint64 reviewId, const QString &orderBy) const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(select() + QStringLiteral(" WHERE review = :review ORDER BY ") + orderBy);
        q.bindValue(QStringLiteral(":review"), reviewId);
        return RecordRows::list(q, [this](const QSqlQuery &row) { return read(row); });
    }

    // ErrorKind::Missing when there is no such row.
    Result<Record> find(const QSqlDatabase &db, const QString &uuid) const
    {
        return findWhere(db, {{QStringLiteral("uuid"), uuid}});
    }

    // The first row whose columns have these values (column names are the code's, never input).
    Result<Record> findWhere(const QSqlDatabase &db, const QVariantMap &values) const
    {
        QStringList conditions;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            conditions += it.key() + QStringLiteral(" = :") + it.key();
        QSqlQuery q(db);
        q.prepare(select() + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(u':' + it.key(), it.value());
        return RecordRows::one(q, [this](const QSqlQuery &row) { return read(row); });
    }
};

} // namespace Inflection
