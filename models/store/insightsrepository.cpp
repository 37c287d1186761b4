// SQL of Insights.
#include "insightsrepository.h"

#include "knowntechnologyrepository.h"
#include "rowcursor.h"
#include "workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>
#include <utility>

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
    // The known technologies that leave a departure out: read first, since no other statement may run
    // on the connection while the rows are read (a server's forward-only rows would be dropped).
    std::optional<TechRadar> known;
    if (query == Query::NewDepartures) {
        Result<TechRadar> radar = KnownTechnologyRepository(m_workspace).radar();
        if (!radar)
            return Result<>::errorOf(radar);
        known = std::move(radar).value();
    }
    // Tens of thousands of rows: read on the connection's own handle (see RowCursor).
    RowCursor q(m_workspace->database(), sqlOf(query));
    if (!q.error().isEmpty())
        return Result<>::failure(q.error());
    switch (query) {
    case Query::Incidents:
        while (q.next()) {
            InsightIncident incident;
            incident.reviewId = q.integer(0);
            incident.uuid = q.text(1);
            incident.title = q.text(2);
            incident.system = q.word(3);
            for (const QString &tag : q.text(4).split(tagSeparator, Qt::SkipEmptyParts)) {
                if (!tag.trimmed().isEmpty())
                    incident.tags.append(tag.trimmed());
            }
            incident.severity = q.word(5);
            incident.when = q.timestamp(6);
            incident.startedAt = q.timestamp(7);
            incident.detectedAt = q.timestamp(8);
            incident.mitigatedAt = q.timestamp(9);
            incident.resolvedAt = q.timestamp(10);
            incident.notForeseen = int(q.integer(11)) != 0;
            data.incidents.append(std::move(incident));
        }
        break;
    case Query::Factors:
        while (q.next())
            data.factors.append({q.integer(0), q.word(1)});
        break;
    case Query::Links:
        while (q.next()) {
            InsightLink link;
            link.reviewId = q.integer(0);
            link.kind = linkTargetKinds().fromKey(q.word(1), LinkTargetKind::Contingency);
            link.verdict = foresightVerdicts().fromKey(q.word(2), ForesightVerdict::Related);
            link.likelihood = int(q.integer(3));
            link.impact = int(q.integer(4));
            link.target = q.text(5);
            link.text = q.text(6);
            data.links.append(std::move(link));
        }
        break;
    case Query::Remediation:
        while (q.next()) {
            InsightRemediation item;
            item.reviewId = q.integer(0);
            item.owner = q.word(1).trimmed();
            item.status = remediationStatuses().fromKey(q.word(2), RemediationStatus::Open);
            item.due = q.date(3);
            item.createdAt = q.timestamp(4);
            item.doneAt = q.timestamp(5);
            item.text = q.text(6);
            data.remediation.append(std::move(item));
        }
        break;
    case Query::NewDepartures: {
        // Departures that the known technologies do not name (TechRadar, as the architecture review
        // marks them).
        while (q.next()) {
            const QString name = q.text(1).trimmed();
            if (known->stateOf(name) != TechnologyState::New)
                continue;
            InsightDeparture departure;
            departure.uuid = q.text(0);
            departure.name = name;
            departure.kind = q.word(2);
            departure.reviewUuid = q.text(3);
            departure.reviewTitle = q.text(4);
            departure.system = q.word(5);
            departure.since = q.timestamp(6);
            data.newDepartures.append(std::move(departure));
        }
        break;
    }
    }
    if (!q.error().isEmpty())
        return Result<>::failure(q.error());
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
