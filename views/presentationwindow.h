// The meeting-room view of a postmortem: full screen on the projector, type that grows with the screen
// (and a zoom the facilitator sets), dark text on white with a strong current row, every text whole
// (wrapped, never cut off), driven by the page's own models so that edits at the laptop show at once.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QScreen;
class QStackedWidget;
class QTableView;

namespace Inflection {

class PostmortemDocument;
class ProjectionTable;

class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Phase {
        Timeline,
        Discussion,
        Remediation,
    };

    // The zoom, in percent of the size the screen gives: its steps and bounds.
    static constexpr int defaultZoom = 100;
    static constexpr int zoomStep = 10;
    static constexpr int minimumZoom = 50;
    // Beyond this, the title and the durations crowd the table out on a 720-line screen.
    static constexpr int maximumZoom = 150;

    // Shows the document's models: edits at the laptop show at once.
    explicit PresentationWindow(PostmortemDocument *document, QWidget *parent = nullptr);

    // The screen that is not the laptop's when there are two or more (not the primary), else the primary.
    static QScreen *preferredScreen();
    // Full screen on that screen.
    void present(QScreen *screen);

    Phase phase() const { return m_phase; }
    void setPhase(Phase phase);
    static QString phaseName(Phase phase);
    int currentEvent() const;
    QTableView *timelineView() const;
    QTableView *discussionView() const;
    QTableView *remediationView() const;
    // The parked ideas, beside every phase.
    QTableView *parkingLotView() const;
    // "Hold that thought" from the room: a field under the parking lot takes the idea (Enter parks
    // it, one undo step; Escape puts the field away, keeping what was typed); with an idea typed
    // there, parks it.
    void parkIdea();
    QLineEdit *parkField() const { return m_parkField; }
    // The table of a phase.
    ProjectionTable *phaseView(Phase phase) const;
    QLabel *phaseLabel() const { return m_phaseLabel; }
    QLabel *clockLabel() const { return m_clock; }
    // What the room sees now, for the laptop: the phase and where in it ("Timeline, event 3 of 24"),
    // and the current item's text.
    QString currentPosition() const;
    QString currentText() const;

    // Type size: the screen's share (a line of text is about 1/28 of its height) times the zoom.
    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    void zoomIn() { setZoom(m_zoom + zoomStep); }
    void zoomOut() { setZoom(m_zoom - zoomStep); }
    void resetZoom() { setZoom(defaultZoom); }
    // The text's size in pixels, as the screen and the zoom make it.
    int textPixelSize() const { return m_pixelSize; }

Q_SIGNALS:
    void phaseChanged(Inflection::PresentationWindow::Phase phase);
    // Another item (or phase) on the screen, or the current one changed.
    void currentItemChanged();
    void zoomChanged(int percent);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // The tables keep Up/Down; the phase keys, Home/End and Esc belong to the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handlePhaseKey(int key);
    void updateClock();
    void updatePhaseLabel();
    void updateParkingTitle();
    // Parks what the room's field holds and gives the keys back to the phase.
    void parkTyped();
    void closeParkField();
    void updateFonts();
    ProjectionTable *phaseTable(QAbstractItemModel *model, const QString &name);
    // The current row of the table when it has none and rows to choose from.
    static void chooseFirst(QTableView *view);

    PostmortemDocument *m_document;
    Phase m_phase = Phase::Timeline;
    int m_zoom = defaultZoom;
    int m_pixelSize = 0;
    QLabel *m_title;
    QLabel *m_phaseLabel;
    QLabel *m_clock;
    QLabel *m_parkingTitle;
    QLabel *m_keys;
    QLineEdit *m_parkField;
    QStackedWidget *m_pages;
    ProjectionTable *m_timelineView;
    ProjectionTable *m_discussionView;
    ProjectionTable *m_remediationView;
    ProjectionTable *m_parkingLotView;
};

} // namespace Inflection
