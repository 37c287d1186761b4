// The postmortems linked to the items of a review (contingency items, departures), by item: what the
// review's grids show of the incidents that came after it ("did we foresee it?", seen from the other side).
#pragma once

#include "domain/incidentlink.h"
#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Inflection {

class IncidentLinkRepository;

class LinkedIncidents
{
public:
    // Reads the postmortems linked to any of itemUuids, in place of what was read before.
    [[nodiscard]] Result<> read(const IncidentLinkRepository &repository, const QStringList &itemUuids);

    QList<LinkedIncident> of(const QString &itemUuid) const { return m_byItem.value(itemUuid); }
    int countOf(const QString &itemUuid) const { return int(m_byItem.value(itemUuid).size()); }
    // The uuids of the postmortems linked to the item, oldest incident first.
    QStringList reviewsOf(const QString &itemUuid) const;
    // Their titles, joined for a cell.
    QString titlesOf(const QString &itemUuid) const;

private:
    QHash<QString, QList<LinkedIncident>> m_byItem;
};

} // namespace Inflection
