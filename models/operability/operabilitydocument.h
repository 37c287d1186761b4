// An open operability review: the readiness questions, the contingency checklist (and the workspace's
// risk matrix its heatmap colours by), the launch plan and the attendees.
#pragma once

#include "domain/launchplan.h"
#include "domain/riskmatrix.h"
#include "review/reviewdocument.h"

namespace Inflection {

class AttendeeModel;
class ChecklistModel;
class ContingencyModel;
class IncidentLinkRepository;
class LaunchPlanModel;
class WorkspaceSettings;

class OperabilityDocument : public ReviewDocument
{
    Q_OBJECT
public:
    OperabilityDocument(
        Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent = nullptr);
    ~OperabilityDocument() override;

    void accept(ReviewDocumentVisitor &visitor) override;

    ChecklistModel *readiness() const { return m_readiness; }
    ContingencyModel *contingencies() const { return m_contingencies; }
    LaunchPlanModel *launchPlan() const { return m_launch; }
    AttendeeModel *attendees() const { return m_attendees; }

    // The cell's risk level, for everyone on the workspace, as one undo step.
    bool setRiskLevel(int likelihood, int impact, RiskLevel level);
    // The usual contingencies, before row, as one undo step; how many were added.
    int addCommonContingencies(int row);
    // The go / no-go decision; with markDecided the review's status becomes Decided too (see
    // offersDecidedStatus()), in one undo step. False when the decision was already that one.
    bool setLaunchDecision(LaunchDecision decision, bool markDecided);

    // Reads again which postmortems are linked to the contingency items (ContingencyModel's incidents):
    // done on every reload, and when the review is shown again after work on another. A failure is
    // reported (errorOccurred).
    void refreshIncidents();

private:
    void applyConfig() override;
    Result<> reloadOwn() override { return readIncidents(); }
    Result<> readIncidents();

    WorkspaceSettings *m_settings;
    IncidentLinkRepository *m_incidentLinks;
    ChecklistModel *m_readiness;
    ContingencyModel *m_contingencies;
    LaunchPlanModel *m_launch;
    AttendeeModel *m_attendees;
};

} // namespace Inflection
