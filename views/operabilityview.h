// The operability review's own content: readiness questions, and the contingency checklist beside its
// heatmap.
#pragma once

#include "editconflict.h"
#include <QWidget>
#include <memory>

class QAction;
class QDataWidgetMapper;
class QLabel;
class QTableView;
class QTabWidget;
class QUndoStack;

namespace Inflection {

class AttendeeModel;
class AttendeesPanel;
class AttendeeRepository;
class ChecklistModel;
class ChecklistRepository;
class ContingencyFilterProxyModel;
class ContingencyModel;
class ContingencyRepository;
class HeatmapWidget;
class LaunchPlanModel;
class LaunchRepository;
class Workspace;
class WorkspaceSettings;

class OperabilityView : public QWidget
{
    Q_OBJECT
public:
    OperabilityView(Workspace *workspace, qint64 reviewId, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~OperabilityView() override;

    void setReadOnly(bool readOnly);
    // Re-reads everything from the store (another app instance changed the workspace).
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *checklistView() const { return m_checklistView; }
    QTableView *grid() const { return m_grid; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    ChecklistModel *checklistModel() const { return m_checklistModel; }
    LaunchPlanModel *launchModel() const { return m_launchModel; }
    AttendeeModel *attendeeModel() const { return m_attendeeModel; }
    QTableView *attendeeView() const;
    ContingencyModel *contingencyModel() const { return m_contingencyModel; }
    ContingencyFilterProxyModel *contingencyProxy() const { return m_proxy; }
    QAction *addAction() const { return m_add; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addCommonAction() const { return m_addCommon; }
    QAction *manualOrderAction() const { return m_manualOrder; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

Q_SIGNALS:
    // Something the user must hear about: a conflict with another writer, a refused change.
    void problem(const QString &message);
    // Someone else saved first; the user may keep their own value.
    void conflicted(const Inflection::EditConflict &conflict);

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

    std::unique_ptr<ChecklistRepository> m_checklistRepository;
    std::unique_ptr<ContingencyRepository> m_contingencyRepository;
    std::unique_ptr<WorkspaceSettings> m_settings;
    std::unique_ptr<LaunchRepository> m_launchRepository;
    std::unique_ptr<AttendeeRepository> m_attendeeRepository;
    ChecklistModel *m_checklistModel;
    ContingencyModel *m_contingencyModel;
    ContingencyFilterProxyModel *m_proxy;
    LaunchPlanModel *m_launchModel;
    AttendeeModel *m_attendeeModel;
    QDataWidgetMapper *m_launchMapper = nullptr;
    QList<QWidget *> m_launchEditors;
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
    bool m_readOnly = false;
};

} // namespace Inflection
