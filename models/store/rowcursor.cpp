// A SELECT read forward on the connection's own SQLite handle, or through QSqlQuery.
#include "rowcursor.h"

#include "sqlitesupport.h"

#include <QSqlError>
#include <sqlite3.h>

namespace Inflection {

RowCursor::RowCursor(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    if (sqlite3 *handle = SqliteSupport::handleOf(db)) {
        m_native = true;
        if (sqlite3_prepare16_v2(
                handle, sql.utf16(), int(sql.size() * sizeof(char16_t)), &m_statement, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return;
    }
    m_query.setForwardOnly(true);
    if (!m_query.exec(sql))
        m_error = m_query.lastError().text();
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement);
}

bool RowCursor::next()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_native)
        return m_query.next();
    if (!m_statement)
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

QString RowCursor::text(int column) const
{
    if (!m_native)
        return m_query.value(column).toString();
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / int(sizeof(char16_t)));
}

qint64 RowCursor::integer(int column) const
{
    if (!m_native)
        return m_query.value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool RowCursor::isNull(int column) const
{
    if (!m_native)
        return m_query.value(column).isNull();
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace Inflection
