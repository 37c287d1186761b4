// A write transaction that rolls back unless committed.
#pragma once

#include "../domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Inflection {

class ScopedTransaction
{
public:
    // Starts BEGIN IMMEDIATE, so that the write lock is taken (or waited for) up front.
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();

    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    // Whether BEGIN worked, and why not.
    Result<> begun() const { return m_active ? Result<>() : Result<>::failure(m_error); }
    // For rows copied from another workspace or a file: asks to keep the authors and times they carry
    // (SqlDialect::keepAuthors). A file always does; a server only for the workspace's administrator, and
    // otherwise stamps the login. Returns whether they are kept.
    Result<bool> keepAuthors();
    // Brings the search index up to date with what was written (SearchIndex::updatePending), then
    // commits.
    Result<> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Inflection
