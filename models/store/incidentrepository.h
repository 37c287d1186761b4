// Reads and writes a postmortem's incident facts; the first change creates their row.
#pragma once

#include "../domain/incidentfacts.h"
#include "recordtable.h"

namespace Inflection {

class IncidentRepository : public RecordTable<IncidentFacts>
{
public:
    explicit IncidentRepository(Workspace *workspace);
};

} // namespace Inflection
