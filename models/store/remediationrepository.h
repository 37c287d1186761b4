// Reads and writes a postmortem's remediation items, in their manual order.
#pragma once

#include "../domain/remediationitem.h"
#include "recordtable.h"

#include <QDate>
#include <QHash>

namespace Inflection {

class RemediationRepository : public RecordTable<RemediationItem>
{
public:
    explicit RemediationRepository(Workspace *workspace);

    // How many open items of each review are past their due date: review id -> count.
    Result<QHash<qint64, int>> overdueByReview(const QDate &today) const;
};

} // namespace Inflection
