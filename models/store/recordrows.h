// Reading rows into records: the columns every table of user content starts with, and prepared SELECTs
// turned into lists of records or one record.
#pragma once

#include "../domain/result.h"
#include "../domain/storedrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Inflection::RecordRows {

// "id, uuid, revision, created_at, updated_at, updated_by": first in every SELECT of a record.
QString metaColumns();
constexpr int metaColumnCount = 6;
// Reads the meta columns (0 to 5) of the current row.
void readMeta(const QSqlQuery &query, StoredRecord *record);

QString notFoundMessage();

// read(const QSqlQuery &) -> Row, for each row of a prepared, bound SELECT.
template<typename Read>
auto list(QSqlQuery &query, Read read) -> Result<QList<decltype(read(query))>>
{
    using Rows = QList<decltype(read(query))>;
    if (!query.exec())
        return Result<Rows>::failure(query.lastError().text());
    Rows rows;
    while (query.next())
        rows.append(read(query));
    return rows;
}

// The first row; ErrorKind::Missing when there is none.
template<typename Read>
auto one(QSqlQuery &query, Read read) -> Result<decltype(read(query))>
{
    using Row = decltype(read(query));
    if (!query.exec())
        return Result<Row>::failure(query.lastError().text());
    if (!query.next())
        return Result<Row>::failure(ErrorKind::Missing, notFoundMessage());
    return read(query);
}

// Rows of (review id, count), as a hash.
Result<QHash<qint64, int>> countsByReview(QSqlQuery &query);

} // namespace Inflection::RecordRows
