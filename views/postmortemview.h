// A postmortem's view: the incident facts with their durations, the timeline (reordered by hand,
// flagged when out of order), the discussion, the remediation items with the parking lot, and what was
// learned (contributing factors linked to the events they show in, what went well, where we got lucky);
// the blameless coach underlines its phrases in every text.
#pragma once

#include "lint/reviewfindings.h"
#include "reviewview.h"

#include <QList>
#include <QPointer>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QScreen;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Inflection {

class FormMapper;
class ChecklistModel;
class ChoiceDelegate;
class FactorEventsModel;
class ForesightPanel;
class IncidentModel;
class MultiLineDelegate;
class ParkingLotModel;
class PostmortemDocument;
class PresentationWindow;
class PresentingBanner;
class RemediationModel;
class TimelineImportDialog;
class TimelineModel;

class PostmortemView : public ReviewView
{
    Q_OBJECT
public:
    PostmortemView(PostmortemDocument *document, QWidget *parent = nullptr);
    ~PostmortemView() override;

    PostmortemDocument *postmortem() const { return m_document; }
    QTabWidget *tabs() const override { return m_tabs; }
    QTableView *timelineView() const { return m_timelineView; }
    QTableView *decisionsView() const { return m_decisionsView; }
    QTableView *discussionView() const { return m_discussionView; }
    QTableView *remediationView() const { return m_remediationView; }
    // The Learning tab: the contributing factors, the events the current one shows in (checkable),
    // what went well and where we got lucky.
    QTableView *factorsView() const { return m_factorsView; }
    QListView *factorEventsView() const { return m_factorEventsView; }
    FactorEventsModel *factorEvents() const { return m_factorEvents; }
    QAction *addFactorAction() const { return m_addFactor; }
    QAction *deleteFactorsAction() const { return m_deleteFactors; }
    // Its sub-tabs: the contributing factors, and "Did we foresee it?".
    QTabWidget *learningTabs() const { return m_learningTabs; }
    ForesightPanel *foresightPanel() const { return m_foresight; }
    QPlainTextEdit *wentWellEdit() const { return m_wentWell; }
    QPlainTextEdit *luckyEdit() const { return m_lucky; }
    QComboBox *severityBox() const { return m_severity; }
    QLineEdit *parkField() const { return m_parkField; }
    QAction *moveToRemediationAction() const { return m_moveToRemediation; }
    QAction *presentAction() const { return m_present; }
    // While presenting (on every tab, and on the projector): Stop and the text size.
    QAction *stopPresentingAction() const { return m_stopPresenting; }
    QAction *largerTextAction() const { return m_largerText; }
    QAction *smallerTextAction() const { return m_smallerText; }
    QAction *actualTextSizeAction() const { return m_actualTextSize; }
    // "Park this thought" (Ctrl+Shift+K; Ctrl+K deletes to the end of a line in a text field), on every tab:
    // parks what is typed in parkField(), or goes there.
    QAction *parkAction() const { return m_parkThought; }
    QToolButton *parkButton() const { return m_parkButton; }
    // Shown while presenting: what the room sees, with the text size and Stop.
    PresentingBanner *presentingBanner() const { return m_presentingBanner; }
    // The open presentation, or null.
    PresentationWindow *presentation() const;
    void stopPresenting();
    QLabel *overdueLabel() const { return m_overdueLabel; }
    // Opens the meeting-room window on screen (null: the projector when there is one), in place of one
    // that is open.
    PresentationWindow *present(QScreen *screen = nullptr);
    QLabel *durationsLabel() const { return m_durations; }
    QCheckBox *orderAgreedBox() const { return m_orderAgreed; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *sortByTimeAction() const { return m_sortByTime; }
    QAction *importAction() const { return m_importEvents; }
    // Opens the import dialog (path, when given, is read at once); returns it so that a caller can
    // drive it. The dialog deletes itself when closed.
    TimelineImportDialog *openImportDialog(const QString &path = QString());
    // The timeline's tab shown, and its import dialog opened (File ▸ Import ▸ Timeline Events…).
    void importIntoTimeline();
    QLabel *orderLabel() const { return m_orderLabel; }
    // The blameless coach's count of open findings.
    QLabel *coachLabel() const { return m_coachLabel; }

protected:
    void setReadOnly(bool readOnly) override;

private:
    void createPresentationActions();
    void updatePresenting();
    void parkThought();
    void parkTyped();
    QWidget *createIncidentTab();
    QWidget *createTimelineTab();
    QWidget *createDiscussionTab();
    QWidget *createRemediationTab();
    QWidget *createLearningTab();
    // The workspace's categories of contributing factors, for the Category column's editor.
    void fillFactorCategories();
    // The factor the Shows-in list is about: the current row of the factors' table.
    void updateFactorEvents();
    // The severity levels of the workspace, with the stored one chosen.
    void fillSeverities();
    // Adds an event below the current one, with its time, and starts typing what happened.
    void addEventBelow();
    void deleteSelected();
    // Alt+Up/Down in an ordered table: the current row one up or down, and still current.
    void moveCurrent(QTableView *view, int direction);
    void updateOrderLabel();
    void updateActions();
    void updateIncident();
    void updateCoach(int open);
    MultiLineDelegate *coachedDelegate(QWidget *parent);
    void attachCoach(QPlainTextEdit *editor, const FieldText &text);
    std::optional<FieldText> fieldTextAt(const QModelIndex &index) const;

    PostmortemDocument *m_document;
    QSortFilterProxyModel *m_decisions;
    QTabWidget *m_tabs;
    QTableView *m_remediationView = nullptr;
    QTableView *m_parkingLotView = nullptr;
    QLineEdit *m_parkField = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QAction *m_addRemediation = nullptr;
    QAction *m_deleteRemediation = nullptr;
    QAction *m_openTicket = nullptr;
    QAction *m_moveToRemediation = nullptr;
    QAction *m_present = nullptr;
    QAction *m_stopPresenting = nullptr;
    QAction *m_largerText = nullptr;
    QAction *m_smallerText = nullptr;
    QAction *m_actualTextSize = nullptr;
    QAction *m_parkThought = nullptr;
    QToolButton *m_parkButton = nullptr;
    PresentingBanner *m_presentingBanner = nullptr;
    QPointer<PresentationWindow> m_presentation;
    // Parking was started on the projector: it gets the keyboard back once the idea is parked.
    FormMapper *m_incidentMapper = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_durations = nullptr;
    QCheckBox *m_orderAgreed = nullptr;
    QTableView *m_timelineView = nullptr;
    QTableView *m_decisionsView = nullptr;
    QTableView *m_discussionView = nullptr;
    QLabel *m_orderLabel = nullptr;
    QAction *m_addEvent = nullptr;
    QAction *m_deleteEvents = nullptr;
    QAction *m_sortByTime = nullptr;
    QAction *m_importEvents = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QTableView *m_factorsView = nullptr;
    ChoiceDelegate *m_categoryDelegate = nullptr;
    FactorEventsModel *m_factorEvents = nullptr;
    QListView *m_factorEventsView = nullptr;
    QLabel *m_factorNote = nullptr;
    QAction *m_addFactor = nullptr;
    QAction *m_deleteFactors = nullptr;
    QAction *m_moveFactorUp = nullptr;
    QAction *m_moveFactorDown = nullptr;
    QTabWidget *m_learningTabs = nullptr;
    ForesightPanel *m_foresight = nullptr;
    QPlainTextEdit *m_wentWell = nullptr;
    QPlainTextEdit *m_lucky = nullptr;
    bool m_readOnly = false;
    QLabel *m_coachLabel = nullptr;
};

} // namespace Inflection
