// Reads and writes a postmortem's contributing factors, in their manual order.
#pragma once

#include "../domain/contributingfactor.h"
#include "recordtable.h"

#include <QHash>

namespace Inflection {

class ContributingFactorRepository : public RecordTable<ContributingFactor>
{
public:
    explicit ContributingFactorRepository(Workspace *workspace);

    // How many factors, in every review of the workspace, are filed under each category key (a key
    // no factor has is not there).
    Result<QHash<QString, int>> countsByCategory() const;
};

} // namespace Inflection
