// Runs a prepared, bound SELECT and turns its rows into records.
#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace Inflection {

// read(const QSqlQuery &) -> Row, for each row.
template<typename Read>
auto queryRows(QSqlQuery &query, Read read, QString *error)
{
    QList<decltype(read(query))> rows;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.append(read(query));
    return rows;
}

// The first row, or nullopt (with error set only when the query failed).
template<typename Read>
auto queryRow(QSqlQuery &query, Read read, QString *error) -> std::optional<decltype(read(query))>
{
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return read(query);
}

} // namespace Inflection
