// Postmortems linked to a review's items.
#include "review/linkedincidents.h"

#include "store/incidentlinkrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

Result<> LinkedIncidents::read(const IncidentLinkRepository &repository, const QStringList &itemUuids)
{
    const Result<QList<LinkedIncident>> found = repository.incidentsOf(itemUuids);
    if (!found)
        return Result<>::errorOf(found);
    QHash<QString, QList<LinkedIncident>> byItem;
    for (const LinkedIncident &incident : *found)
        byItem[incident.target].append(incident);
    m_byItem = byItem;
    return {};
}

QStringList LinkedIncidents::reviewsOf(const QString &itemUuid) const
{
    QStringList uuids;
    for (const LinkedIncident &incident : m_byItem.value(itemUuid))
        uuids.append(incident.reviewUuid);
    return uuids;
}

QString LinkedIncidents::titlesOf(const QString &itemUuid) const
{
    QStringList titles;
    for (const LinkedIncident &incident : m_byItem.value(itemUuid))
        titles.append(incident.title);
    return titles.join(u"; "_s);
}

} // namespace Inflection
