// Inserts rows of user content into one table with one prepared statement, so that a thousand or a
// million rows cost one prepare: uuid, revision 1, created_at, updated_at, updated_by, then the
// caller's columns.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Inflection {

class BulkInserter
{
public:
    // table and columns are the caller's fixed names, never input.
    BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &author,
        const QString &now);

    // values in the order of columns. Returns the new row's id, or 0 with error set.
    qint64 insert(const QString &uuid, const QVariantList &values, QString *error,
        const QString &createdAt = QString());

    QStringList columns() const { return m_columns; }

private:
    QSqlQuery m_query;
    QStringList m_columns;
    QString m_author;
    QString m_now;
    bool m_prepared = false;
};

} // namespace Inflection
