// Makes workspaces of a given size for the benchmarks.
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QString>

namespace Bench {

struct WorkspaceSize
{
    int reviews = 1000;
    // With what is in them: half the reviews postmortems (incident facts with severities and detected,
    // mitigated and resolved times, timeline events, remediation items with owners, due and done dates,
    // contributing factors in every category, foresight links), a quarter operability reviews with
    // their contingency items, a quarter architecture reviews with their departures. Without: titles,
    // systems, owners and statuses only, kinds at random.
    bool contents = false;
    int eventsPerPostmortem = 40;
    int itemsPerPostmortem = 10;
    int contingenciesPerOperability = 8;
    QDate today = QDate(2026, 12, 1); // the incidents fall in the three years before
};

// Creates (or extends) the workspace at path.
Inflection::Result<> generateWorkspace(const QString &path, const WorkspaceSize &size);

} // namespace Bench
