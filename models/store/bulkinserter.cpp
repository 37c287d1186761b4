// One prepared INSERT on the connection's sqlite3 handle, bound by position.
#include "bulkinserter.h"

#include "sqldialect.h"
#include "sqlitesupport.h"

#include "recordwriter.h"

#include <QCoreApplication>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

BulkInserter::BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns,
    const QString &author, const QString &now, int rowsPerStatement)
    : m_db(SqliteSupport::handleOf(db))
    , m_table(table)
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
    , m_columns(columns)
    , m_author(RecordWriter::text(author))
    , m_now(now)
    , m_connection(db)
    , m_query(db)
{
    if (!m_db && db.isOpen()) {
        const QStringList names
            = QStringList {u"uuid"_s, u"revision"_s, u"created_at"_s, u"updated_at"_s, u"updated_by"_s}
            + m_columns;
        QStringList placeholders(names.size(), u"?"_s);
        placeholders[1] = u"1"_s;
        m_qtPrepared = m_query.prepare(u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s)
            + u") VALUES ("_s + placeholders.join(u", "_s) + u") RETURNING id"_s);
        if (!m_qtPrepared)
            m_prepareError = SqlDialect::of(db).describeWriteError(m_query.lastError());
        return;
    }
    if (!m_db) {
        m_prepareError
            = QCoreApplication::translate("Inflection::BulkInserter", "The workspace is not open.");
        return;
    }
    m_statement = prepare(table, 1);
    if (m_statement && m_rowsPerStatement > 1)
        m_batchStatement = prepare(table, m_rowsPerStatement);
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_statement);
    sqlite3_finalize(m_batchStatement);
}

sqlite3_stmt *BulkInserter::prepare(const QString &table, int rows)
{
    const QStringList names
        = QStringList {u"uuid"_s, u"revision"_s, u"created_at"_s, u"updated_at"_s, u"updated_by"_s}
        + m_columns;
    QStringList placeholders(names.size(), u"?"_s);
    placeholders[1] = u"1"_s;
    const QString row = u'(' + placeholders.join(u", "_s) + u')';
    QStringList allRows(rows, row);
    const QString sql
        = u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) + u") VALUES "_s + allRows.join(u", "_s);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)), &statement, nullptr)
        != SQLITE_OK) {
        m_prepareError = lastError();
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

QString BulkInserter::lastError() const
{
    return SqliteSupport::describeWriteError(
        sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

bool BulkInserter::bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), bytes.size(), SQLITE_TRANSIENT)
            == SQLITE_OK;
    }
    case QMetaType::QString: {
        // As UTF-8, the workspace's encoding (Qt converts faster than SQLite does), kept until the
        // step that reads it.
        m_utf8.append(static_cast<const QString *>(value.constData())->toUtf8());
        const QByteArray &text = m_utf8.last();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC)
            == SQLITE_OK;
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(
                   statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT)
            == SQLITE_OK;
    }
    }
}

Result<> BulkInserter::step(sqlite3_stmt *statement, const QVariantList &values)
{
    int index = 1;
    bool bound = true;
    for (const QVariant &value : values)
        bound = bind(statement, index++, value) && bound;
    const int status = bound ? sqlite3_step(statement) : SQLITE_MISUSE;
    const QString error = status == SQLITE_DONE ? QString()
        : bound                                 ? lastError()
                                                : u"A value could not be bound."_s;
    sqlite3_reset(statement); // every parameter is bound again before the next step
    m_utf8.clear();
    if (status != SQLITE_DONE)
        return Result<>::failure(error);
    return {};
}

Result<qint64> BulkInserter::insertThroughQt(const QVariantList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i)
        m_query.bindValue(int(i), row.at(i));
    if (!m_query.exec() || !m_query.next())
        return Result<qint64>::failure(SqlDialect::of(m_connection).describeWriteError(m_query.lastError()));
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

Result<qint64> BulkInserter::insert(const QString &uuid, const QVariantList &values, const QString &createdAt)
{
    if (m_qtPrepared) {
        if (values.size() != m_columns.size())
            return Result<qint64>::failure(u"Wrong number of values for the insert."_s);
        return insertThroughQt(
            QVariantList {uuid, createdAt.isEmpty() ? m_now : createdAt, m_now, m_author} + values);
    }
    if (!m_statement)
        return Result<qint64>::failure(m_prepareError);
    if (values.size() != m_columns.size())
        return Result<qint64>::failure(u"Wrong number of values for the insert."_s);
    const QVariantList row
        = QVariantList {uuid, createdAt.isEmpty() ? m_now : createdAt, m_now, m_author} + values;
    if (const Result<> stepped = step(m_statement, row); !stepped)
        return Result<qint64>::errorOf(stepped);
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Result<> BulkInserter::append(const QString &uuid, const QVariantList &values)
{
    if (m_qtPrepared) {
        const Result<qint64> inserted = insert(uuid, values);
        return inserted ? Result<>() : Result<>::errorOf(inserted);
    }
    if (!m_statement || (m_rowsPerStatement > 1 && !m_batchStatement))
        return Result<>::failure(m_prepareError);
    if (values.size() != m_columns.size())
        return Result<>::failure(u"Wrong number of values for the insert."_s);
    m_pending << uuid << m_now << m_now << m_author;
    m_pending += values;
    const qsizetype rowSize = values.size() + 4;
    if (m_pending.size() < rowSize * m_rowsPerStatement)
        return {};
    Result<> written = step(m_rowsPerStatement > 1 ? m_batchStatement : m_statement, m_pending);
    m_pending.clear();
    return written;
}

Result<> BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return {};
    const qsizetype rowSize = m_columns.size() + 4;
    sqlite3_stmt *rest = prepare(m_table, int(m_pending.size() / rowSize));
    if (!rest)
        return Result<>::failure(m_prepareError);
    Result<> written = step(rest, m_pending);
    sqlite3_finalize(rest);
    m_pending.clear();
    return written;
}

} // namespace Inflection
