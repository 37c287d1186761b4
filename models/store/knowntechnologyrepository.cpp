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

namespace {
QString aliasText(const QStringList &aliases)
{
    QStringList kept;
    for (const QString &alias : aliases) {
        if (!alias.trimmed().isEmpty())
            kept.append(alias.trimmed());
    }
    return kept.join(u'\n');
}
} // namespace

KnownTechnologyRepository::KnownTechnologyRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<QList<KnownTechnology>> KnownTechnologyRepository::list() const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT name, kind, ring, quadrant, is_new, description, aliases FROM known_technology "
              u"ORDER BY lower(name)"_s);
    return RecordRows::list(q, [](const QSqlQuery &row) {
        KnownTechnology t;
        t.name = row.value(0).toString();
        t.kind = row.value(1).toString();
        t.ring = radarRings().fromKey(row.value(2).toString(), RadarRing::Adopt);
        t.quadrant = row.value(3).toString();
        t.isNew = row.value(4).toInt() != 0;
        t.description = row.value(5).toString();
        const QString aliases = row.value(6).toString();
        if (!aliases.isEmpty())
            t.aliases = aliases.split(u'\n');
        return t;
    });
}

Result<TechRadar> KnownTechnologyRepository::radar() const
{
    const Result<QList<KnownTechnology>> all = list();
    if (!all)
        return Result<TechRadar>::errorOf(all);
    return TechRadar(*all);
}

Result<QStringList> KnownTechnologyRepository::names() const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT name FROM known_technology ORDER BY lower(name)"_s);
    return RecordRows::list(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<> KnownTechnologyRepository::add(const QString &kind, const QString &name)
{
    KnownTechnology technology;
    technology.kind = kind;
    technology.name = name;
    return add(technology);
}

Result<> KnownTechnologyRepository::add(const KnownTechnology &technology)
{
    const Result<TechRadar> known = radar();
    if (!known)
        return Result<>::errorOf(known);
    const QString name = technology.name.trimmed();
    if (name.isEmpty() || known->names(name))
        return {};
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    // One statement: atomic by itself, and usable inside a larger transaction.
    QSqlDatabase db = m_workspace->database();
    const Result<qint64> id = RecordWriter::insert(db, u"known_technology"_s, newRecordUuid(),
        {{u"kind"_s, RecordWriter::text(technology.kind)}, {u"name"_s, name},
            {u"ring"_s, radarRings().key(technology.ring)},
            {u"quadrant"_s, RecordWriter::text(technology.quadrant.trimmed())},
            {u"is_new"_s, technology.isNew ? 1 : 0},
            {u"description"_s, RecordWriter::text(technology.description)},
            {u"aliases"_s, RecordWriter::text(aliasText(technology.aliases))}},
        m_workspace->author(), RecordWriter::now());
    if (!id)
        return Result<>::errorOf(id);
    return {};
}

Result<> KnownTechnologyRepository::update(const QString &storedName, const KnownTechnology &technology)
{
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    QSqlQuery q(m_workspace->database());
    q.prepare(u"UPDATE known_technology SET name = :name, kind = :kind, ring = :ring, quadrant = :quadrant, "
              u"is_new = :is_new, description = :description, aliases = :aliases, "
              u"revision = revision + 1, updated_at = :now, updated_by = :by "
              u"WHERE lower(name) = lower(:stored)"_s);
    q.bindValue(u":name"_s, RecordWriter::text(technology.name.trimmed()));
    q.bindValue(u":kind"_s, RecordWriter::text(technology.kind));
    q.bindValue(u":ring"_s, radarRings().key(technology.ring));
    q.bindValue(u":quadrant"_s, RecordWriter::text(technology.quadrant.trimmed()));
    q.bindValue(u":is_new"_s, technology.isNew ? 1 : 0);
    q.bindValue(u":description"_s, RecordWriter::text(technology.description));
    q.bindValue(u":aliases"_s, RecordWriter::text(aliasText(technology.aliases)));
    q.bindValue(u":now"_s, RecordWriter::now());
    q.bindValue(u":by"_s, RecordWriter::text(m_workspace->author()));
    q.bindValue(u":stored"_s, storedName.trimmed());
    if (!q.exec())
        return Result<>::failure(q.lastError().text());
    return {};
}

Result<> KnownTechnologyRepository::remove(const QString &name)
{
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly, RecordUpdate::readOnlyMessage());
    QSqlQuery q(m_workspace->database());
    q.prepare(u"DELETE FROM known_technology WHERE lower(name) = lower(:name)"_s);
    q.bindValue(u":name"_s, name.trimmed());
    if (!q.exec())
        return Result<>::failure(q.lastError().text());
    return {};
}

} // namespace Inflection
