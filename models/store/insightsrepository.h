// Reads what Insights computes from: every postmortem's incident times, severity, system and tags, its
// contributing factors' categories, its links to contingency items and departures, its remediation items,
// and the architecture reviews' new technologies — a few columns each, a query each.
#pragma once

#include "../domain/insightfigures.h"
#include "../domain/result.h"

#include <QStringList>

namespace Inflection {

class Workspace;

class InsightsRepository
{
public:
    explicit InsightsRepository(Workspace *workspace);

    Result<InsightsData> read() const;

    // Each of the queries read() runs, to time and explain them one at a time (the benchmarks).
    enum class Query {
        Incidents,
        Factors,
        Links,
        Remediation,
        NewDepartures,
    };
    static QList<Query> queries();
    static QString name(Query query);
    // Runs one query, adding what it reads to into.
    Result<> read(Query query, InsightsData &into) const;
    // SQLite's EXPLAIN QUERY PLAN of the query, a row a line (indented by depth).
    Result<QStringList> queryPlan(Query query) const;

private:
    Workspace *m_workspace;
};

} // namespace Inflection
