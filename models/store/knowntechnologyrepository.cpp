// SQL for known technologies.
#include "knowntechnologyrepository.h"

#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

KnownTechnologyRepository::KnownTechnologyRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QStringList KnownTechnologyRepository::names(QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT name FROM known_technology ORDER BY name COLLATE NOCASE"_s);
    return queryRows(
        q, [](const QSqlQuery &row) { return row.value(0).toString(); }, error);
}

bool KnownTechnologyRepository::add(const QString &kind, const QString &name, QString *error)
{
    if (name.trimmed().isEmpty() || contains(names(), name))
        return true;
    const QString now = RecordWriter::now();
    if (m_workspace->isReadOnly()) {
        *error = RecordUpdate::readOnlyMessage();
        return false;
    }
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return false;
    }
    if (RecordWriter::insert(db, u"known_technology"_s, RecordUpdate::newUuid(),
            {{u"kind"_s, kind}, {u"name"_s, name.trimmed()}}, m_workspace->author(), now, error)
        == 0)
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return false;
    }
    return true;
}

bool KnownTechnologyRepository::remove(const QString &name, QString *error)
{
    if (m_workspace->isReadOnly()) {
        *error = RecordUpdate::readOnlyMessage();
        return false;
    }
    QSqlQuery q(m_workspace->database());
    q.prepare(u"DELETE FROM known_technology WHERE name = :name COLLATE NOCASE"_s);
    q.bindValue(u":name"_s, name.trimmed());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool KnownTechnologyRepository::contains(const QStringList &names, const QString &name)
{
    return names.contains(name.trimmed(), Qt::CaseInsensitive);
}

} // namespace Inflection
