// Operability review sections.
#include "operabilityreport.h"

#include "../domain/checklistquestion.h"
#include "../store/checklistrepository.h"
#include "../store/contingencyrepository.h"
#include "../store/launchrepository.h"
#include "../store/workspacesettings.h"
#include "heatmaprenderer.h"
#include "reportformat.h"

#include <QHash>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inflection::OperabilityReport", text);
}

} // namespace

bool OperabilityReport::addSections(Workspace *workspace, qint64 reviewId, Report *report, QString *error)
{
    using ReportFormat::orNone;
    WorkspaceSettings settings(workspace);
    const QTimeZone zone = settings.timeZone();

    QHash<QString, ChecklistAnswer> answers;
    for (const ChecklistAnswer &a : ChecklistRepository(workspace).answers(reviewId, error))
        answers.insert(a.key, a);
    ReportTable readiness {{tr("Question"), tr("Answer"), tr("Notes")}, {}, {}, {}};
    for (const ChecklistQuestion &q : operabilityReadinessQuestions()) {
        // A follow-up only where it applies: its question was answered yes.
        if (!q.parentKey.isEmpty() && answers.value(q.parentKey).answer != ChecklistAnswerValue::Yes)
            continue;
        const ChecklistAnswer a = answers.value(q.key);
        readiness.rows.append({q.parentKey.isEmpty() ? q.text : u"— "_s + q.text,
            checklistAnswerDisplayName(a.answer), a.notes});
    }
    ReportSection readinessSection {tr("Readiness"), {}};
    readinessSection.table(readiness);
    report->sections.append(readinessSection);

    const LaunchPlan plan = LaunchRepository(workspace).forReview(reviewId, error);
    ReportSection launch {tr("Launch plan"), {}};
    launch.fields({{tr("Go-live"), ReportFormat::time(plan.goLiveAt, zone)},
        {tr("Pushed by"), orNone(plan.pushedBy)}, {tr("Rollout"), rolloutDisplayName(plan.rollout)},
        {tr("Communication"), orNone(plan.communication)},
        {tr("Go / no-go"), launchDecisionDisplayName(plan.decision)},
        {tr("Reasons"), orNone(plan.decisionNotes)}});
    report->sections.append(launch);

    QList<ContingencyItem> items = ContingencyRepository(workspace).forReview(reviewId, error);
    HeatmapRenderer heatmap;
    heatmap.setMatrix(settings.riskMatrix());
    HeatmapRenderer::Counts counts {};
    for (const ContingencyItem &item : items)
        ++HeatmapRenderer::at(counts, item.likelihood, item.impact);
    heatmap.setCounts(counts);
    QFont font;
    font.setPixelSize(22);
    report->image = heatmap.toImage(QSize(900, 720), font);
    ReportSection heat {tr("Likelihood × impact"), {}};
    heat.image(tr("Contingencies by likelihood and impact: %1 in all").arg(items.size()));
    report->sections.append(heat);

    std::stable_sort(items.begin(), items.end(),
        [](const ContingencyItem &a, const ContingencyItem &b) { return a.score() > b.score(); });
    ReportTable contingencies {{tr("Issue"), tr("Likelihood"), tr("Impact"), tr("Score"), tr("Comments"),
                                   tr("Engineering mitigation"), tr("Onsite messaging"), tr("PR needed")},
        {}, {}, {}};
    for (const ContingencyItem &item : items) {
        contingencies.rows.append({item.issue, likelihoodLabel(item.likelihood), impactLabel(item.impact),
            QString::number(item.score()), item.comments, item.engineering, item.onsiteMessaging,
            item.prNeeded ? tr("yes") : tr("no")});
    }
    ReportSection checklist {tr("Contingency checklist, by score"), {}};
    if (contingencies.rows.isEmpty())
        checklist.paragraph(tr("No contingencies yet."));
    else
        checklist.table(contingencies);
    report->sections.append(checklist);
    return error->isEmpty();
}

} // namespace Inflection
