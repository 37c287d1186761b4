// Inserts rows of user content into one table with one prepared statement, so that a thousand or a
// million rows cost one prepare: uuid, revision 1, created_at, updated_at, updated_by, then the
// caller's columns. On SQLite the statement runs on the connection's own handle (the connection
// stays Qt's): binding through QSqlQuery costs more than SQLite's own insert. On a server it is one
// prepared QSqlQuery, row by row, with RETURNING id.
#pragma once

#include "../domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Inflection {

class BulkInserter
{
public:
    // table and columns are the caller's fixed names, never input. rowsPerStatement > 1 makes
    // append() gather rows and write them that many to a statement (ids are not reported then).
    BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &author,
        const QString &now, int rowsPerStatement = 1);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // values in the order of columns. Returns the new row's id.
    Result<qint64> insert(
        const QString &uuid, const QVariantList &values, const QString &createdAt = QString());

    // For many rows whose ids are not needed: gathered, and written rowsPerStatement at a time.
    Result<> append(const QString &uuid, const QVariantList &values);
    // Writes the rows append() still holds.
    Result<> flush();

    QStringList columns() const { return m_columns; }

private:
    sqlite3_stmt *prepare(const QString &table, int rows);
    bool bind(sqlite3_stmt *statement, int index, const QVariant &value);
    Result<> step(sqlite3_stmt *statement, const QVariantList &values);
    QString lastError() const;
    Result<qint64> insertThroughQt(const QVariantList &row);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr; // one row
    sqlite3_stmt *m_batchStatement = nullptr; // rowsPerStatement rows
    QString m_table;
    int m_rowsPerStatement = 1;
    QVariantList m_pending; // values of the rows append() gathered, row after row
    QList<QByteArray> m_utf8; // the text bound to the statement about to run
    QString m_prepareError;
    QStringList m_columns;
    QString m_author;
    QString m_now;
    QSqlDatabase m_connection;
    QSqlQuery m_query; // the server's statement, when the connection is not SQLite's
    bool m_qtPrepared = false;
};

} // namespace Inflection
