// Operability review sections.
#include "operabilityreport.h"

#include "../domain/checklistquestion.h"
#include "heatmaprenderer.h"
#include "reportformat.h"

#include <QHash>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

void OperabilityReport::addSections(const ReviewTree &tree, const WorkspaceConfig &config, Report *report)
{
    using ReportFormat::orNone;
    const QTimeZone zone = config.timeZone;

    QHash<QString, ChecklistAnswer> answers;
    for (const ChecklistAnswer &a : tree.checklist)
        answers.insert(a.key, a);
    ReportTable readiness {{QCoreApplication::translate("Inflection::OperabilityReport", "Question"),
                               QCoreApplication::translate("Inflection::OperabilityReport", "Answer"),
                               QCoreApplication::translate("Inflection::OperabilityReport", "Notes")},
        {}, {}, {}, {}};
    for (const ChecklistQuestion &q : operabilityReadinessQuestions()) {
        // A follow-up only where it applies: its question was answered yes.
        if (!q.parentKey.isEmpty() && answers.value(q.parentKey).answer != ChecklistAnswerValue::Yes)
            continue;
        const ChecklistAnswer a = answers.value(q.key);
        readiness.rows.append({q.parentKey.isEmpty() ? q.text : u"— "_s + q.text,
            checklistAnswers().displayName(a.answer), a.notes});
    }
    ReportSection readinessSection {
        QCoreApplication::translate("Inflection::OperabilityReport", "Readiness"), {}};
    readinessSection.table(readiness);
    report->sections.append(readinessSection);

    const LaunchPlan plan = tree.launch.value_or(LaunchPlan());
    ReportSection launch {QCoreApplication::translate("Inflection::OperabilityReport", "Launch plan"), {}};
    launch.fields({{QCoreApplication::translate("Inflection::OperabilityReport", "Go-live"),
                       ReportFormat::time(plan.goLiveAt, zone)},
        {QCoreApplication::translate("Inflection::OperabilityReport", "Pushed by"), orNone(plan.pushedBy)},
        {QCoreApplication::translate("Inflection::OperabilityReport", "Rollout"),
            rollouts().displayName(plan.rollout)},
        {QCoreApplication::translate("Inflection::OperabilityReport", "Communication"),
            orNone(plan.communication)},
        {QCoreApplication::translate("Inflection::OperabilityReport", "Go / no-go"),
            launchDecisions().displayName(plan.decision)},
        {QCoreApplication::translate("Inflection::OperabilityReport", "Reasons"),
            orNone(plan.decisionNotes)}});
    report->sections.append(launch);

    QList<ContingencyItem> items = tree.contingencies;
    HeatmapRenderer heatmap;
    heatmap.setMatrix(config.riskMatrix);
    HeatmapRenderer::Counts counts {};
    for (const ContingencyItem &item : items)
        ++HeatmapRenderer::at(counts, item.likelihood, item.impact);
    heatmap.setCounts(counts);
    QFont font;
    font.setPixelSize(22);
    report->image = heatmap.toImage(QSize(900, 720), font);
    ReportSection heat {
        QCoreApplication::translate("Inflection::OperabilityReport", "Likelihood × impact"), {}};
    // The same counts as a table, for Markdown: likelihood down the side (highest first), impact across.
    ReportTable figures;
    figures.headers.append(
        QCoreApplication::translate("Inflection::OperabilityReport", "Likelihood / impact"));
    for (int impact = 1; impact <= 5; ++impact)
        figures.headers.append(impactLabel(impact));
    for (int likelihood = 5; likelihood >= 1; --likelihood) {
        QStringList row {likelihoodLabel(likelihood)};
        for (int impact = 1; impact <= 5; ++impact) {
            const int n = HeatmapRenderer::at(counts, likelihood, impact);
            row.append(n == 0 ? QString() : QString::number(n));
        }
        figures.rows.append(row);
    }
    heat.image(QCoreApplication::translate(
                   "Inflection::OperabilityReport", "Contingencies by likelihood and impact: %1 in all")
                   .arg(items.size()),
        figures);
    report->sections.append(heat);

    std::stable_sort(items.begin(), items.end(),
        [](const ContingencyItem &a, const ContingencyItem &b) { return a.score() > b.score(); });
    // Four columns, so that the words of every language fit the page whole: the issue with its
    // comments, the risk with its score, and the messaging with whether PR is needed.
    ReportTable contingencies {
        {QCoreApplication::translate("Inflection::OperabilityReport", "Issue"),
            QCoreApplication::translate("Inflection::OperabilityReport", "Likelihood × impact"),
            QCoreApplication::translate("Inflection::OperabilityReport", "Engineering mitigation"),
            QCoreApplication::translate("Inflection::OperabilityReport", "Onsite messaging")},
        {}, {}, {28, 22, 25, 25}, {}};
    for (const ContingencyItem &item : items) {
        const QString pr = QCoreApplication::translate("Inflection::OperabilityReport", "PR needed") + u": "_s
            + (item.prNeeded ? QCoreApplication::translate("Inflection::OperabilityReport", "yes")
                             : QCoreApplication::translate("Inflection::OperabilityReport", "no"));
        contingencies.rows.append({item.comments.isEmpty() ? item.issue
                                                           : item.issue + u"\n\n"_s + item.comments,
            likelihoodLabel(item.likelihood) + u" × "_s + impactLabel(item.impact) + u" = "_s
                + QString::number(item.score()),
            item.engineering, item.onsiteMessaging.isEmpty() ? pr : item.onsiteMessaging + u"\n\n"_s + pr});
    }
    ReportSection checklist {
        QCoreApplication::translate("Inflection::OperabilityReport", "Contingency checklist, by score"), {}};
    if (contingencies.rows.isEmpty())
        checklist.paragraph(
            QCoreApplication::translate("Inflection::OperabilityReport", "No contingencies yet."));
    else
        checklist.table(contingencies);
    report->sections.append(checklist);
}

} // namespace Inflection
