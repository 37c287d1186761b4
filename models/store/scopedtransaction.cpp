// BEGIN IMMEDIATE … COMMIT, with ROLLBACK on every other way out.
#include "scopedtransaction.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    QSqlQuery query(m_db);
    if (query.exec(dialect.beginWrite()))
        m_active = true;
    else
        m_error = dialect.describeWriteError(query.lastError());
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

Result<bool> ScopedTransaction::keepAuthors()
{
    if (!m_active)
        return Result<bool>::failure(m_error);
    return SqlDialect::of(m_db).keepAuthors(m_db);
}

Result<> ScopedTransaction::commit()
{
    if (!m_active)
        return Result<>::failure(m_error);
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        m_error = SqlDialect::of(m_db).describeWriteError(query.lastError());
        return Result<>::failure(m_error); // still active: the destructor rolls back
    }
    m_active = false;
    return {};
}

} // namespace Inflection
