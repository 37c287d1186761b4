// Reads and writes a proposal's departures from known technology.
#pragma once

#include "../domain/departure.h"
#include "recordtable.h"

#include <QHash>

namespace Inflection {

class DepartureRepository : public RecordTable<Departure>
{
public:
    explicit DepartureRepository(Workspace *workspace);

    // For each review bringing new technology: how many of its departures are not known technologies.
    Result<QHash<qint64, int>> newTechnologyByReview() const;
};

} // namespace Inflection
