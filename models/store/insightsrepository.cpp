// SQL of Insights.
#include "insightsrepository.h"

#include "../domain/timestamp.h"
#include "knowntechnologyrepository.h"
#include "workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

InsightsRepository::InsightsRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<InsightsData> InsightsRepository::read() const
{
    using Read = Result<InsightsData>;
    QSqlDatabase db = m_workspace->database();
    InsightsData data;
    static const QRegularExpression tagSeparator(u"[,;]"_s);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT r.id, r.uuid, r.title, r.system, r.tags, coalesce(i.severity, ''), "
                u"coalesce(i.started_at, r.meeting_at, r.created_at), i.started_at, i.detected_at, "
                u"i.mitigated_at, i.resolved_at, coalesce(i.not_foreseen, 0) "
                u"FROM review AS r LEFT JOIN incident AS i ON i.review = r.id "
                u"WHERE r.kind = 'postmortem' ORDER BY 7, r.id"_s))
        return Read::failure(q.lastError().text());
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

    if (!q.exec(u"SELECT f.review, f.category FROM contributing_factor AS f ORDER BY f.review, f.position"_s))
        return Read::failure(q.lastError().text());
    while (q.next())
        data.factors.append({q.value(0).toLongLong(), q.value(1).toString()});

    // Links to items still in the workspace, with a contingency item's ratings.
    if (!q.exec(
            u"SELECT l.review, l.target_kind, l.verdict, coalesce(c.likelihood, 0), coalesce(c.impact, 0), "
            u"l.target, coalesce(c.issue, d.name, '') "
            u"FROM incident_link AS l "
            u"LEFT JOIN contingency AS c ON l.target_kind = 'contingency' AND c.uuid = l.target "
            u"LEFT JOIN departure AS d ON l.target_kind = 'departure' AND d.uuid = l.target "
            u"WHERE c.id IS NOT NULL OR d.id IS NOT NULL ORDER BY l.review, l.position"_s))
        return Read::failure(q.lastError().text());
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

    if (!q.exec(
            u"SELECT m.review, m.owner, m.status, m.due, m.created_at, m.done_at, m.text FROM remediation AS "
            u"m "
            u"JOIN review AS r ON r.id = m.review AND r.kind = 'postmortem' ORDER BY m.review, m.position"_s))
        return Read::failure(q.lastError().text());
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

    // Departures that the known technologies do not name (case and surrounding spaces aside, as the
    // architecture review marks them), with their review's system and date.
    const Result<QStringList> known = KnownTechnologyRepository(m_workspace).names();
    if (!known)
        return Read::errorOf(known);
    if (!q.exec(u"SELECT d.uuid, d.name, d.kind, r.uuid, r.title, r.system, "
                u"coalesce(r.meeting_at, r.created_at) FROM departure AS d "
                u"JOIN review AS r ON r.id = d.review AND r.kind = 'architecture' "
                u"ORDER BY 7, r.id, d.position"_s))
        return Read::failure(q.lastError().text());
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
    return data;
}

} // namespace Inflection
