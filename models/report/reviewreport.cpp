// The header every summary starts with, then the kind's own sections.
#include "reviewreport.h"

#include "../domain/attendee.h"
#include "../store/attendeerepository.h"
#include "../store/launchrepository.h"
#include "../store/proposalrepository.h"
#include "../store/reviewrepository.h"
#include "../store/workspace.h"
#include "../store/workspacesettings.h"
#include "architecturereport.h"
#include "operabilityreport.h"
#include "postmortemreport.h"
#include "reportformat.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace { } // namespace

std::optional<Report> ReviewReport::build(Workspace *workspace, const QString &reviewUuid, QString *error)
{
    QString problem;
    const auto review = ReviewRepository(workspace).find(reviewUuid, &problem);
    if (!review) {
        *error = problem.isEmpty()
            ? QCoreApplication::translate("Inflection::ReviewReport", "There is no such review.")
            : problem;
        return std::nullopt;
    }
    const QTimeZone zone = WorkspaceSettings(workspace).timeZone();
    Report report;
    report.title = review->title;
    report.subtitle
        = reviewKindDisplayName(review->kind) + u" · "_s + reviewStatusDisplayName(review->status);

    QString decision;
    if (review->kind == ReviewKind::Architecture)
        decision = proposalDecisionDisplayName(
            ProposalRepository(workspace).forReview(review->id, &problem).decision);
    else if (review->kind == ReviewKind::Operability)
        decision
            = launchDecisionDisplayName(LaunchRepository(workspace).forReview(review->id, &problem).decision);
    QStringList attendees;
    for (const Attendee &a : AttendeeRepository(workspace).forReview(review->id, &problem))
        attendees.append(QCoreApplication::translate("Inflection::ReviewReport", "%1 (%2)")
                             .arg(a.name, attendeeRoleDisplayName(a.role)));

    ReportSection header {QCoreApplication::translate("Inflection::ReviewReport", "Review"), {}};
    QList<std::pair<QString, QString>> fields {
        {QCoreApplication::translate("Inflection::ReviewReport", "Title"), review->title},
        {QCoreApplication::translate("Inflection::ReviewReport", "Kind"),
            reviewKindDisplayName(review->kind)},
        {QCoreApplication::translate("Inflection::ReviewReport", "Status"),
            reviewStatusDisplayName(review->status)},
        {QCoreApplication::translate("Inflection::ReviewReport", "System"),
            ReportFormat::orNone(review->system)},
        {QCoreApplication::translate("Inflection::ReviewReport", "Owner"),
            ReportFormat::orNone(review->owner)},
        {QCoreApplication::translate("Inflection::ReviewReport", "Meeting"),
            ReportFormat::time(review->meetingAt, zone)},
        {QCoreApplication::translate("Inflection::ReviewReport", "Attendees"),
            attendees.isEmpty() ? ReportFormat::orNone(QString()) : attendees.join(u", "_s)}};
    if (!decision.isEmpty())
        fields.append({review->kind == ReviewKind::Operability
                ? QCoreApplication::translate("Inflection::ReviewReport", "Go / no-go")
                : QCoreApplication::translate("Inflection::ReviewReport", "Decision"),
            decision});
    fields.append({QCoreApplication::translate("Inflection::ReviewReport", "Printed"),
        QCoreApplication::translate("Inflection::ReviewReport", "by %1 on %2 (times in %3)")
            .arg(workspace->author(), ReportFormat::time(QDateTime::currentDateTimeUtc(), zone),
                QString::fromUtf8(zone.id()))});
    header.fields(fields);
    report.sections.append(header);

    bool ok = true;
    switch (review->kind) {
    case ReviewKind::Architecture:
        ok = ArchitectureReport::addSections(workspace, review->id, &report, &problem);
        break;
    case ReviewKind::Operability:
        ok = OperabilityReport::addSections(workspace, review->id, &report, &problem);
        break;
    case ReviewKind::Postmortem:
        ok = PostmortemReport::addSections(workspace, review->id, &report, &problem);
        break;
    }
    if (!ok) {
        *error = problem;
        return std::nullopt;
    }
    return report;
}

} // namespace Inflection
