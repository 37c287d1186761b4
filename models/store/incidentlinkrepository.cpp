// SQL of incident links.
#include "incidentlinkrepository.h"

#include "../domain/timestamp.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const RecordTable<IncidentLink>::Mapping layout {
    u"incident_link"_s,
    incidentLinkFields(),
    {u"target"_s, u"target_kind"_s, u"verdict"_s, u"position"_s},
    [](const QSqlQuery &q, int c, IncidentLink &link) {
        link.target = q.value(c).toString();
        link.targetKind = linkTargetKinds().fromKey(q.value(c + 1).toString(), LinkTargetKind::Contingency);
        link.verdict = foresightVerdicts().fromKey(q.value(c + 2).toString(), ForesightVerdict::Related);
        link.position = q.value(c + 3).toString();
    },
    [](const IncidentLink &link) -> QVariantList {
        return {link.target, linkTargetKinds().key(link.targetKind), foresightVerdicts().key(link.verdict),
            link.position};
    },
    [](IncidentLinkField, const QVariant &value) -> QVariant { return RecordWriter::text(value.toString()); },
    [](const IncidentLink &link) { return link.target; },
};

// The columns of a target, from a contingency (c) or a departure (d), with its review (r).
QString targetSelect(LinkTargetKind kind)
{
    return kind == LinkTargetKind::Contingency
        ? u"SELECT 'contingency', c.uuid, c.issue, c.likelihood, c.impact, r.uuid, r.title, r.system "
          u"FROM contingency AS c JOIN review AS r ON r.id = c.review"_s
        : u"SELECT 'departure', c.uuid, c.name, 0, 0, r.uuid, r.title, r.system "
          u"FROM departure AS c JOIN review AS r ON r.id = c.review"_s;
}

Result<QList<LinkTarget>> readTargets(QSqlQuery &q)
{
    if (!q.exec())
        return Result<QList<LinkTarget>>::failure(q.lastError().text());
    QList<LinkTarget> targets;
    while (q.next()) {
        LinkTarget t;
        t.kind = linkTargetKinds().fromKey(q.value(0).toString(), LinkTargetKind::Contingency);
        t.uuid = q.value(1).toString();
        t.text = q.value(2).toString();
        t.likelihood = q.value(3).toInt();
        t.impact = q.value(4).toInt();
        t.reviewUuid = q.value(5).toString();
        t.reviewTitle = q.value(6).toString();
        t.system = q.value(7).toString();
        targets.append(t);
    }
    return targets;
}

// How many uuids one statement binds.
constexpr qsizetype batch = 500;

// "?, ?, ?" for count values (the count is the list's, never text from a person).
QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

IncidentLinkRepository::IncidentLinkRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

Result<QList<LinkTarget>> IncidentLinkRepository::candidates(
    LinkTargetKind kind, const QString &system, const QString &words, int limit) const
{
    const QString textColumn = kind == LinkTargetKind::Contingency ? u"c.issue"_s : u"c.name"_s;
    const QStringList parts = words.simplified().split(u' ', Qt::SkipEmptyParts);
    QString sql = targetSelect(kind) + u" WHERE true"_s;
    // lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
    for (qsizetype i = 0; i < parts.size(); ++i)
        sql += u" AND lower("_s + textColumn + u") LIKE lower(?) ESCAPE '\\'"_s;
    sql += u" ORDER BY (? <> '' AND lower(trim(r.system)) = lower(?)) DESC, "
           u"coalesce(r.meeting_at, r.created_at) DESC, r.id DESC, c.position LIMIT ?"_s;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (QString part : parts) {
        part.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        q.addBindValue(QString(u"%"_s + part + u"%"_s));
    }
    q.addBindValue(system.trimmed());
    q.addBindValue(system.trimmed().toLower());
    q.addBindValue(limit);
    return readTargets(q);
}

Result<QList<LinkTarget>> IncidentLinkRepository::targets(const QStringList &uuids) const
{
    QList<LinkTarget> all;
    if (uuids.isEmpty())
        return all;
    for (qsizetype from = 0; from < uuids.size(); from += batch) {
        const QStringList some = uuids.mid(from, batch);
        for (const LinkTargetKind kind : {LinkTargetKind::Contingency, LinkTargetKind::Departure}) {
            QSqlQuery q(m_workspace->database());
            q.setForwardOnly(true);
            q.prepare(targetSelect(kind) + u" WHERE c.uuid IN ("_s + placeholders(some.size()) + u")"_s);
            for (const QString &uuid : some)
                q.addBindValue(uuid);
            Result<QList<LinkTarget>> found = readTargets(q);
            if (!found)
                return found;
            all += *found;
        }
    }
    return all;
}

Result<QList<LinkedIncident>> IncidentLinkRepository::incidentsOf(const QStringList &targetUuids) const
{
    using Found = Result<QList<LinkedIncident>>;
    QList<LinkedIncident> incidents;
    if (targetUuids.isEmpty())
        return incidents;
    for (qsizetype from = 0; from < targetUuids.size(); from += batch) {
        const QStringList some = targetUuids.mid(from, batch);
        QSqlQuery q(m_workspace->database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT l.target, r.uuid, r.title, l.verdict, i.started_at FROM incident_link AS l "
                  u"JOIN review AS r ON r.id = l.review LEFT JOIN incident AS i ON i.review = r.id "
                  u"WHERE l.target IN ("_s
            + placeholders(some.size()) + u")"_s);
        for (const QString &uuid : some)
            q.addBindValue(uuid);
        if (!q.exec())
            return Found::failure(q.lastError().text());
        while (q.next()) {
            LinkedIncident incident;
            incident.target = q.value(0).toString();
            incident.reviewUuid = q.value(1).toString();
            incident.title = q.value(2).toString();
            incident.verdict = foresightVerdicts().fromKey(q.value(3).toString(), ForesightVerdict::Related);
            incident.startedAt = timestampFromText(q.value(4).toString());
            incidents.append(incident);
        }
    }
    // Oldest incident first; those of unknown time last.
    std::stable_sort(
        incidents.begin(), incidents.end(), [](const LinkedIncident &a, const LinkedIncident &b) {
            if (a.startedAt.isValid() != b.startedAt.isValid())
                return a.startedAt.isValid();
            return a.startedAt < b.startedAt;
        });
    return incidents;
}

} // namespace Inflection
