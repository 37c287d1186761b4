// The meeting-room view of a postmortem: full screen on the projector, large type, high contrast,
// driven by the page's own models so that edits at the laptop show at once.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QScreen;
class QStackedWidget;
class QTableView;

namespace Inflection {

class IncidentModel;
class PostmortemDocument;
class TimelineModel;

class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Phase {
        Timeline,
        Discussion,
        Remediation,
    };

    // Shows the document's models: edits at the laptop show at once.
    explicit PresentationWindow(PostmortemDocument *document, QWidget *parent = nullptr);

    // The screen that is not the laptop's when there are two or more (not the primary), else the primary.
    static QScreen *preferredScreen();
    // Full screen on that screen.
    void present(QScreen *screen);

    Phase phase() const { return m_phase; }
    void setPhase(Phase phase);
    int currentEvent() const;
    QTableView *timelineView() const { return m_timelineView; }
    QLabel *phaseLabel() const { return m_phaseLabel; }
    QLabel *clockLabel() const { return m_clock; }

Q_SIGNALS:
    void phaseChanged(Inflection::PresentationWindow::Phase phase);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // The tables keep Up/Down; the phase keys, Home/End and Esc belong to the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handlePhaseKey(int key);
    void updateClock();
    void updatePhaseLabel();
    QTableView *bigTable(QWidget *parent);

    PostmortemDocument *m_document;
    Phase m_phase = Phase::Timeline;
    QLabel *m_title;
    QLabel *m_phaseLabel;
    QLabel *m_clock;
    QStackedWidget *m_pages;
    QTableView *m_timelineView;
    QTableView *m_discussionView;
    QTableView *m_remediationView;
    QListView *m_parkingLotView;
};

} // namespace Inflection
