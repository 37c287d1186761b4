// Reads and writes a postmortem's links to contingency items and departures of other reviews, finds what
// can be linked (the same system's first), and, the other way, the postmortems linked to given items.
#pragma once

#include "../domain/incidentlink.h"
#include "recordtable.h"

namespace Inflection {

class IncidentLinkRepository : public RecordTable<IncidentLink>
{
public:
    explicit IncidentLinkRepository(Workspace *workspace);

    // Contingency items or departures whose text has every word of words (all when empty), those of
    // system first (case aside), then the newest reviews'; at most limit.
    Result<QList<LinkTarget>> candidates(
        LinkTargetKind kind, const QString &system, const QString &words, int limit = 200) const;
    // The items of these uuids that are still there (a link to one deleted since is not described).
    Result<QList<LinkTarget>> targets(const QStringList &uuids) const;
    // The postmortems linked to any of these items, oldest incident first.
    Result<QList<LinkedIncident>> incidentsOf(const QStringList &targetUuids) const;
};

} // namespace Inflection
