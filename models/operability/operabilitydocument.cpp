// An open operability review.
#include "operability/operabilitydocument.h"

#include "domain/checklistquestion.h"
#include "domain/commoncontingencies.h"
#include "operability/contingencymodel.h"
#include "operability/launchplanmodel.h"
#include "operability/riskmatrixcommand.h"
#include "review/attendeemodel.h"
#include "review/checklistmodel.h"
#include "review/reviewdocumentvisitor.h"
#include "store/attendeerepository.h"
#include "store/checklistrepository.h"
#include "store/contingencyrepository.h"
#include "store/incidentlinkrepository.h"
#include "store/launchrepository.h"
#include "store/workspacesettings.h"

namespace Inflection {

OperabilityDocument::OperabilityDocument(
    Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent)
    : ReviewDocument(workspace, reviews, review, parent)
    , m_settings(make<WorkspaceSettings>())
    , m_incidentLinks(make<IncidentLinkRepository>())
    , m_readiness(adopt(
          new ChecklistModel(make<ChecklistRepository>(), reviewId(), operabilityReadinessQuestions(), this)))
    , m_contingencies(adopt(new ContingencyModel(make<ContingencyRepository>(), reviewId(), this)))
    , m_launch(adopt(new LaunchPlanModel(make<LaunchRepository>(), reviewId(), this)))
    , m_attendees(adopt(new AttendeeModel(make<AttendeeRepository>(), reviewId(), this)))
{ }

OperabilityDocument::~OperabilityDocument() = default;

void OperabilityDocument::accept(ReviewDocumentVisitor &visitor)
{
    visitor.visit(*this);
}

void OperabilityDocument::applyConfig()
{
    m_launch->setTimeZone(config().timeZone);
}

void OperabilityDocument::refreshIncidents()
{
    if (Result<> read = readIncidents(); !read)
        reportProblem(read.message());
}

Result<> OperabilityDocument::readIncidents()
{
    QStringList uuids;
    for (const ContingencyItem &item : m_contingencies->items())
        uuids.append(item.uuid);
    LinkedIncidents incidents;
    if (Result<> read = incidents.read(*m_incidentLinks, uuids); !read)
        return read;
    m_contingencies->setIncidents(incidents);
    return {};
}

bool OperabilityDocument::setRiskLevel(int likelihood, int impact, RiskLevel level)
{
    const RiskMatrix before = config().riskMatrix;
    if (before.level(likelihood, impact) == level)
        return false;
    RiskMatrix after = before;
    after.setLevel(likelihood, impact, level);
    push(new RiskMatrixCommand(m_settings, before, after, [this](const QString &error) {
        if (!error.isEmpty())
            reportProblem(error);
        if (Result<> read = reloadConfig(); !read)
            reportProblem(read.message());
    }));
    return config().riskMatrix == after;
}

int OperabilityDocument::addCommonContingencies(int row)
{
    return m_contingencies->addItems(row, commonContingencies());
}

bool OperabilityDocument::setLaunchDecision(LaunchDecision decision, bool markDecided)
{
    if (m_launch->plan().decision == decision)
        return false;
    return decideWithStatus(tr("Decision"), markDecided && decision != LaunchDecision::Pending,
        [&] { return m_launch->setField(LaunchField::Decision, launchDecisions().key(decision)); });
}

} // namespace Inflection
