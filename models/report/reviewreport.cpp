// The header every summary starts with, then the kind's own sections.
#include "reviewreport.h"

#include "../domain/displaytext.h"
#include "../store/reviewtreestore.h"
#include "../store/workspace.h"
#include "../store/workspacesettings.h"
#include "architecturereport.h"
#include "operabilityreport.h"
#include "postmortemreport.h"
#include "reportformat.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// The sections each kind of review adds after the header.
using AddSections = void (*)(const ReviewTree &, const WorkspaceConfig &, Report *);
const QHash<ReviewKind, AddSections> sectionsOfKind {
    {ReviewKind::Architecture, &ArchitectureReport::addSections},
    {ReviewKind::Operability, &OperabilityReport::addSections},
    {ReviewKind::Postmortem, &PostmortemReport::addSections},
};

} // namespace

Result<Report> ReviewReport::build(Workspace *workspace, const QString &reviewUuid)
{
    const Result<ReviewTree> tree = ReviewTreeStore(workspace).read(reviewUuid);
    if (tree.error() == ErrorKind::Missing)
        return Result<Report>::failure(ErrorKind::Missing,
            QCoreApplication::translate("Inflection::ReviewReport", "There is no such review."));
    if (!tree)
        return Result<Report>::errorOf(tree);
    const Result<WorkspaceConfig> config = WorkspaceSettings(workspace).read();
    if (!config)
        return Result<Report>::errorOf(config);
    return build(*tree, *config, workspace->author());
}

Report ReviewReport::build(const ReviewTree &tree, const WorkspaceConfig &config, const QString &printedBy)
{
    const Review &review = tree.review;
    const QTimeZone zone = config.timeZone;
    Report report;
    // Values from the file as harmless lines of a sane length: a title of 600,000 characters from a
    // crafted file must not keep the PDF's layout busy for minutes (a real title is a line).
    report.title = DisplayText::breakable(DisplayText::line(review.title, 300));
    report.subtitle
        = reviewKinds().displayName(review.kind) + u" · "_s + reviewStatuses().displayName(review.status);

    QStringList attendees;
    for (const Attendee &a : tree.attendees)
        attendees.append(QCoreApplication::translate("Inflection::ReviewReport", "%1 (%2)")
                             .arg(a.name, attendeeRoleDisplayName(a.role)));

    ReportSection header {QCoreApplication::translate("Inflection::ReviewReport", "Review"), {}};
    QList<std::pair<QString, QString>> fields {
        {QCoreApplication::translate("Inflection::ReviewReport", "Title"),
            DisplayText::breakable(DisplayText::line(review.title, 2000))},
        {QCoreApplication::translate("Inflection::ReviewReport", "Kind"),
            reviewKinds().displayName(review.kind)},
        {QCoreApplication::translate("Inflection::ReviewReport", "Status"),
            reviewStatuses().displayName(review.status)},
        {QCoreApplication::translate("Inflection::ReviewReport", "System"),
            ReportFormat::orNone(DisplayText::breakable(DisplayText::line(review.system, 2000)))},
        {QCoreApplication::translate("Inflection::ReviewReport", "Owner"),
            ReportFormat::orNone(DisplayText::breakable(DisplayText::line(review.owner, 2000)))},
        {QCoreApplication::translate("Inflection::ReviewReport", "Meeting"),
            ReportFormat::time(review.meetingAt, zone)},
        {QCoreApplication::translate("Inflection::ReviewReport", "Attendees"),
            attendees.isEmpty() ? ReportFormat::orNone(QString()) : attendees.join(u", "_s)}};
    // The decision is printed once, in its own section (architecture) or with the launch plan.
    fields.append({QCoreApplication::translate("Inflection::ReviewReport", "Printed"),
        QCoreApplication::translate("Inflection::ReviewReport", "by %1 on %2 (times in %3)")
            .arg(printedBy, ReportFormat::time(QDateTime::currentDateTimeUtc(), zone),
                QString::fromUtf8(zone.id()))});
    header.fields(fields);
    report.sections.append(header);
    sectionsOfKind.value(review.kind)(tree, config, &report);
    return report;
}

} // namespace Inflection
