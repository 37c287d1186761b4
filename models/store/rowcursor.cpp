// A SELECT read forward on the connection's own SQLite handle, or through QSqlQuery.
#include "rowcursor.h"

#include "sqlitesupport.h"

#include "../domain/timestamp.h"

#include <QSqlError>
#include <sqlite3.h>
#include <tuple>

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
    // SQLite keeps the workspace's texts as UTF-8: read as they are, not converted by SQLite first.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QString RowCursor::word(int column) const
{
    if (!m_native)
        return text(column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    const int size = sqlite3_column_bytes(m_statement, column);
    QHash<QByteArray, QString> &words = m_words[column];
    // The bytes are looked up where SQLite holds them; a copy only for a value met the first time.
    const QByteArray bytes = QByteArray::fromRawData(data, size);
    if (const auto it = words.constFind(bytes); it != words.cend())
        return *it;
    QString value = QString::fromUtf8(data, size);
    if (words.size() < 256)
        words.insert(QByteArray(data, size), value);
    return value;
}

QDateTime RowCursor::timestamp(int column) const
{
    if (!m_native)
        return timestampFromText(m_query.value(column).toString());
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? timestampFromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QDateTime();
}

QDate RowCursor::date(int column) const
{
    if (!m_native)
        return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = data ? sqlite3_column_bytes(m_statement, column) : 0;
    if (size != 10 || data[4] != '-' || data[7] != '-')
        return size > 0 ? QDate::fromString(QString::fromUtf8(data, size), Qt::ISODate) : QDate();
    int parts[3] = {0, 0, 0};
    for (const auto &[part, from, length] :
        {std::tuple {0, 0, 4}, std::tuple {1, 5, 2}, std::tuple {2, 8, 2}}) {
        for (int i = from; i < from + length; ++i) {
            if (data[i] < '0' || data[i] > '9')
                return {};
            parts[part] = parts[part] * 10 + (data[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
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
