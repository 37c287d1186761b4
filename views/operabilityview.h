// The operability review's own content: readiness questions, and the contingency checklist beside its
// heatmap.
#pragma once

#include "reviewview.h"

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace Inflection {

class FormMapper;
class AttendeeModel;
class AttendeesPanel;
class ChecklistModel;
class ContingencyFilterProxyModel;
class ContingencyModel;
class HeatmapWidget;
class LaunchPlanModel;
class OperabilityDocument;

class OperabilityView : public ReviewView
{
    Q_OBJECT
public:
    OperabilityView(OperabilityDocument *document, QWidget *parent = nullptr);
    ~OperabilityView() override;

    OperabilityDocument *operability() const { return m_document; }
    QTabWidget *tabs() const override { return m_tabs; }
    bool reveal(const QString &itemUuid) override;
    QTableView *checklistView() const { return m_checklistView; }
    QTableView *grid() const { return m_grid; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    QTableView *attendeeView() const;
    ContingencyFilterProxyModel *contingencyProxy() const { return m_proxy; }
    QAction *addAction() const { return m_add; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addCommonAction() const { return m_addCommon; }
    QAction *manualOrderAction() const { return m_manualOrder; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    // Marks the heatmap's cells whose items had incidents.
    QCheckBox *showIncidentsBox() const { return m_showIncidents; }

protected:
    void setReadOnly(bool readOnly) override;
    // Shown again (after work on a postmortem, say): the incidents linked to the items are read again.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createReadinessTab();
    QWidget *createContingencyTab();
    QWidget *createLaunchTab();
    QWidget *createAttendeesTab();
    void addContingency();
    void deleteSelected();
    void moveCurrent(int direction);
    void showManualOrder();
    void updateActions();
    void updateFilterLabel();

    OperabilityDocument *m_document;
    ContingencyFilterProxyModel *m_proxy;
    FormMapper *m_launchMapper = nullptr;
    QComboBox *m_launchDecision = nullptr;
    AttendeesPanel *m_attendees = nullptr;
    QTabWidget *m_tabs;
    QTableView *m_checklistView = nullptr;
    QTableView *m_grid = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
    QLabel *m_filterLabel = nullptr;
    QAction *m_add = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_addCommon = nullptr;
    QAction *m_manualOrder = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_showAll = nullptr;
    QCheckBox *m_showIncidents = nullptr;
    bool m_readOnly = false;
};

} // namespace Inflection
