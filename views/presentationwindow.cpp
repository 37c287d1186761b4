// Presentation window: phases Timeline → Discussion → Remediation beside the parking lot, keyboard driven.
#include "presentationwindow.h"

#include "domain/datetimeformat.h"
#include "domain/displaytext.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/parkinglotmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "projectiondelegate.h"
#include "projectiontable.h"
#include "review/checklistmodel.h"
#include "workspace/reviewlistmodel.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
const auto zoomKey = u"presentation/zoom"_s;
const QColor ink(0x10, 0x10, 0x10);
// White on this blue has a contrast of about 11:1.
const QColor currentFill(0x0b, 0x3b, 0x8c);
} // namespace

PresentationWindow::PresentationWindow(PostmortemDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_title(new QLabel(document->review() ? DisplayText::line(document->review()->title) : QString(), this))
    , m_phaseLabel(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_parkingTitle(new QLabel(tr("Parking lot"), this))
    , m_keys(new QLabel(tr("↑↓ item · Home/End first/last · PgUp/PgDn phase · Ctrl+= Ctrl+− text size · "
                           "Ctrl+Shift+K park a thought · Esc leave"),
          this))
    , m_parkField(new QLineEdit(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("%1 — presentation").arg(m_title->text()));
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Postmortem presentation"));
    // Dark text on white: a projector in a lit room washes out a dark background (and red on black)
    // long before it washes out black on white. The current row is white on a deep blue.
    QPalette pal;
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, ink);
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::AlternateBase, QColor(0xea, 0xee, 0xf4));
    pal.setColor(QPalette::Text, ink);
    pal.setColor(QPalette::Highlight, currentFill);
    pal.setColor(QPalette::HighlightedText, Qt::white);
    pal.setColor(QPalette::Button, QColor(0xea, 0xee, 0xf4));
    pal.setColor(QPalette::ButtonText, ink);
    setPalette(pal);
    setAutoFillBackground(true);
    m_zoom = qBound(minimumZoom, QSettings().value(zoomKey, defaultZoom).toInt(), maximumZoom);
    m_phaseLabel->setTextFormat(Qt::RichText);
    m_clock->setTextFormat(Qt::RichText);
    m_clock->setWordWrap(true);

    TimelineModel *timeline = document->timeline();
    m_timelineView = phaseTable(timeline, tr("Timeline"));
    // On the projector: when, what kind, who, what; the rest stays on the laptop.
    for (const int column : {int(TimelineModel::SourceColumn), int(TimelineModel::ReasoningColumn),
             int(TimelineModel::KnownByColumn), int(TimelineModel::AgreedColumn)})
        m_timelineView->setColumnHidden(column, true);
    m_timelineView->setStretchColumns({TimelineModel::TextColumn});
    m_timelineView->setTextShare(0.5);
    m_timelineView->projectionDelegate()->setAlert([](const QModelIndex &index) {
        return index.column() == TimelineModel::TimeColumn
            && index.data(TimelineModel::OutOfOrderRole).toBool();
    });
    // Reordering by drag also works here.
    m_timelineView->setDragEnabled(true);
    m_timelineView->setAcceptDrops(true);
    m_timelineView->setDragDropMode(QAbstractItemView::InternalMove);
    m_timelineView->setDefaultDropAction(Qt::MoveAction);

    m_discussionView = phaseTable(document->discussion(), tr("Discussion"));
    m_discussionView->setColumnHidden(ChecklistModel::AnswerColumn, true);
    m_discussionView->setStretchColumns({ChecklistModel::QuestionColumn, ChecklistModel::NotesColumn});

    m_remediationView = phaseTable(document->remediation(), tr("Remediation"));
    // The item and its type are both sentences; four short columns beside them.
    m_remediationView->setStretchColumns({RemediationModel::TextColumn, RemediationModel::TypeColumn});
    m_remediationView->setTextShare(0.5);
    m_remediationView->projectionDelegate()->setAlert([](const QModelIndex &index) {
        return index.column() == RemediationModel::DueColumn
            && index.data(RemediationModel::OverdueRole).toBool();
    });

    m_pages->addWidget(m_timelineView);
    m_pages->addWidget(m_discussionView);
    m_pages->addWidget(m_remediationView);

    // The parking lot, beside every phase: a bullet to each idea, the newest in sight.
    ParkingLotModel *parkingLot = document->parkingLot();
    m_parkingLotView = new ProjectionTable(this);
    m_parkingLotView->setModel(parkingLot);
    m_parkingLotView->projectionDelegate()->setBullets(true);
    m_parkingLotView->projectionDelegate()->setHighlightCurrent(false);
    m_parkingLotView->setAlternatingRowColors(false);
    m_parkingLotView->setStretchColumns({ParkingLotModel::TextColumn});
    m_parkingLotView->horizontalHeader()->hide();
    m_parkingLotView->setFocusPolicy(Qt::NoFocus);
    m_parkingLotView->setSelectionMode(QAbstractItemView::NoSelection);
    m_parkingLotView->setFrameShape(QFrame::NoFrame);
    m_parkingLotView->setAccessibleName(tr("Parking lot"));
    // Whole ideas only, the newest in sight; the heading counts those above, out of sight.
    m_parkingLotView->setNewestWhole(true);
    connect(m_parkingLotView, &ProjectionTable::hiddenAboveChanged, this,
        &PresentationWindow::updateParkingTitle);
    m_parkingTitle->setObjectName(u"parkingTitle"_s);
    m_parkingTitle->setBuddy(m_parkingLotView);
    auto *side = new QVBoxLayout;
    side->addWidget(m_parkingTitle);
    side->addWidget(m_parkingLotView, 1);
    // Where the room watches an idea being parked; out of sight until then.
    m_parkField->setPlaceholderText(tr("An idea for later"));
    m_parkField->setAccessibleName(tr("Park an idea"));
    m_parkField->installEventFilter(this);
    m_parkField->hide();
    connect(m_parkField, &QLineEdit::returnPressed, this, &PresentationWindow::parkTyped);
    side->addWidget(m_parkField);
    side->addWidget(m_clock);

    m_title->setWordWrap(true);
    // The side's texts wrap rather than widen it: the phase's table keeps its share at any zoom.
    m_parkingTitle->setWordWrap(true);
    m_clock->setWordWrap(true);
    auto *top = new QVBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_phaseLabel);
    auto *body = new QHBoxLayout;
    body->addWidget(m_pages, 7);
    body->addSpacing(16);
    body->addLayout(side, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    // The window is the projector's size whatever the zoom: its texts never make it ask for more (the
    // tables fit themselves to what they are given).
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    QPalette quiet = pal;
    quiet.setColor(QPalette::WindowText, QColor(0x50, 0x50, 0x50));
    m_keys->setPalette(quiet);
    m_keys->setWordWrap(true);
    layout->addWidget(m_keys);

    connect(m_document->incident(), &QAbstractItemModel::dataChanged, this, &PresentationWindow::updateClock);
    updateClock();
    updatePhaseLabel();
    updateFonts();
    for (ProjectionTable *view : {m_timelineView, m_discussionView, m_remediationView})
        chooseFirst(view);
    m_timelineView->setFocus();
}

ProjectionTable *PresentationWindow::phaseTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new ProjectionTable(this);
    view->setModel(model);
    view->setAccessibleName(name);
    view->installEventFilter(this);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PresentationWindow::currentItemChanged);
    // A phase that had no rows gets its first one current; the laptop hears of any change.
    const auto changed = [this, view] {
        chooseFirst(view);
        Q_EMIT currentItemChanged();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    return view;
}

void PresentationWindow::chooseFirst(QTableView *view)
{
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

QTableView *PresentationWindow::timelineView() const
{
    return m_timelineView;
}

QTableView *PresentationWindow::discussionView() const
{
    return m_discussionView;
}

QTableView *PresentationWindow::remediationView() const
{
    return m_remediationView;
}

QTableView *PresentationWindow::parkingLotView() const
{
    return m_parkingLotView;
}

ProjectionTable *PresentationWindow::phaseView(Phase phase) const
{
    switch (phase) {
    case Phase::Timeline:
        return m_timelineView;
    case Phase::Discussion:
        return m_discussionView;
    case Phase::Remediation:
        return m_remediationView;
    }
    return m_timelineView;
}

void PresentationWindow::setZoom(int percent)
{
    percent = qBound(minimumZoom, percent, maximumZoom);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    QSettings().setValue(zoomKey, m_zoom); // the next meeting starts where this one ended
    updateFonts();
    Q_EMIT zoomChanged(m_zoom);
}

void PresentationWindow::updateFonts()
{
    // From the back of the room a line of text should be about 1/28 of the screen's height (on a
    // narrow screen, of its width in proportion): 26 pixels at 1280×720, 39 at 1920×1080.
    const double share = qMin(height() / 28.0, width() / 48.0);
    const int pixels = qMax(12, qRound(share * m_zoom / 100.0));
    if (pixels == m_pixelSize)
        return;
    m_pixelSize = pixels;
    const double points = pixels * 72.0 / qMax(1, logicalDpiY());
    QFont base = font();
    base.setPointSizeF(points);
    setFont(base);
    for (ProjectionTable *table : findChildren<ProjectionTable *>())
        table->setBaseFont(base);
    QFont title = base;
    title.setPointSizeF(points * 1.25);
    title.setBold(true);
    m_title->setFont(title);
    QFont heading = base;
    heading.setBold(true);
    m_parkingTitle->setFont(heading);
    QFont small = base;
    small.setPointSizeF(points * 0.8);
    m_clock->setFont(small);
    m_parkField->setFont(small);
    QFont hint = base;
    hint.setPointSizeF(points * 0.55);
    m_keys->setFont(hint);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
}

QString PresentationWindow::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Timeline:
        return tr("Timeline");
    case Phase::Discussion:
        return tr("Discussion");
    case Phase::Remediation:
        return tr("Remediation");
    }
    return {};
}

QString PresentationWindow::currentPosition() const
{
    const ProjectionTable *view = phaseView(m_phase);
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return tr("%1, nothing to show yet").arg(phaseName(m_phase));
    const int count = view->model()->rowCount();
    switch (m_phase) {
    case Phase::Timeline:
        return tr("%1, event %2 of %3").arg(phaseName(m_phase)).arg(current.row() + 1).arg(count);
    case Phase::Discussion:
        return tr("%1, question %2 of %3").arg(phaseName(m_phase)).arg(current.row() + 1).arg(count);
    case Phase::Remediation:
        return tr("%1, item %2 of %3").arg(phaseName(m_phase)).arg(current.row() + 1).arg(count);
    }
    return {};
}

QString PresentationWindow::currentText() const
{
    const QModelIndex current = phaseView(m_phase)->currentIndex();
    if (!current.isValid())
        return {};
    const auto shown = [&current](int column) {
        return current.siblingAtColumn(column).data().toString().simplified();
    };
    switch (m_phase) {
    case Phase::Timeline:
        return QString(shown(TimelineModel::TimeColumn) + u' ' + shown(TimelineModel::TextColumn)).trimmed();
    case Phase::Discussion:
        return shown(ChecklistModel::QuestionColumn);
    case Phase::Remediation:
        return shown(RemediationModel::TextColumn);
    }
    return {};
}

QScreen *PresentationWindow::preferredScreen()
{
    QScreen *primary = QGuiApplication::primaryScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen != primary)
            return screen; // the projector, not the laptop
    }
    return primary;
}

void PresentationWindow::present(QScreen *screen)
{
    if (!screen)
        screen = preferredScreen();
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
}

void PresentationWindow::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    m_pages->setCurrentIndex(static_cast<int>(phase));
    ProjectionTable *view = phaseView(phase);
    chooseFirst(view);
    view->setFocus();
    view->relayout();
    updatePhaseLabel();
    Q_EMIT phaseChanged(phase);
    Q_EMIT currentItemChanged();
}

int PresentationWindow::currentEvent() const
{
    return m_timelineView->currentIndex().row();
}

void PresentationWindow::updatePhaseLabel()
{
    // The phase the room is in, underlined in the current row's blue; the others quieter but legible.
    QStringList shown;
    for (const Phase phase : {Phase::Timeline, Phase::Discussion, Phase::Remediation}) {
        shown << (phase == m_phase
                ? u"<span style=\"color:%2\"><b><u>%1</u></b></span>"_s.arg(
                    phaseName(phase).toHtmlEscaped(), currentFill.name())
                : u"<span style=\"color:#595959\">%1</span>"_s.arg(phaseName(phase).toHtmlEscaped()));
    }
    m_phaseLabel->setText(shown.join(u" → "_s));
    m_phaseLabel->setAccessibleName(tr("Phase: %1").arg(phaseName(m_phase)));
}

void PresentationWindow::updateParkingTitle()
{
    const int above = m_parkingLotView->hiddenAbove();
    m_parkingTitle->setText(
        above > 0 ? tr("Parking lot (%n more above)", nullptr, above) : tr("Parking lot"));
}

void PresentationWindow::updateClock()
{
    const IncidentFacts &f = m_document->incident()->facts();
    const IncidentDurations d = m_document->incident()->durations();
    const QTimeZone zone = m_document->incident()->timeZone();
    auto time = [&zone](const QDateTime &t) {
        return t.isValid() ? DateTimeFormat::time(t.toTimeZone(zone).time()) : u"—"_s; // as everywhere
    };
    auto span = [](const std::optional<qint64> &s) {
        return s ? formatDuration(*s) : u"—"_s;
    };
    // The times, then (a little apart) how long each step took; the time of mitigation is in the facts,
    // its duration here, so that the lot beside keeps room for its ideas.
    m_clock->setText(
        tr("Started %1<br>Detected %2<br>Resolved %3<p style=\"margin-top:6px\">Impact <b>%4</b><br>"
           "Undetected <b>%5</b><br>To mitigate <b>%6</b><br>To resolve <b>%7</b></p>")
            .arg(time(f.startedAt), time(f.detectedAt), time(f.resolvedAt), span(d.impactSeconds),
                span(d.undetectedSeconds), span(d.mitigateSeconds), span(d.resolveSeconds)));
}

bool PresentationWindow::handlePhaseKey(int key)
{
    const int phase = static_cast<int>(m_phase);
    switch (key) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        if (phase < 2)
            setPhase(static_cast<Phase>(phase + 1));
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        if (phase > 0)
            setPhase(static_cast<Phase>(phase - 1));
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    case Qt::Key_Home:
    case Qt::Key_End: {
        // The first or last event (or question, or item), not the first or last column.
        ProjectionTable *view = phaseView(m_phase);
        const int rows = view->model()->rowCount();
        const int column
            = 0; // the row is highlighted; the first column keeps the view from scrolling sideways
        if (rows > 0)
            view->setCurrentIndex(view->model()->index(key == Qt::Key_Home ? 0 : rows - 1, column));
        return true;
    }
    default:
        return false;
    }
}

void PresentationWindow::parkIdea()
{
    if (m_parkField->isVisible() && !m_parkField->text().trimmed().isEmpty()) {
        parkTyped();
        return;
    }
    m_parkField->show();
    m_parkField->setFocus(Qt::ShortcutFocusReason);
    m_parkField->end(false); // a draft put away goes on where it stopped, not selected to be replaced
}

void PresentationWindow::parkTyped()
{
    const QString text = m_parkField->text().trimmed();
    if (text.isEmpty() || m_document->park(text).isEmpty())
        return;
    m_parkField->clear();
    closeParkField();
}

void PresentationWindow::closeParkField()
{
    m_parkField->hide();
    phaseView(m_phase)->setFocus();
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parkField) {
        // Escape puts the field away (what was typed waits in it); it does not end the presentation.
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeParkField();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress && handlePhaseKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!handlePhaseKey(event->key()))
        QWidget::keyPressEvent(event);
}

} // namespace Inflection
