// Insights: what the workspace's postmortems add up to — incidents by month and severity, how long they
// took to detect, mitigate and resolve, the categories of their contributing factors, how their
// remediation items were followed through, whether the incidents had been foreseen (and how the items that
// happened had been rated), the remediation ideas that recur, and the incidents since each new technology.
// Computed here from rows the store reads (no widgets, no SQL).
#pragma once

#include "domain/contributingfactor.h"
#include "domain/insightfigures.h"
#include "domain/result.h"

#include <QDate>

namespace Inflection {

class Workspace;

class Insights
{
public:
    // The figures of the postmortems filter picks; categories name the factors' keys; today decides what
    // is overdue and how old open items are.
    static InsightFigures compute(const InsightsData &data, const InsightsFilter &filter,
        const QList<FactorCategory> &categories, const QDate &today);
    // Reads the workspace (its rows and its taxonomy) and computes.
    static Result<InsightFigures> of(Workspace *workspace, const InsightsFilter &filter, const QDate &today);
};

} // namespace Inflection
