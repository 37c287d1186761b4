// Architecture review sections.
#include "architecturereport.h"

#include "../domain/checklistquestion.h"
#include "reportformat.h"

#include <QHash>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

void ArchitectureReport::addSections(const ReviewTree &tree, const WorkspaceConfig &config, Report *report)
{
    using ReportFormat::orNone;
    const Proposal proposal = tree.proposal.value_or(Proposal());

    ReportSection decision {QCoreApplication::translate("Inflection::ArchitectureReport", "Decision"), {}};
    decision.paragraph(proposalDecisions().displayName(proposal.decision));
    decision.fields({{QCoreApplication::translate("Inflection::ArchitectureReport", "Reasoning"),
        orNone(proposal.decisionNotes)}});
    report->sections.append(decision);

    ReportSection outcome {
        QCoreApplication::translate("Inflection::ArchitectureReport", "Outcome of the meeting"), {}};
    outcome.fields(
        {{QCoreApplication::translate("Inflection::ArchitectureReport", "Notes"), orNone(proposal.notes)},
            {QCoreApplication::translate("Inflection::ArchitectureReport", "Agreements on tricky components"),
                orNone(proposal.agreements)},
            {QCoreApplication::translate("Inflection::ArchitectureReport", "Learnings and questions"),
                orNone(proposal.learnings)}});
    report->sections.append(outcome);

    QHash<QString, ChecklistAnswer> answers;
    for (const ChecklistAnswer &a : tree.checklist)
        answers.insert(a.key, a);
    ReportTable general {{QCoreApplication::translate("Inflection::ArchitectureReport", "Question"),
                             QCoreApplication::translate("Inflection::ArchitectureReport", "Answer"),
                             QCoreApplication::translate("Inflection::ArchitectureReport", "Notes")},
        {}, {}, {}, {}};
    for (const ChecklistQuestion &q : architectureGeneralQuestions()) {
        const ChecklistAnswer a = answers.value(q.key);
        general.rows.append({q.text, checklistAnswers().displayName(a.answer), a.notes});
    }
    ReportSection generalSection {
        QCoreApplication::translate("Inflection::ArchitectureReport", "General questions"), {}};
    generalSection.table(general);
    report->sections.append(generalSection);

    ReportTable departures {
        {QCoreApplication::translate("Inflection::ArchitectureReport", "Kind"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "Technology or pattern"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "Radar"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "Costs"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "Trade-offs"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "What it prohibits later")},
        {}, {}, {}, {}};
    for (const Departure &d : tree.departures) {
        // New and on hold stand out; a known one shows its ring.
        const TechnologyState state = config.knownTechnologies.stateOf(d.name);
        const KnownTechnology *known = config.knownTechnologies.find(d.name);
        const QString radar = state == TechnologyState::New
            ? QCoreApplication::translate("Inflection::ArchitectureReport", "new technology")
            : state == TechnologyState::OnHold
            ? QCoreApplication::translate("Inflection::ArchitectureReport", "on hold")
            : known ? radarRings().displayName(known->ring)
                    : QString();
        departures.rows.append(
            {departureKinds().displayName(d.kind), d.name, radar, d.costs, d.tradeoffs, d.prohibits});
        departures.marked.append(state != TechnologyState::Known);
    }
    ReportSection departureSection {
        QCoreApplication::translate("Inflection::ArchitectureReport", "Departures"), {}};
    if (departures.rows.isEmpty())
        departureSection.paragraph(QCoreApplication::translate(
            "Inflection::ArchitectureReport", "No departures from known technology."));
    else
        departureSection.table(departures);
    report->sections.append(departureSection);

    QList<Question> questions = tree.questions;
    std::stable_sort(questions.begin(), questions.end(),
        [](const Question &a, const Question &b) { return a.voters.size() > b.voters.size(); });
    ReportTable questionTable {{QCoreApplication::translate("Inflection::ArchitectureReport", "Question"),
                                   QCoreApplication::translate("Inflection::ArchitectureReport", "Votes"),
                                   QCoreApplication::translate("Inflection::ArchitectureReport", "Asked by"),
                                   QCoreApplication::translate("Inflection::ArchitectureReport", "Answer")},
        {}, {}, {}, {}};
    for (const Question &q : questions)
        questionTable.rows.append({q.text, QString::number(q.voters.size()), q.author,
            q.answered ? q.answer
                       : QCoreApplication::translate("Inflection::ArchitectureReport", "Not answered")});
    ReportSection questionSection {
        QCoreApplication::translate("Inflection::ArchitectureReport", "Questions"), {}};
    if (questionTable.rows.isEmpty())
        questionSection.paragraph(
            QCoreApplication::translate("Inflection::ArchitectureReport", "No questions were collected."));
    else
        questionSection.table(questionTable);
    report->sections.append(questionSection);

    // Open threads with their quoted text; the resolved ones counted here and listed in the appendix.
    const QList<Comment> &comments = tree.comments;
    QHash<QString, QStringList> replies;
    for (const Comment &c : comments) {
        if (!c.parentUuid.isEmpty())
            replies[c.parentUuid].append(c.author + u": "_s + c.text);
    }
    ReportTable open {{QCoreApplication::translate("Inflection::ArchitectureReport", "Quoted text"),
                          QCoreApplication::translate("Inflection::ArchitectureReport", "Comment"),
                          QCoreApplication::translate("Inflection::ArchitectureReport", "Replies")},
        {}, {}, {}, {}};
    ReportTable resolved {{QCoreApplication::translate("Inflection::ArchitectureReport", "Quoted text"),
                              QCoreApplication::translate("Inflection::ArchitectureReport", "Comment"),
                              QCoreApplication::translate("Inflection::ArchitectureReport", "Replies"),
                              QCoreApplication::translate("Inflection::ArchitectureReport", "Resolved by")},
        {}, {}, {}, {}};
    for (const Comment &c : comments) {
        if (!c.parentUuid.isEmpty())
            continue;
        const QString comment = c.author + u": "_s + c.text;
        if (c.isResolved())
            resolved.rows.append({c.anchor.exact, comment, replies.value(c.uuid).join(u'\n'), c.resolvedBy});
        else
            open.rows.append({c.anchor.exact, comment, replies.value(c.uuid).join(u'\n')});
    }
    ReportSection threads {
        QCoreApplication::translate("Inflection::ArchitectureReport", "Open comment threads"), {}};
    threads.paragraph(QCoreApplication::translate(
        "Inflection::ArchitectureReport", "Open: %1 · resolved: %2 (listed in the appendix)")
                          .arg(open.rows.size())
                          .arg(resolved.rows.size()));
    if (!open.rows.isEmpty())
        threads.table(open);
    report->sections.append(threads);

    ReportSection body {QCoreApplication::translate("Inflection::ArchitectureReport", "The proposal"), {}};
    body.markdown(proposal.body);
    report->sections.append(body);

    if (!resolved.rows.isEmpty()) {
        ReportSection appendix {QCoreApplication::translate(
                                    "Inflection::ArchitectureReport", "Appendix: resolved comment threads"),
            {}};
        appendix.table(resolved);
        report->sections.append(appendix);
    }
}

} // namespace Inflection
