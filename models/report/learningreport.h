// The learning report: what the workspace's postmortems add up to over a period (the Insights figures),
// as a lead takes it to a quarterly review. A heading with the period, the filters and the workspace,
// then a section a figure: incidents by month and severity (a chart and a table), time to detect,
// mitigate and resolve, contributing-factor categories by quarter, follow-through, open items by owner,
// and how many incidents were foreseen. Each section says so when it has nothing to show. The same
// Report serves print, PDF and Markdown (ReportDocument, ReportPrinter, ReportMarkdown).
#pragma once

#include "../domain/insightfigures.h"
#include "../domain/result.h"
#include "../domain/workspaceconfig.h"
#include "report.h"

#include <QDate>
#include <QDateTime>

namespace Inflection {

class Workspace;

class LearningReport
{
public:
    // Where the figures come from and who printed them when (printedAt in UTC; now when invalid).
    struct Source
    {
        QString workspaceName;
        QString printedBy;
        QDateTime printedAt;
    };

    // The figures as computed (their filter says the period and the filters), named with the
    // workspace's severity levels and factor categories, its times in its zone.
    static Report build(const InsightFigures &figures, const WorkspaceConfig &config, const Source &source);
    // Reads the workspace and computes the figures of filter; today decides what is overdue.
    static Result<Report> build(Workspace *workspace, const InsightsFilter &filter, const QDate &today);

    // The period as the report names it: "Q1 2026 (…)" for a calendar quarter, the two days, one open
    // end, or all time.
    static QString periodText(const InsightsFilter &filter);
};

} // namespace Inflection
