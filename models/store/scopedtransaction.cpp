// BEGIN IMMEDIATE … COMMIT, with ROLLBACK on every other way out.
#include "scopedtransaction.h"

#include "sqlitesupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(u"BEGIN IMMEDIATE"_s))
        m_active = true;
    else
        m_error = SqliteSupport::describeWriteError(query.lastError());
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

Result<> ScopedTransaction::commit()
{
    if (!m_active)
        return Result<>::failure(m_error);
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        m_error = SqliteSupport::describeWriteError(query.lastError());
        return Result<>::failure(m_error); // still active: the destructor rolls back
    }
    m_active = false;
    return {};
}

} // namespace Inflection
