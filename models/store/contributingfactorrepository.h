// Reads and writes a postmortem's contributing factors, in their manual order.
#pragma once

#include "../domain/contributingfactor.h"
#include "recordtable.h"

namespace Inflection {

class ContributingFactorRepository : public RecordTable<ContributingFactor>
{
public:
    explicit ContributingFactorRepository(Workspace *workspace);
};

} // namespace Inflection
