// Reads and writes a proposal's departures from known technology.
#pragma once

#include "../domain/departure.h"
#include "recordtable.h"

#include <QList>
#include <utility>

namespace Inflection {

class DepartureRepository : public RecordTable<Departure>
{
public:
    explicit DepartureRepository(Workspace *workspace);

    // Every departure's name (not blank) with its review's id: what the review list marks against the
    // known technologies (TechRadar::stateOf).
    Result<QList<std::pair<qint64, QString>>> namesByReview() const;
};

} // namespace Inflection
