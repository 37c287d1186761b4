// Presentation window: phases Timeline → Discussion → Remediation, keyboard driven.
#include "presentationwindow.h"

#include "postmortem/incidentmodel.h"
#include "postmortem/parkinglotmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "review/checklistmodel.h"
#include "workspace/reviewlistmodel.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

PresentationWindow::PresentationWindow(PostmortemDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_title(new QLabel(document->review() ? document->review()->title : QString(), this))
    , m_phaseLabel(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("%1 — presentation").arg(m_title->text()));
    TimelineModel *timeline = document->timeline();
    ChecklistModel *discussion = document->discussion();
    RemediationModel *remediation = document->remediation();
    ParkingLotModel *parkingLot = document->parkingLot();
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Postmortem presentation"));
    // High contrast and large type, for a projector in a lit room.
    QPalette pal;
    pal.setColor(QPalette::Window, Qt::black);
    pal.setColor(QPalette::WindowText, Qt::white);
    pal.setColor(QPalette::Base, Qt::black);
    pal.setColor(QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
    pal.setColor(QPalette::Text, Qt::white);
    pal.setColor(QPalette::Highlight, QColor(0xff, 0xd0, 0x00));
    pal.setColor(QPalette::HighlightedText, Qt::black);
    pal.setColor(QPalette::Button, Qt::black);
    pal.setColor(QPalette::ButtonText, Qt::white);
    setPalette(pal);
    setAutoFillBackground(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    setFont(big);
    QFont titleFont = big;
    titleFont.setPointSizeF(big.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_phaseLabel->setTextFormat(Qt::RichText);
    m_clock->setTextFormat(Qt::RichText);

    m_timelineView = bigTable(this);
    m_timelineView->setModel(timeline);
    // On the projector: when, what kind, who, what; the rest stays on the laptop.
    for (const int column : {int(TimelineModel::SourceColumn), int(TimelineModel::ReasoningColumn),
             int(TimelineModel::KnownByColumn), int(TimelineModel::AgreedColumn)})
        m_timelineView->setColumnHidden(column, true);
    const QFontMetrics metrics(big);
    // Times of day, and the date on the first event: measured on the first rows only.
    m_timelineView->horizontalHeader()->setResizeContentsPrecision(50);
    m_timelineView->resizeColumnToContents(TimelineModel::TimeColumn);
    m_timelineView->setColumnWidth(TimelineModel::TimeColumn,
        qMax(m_timelineView->columnWidth(TimelineModel::TimeColumn),
            metrics.horizontalAdvance(u"00:00:00"_s) + 24));
    int kindWidth = 0;
    for (const TimelineKind kind : timelineKinds().values())
        kindWidth = qMax(kindWidth, metrics.horizontalAdvance(timelineKinds().displayName(kind)));
    m_timelineView->setColumnWidth(TimelineModel::KindColumn, kindWidth + metrics.height() + 24);
    m_timelineView->setColumnWidth(TimelineModel::ActorColumn, metrics.averageCharWidth() * 14);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    // Reordering by drag also works here.
    m_timelineView->setDragEnabled(true);
    m_timelineView->setAcceptDrops(true);
    m_timelineView->setDragDropMode(QAbstractItemView::InternalMove);
    m_timelineView->setDefaultDropAction(Qt::MoveAction);
    m_timelineView->setAccessibleName(tr("Timeline"));

    m_discussionView = bigTable(this);
    m_discussionView->setModel(discussion);
    m_discussionView->setColumnHidden(ChecklistModel::AnswerColumn, true);
    m_discussionView->horizontalHeader()->setSectionResizeMode(
        ChecklistModel::QuestionColumn, QHeaderView::Stretch);
    m_discussionView->horizontalHeader()->setSectionResizeMode(
        ChecklistModel::NotesColumn, QHeaderView::Stretch);
    m_discussionView->setAccessibleName(tr("Discussion"));

    m_remediationView = bigTable(this);
    m_remediationView->setModel(remediation);
    m_remediationView->horizontalHeader()->setSectionResizeMode(
        RemediationModel::TextColumn, QHeaderView::Stretch);
    m_remediationView->setAccessibleName(tr("Remediation"));

    m_pages->addWidget(m_timelineView);
    m_pages->addWidget(m_discussionView);
    m_pages->addWidget(m_remediationView);

    m_parkingLotView = new QListView(this);
    m_parkingLotView->setModel(parkingLot);
    m_parkingLotView->setFocusPolicy(Qt::NoFocus);
    m_parkingLotView->setWordWrap(true);
    m_parkingLotView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_parkingLotView->setAccessibleName(tr("Parking lot"));
    auto *parkingTitle = new QLabel(tr("Parking lot"), this);
    auto *side = new QVBoxLayout;
    side->addWidget(parkingTitle);
    side->addWidget(m_parkingLotView, 1);
    side->addWidget(m_clock);

    m_title->setWordWrap(true);
    auto *top = new QVBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_phaseLabel);
    auto *body = new QHBoxLayout;
    body->addWidget(m_pages, 4);
    body->addLayout(side, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    auto *keys = new QLabel(tr("↑↓ event · Home/End first/last · PgUp/PgDn phase · Esc leave"), this);
    keys->setEnabled(false);
    layout->addWidget(keys);

    connect(m_document->incident(), &QAbstractItemModel::dataChanged, this, &PresentationWindow::updateClock);
    updateClock();
    updatePhaseLabel();
    if (timeline->rowCount() > 0)
        m_timelineView->setCurrentIndex(timeline->index(0, TimelineModel::TimeColumn));
    m_timelineView->setFocus();
}

QTableView *PresentationWindow::bigTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->installEventFilter(this);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers); // edits are made at the laptop
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 2);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(false);
    return view;
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
    m_pages->currentWidget()->setFocus();
    updatePhaseLabel();
    Q_EMIT phaseChanged(phase);
}

int PresentationWindow::currentEvent() const
{
    return m_timelineView->currentIndex().row();
}

void PresentationWindow::updatePhaseLabel()
{
    const QStringList names = {tr("Timeline"), tr("Discussion"), tr("Remediation")};
    QStringList shown;
    for (int i = 0; i < names.size(); ++i) {
        shown << (i == static_cast<int>(m_phase)
                ? u"<span style=\"color:#ffd000\"><b>%1</b></span>"_s.arg(names.at(i))
                : u"<span style=\"color:#909090\">%1</span>"_s.arg(names.at(i)));
    }
    m_phaseLabel->setText(shown.join(u" → "_s));
    m_phaseLabel->setAccessibleName(tr("Phase: %1").arg(names.at(static_cast<int>(m_phase))));
}

void PresentationWindow::updateClock()
{
    const IncidentFacts &f = m_document->incident()->facts();
    const IncidentDurations d = m_document->incident()->durations();
    const QLocale locale;
    const QTimeZone zone = m_document->incident()->timeZone();
    auto time = [&locale, &zone](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toTimeZone(zone).time(), u"HH:mm"_s) : u"—"_s;
    };
    auto span = [](const std::optional<qint64> &s) {
        return s ? formatDuration(*s) : u"—"_s;
    };
    m_clock->setText(
        tr("Started %1<br>Detected %2<br>Resolved %3<br><br>Impact <b>%4</b><br>Undetected <b>%5</b><br>"
           "To resolve <b>%6</b>")
            .arg(time(f.startedAt), time(f.detectedAt), time(f.resolvedAt), span(d.impactSeconds),
                span(d.undetectedSeconds), span(d.resolveSeconds)));
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
        auto *view = static_cast<QTableView *>(m_pages->currentWidget());
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

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
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
