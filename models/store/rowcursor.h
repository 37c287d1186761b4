// Reads the rows of one SELECT forward, a value at a time, for reads of tens of thousands of rows
// (Insights): on a SQLite connection through its own handle, where Qt's cached result and variants cost
// more than SQLite's reading itself; on any other connection through QSqlQuery.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3_stmt;

namespace Inflection {

class RowCursor
{
public:
    // sql is the caller's fixed text, never input; nothing is bound.
    RowCursor(const QSqlDatabase &db, const QString &sql);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // Moves to the next row; false after the last one or on an error (see error()).
    bool next();
    QString text(int column) const; // a null value as an empty text
    // A text of few different values (a status, an owner, a category): one string for each value, made
    // the first time it is read, shared by every row after.
    QString word(int column) const;
    QDateTime timestamp(int column) const; // a stored time; invalid when null or not one
    QDate date(int column) const; // an ISO date ("2026-03-03"); invalid when null or not one
    qint64 integer(int column) const; // a null value as 0
    bool isNull(int column) const;
    // Why the statement could not run or a row could not be read; empty when nothing went wrong.
    QString error() const { return m_error; }

private:
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query; // when the connection is not SQLite's
    bool m_native = false;
    QString m_error;
    // word()'s strings by column and value; a column with too many values is read as text.
    mutable QHash<int, QHash<QByteArray, QString>> m_words;
};

} // namespace Inflection
