// Reads and writes checklist answers; the first answer to a question creates its row.
#pragma once

#include "../domain/checklistanswer.h"
#include "recordtable.h"

namespace Inflection {

class ChecklistRepository : public RecordTable<ChecklistAnswer>
{
public:
    explicit ChecklistRepository(Workspace *workspace);
};

} // namespace Inflection
