// The postmortem's own content: the timeline (reordered by hand, flagged when out of order) and
// the discussion.
#pragma once

#include "domain/incidentfacts.h"
#include "editconflict.h"
#include "lint/reviewfindings.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDataWidgetMapper;
class QLineEdit;
class QScreen;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Inflection {

class ChecklistModel;
class IncidentModel;
class LintDismissalRepository;
class MultiLineDelegate;
class PresentationWindow;
class ParkingLotModel;
class ParkingLotRepository;
class RemediationModel;
class RemediationRepository;
class IncidentRepository;
class ChecklistRepository;
class TimelineImportDialog;
class TimelineModel;
class TimelineRepository;
class Workspace;

class PostmortemView : public QWidget
{
    Q_OBJECT
public:
    PostmortemView(Workspace *workspace, qint64 reviewId, QUndoStack *undoStack, QWidget *parent = nullptr);
    void setTitle(const QString &title) { m_title = title; }
    ~PostmortemView() override;

    void setReadOnly(bool readOnly);
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *timelineView() const { return m_timelineView; }
    QTableView *decisionsView() const { return m_decisionsView; }
    QTableView *discussionView() const { return m_discussionView; }
    TimelineModel *timelineModel() const { return m_timeline; }
    ChecklistModel *discussionModel() const { return m_discussion; }
    IncidentModel *incidentModel() const { return m_incident; }
    RemediationModel *remediationModel() const { return m_remediation; }
    ParkingLotModel *parkingLotModel() const { return m_parkingLot; }
    QTableView *remediationView() const { return m_remediationView; }
    QLineEdit *parkField() const { return m_parkField; }
    QAction *moveToRemediationAction() const { return m_moveToRemediation; }
    QAction *presentAction() const { return m_present; }
    // Opens the meeting-room window on screen (null: the projector when there is one).
    PresentationWindow *present(QScreen *screen = nullptr);
    QLabel *durationsLabel() const { return m_durations; }
    QCheckBox *orderAgreedBox() const { return m_orderAgreed; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *sortByTimeAction() const { return m_sortByTime; }
    QAction *importAction() const { return m_importEvents; }
    // Opens the import dialog (path, when given, is read at once); returns it so that a caller can
    // drive it. The dialog deletes itself when closed.
    TimelineImportDialog *openImportDialog(const QString &path = QString());
    QLabel *orderLabel() const { return m_orderLabel; }

    // The blameless coach over every text field of the postmortem.
    QLabel *coachLabel() const { return m_coachLabel; }
    int openFindingCount() const;
    QList<FieldText> fieldTexts() const;
    void dismissFinding(const FieldFinding &finding);

Q_SIGNALS:
    void problem(const QString &message);
    // Someone else saved first; the user may keep their own value.
    void conflicted(const Inflection::EditConflict &conflict);
    void findingsChanged(int open);
    void dismissalsChanged();

private:
    QWidget *createIncidentTab();
    QWidget *createTimelineTab();
    QWidget *createDiscussionTab();
    QWidget *createRemediationTab();
    // Adds an event below the current one, with its time, and starts typing what happened.
    void addEventBelow();
    void deleteSelected();
    void moveCurrent(int direction);
    void updateOrderLabel();
    void updateActions();
    void updateIncident();
    MultiLineDelegate *coachedDelegate(QWidget *parent);
    void attachCoach(QPlainTextEdit *editor, const FieldText &text);
    std::optional<FieldText> fieldTextAt(const QModelIndex &index) const;
    QList<FieldFinding> openFindingsOf(const FieldText &text) const;
    void updateFindings();
    void reloadDismissals();

    std::unique_ptr<TimelineRepository> m_timelineRepository;
    std::unique_ptr<ChecklistRepository> m_checklistRepository;
    std::unique_ptr<IncidentRepository> m_incidentRepository;
    std::unique_ptr<RemediationRepository> m_remediationRepository;
    std::unique_ptr<ParkingLotRepository> m_parkingLotRepository;
    std::unique_ptr<LintDismissalRepository> m_lintRepository;
    TimelineModel *m_timeline;
    ChecklistModel *m_discussion;
    QSortFilterProxyModel *m_decisions;
    IncidentModel *m_incident;
    RemediationModel *m_remediation;
    ParkingLotModel *m_parkingLot;
    QTableView *m_remediationView = nullptr;
    QTableView *m_parkingLotView = nullptr;
    QLineEdit *m_parkField = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QAction *m_addRemediation = nullptr;
    QAction *m_deleteRemediation = nullptr;
    QAction *m_openTicket = nullptr;
    QAction *m_moveToRemediation = nullptr;
    QAction *m_present = nullptr;
    QString m_title;
    QList<SeverityLevel> m_severityLevels;
    QDataWidgetMapper *m_incidentMapper = nullptr;
    QList<QWidget *> m_incidentEditors;
    QComboBox *m_severity = nullptr;
    QLabel *m_durations = nullptr;
    QCheckBox *m_orderAgreed = nullptr;
    QTabWidget *m_tabs;
    QTableView *m_timelineView = nullptr;
    QTableView *m_decisionsView = nullptr;
    QTableView *m_discussionView = nullptr;
    QLabel *m_orderLabel = nullptr;
    QAction *m_addEvent = nullptr;
    QAction *m_deleteEvents = nullptr;
    QAction *m_sortByTime = nullptr;
    QAction *m_importEvents = nullptr;
    Workspace *m_workspace;
    QUndoStack *m_undoStack;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    bool m_readOnly = false;
    QLabel *m_coachLabel = nullptr;
    QTimer *m_coachTimer = nullptr;
    QSet<QString> m_dismissed; // keys of the dismissed findings
    mutable QHash<QString, std::pair<QString, QList<FieldFinding>>> m_findingsCache; // field -> text, open
};

} // namespace Inflection
