// Reads and writes an operability review's launch plan; the first change creates its row.
#pragma once

#include "../domain/launchplan.h"
#include "recordtable.h"

namespace Inflection {

class LaunchRepository : public RecordTable<LaunchPlan>
{
public:
    explicit LaunchRepository(Workspace *workspace);
};

} // namespace Inflection
