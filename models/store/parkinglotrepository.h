// Reads and writes a postmortem's parking lot: remediation ideas held until their phase.
#pragma once

#include "../domain/parkedidea.h"
#include "recordtable.h"

namespace Inflection {

class ParkingLotRepository : public RecordTable<ParkedIdea>
{
public:
    explicit ParkingLotRepository(Workspace *workspace);
};

} // namespace Inflection
