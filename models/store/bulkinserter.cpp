// One prepared INSERT, bound by position.
#include "bulkinserter.h"

#include "recordwriter.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

BulkInserter::BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns,
    const QString &author, const QString &now)
    : m_query(db)
    , m_columns(columns)
    , m_author(RecordWriter::text(author))
    , m_now(now)
{
    const QStringList names
        = QStringList {u"uuid"_s, u"revision"_s, u"created_at"_s, u"updated_at"_s, u"updated_by"_s} + columns;
    QStringList placeholders(names.size(), u"?"_s);
    placeholders[1] = u"1"_s;
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s
        + placeholders.join(u", "_s) + u')');
}

qint64 BulkInserter::insert(
    const QString &uuid, const QVariantList &values, QString *error, const QString &createdAt)
{
    if (!m_prepared || values.size() != m_columns.size()) {
        *error = m_prepared ? u"Wrong number of values for the insert."_s : m_query.lastError().text();
        return 0;
    }
    int i = 0;
    m_query.bindValue(i++, uuid);
    m_query.bindValue(i++, createdAt.isEmpty() ? m_now : createdAt);
    m_query.bindValue(i++, m_now);
    m_query.bindValue(i++, m_author);
    for (const QVariant &value : values)
        m_query.bindValue(i++, value);
    if (!m_query.exec()) {
        *error = m_query.lastError().text();
        return 0;
    }
    return m_query.lastInsertId().toLongLong();
}

} // namespace Inflection
