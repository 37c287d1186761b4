// SQL for known technologies.
#include "knowntechnologyrepository.h"

#include "recordrows.h"
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

Result<QStringList> KnownTechnologyRepository::names() const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT name FROM known_technology ORDER BY name COLLATE NOCASE"_s);
    return RecordRows::list(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<> KnownTechnologyRepository::add(const QString &kind, const QString &name)
{
    const Result<QStringList> known = names();
    if (!known)
        return Result<>::errorOf(known);
    if (name.trimmed().isEmpty() || known->contains(name.trimmed(), Qt::CaseInsensitive))
        return {};
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    // One statement: atomic by itself, and usable inside a larger transaction.
    QSqlDatabase db = m_workspace->database();
    const Result<qint64> id = RecordWriter::insert(db, u"known_technology"_s, newRecordUuid(),
        {{u"kind"_s, kind}, {u"name"_s, name.trimmed()}}, m_workspace->author(), RecordWriter::now());
    if (!id)
        return Result<>::errorOf(id);
    return {};
}

Result<> KnownTechnologyRepository::remove(const QString &name)
{
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    QSqlQuery q(m_workspace->database());
    q.prepare(u"DELETE FROM known_technology WHERE name = :name COLLATE NOCASE"_s);
    q.bindValue(u":name"_s, name.trimmed());
    if (!q.exec())
        return Result<>::failure(q.lastError().text());
    return {};
}

} // namespace Inflection
