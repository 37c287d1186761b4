// Postmortem sections.
#include "postmortemreport.h"

#include "../domain/checklistquestion.h"
#include "../domain/safelink.h"
#include "../lint/coachcategory.h"
#include "../lint/postmortemtexts.h"
#include "reportformat.h"

#include <QDate>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

void PostmortemReport::addSections(const ReviewTree &tree, const WorkspaceConfig &config, Report *report)
{
    using ReportFormat::orNone;
    const QTimeZone zone = config.timeZone;
    // Incident facts and events as they were recorded: to the second.
    constexpr auto toTheSecond = DateTimeFormat::Precision::Seconds;
    const IncidentFacts facts = tree.incident.value_or(IncidentFacts());
    const IncidentDurations durations = IncidentDurations::of(facts);
    auto duration = [](const std::optional<qint64> &seconds) {
        return seconds ? formatDuration(*seconds)
                       : QCoreApplication::translate("Inflection::PostmortemReport", "not known");
    };
    QString severity = QCoreApplication::translate("Inflection::PostmortemReport", "not set");
    for (const SeverityLevel &level : config.severityLevels) {
        if (level.key == facts.severity)
            severity = level.name + u" — "_s + level.description;
    }
    ReportSection incident {QCoreApplication::translate("Inflection::PostmortemReport", "Incident"), {}};
    incident.fields({{QCoreApplication::translate("Inflection::PostmortemReport", "Started"),
                         ReportFormat::time(facts.startedAt, zone, toTheSecond)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Detected"),
            ReportFormat::time(facts.detectedAt, zone, toTheSecond)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Mitigated"),
            ReportFormat::time(facts.mitigatedAt, zone, toTheSecond)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Resolved"),
            ReportFormat::time(facts.resolvedAt, zone, toTheSecond)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Status page"),
            ReportFormat::time(facts.statusPageAt, zone, toTheSecond)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Impact time"),
            duration(durations.impactSeconds)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Time undetected"),
            duration(durations.undetectedSeconds)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Time to mitigate"),
            duration(durations.mitigateSeconds)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Time to resolve"),
            duration(durations.resolveSeconds)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Severity"), severity},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Summary"), orNone(facts.summary)},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Impact"), orNone(facts.impact)}});
    report->sections.append(incident);

    // Numbered: the contributing factors and the coach's findings name events by their places.
    ReportTable timeline {{QCoreApplication::translate("Inflection::PostmortemReport", "#"),
                              QCoreApplication::translate("Inflection::PostmortemReport", "Time"),
                              QCoreApplication::translate("Inflection::PostmortemReport", "Kind"),
                              QCoreApplication::translate("Inflection::PostmortemReport", "Who"),
                              QCoreApplication::translate("Inflection::PostmortemReport", "What happened"),
                              QCoreApplication::translate("Inflection::PostmortemReport", "Known by")},
        {}, {}, {5, 14, 16, 13, 37, 15}, {}};
    const QList<TimelineEvent> &events = tree.timeline;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TimelineEvent &e = events.at(i);
        timeline.rows.append({QString::number(i + 1),
            e.occurredAt.isValid() ? ReportFormat::time(e.occurredAt, zone, toTheSecond) : QString(),
            timelineKinds().displayName(e.kind), e.actor, e.text, e.knownBy});
    }
    ReportSection timelineSection {
        QCoreApplication::translate("Inflection::PostmortemReport", "Timeline"), {}};
    if (timeline.rows.isEmpty())
        timelineSection.paragraph(
            QCoreApplication::translate("Inflection::PostmortemReport", "No events yet."));
    else
        timelineSection.table(timeline);
    report->sections.append(timelineSection);

    ReportSection discussion {QCoreApplication::translate("Inflection::PostmortemReport", "Discussion"), {}};
    ReportTable decisions {
        {QCoreApplication::translate("Inflection::PostmortemReport", "Decision"),
            QCoreApplication::translate("Inflection::PostmortemReport", "Why it made sense at the time")},
        {}, {}, {}, {}};
    for (const TimelineEvent &e : events) {
        if (e.kind == TimelineKind::Decision)
            decisions.rows.append({e.text, e.reasoning});
    }
    if (!decisions.rows.isEmpty())
        discussion.table(decisions);
    QHash<QString, QString> notes;
    for (const ChecklistAnswer &a : tree.checklist)
        notes.insert(a.key, a.notes);
    QList<std::pair<QString, QString>> answered;
    for (const ChecklistQuestion &q : postmortemDiscussionQuestions())
        answered.append({q.text, orNone(notes.value(q.key))});
    discussion.fields(answered);
    report->sections.append(discussion);

    // What the remediation answers: the factors, each with the events it shows in by their places in
    // the timeline above. Left out while there are none, as the texts below.
    ReportTable factors {{QCoreApplication::translate("Inflection::PostmortemReport", "Contributing factor"),
                             QCoreApplication::translate("Inflection::PostmortemReport", "Category"),
                             QCoreApplication::translate("Inflection::PostmortemReport", "Shows in")},
        {}, {}, {54, 26, 20}, {}};
    for (const ContributingFactor &factor : tree.contributingFactors) {
        factors.rows.append({factor.text, factorCategoryName(config.factorCategories, factor.category),
            eventPlacesText(factorEventPlaces(factor, events))});
    }
    if (!factors.rows.isEmpty()) {
        ReportSection section {
            QCoreApplication::translate("Inflection::PostmortemReport", "Contributing factors"), {}};
        section.table(factors);
        report->sections.append(section);
    }

    const QString ticketTemplate = config.ticketUrlTemplate;
    const QDate today = QDate::currentDate();
    ReportTable remediation {{QCoreApplication::translate("Inflection::PostmortemReport", "Remediation item"),
                                 QCoreApplication::translate("Inflection::PostmortemReport", "Type"),
                                 QCoreApplication::translate("Inflection::PostmortemReport", "Owner"),
                                 QCoreApplication::translate("Inflection::PostmortemReport", "Ticket"),
                                 QCoreApplication::translate("Inflection::PostmortemReport", "Due"),
                                 QCoreApplication::translate("Inflection::PostmortemReport", "Status")},
        {}, {}, {34, 12, 13, 17, 12, 12}, {}};
    for (const RemediationItem &item : tree.remediation) {
        const bool overdue = item.isOverdue(today);
        // The ticket's key, linked to the ticket: an address over three lines helped nobody on paper.
        QUrl ticket = item.ticket.isEmpty() ? QUrl() : ticketUrl(ticketTemplate, item.ticket);
        if (!SafeLink::check(ticket))
            ticket.clear(); // only addresses the app itself would open
        remediation.links.append({QUrl(), QUrl(), QUrl(), ticket});
        const QString due = DateTimeFormat::date(item.due);
        remediation.rows.append(
            {item.text, remediationTypes().displayName(item.type), item.owner, item.ticket,
                overdue ? QCoreApplication::translate("Inflection::PostmortemReport", "%1 (overdue)").arg(due)
                        : due,
                remediationStatuses().displayName(item.status)});
        remediation.marked.append(overdue);
    }
    ReportSection remediationSection {
        QCoreApplication::translate("Inflection::PostmortemReport", "Remediation"), {}};
    if (remediation.rows.isEmpty())
        remediationSection.paragraph(
            QCoreApplication::translate("Inflection::PostmortemReport", "No remediation items yet."));
    else
        remediationSection.table(remediation);
    report->sections.append(remediationSection);

    const std::pair<QString, QString> lessons[] = {
        {QCoreApplication::translate("Inflection::PostmortemReport", "What went well"), facts.wentWell},
        {QCoreApplication::translate("Inflection::PostmortemReport", "Where we got lucky"), facts.lucky},
    };
    for (const auto &[heading, text] : lessons) {
        if (text.trimmed().isEmpty())
            continue;
        ReportSection section {heading, {}};
        section.paragraph(text.trimmed());
        report->sections.append(section);
    }

    ReportSection parking {QCoreApplication::translate("Inflection::PostmortemReport", "Parking lot"), {}};
    const QList<ParkedIdea> &ideas = tree.parkingLot;
    if (ideas.isEmpty())
        parking.paragraph(QCoreApplication::translate("Inflection::PostmortemReport", "Nothing parked."));
    QStringList parked;
    for (const ParkedIdea &idea : ideas)
        parked.append(QString(idea.text).replace(u'\n', u' '));
    if (!parked.isEmpty())
        parking.list(parked);
    report->sections.append(parking);

    ReportSection coach {
        QCoreApplication::translate("Inflection::PostmortemReport", "Blameless language"), {}};
    const QList<FieldFinding> findings = PostmortemTexts::openFindings(tree, zone);
    coach.paragraph(QCoreApplication::translate(
        "Inflection::PostmortemReport", "Open findings of the blameless coach: %1")
                        .arg(findings.size()));
    ReportTable phrases {
        {QCoreApplication::translate("Inflection::PostmortemReport", "Phrase"),
            QCoreApplication::translate("Inflection::PostmortemReport", "Where"),
            QCoreApplication::translate("Inflection::PostmortemReport", "Why it gets in the way"),
            QCoreApplication::translate("Inflection::PostmortemReport", "Instead")},
        {}, {}, {18, 22, 32, 28}, {}};
    for (const FieldFinding &f : findings) {
        const LintFinding &finding = f.finding;
        phrases.rows.append({u"“"_s + finding.phrase + u"”"_s, f.label,
            finding.explanation.isEmpty() ? coachExplanation(finding.category) : finding.explanation,
            finding.suggestion.isEmpty() ? coachSuggestion(finding.category) : finding.suggestion});
    }
    if (!phrases.rows.isEmpty())
        coach.table(phrases);
    report->sections.append(coach);
}

} // namespace Inflection
