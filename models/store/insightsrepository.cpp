// SQL of Insights.
#include "insightsrepository.h"

#include "../domain/timestamp.h"
#include "knowntechnologyrepository.h"
#include "workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

InsightsRepository::InsightsRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

namespace {

QString sqlOf(InsightsRepository::Query query)
{
    switch (query) {
    case InsightsRepository::Query::Incidents:
        return u"SELECT r.id, r.uuid, r.title, r.system, r.tags, coalesce(i.severity, ''), "
               u"coalesce(i.started_at, r.meeting_at, r.created_at), i.started_at, i.detected_at, "
               u"i.mitigated_at, i.resolved_at, coalesce(i.not_foreseen, 0) "
               u"FROM review AS r LEFT JOIN incident AS i ON i.review = r.id "
               u"WHERE r.kind = 'postmortem' ORDER BY 7, r.id"_s;
    case InsightsRepository::Query::Factors:
        return u"SELECT f.review, f.category FROM contributing_factor AS f ORDER BY f.review, f.position"_s;
    case InsightsRepository::Query::Links:
        // Links to items still in the workspace, with a contingency item's ratings.
        return u"SELECT l.review, l.target_kind, l.verdict, coalesce(c.likelihood, 0), coalesce(c.impact, "
               u"0), "
               u"l.target, coalesce(c.issue, d.name, '') "
               u"FROM incident_link AS l "
               u"LEFT JOIN contingency AS c ON l.target_kind = 'contingency' AND c.uuid = l.target "
               u"LEFT JOIN departure AS d ON l.target_kind = 'departure' AND d.uuid = l.target "
               u"WHERE c.id IS NOT NULL OR d.id IS NOT NULL ORDER BY l.review, l.position"_s;
    case InsightsRepository::Query::Remediation:
        // Read in the order of the index on (review, position), postmortems picked by id: no sorting of
        // tens of thousands of rows afterwards.
        return u"SELECT m.review, m.owner, m.status, m.due, m.created_at, m.done_at, m.text FROM remediation "
               u"AS m "
               u"WHERE m.review IN (SELECT r.id FROM review AS r WHERE r.kind = 'postmortem') "
               u"ORDER BY m.review, m.position"_s;
    case InsightsRepository::Query::NewDepartures:
        // Every departure with its review's system and date; the known technologies are left out after.
        return u"SELECT d.uuid, d.name, d.kind, r.uuid, r.title, r.system, "
               u"coalesce(r.meeting_at, r.created_at) FROM departure AS d "
               u"JOIN review AS r ON r.id = d.review AND r.kind = 'architecture' "
               u"ORDER BY 7, r.id, d.position"_s;
    }
    return {};
}

} // namespace

QList<InsightsRepository::Query> InsightsRepository::queries()
{
    return {Query::Incidents, Query::Factors, Query::Links, Query::Remediation, Query::NewDepartures};
}

QString InsightsRepository::name(Query query)
{
    switch (query) {
    case Query::Incidents:
        return u"incidents"_s;
    case Query::Factors:
        return u"factors"_s;
    case Query::Links:
        return u"links"_s;
    case Query::Remediation:
        return u"remediation"_s;
    case Query::NewDepartures:
        return u"new departures"_s;
    }
    return {};
}

Result<InsightsData> InsightsRepository::read() const
{
    InsightsData data;
    for (const Query query : queries()) {
        if (Result<> done = read(query, data); !done)
            return Result<InsightsData>::errorOf(done);
    }
    return data;
}

Result<> InsightsRepository::read(Query query, InsightsData &data) const
{
    static const QRegularExpression tagSeparator(u"[,;]"_s);
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(sqlOf(query)))
        return Result<>::failure(q.lastError().text());
    switch (query) {
    case Query::Incidents:
        while (q.next()) {
            InsightIncident incident;
            incident.reviewId = q.value(0).toLongLong();
            incident.uuid = q.value(1).toString();
            incident.title = q.value(2).toString();
            incident.system = q.value(3).toString();
            for (const QString &tag : q.value(4).toString().split(tagSeparator, Qt::SkipEmptyParts)) {
                if (!tag.trimmed().isEmpty())
                    incident.tags.append(tag.trimmed());
            }
            incident.severity = q.value(5).toString();
            incident.when = timestampFromText(q.value(6).toString());
            incident.startedAt = timestampFromText(q.value(7).toString());
            incident.detectedAt = timestampFromText(q.value(8).toString());
            incident.mitigatedAt = timestampFromText(q.value(9).toString());
            incident.resolvedAt = timestampFromText(q.value(10).toString());
            incident.notForeseen = q.value(11).toInt() != 0;
            data.incidents.append(incident);
        }
        break;
    case Query::Factors:
        while (q.next())
            data.factors.append({q.value(0).toLongLong(), q.value(1).toString()});
        break;
    case Query::Links:
        while (q.next()) {
            InsightLink link;
            link.reviewId = q.value(0).toLongLong();
            link.kind = linkTargetKinds().fromKey(q.value(1).toString(), LinkTargetKind::Contingency);
            link.verdict = foresightVerdicts().fromKey(q.value(2).toString(), ForesightVerdict::Related);
            link.likelihood = q.value(3).toInt();
            link.impact = q.value(4).toInt();
            link.target = q.value(5).toString();
            link.text = q.value(6).toString();
            data.links.append(link);
        }
        break;
    case Query::Remediation:
        while (q.next()) {
            InsightRemediation item;
            item.reviewId = q.value(0).toLongLong();
            item.owner = q.value(1).toString().trimmed();
            item.status = remediationStatuses().fromKey(q.value(2).toString(), RemediationStatus::Open);
            item.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            item.createdAt = timestampFromText(q.value(4).toString());
            item.doneAt = timestampFromText(q.value(5).toString());
            item.text = q.value(6).toString();
            data.remediation.append(item);
        }
        break;
    case Query::NewDepartures: {
        // Departures that the known technologies do not name (case and surrounding spaces aside, as the
        // architecture review marks them).
        const Result<QStringList> known = KnownTechnologyRepository(m_workspace).names();
        if (!known)
            return Result<>::errorOf(known);
        while (q.next()) {
            const QString name = q.value(1).toString().trimmed();
            if (name.isEmpty() || known->contains(name, Qt::CaseInsensitive))
                continue;
            InsightDeparture departure;
            departure.uuid = q.value(0).toString();
            departure.name = name;
            departure.kind = q.value(2).toString();
            departure.reviewUuid = q.value(3).toString();
            departure.reviewTitle = q.value(4).toString();
            departure.system = q.value(5).toString();
            departure.since = timestampFromText(q.value(6).toString());
            data.newDepartures.append(departure);
        }
        break;
    }
    }
    if (q.lastError().isValid())
        return Result<>::failure(q.lastError().text());
    return {};
}

Result<QStringList> InsightsRepository::queryPlan(Query query) const
{
    QSqlQuery q(m_workspace->database());
    if (!q.exec(u"EXPLAIN QUERY PLAN "_s + sqlOf(query)))
        return Result<QStringList>::failure(q.lastError().text());
    // Rows of (id, parent, notused, detail): indented under their parents.
    QHash<int, int> depth;
    QStringList plan;
    while (q.next()) {
        const int level = depth.value(q.value(1).toInt(), -1) + 1;
        depth.insert(q.value(0).toInt(), level);
        plan.append(QString(2 * level, u' ') + q.value(3).toString());
    }
    return plan;
}

} // namespace Inflection
