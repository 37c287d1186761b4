// Architecture review sections.
#include "architecturereport.h"

#include "../domain/checklistquestion.h"
#include "../store/checklistrepository.h"
#include "../store/commentrepository.h"
#include "../store/departurerepository.h"
#include "../store/knowntechnologyrepository.h"
#include "../store/proposalrepository.h"
#include "../store/questionrepository.h"
#include "reportformat.h"

#include <QHash>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace { } // namespace

bool ArchitectureReport::addSections(Workspace *workspace, qint64 reviewId, Report *report, QString *error)
{
    using ReportFormat::orNone;
    const Proposal proposal = ProposalRepository(workspace).forReview(reviewId, error);

    ReportSection decision {QCoreApplication::translate("Inflection::ArchitectureReport", "Decision"), {}};
    decision.fields({{QCoreApplication::translate("Inflection::ArchitectureReport", "Decision"),
                         proposalDecisionDisplayName(proposal.decision)},
        {QCoreApplication::translate("Inflection::ArchitectureReport", "Reasoning"),
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
    for (const ChecklistAnswer &a : ChecklistRepository(workspace).answers(reviewId, error))
        answers.insert(a.key, a);
    ReportTable general {{QCoreApplication::translate("Inflection::ArchitectureReport", "Question"),
                             QCoreApplication::translate("Inflection::ArchitectureReport", "Answer"),
                             QCoreApplication::translate("Inflection::ArchitectureReport", "Notes")},
        {}, {}, {}};
    for (const ChecklistQuestion &q : architectureGeneralQuestions()) {
        const ChecklistAnswer a = answers.value(q.key);
        general.rows.append({q.text, checklistAnswerDisplayName(a.answer), a.notes});
    }
    ReportSection generalSection {
        QCoreApplication::translate("Inflection::ArchitectureReport", "General questions"), {}};
    generalSection.table(general);
    report->sections.append(generalSection);

    const QStringList known = KnownTechnologyRepository(workspace).names(error);
    ReportTable departures {
        {QCoreApplication::translate("Inflection::ArchitectureReport", "Kind"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "Technology or pattern"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "Costs"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "Trade-offs"),
            QCoreApplication::translate("Inflection::ArchitectureReport", "What it prohibits later")},
        {}, {}, {}};
    for (const Departure &d : DepartureRepository(workspace).forReview(reviewId, error)) {
        const bool isNew = !KnownTechnologyRepository::contains(known, d.name);
        departures.rows.append({departureKindDisplayName(d.kind),
            isNew ? QCoreApplication::translate("Inflection::ArchitectureReport", "%1 (new technology)")
                        .arg(d.name)
                  : d.name,
            d.costs, d.tradeoffs, d.prohibits});
        departures.marked.append(isNew);
    }
    ReportSection departureSection {
        QCoreApplication::translate("Inflection::ArchitectureReport", "Departures"), {}};
    if (departures.rows.isEmpty())
        departureSection.paragraph(QCoreApplication::translate(
            "Inflection::ArchitectureReport", "No departures from known technology."));
    else
        departureSection.table(departures);
    report->sections.append(departureSection);

    QList<Question> questions = QuestionRepository(workspace).forReview(reviewId, error);
    std::stable_sort(questions.begin(), questions.end(),
        [](const Question &a, const Question &b) { return a.voters.size() > b.voters.size(); });
    ReportTable questionTable {{QCoreApplication::translate("Inflection::ArchitectureReport", "Question"),
                                   QCoreApplication::translate("Inflection::ArchitectureReport", "Votes"),
                                   QCoreApplication::translate("Inflection::ArchitectureReport", "Asked by"),
                                   QCoreApplication::translate("Inflection::ArchitectureReport", "Answer")},
        {}, {}, {}};
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
    const QList<Comment> comments = CommentRepository(workspace).forReview(reviewId, error);
    QHash<QString, QStringList> replies;
    for (const Comment &c : comments) {
        if (!c.parentUuid.isEmpty())
            replies[c.parentUuid].append(c.author + u": "_s + c.text);
    }
    ReportTable open {{QCoreApplication::translate("Inflection::ArchitectureReport", "Quoted text"),
                          QCoreApplication::translate("Inflection::ArchitectureReport", "Comment"),
                          QCoreApplication::translate("Inflection::ArchitectureReport", "Replies")},
        {}, {}, {}};
    ReportTable resolved {{QCoreApplication::translate("Inflection::ArchitectureReport", "Quoted text"),
                              QCoreApplication::translate("Inflection::ArchitectureReport", "Comment"),
                              QCoreApplication::translate("Inflection::ArchitectureReport", "Replies"),
                              QCoreApplication::translate("Inflection::ArchitectureReport", "Resolved by")},
        {}, {}, {}};
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
    return error->isEmpty();
}

} // namespace Inflection
