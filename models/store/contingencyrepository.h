// Reads and writes an operability review's contingency items, in their manual order.
#pragma once

#include "../domain/contingencyitem.h"
#include "recordtable.h"

namespace Inflection {

class ContingencyRepository : public RecordTable<ContingencyItem>
{
public:
    explicit ContingencyRepository(Workspace *workspace);
};

} // namespace Inflection
