// Reads and writes a proposal's departures from known technology.
#pragma once

#include "../domain/departure.h"
#include "../domain/techradar.h"
#include "recordtable.h"

#include <QHash>

namespace Inflection {

class DepartureRepository : public RecordTable<Departure>
{
public:
    explicit DepartureRepository(Workspace *workspace);

    // For each review: how many of its departures the radar does not name, and how many it puts on hold
    // (TechRadar::stateOf); reviews with none are left out.
    struct TechnologyCounts
    {
        QHash<qint64, int> fresh;
        QHash<qint64, int> onHold;
    };
    Result<TechnologyCounts> technologyByReview(const TechRadar &radar) const;
};

} // namespace Inflection
