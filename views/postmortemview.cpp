// Postmortem page content: timeline grid with quick entry and reordering; discussion questions.
#include "postmortemview.h"

#include "blamelesshighlighter.h"
#include "choicedelegate.h"
#include "datetimedelegate.h"
#include "domain/datetimeformat.h"
#include "foresightpanel.h"
#include "formmapper.h"
#include "gridcolumns.h"
#include "lint/postmortemtexts.h"
#include "multilinedelegate.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/factoreventsmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/parkinglotmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "presentationwindow.h"
#include "presentingbanner.h"
#include "recordgrid.h"
#include "review/checklistmodel.h"
#include "tabfocus.h"
#include "timelineimportdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// The records of a table's selected rows, or of its current row when none is selected.
QStringList selectedUuids(const QTableView *view)
{
    QStringList uuids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        uuids += index.data(RecordTableModel::UuidRole).toString();
    if (uuids.isEmpty() && view->currentIndex().isValid())
        uuids += view->currentIndex().data(RecordTableModel::UuidRole).toString();
    return uuids;
}

} // namespace

PostmortemView::PostmortemView(PostmortemDocument *document, QWidget *parent)
    : ReviewView(document, parent)
    , m_document(document)
    , m_decisions(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
{
    connect(m_document->incident(), &QAbstractItemModel::dataChanged, this, &PostmortemView::updateIncident);

    createPresentationActions();
    m_tabs->setDocumentMode(true);
    followTabsWithFocus(m_tabs);
    m_tabs->addTab(createIncidentTab(), tr("I&ncident"));
    m_tabs->addTab(createTimelineTab(), tr("Time&line"));
    m_tabs->addTab(createDiscussionTab(), tr("Dis&cussion"));
    m_tabs->addTab(createRemediationTab(), tr("Remed&iation"));
    // G: every other letter of the word is taken on some tab of the page.
    m_tabs->addTab(createLearningTab(), tr("Learnin&g"));
    m_coachLabel = new QLabel(this);
    m_coachLabel->setAccessibleName(tr("Blameless coach"));
    m_coachLabel->setTextFormat(Qt::RichText);
    connect(m_document, &PostmortemDocument::findingsChanged, this, &PostmortemView::updateCoach);
    connect(m_document, &PostmortemDocument::dismissalsChanged, this, [this] {
        for (QTableView *view :
            {m_timelineView, m_decisionsView, m_discussionView, m_remediationView, m_factorsView})
            view->viewport()->update();
    });
    connect(m_document, &ReviewDocument::configChanged, this, &PostmortemView::fillSeverities);
    connect(m_document, &ReviewDocument::configChanged, this, &PostmortemView::fillFactorCategories);
    connect(m_document, &ReviewDocument::reloaded, this, [this] {
        updateOrderLabel();
        updateIncident();
    });
    // "Hold that thought", on every tab: the moment an idea comes up is rarely the remediation's.
    m_parkField = new QLineEdit(this);
    m_parkField->setPlaceholderText(tr("Hold that thought (Enter parks it)"));
    m_parkField->setAccessibleName(tr("Park an idea"));
    m_parkField->setToolTip(m_parkThought->toolTip());
    m_parkField->setMinimumWidth(m_parkField->fontMetrics().averageCharWidth() * 30);
    connect(m_parkField, &QLineEdit::returnPressed, this, &PostmortemView::parkTyped);
    m_parkButton = new QToolButton(this);
    m_parkButton->setDefaultAction(m_parkThought);
    m_presentingBanner = new PresentingBanner(m_smallerText, m_largerText, m_stopPresenting, this);
    m_durations->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    header->addWidget(m_durations, 1);
    header->addWidget(m_coachLabel);
    header->addSpacing(12);
    header->addWidget(m_parkField);
    header->addWidget(m_parkButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // That the room is watching, the durations, the coach and the parking lot stay in sight whichever
    // tab is open; so do the presentation's shortcuts.
    layout->addWidget(m_presentingBanner);
    layout->addLayout(header);
    layout->addWidget(m_tabs);
    addActions({m_present, m_stopPresenting, m_largerText, m_smallerText, m_actualTextSize, m_parkThought});
    updatePresenting();
    updateOrderLabel();
    updateIncident();
    updateCoach(int(m_document->currentFindings().size()));
    followReadOnly();
}

PostmortemView::~PostmortemView()
{
    // The presentation is a child window: it goes with the page, and says nothing to it as it goes.
    if (m_presentation) {
        disconnect(m_presentation, nullptr, this, nullptr);
        delete m_presentation;
    }
}

void PostmortemView::createPresentationActions()
{
    m_stopPresenting = new QAction(tr("Stop Presenting"), this);
    m_stopPresenting->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopPresenting->setToolTip(tr("Close the presentation on the projector (Shift+F5, or Esc there)"));
    connect(m_stopPresenting, &QAction::triggered, this, &PostmortemView::stopPresenting);
    m_largerText = new QAction(tr("Larger Text"), this);
    m_largerText->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_largerText->setToolTip(tr("Larger text on the projector (Ctrl+=)"));
    m_smallerText = new QAction(tr("Smaller Text"), this);
    // One sequence each: the same key twice on one action would be ambiguous, and do nothing.
    m_smallerText->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_smallerText->setToolTip(tr("Smaller text on the projector (Ctrl+−)"));
    m_actualTextSize = new QAction(tr("Actual Text Size"), this);
    m_actualTextSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_actualTextSize->setToolTip(tr("The text size the projector's screen gives (Ctrl+0)"));
    connect(m_largerText, &QAction::triggered, this, [this] {
        if (m_presentation)
            m_presentation->zoomIn();
    });
    connect(m_smallerText, &QAction::triggered, this, [this] {
        if (m_presentation)
            m_presentation->zoomOut();
    });
    connect(m_actualTextSize, &QAction::triggered, this, [this] {
        if (m_presentation)
            m_presentation->resetZoom();
    });
    m_parkThought = new QAction(tr("Park This Thought"), this);
    m_parkThought->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_parkThought->setToolTip(
        tr("Put the idea typed here in the parking lot, or go here to type one "
           "(Ctrl+Shift+K, also on the projector). It waits there for the remediation, and "
           "the room sees it at once."));
    connect(m_parkThought, &QAction::triggered, this, &PostmortemView::parkThought);
}

void PostmortemView::parkThought()
{
    if (m_readOnly)
        return;
    if (!m_parkField->text().trimmed().isEmpty()) {
        parkTyped();
        return;
    }
    // Asked on the projector: typed there, in sight of the room (with one screen, the laptop's window
    // is behind the full-screen presentation).
    if (m_presentation && m_presentation->isActiveWindow()) {
        m_presentation->parkIdea();
        return;
    }
    // Nothing typed yet: to the field.
    m_parkField->setFocus(Qt::ShortcutFocusReason);
}

void PostmortemView::parkTyped()
{
    const QString text = m_parkField->text().trimmed();
    if (m_readOnly || text.isEmpty() || m_document->park(text).isEmpty())
        return;
    m_parkField->clear();
}

PresentationWindow *PostmortemView::presentation() const
{
    return m_presentation;
}

void PostmortemView::stopPresenting()
{
    if (m_presentation)
        m_presentation->close(); // deletes itself; the banner goes with it
}

void PostmortemView::updatePresenting()
{
    const bool on = !m_presentation.isNull();
    for (QAction *action : {m_stopPresenting, m_largerText, m_smallerText, m_actualTextSize})
        action->setEnabled(on);
    m_presentingBanner->setVisible(on);
    if (!on) {
        m_presentingBanner->setText(QString());
        setStatusNote(QString());
        return;
    }
    const QScreen *screen = m_presentation->screen();
    const QString where = screen ? tr("%1 (%2 × %3)")
                                       .arg(screen->name())
                                       .arg(screen->geometry().width())
                                       .arg(screen->geometry().height())
                                 : QString();
    m_presentingBanner->setText(tr("● Presenting on %1, text at %2 %. The room sees %3: %4")
                                    .arg(where)
                                    .arg(m_presentation->zoom())
                                    .arg(m_presentation->currentPosition(), m_presentation->currentText()));
    const Review *review = m_document->review();
    setStatusNote(
        tr("Presenting “%1”: %2").arg(review ? review->title : QString(), m_presentation->currentPosition()));
}

QWidget *PostmortemView::createIncidentTab()
{
    auto *tab = new QWidget(this);
    auto timeEdit = [tab] {
        auto *edit = new QDateTimeEdit(tab);
        edit->setDisplayFormat(DateTimeFormat::dateTimePattern(DateTimeFormat::Precision::Seconds));
        DateTimeDelegate::configure(edit);
        return edit;
    };
    auto *started = timeEdit();
    auto *detected = timeEdit();
    auto *mitigated = timeEdit();
    mitigated->setToolTip(tr("When the impact stopped (a rollback, a failover), before the cause was fixed"));
    auto *resolved = timeEdit();
    auto *statusPage = timeEdit();
    m_severity = new QComboBox(tab);
    m_severity->setAccessibleName(tr("Severity"));
    fillSeverities();
    connect(m_severity, &QComboBox::activated, this, [this](int index) {
        m_document->incident()->setField(IncidentField::Severity, m_severity->itemData(index));
    });
    auto *summary = new QPlainTextEdit(tab);
    summary->setTabChangesFocus(true);
    summary->setPlaceholderText(tr("What happened, in a few sentences"));
    auto *impact = new QPlainTextEdit(tab);
    impact->setTabChangesFocus(true);
    impact->setPlaceholderText(tr("Who was affected, and how"));

    summary->setAccessibleName(tr("Summary"));
    impact->setAccessibleName(tr("Impact"));

    m_incidentMapper = new FormMapper(m_document->incident(), this);
    m_incidentMapper->addMapping(started, IncidentModel::StartedAtColumn);
    m_incidentMapper->addMapping(detected, IncidentModel::DetectedAtColumn);
    m_incidentMapper->addMapping(mitigated, IncidentModel::MitigatedAtColumn);
    m_incidentMapper->addMapping(resolved, IncidentModel::ResolvedAtColumn);
    m_incidentMapper->addMapping(statusPage, IncidentModel::StatusPageAtColumn);
    m_incidentMapper->addMapping(summary, IncidentModel::SummaryColumn);
    m_incidentMapper->addMapping(impact, IncidentModel::ImpactColumn);
    m_incidentMapper->toFirst();
    attachCoach(summary, {PostmortemTexts::summaryKey(), tr("Summary"), {}});
    attachCoach(impact, {PostmortemTexts::impactKey(), tr("Impact"), {}});

    m_durations = new QLabel(this);
    m_durations->setTextFormat(Qt::RichText);
    m_durations->setAccessibleName(tr("Durations"));

    auto *form = new QFormLayout(tab);
    form->addRow(tr("&Started:"), started);
    form->addRow(tr("&Detected:"), detected);
    // No Alt+letter for these two: the page has more fields than letters (each letter of "Mitigated"
    // and of "Status page" leads somewhere else already, G to the Learning tab).
    form->addRow(tr("Mitigated:"), mitigated);
    form->addRow(tr("Res&olved:"), resolved);
    form->addRow(tr("Status page:"), statusPage);
    form->addRow(tr("Seve&rity:"), m_severity);
    form->addRow(tr("Su&mmary:"), summary);
    form->addRow(tr("Im&pact:"), impact);
    return tab;
}

void PostmortemView::fillSeverities()
{
    // The workspace's levels; a stored key it no longer has is shown as it is, not lost.
    const QString stored = m_document->incident()->facts().severity;
    m_severity->clear();
    m_severity->addItem(tr("Not set"), QString());
    for (const SeverityLevel &level : m_document->config().severityLevels) {
        m_severity->addItem(level.name, level.key);
        m_severity->setItemData(m_severity->count() - 1, level.description, Qt::ToolTipRole);
    }
    if (!stored.isEmpty() && m_severity->findData(stored) < 0)
        m_severity->addItem(stored, stored);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(stored)));
    m_severity->setToolTip(m_severity->currentData(Qt::ToolTipRole).toString());
}

void PostmortemView::updateIncident()
{
    const IncidentDurations d = m_document->incident()->durations();
    auto shown = [](const std::optional<qint64> &seconds) {
        return seconds ? formatDuration(*seconds) : tr("not known yet");
    };
    QString text
        = tr("Impact: <b>%1</b> · undetected: <b>%2</b> · to mitigate: <b>%3</b> · to resolve: <b>%4</b>")
              .arg(shown(d.impactSeconds), shown(d.undetectedSeconds), shown(d.mitigateSeconds),
                  shown(d.resolveSeconds));
    for (const QString &problem : d.problems)
        text += u"<br><span style=\"color:#c03030\">"_s + problem.toHtmlEscaped() + u"</span>"_s;
    m_durations->setText(text);
    const QString severity = m_document->incident()->facts().severity;
    if (!severity.isEmpty() && m_severity->findData(severity) < 0)
        fillSeverities();
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(severity)));
    m_severity->setToolTip(m_severity->currentData(Qt::ToolTipRole).toString());
    if (m_orderAgreed)
        m_orderAgreed->setChecked(m_document->incident()->facts().orderAgreed);
}

QWidget *PostmortemView::createTimelineTab()
{
    auto *tab = new QWidget(this);
    m_timelineView = new QTableView(tab);
    RecordGrid::configure(m_timelineView);
    RecordGrid::setModel(m_timelineView, m_document->timeline());
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setColumnHidden(TimelineModel::ReasoningColumn, true);
    m_timelineView->setItemDelegateForColumn(TimelineModel::TimeColumn, new DateTimeDelegate(tab));
    ChoiceDelegate::Choices kinds;
    for (const TimelineKind kind : timelineKinds().values())
        kinds.append({timelineKinds().key(kind), timelineKinds().displayName(kind)});
    m_timelineView->setItemDelegateForColumn(TimelineModel::KindColumn, new ChoiceDelegate(kinds, tab));
    m_timelineView->setItemDelegateForColumn(TimelineModel::TextColumn, coachedDelegate(tab));
    m_timelineView->setDragEnabled(true);
    m_timelineView->setAcceptDrops(true);
    m_timelineView->setDropIndicatorShown(true);
    m_timelineView->setDragDropMode(QAbstractItemView::InternalMove);
    m_timelineView->setDefaultDropAction(Qt::MoveAction);
    auto *columns = new GridColumns(m_timelineView, u"postmortem/timeline"_s);
    columns->setTextColumn(TimelineModel::TextColumn, 4); // who knew and where: as wide as they are

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addEvent = toolbar->addAction(tr("&Add event"), this, &PostmortemView::addEventBelow);
    // Ctrl+Enter too, as in every other grid.
    m_addEvent->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
        QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_addEvent->setToolTip(tr("Add an event below the current one, with its time (Enter)"));
    m_deleteEvents = toolbar->addAction(tr("&Delete"), this, &PostmortemView::deleteSelected);
    m_deleteEvents->setShortcut(QKeySequence::Delete);
    toolbar->addSeparator();
    m_moveUp = toolbar->addAction(tr("Move &up"), this, [this] { moveCurrent(m_timelineView, -1); });
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = toolbar->addAction(tr("Move do&wn"), this, [this] { moveCurrent(m_timelineView, +1); });
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_sortByTime
        = toolbar->addAction(tr("&Sort by time"), this, [this] { m_document->timeline()->sortByTime(); });
    m_importEvents = toolbar->addAction(tr("I&mport…"), this, [this] { openImportDialog(); });
    for (QAction *action : {m_sortByTime, m_importEvents}) {
        action->setShortcut(QKeySequence::mnemonic(action->text()));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tab->addAction(action);
    }
    m_importEvents->setToolTip(tr(
        "Add events from a CSV file, a Slack export or an IRC log (%1, or File ▸ Import ▸ Timeline Events…)")
                                   .arg(m_importEvents->shortcut().toString(QKeySequence::NativeText)));
    toolbar->addSeparator();
    m_present = toolbar->addAction(tr("&Present"), this, [this] { present(); });
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setToolTip(tr("Show the timeline full screen on the projector (F5)"));
    // Or on a screen chosen from the button's menu.
    auto *screens = new QMenu(tab);
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        screens->clear();
        const QList<QScreen *> all = QGuiApplication::screens();
        for (QScreen *screen : all) {
            const QString name = screen == QGuiApplication::primaryScreen()
                ? tr("%1 (%2 × %3, this computer)")
                : tr("%1 (%2 × %3)");
            QAction *action = screens->addAction(
                name.arg(screen->name()).arg(screen->geometry().width()).arg(screen->geometry().height()));
            connect(action, &QAction::triggered, this, [this, screen] { present(screen); });
        }
        // Then what is done while presenting.
        screens->addSeparator();
        screens->addActions({m_stopPresenting, m_largerText, m_smallerText, m_actualTextSize});
    });
    m_present->setMenu(screens);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_present)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    // The grid's shortcuts work while it has focus; an open editor keeps Enter for itself.
    for (QAction *action : {m_addEvent, m_deleteEvents, m_moveUp, m_moveDown})
        action->setShortcutContext(Qt::WidgetShortcut);
    m_timelineView->addActions({m_addEvent, m_deleteEvents, m_moveUp, m_moveDown});

    m_orderLabel = new QLabel(tab);
    m_orderLabel->setWordWrap(true);
    m_orderAgreed = new QCheckBox(tr("Eve&ryone agrees this is the order in which events took place"), tab);
    connect(m_orderAgreed, &QCheckBox::clicked, this,
        [this](bool checked) { m_document->incident()->setField(IncidentField::OrderAgreed, checked); });
    connect(
        m_document->timeline(), &QAbstractItemModel::rowsInserted, this, &PostmortemView::updateOrderLabel);
    connect(
        m_document->timeline(), &QAbstractItemModel::rowsRemoved, this, &PostmortemView::updateOrderLabel);
    connect(m_document->timeline(), &QAbstractItemModel::rowsMoved, this, &PostmortemView::updateOrderLabel);
    connect(m_document->timeline(), &QAbstractItemModel::modelReset, this, &PostmortemView::updateOrderLabel);
    connect(
        m_document->timeline(), &QAbstractItemModel::dataChanged, this, &PostmortemView::updateOrderLabel);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PostmortemView::updateActions);

    auto *layout = new QVBoxLayout(tab);
    auto *intro
        = new QLabel(tr("Facts known at the time, in the order they happened. What are we missing? Does "
                        "everyone agree this is the order in which events took place?"),
            tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(toolbar);
    layout->addWidget(m_timelineView, 1);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_orderAgreed);
    updateActions();
    return tab;
}

QWidget *PostmortemView::createDiscussionTab()
{
    auto *tab = new QWidget(this);
    // Each decision on the timeline, with why it made sense at the time.
    m_decisions->setSourceModel(m_document->timeline());
    m_decisions->setFilterRole(TimelineModel::KindRole);
    m_decisions->setFilterFixedString(timelineKinds().key(TimelineKind::Decision));
    m_decisionsView = new QTableView(tab);
    RecordGrid::configure(m_decisionsView);
    RecordGrid::setModel(m_decisionsView, m_decisions);
    m_decisionsView->setAccessibleName(tr("Decisions"));
    for (const int column : {int(TimelineModel::KindColumn), int(TimelineModel::KnownByColumn),
             int(TimelineModel::SourceColumn), int(TimelineModel::AgreedColumn)})
        m_decisionsView->setColumnHidden(column, true);
    m_decisionsView->setItemDelegateForColumn(TimelineModel::ReasoningColumn, coachedDelegate(tab));
    auto *decisionColumns = new GridColumns(m_decisionsView, u"postmortem/decisions"_s);
    decisionColumns->setTextColumn(TimelineModel::TextColumn);
    decisionColumns->setTextColumn(TimelineModel::ReasoningColumn);

    m_discussionView = new QTableView(tab);
    RecordGrid::configure(m_discussionView);
    RecordGrid::setModel(m_discussionView, m_document->discussion());
    m_discussionView->setAccessibleName(tr("Discussion questions"));
    m_discussionView->setColumnHidden(ChecklistModel::AnswerColumn, true);
    m_discussionView->setItemDelegateForColumn(ChecklistModel::NotesColumn, coachedDelegate(tab));
    auto *discussionColumns = new GridColumns(m_discussionView, u"postmortem/discussion"_s);
    discussionColumns->setTextColumn(ChecklistModel::QuestionColumn);
    discussionColumns->setTextColumn(ChecklistModel::NotesColumn);

    auto *decisionsLabel = new QLabel(u"<b>%1</b>"_s.arg(whyItMadeSenseQuestion().toHtmlEscaped()), tab);
    decisionsLabel->setWordWrap(true);
    auto *top = new QWidget(tab);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(decisionsLabel);
    topLayout->addWidget(m_decisionsView);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(top);
    splitter->addWidget(m_discussionView);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QWidget *PostmortemView::createRemediationTab()
{
    auto *tab = new QWidget(this);
    m_remediationView = new QTableView(tab);
    RecordGrid::configure(m_remediationView);
    RecordGrid::setModel(m_remediationView, m_document->remediation());
    m_remediationView->setAccessibleName(tr("Remediation items"));
    ChoiceDelegate::Choices types;
    for (const RemediationType type : remediationTypes().values())
        types.append({remediationTypes().key(type), remediationTypes().displayName(type)});
    ChoiceDelegate::Choices statuses;
    for (const RemediationStatus status : remediationStatuses().values())
        statuses.append({remediationStatuses().key(status), remediationStatuses().displayName(status)});
    m_remediationView->setItemDelegateForColumn(RemediationModel::TypeColumn, new ChoiceDelegate(types, tab));
    m_remediationView->setItemDelegateForColumn(
        RemediationModel::StatusColumn, new ChoiceDelegate(statuses, tab));
    m_remediationView->setItemDelegateForColumn(RemediationModel::TextColumn, coachedDelegate(tab));
    m_remediationView->setDragEnabled(true);
    m_remediationView->setAcceptDrops(true);
    m_remediationView->setDragDropMode(QAbstractItemView::InternalMove);
    m_remediationView->setDefaultDropAction(Qt::MoveAction);
    auto *remediationColumns = new GridColumns(m_remediationView, u"postmortem/remediation"_s);
    remediationColumns->setTextColumn(RemediationModel::TextColumn, 3);
    remediationColumns->setTextColumn(RemediationModel::OwnerColumn, 1);
    remediationColumns->setTextColumn(RemediationModel::TypeColumn, 1); // long names, cut before an owner

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addRemediation = toolbar->addAction(tr("&Add item"), this, [this] {
        const QString uuid
            = m_document->remediation()->addRecord(m_document->remediation()->rowCount(), RemediationItem());
        const QModelIndex text = m_document->remediation()->index(
            m_document->remediation()->rowOfUuid(uuid), RemediationModel::TextColumn);
        RecordGrid::showNewRow(m_remediationView, text);
    });
    m_deleteRemediation = toolbar->addAction(tr("&Delete"), this,
        [this] { m_document->remediation()->removeItems(selectedUuids(m_remediationView)); });
    m_addRemediation->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return),
        QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_addRemediation->setToolTip(tr("Add a remediation item at the end (Insert)"));
    m_deleteRemediation->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_addRemediation, m_deleteRemediation})
        action->setShortcutContext(Qt::WidgetShortcut);
    m_remediationView->addActions({m_addRemediation, m_deleteRemediation});
    m_openTicket = toolbar->addAction(tr("&Open ticket"), this, [this] {
        const QUrl url = m_remediationView->currentIndex().data(RemediationModel::TicketUrlRole).toUrl();
        if (!url.isEmpty())
            (void)m_document->openLink(url); // a refused address is shown in the window's banner
    });

    m_overdueLabel = new QLabel(tab);
    auto updateOverdue = [this] {
        const int overdue = m_document->remediation()->overdueCount();
        m_overdueLabel->setText(overdue == 0
                ? QString()
                : tr("%n item(s) past their due date. Tasks should not linger.", nullptr, overdue));
    };
    connect(m_document->remediation(), &QAbstractItemModel::dataChanged, this, updateOverdue);
    connect(m_document->remediation(), &QAbstractItemModel::rowsInserted, this, updateOverdue);
    connect(m_document->remediation(), &QAbstractItemModel::rowsRemoved, this, updateOverdue);
    connect(m_document->remediation(), &QAbstractItemModel::modelReset, this, updateOverdue);
    updateOverdue(); // the document is loaded before its view is made

    // The parking lot: ideas raised during the timeline, waiting for this phase.
    m_parkingLotView = new QTableView(tab);
    RecordGrid::configure(m_parkingLotView);
    RecordGrid::setEditable(m_parkingLotView, false);
    RecordGrid::setModel(m_parkingLotView, m_document->parkingLot());
    m_parkingLotView->setAccessibleName(tr("Parking lot"));
    m_parkingLotView->horizontalHeader()->setStretchLastSection(true);
    m_moveToRemediation = new QAction(tr("&Move into remediation"), this);
    connect(m_moveToRemediation, &QAction::triggered, this, [this] {
        const QModelIndex current = m_parkingLotView->currentIndex();
        if (current.isValid())
            m_document->moveToRemediation(current.data(ParkingLotModel::UuidRole).toString());
    });
    auto *parkingToolbar = new QToolBar(tab);
    parkingToolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    parkingToolbar->addAction(m_moveToRemediation);

    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *questions
        = new QLabel(tr("What things could we do to prevent this exact thing from happening in the "
                        "future? What things could we do to make troubleshooting similar incidents in "
                        "the future easier?"),
            tab);
    questions->setWordWrap(true);
    leftLayout->addWidget(questions);
    leftLayout->addWidget(toolbar);
    leftLayout->addWidget(m_remediationView, 1);
    leftLayout->addWidget(m_overdueLabel);
    auto *right = new QWidget(tab);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *parkedTitle = new QLabel(tr("Parking lot: ideas held until now (add one with “Park This Thought”, "
                                      "on every tab)"),
        tab);
    parkedTitle->setWordWrap(true);
    rightLayout->addWidget(parkedTitle);
    rightLayout->addWidget(m_parkingLotView, 1);
    rightLayout->addWidget(parkingToolbar);
    auto *splitter = new QSplitter(tab);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({700, 300});
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QWidget *PostmortemView::createLearningTab()
{
    auto *tab = new QWidget(this);
    ContributingFactorModel *factors = m_document->contributingFactors();
    m_factorsView = new QTableView(tab);
    RecordGrid::configure(m_factorsView);
    RecordGrid::setModel(m_factorsView, factors);
    m_factorsView->setAccessibleName(tr("Contributing factors"));
    m_factorsView->setItemDelegateForColumn(ContributingFactorModel::TextColumn, coachedDelegate(tab));
    m_categoryDelegate = new ChoiceDelegate({}, tab);
    m_factorsView->setItemDelegateForColumn(ContributingFactorModel::CategoryColumn, m_categoryDelegate);
    m_factorsView->setDragEnabled(true);
    m_factorsView->setAcceptDrops(true);
    m_factorsView->setDropIndicatorShown(true);
    m_factorsView->setDragDropMode(QAbstractItemView::InternalMove);
    m_factorsView->setDefaultDropAction(Qt::MoveAction);
    auto *columns = new GridColumns(m_factorsView, u"postmortem/factors"_s);
    columns->setTextColumn(ContributingFactorModel::TextColumn, 3);
    fillFactorCategories(); // also tells the columns how wide a category's name is

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addFactor = toolbar->addAction(tr("&Add factor"), this, [this] {
        ContributingFactorModel *model = m_document->contributingFactors();
        const QString uuid = model->addRecord(model->rowCount(), ContributingFactor());
        RecordGrid::showNewRow(
            m_factorsView, model->index(model->rowOfUuid(uuid), ContributingFactorModel::TextColumn));
    });
    m_addFactor->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return),
        QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_addFactor->setToolTip(tr("Add a contributing factor at the end (Insert)"));
    m_deleteFactors = toolbar->addAction(tr("&Delete"), this,
        [this] { m_document->contributingFactors()->removeItems(selectedUuids(m_factorsView)); });
    m_deleteFactors->setShortcut(QKeySequence::Delete);
    toolbar->addSeparator();
    m_moveFactorUp = toolbar->addAction(tr("Move &up"), this, [this] { moveCurrent(m_factorsView, -1); });
    m_moveFactorUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveFactorDown = toolbar->addAction(tr("Move do&wn"), this, [this] { moveCurrent(m_factorsView, +1); });
    m_moveFactorDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : {m_addFactor, m_deleteFactors, m_moveFactorUp, m_moveFactorDown})
        action->setShortcutContext(Qt::WidgetShortcut);
    m_factorsView->addActions({m_addFactor, m_deleteFactors, m_moveFactorUp, m_moveFactorDown});

    // The events the current factor shows in: checked with Space or a click, each one undo step.
    m_factorEvents = new FactorEventsModel(factors, m_document->timeline(), this);
    m_factorEventsView = new QListView(tab);
    m_factorEventsView->setModel(m_factorEvents);
    m_factorEventsView->setAccessibleName(tr("Shows in"));
    m_factorEventsView->setEditTriggers(QAbstractItemView::NoEditTriggers); // Space checks
    m_factorEventsView->setUniformItemSizes(true);
    auto *showsIn = new QLabel(tr("&Shows in:"), tab);
    showsIn->setBuddy(m_factorEventsView);
    m_factorNote = new QLabel(tab);
    m_factorNote->setWordWrap(true);
    connect(m_factorsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PostmortemView::updateFactorEvents);
    connect(m_factorsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PostmortemView::updateActions);
    connect(factors, &QAbstractItemModel::dataChanged, this, &PostmortemView::updateFactorEvents);
    connect(factors, &QAbstractItemModel::modelReset, this, &PostmortemView::updateFactorEvents);
    connect(factors, &QAbstractItemModel::rowsRemoved, this, &PostmortemView::updateFactorEvents);

    // What went well and where we got lucky: fields of the incident, as its summary is.
    m_wentWell = new QPlainTextEdit(tab);
    m_wentWell->setTabChangesFocus(true);
    m_wentWell->setAccessibleName(tr("What went well"));
    m_wentWell->setPlaceholderText(tr("What helped: an alert that fired, a runbook that worked, people who "
                                      "knew where to look"));
    m_lucky = new QPlainTextEdit(tab);
    m_lucky->setTabChangesFocus(true);
    m_lucky->setAccessibleName(tr("Where we got lucky"));
    m_lucky->setPlaceholderText(tr("What could have made it worse, and did not this time"));
    m_incidentMapper->addMapping(m_wentWell, IncidentModel::WentWellColumn);
    m_incidentMapper->addMapping(m_lucky, IncidentModel::LuckyColumn);
    m_incidentMapper->revert(); // the editors just added show what is stored
    attachCoach(m_wentWell, {PostmortemTexts::wentWellKey(), tr("What went well"), {}});
    attachCoach(m_lucky, {PostmortemTexts::luckyKey(), tr("Where we got lucky"), {}});
    // No Alt+letter for "What went well": each of its letters leads somewhere else on this page.
    auto *wentWellLabel = new QLabel(tr("What went well:"), tab);
    wentWellLabel->setBuddy(m_wentWell);
    auto *luckyLabel = new QLabel(tr("Whe&re we got lucky:"), tab);
    luckyLabel->setBuddy(m_lucky);

    auto *intro = new QLabel(tr("What conditions helped this incident happen, or made it worse? Name each "
                                "without blame, in a category, and check the events on the timeline "
                                "where it shows."),
        tab);
    intro->setWordWrap(true);

    auto *factorsBox = new QWidget(tab);
    auto *factorsLayout = new QVBoxLayout(factorsBox);
    factorsLayout->setContentsMargins(0, 0, 0, 0);
    factorsLayout->addWidget(toolbar);
    factorsLayout->addWidget(m_factorsView, 1);
    auto *eventsBox = new QWidget(tab);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(showsIn);
    eventsLayout->addWidget(m_factorNote);
    eventsLayout->addWidget(m_factorEventsView, 1);
    auto *factorsSplitter = new QSplitter(tab);
    factorsSplitter->addWidget(factorsBox);
    factorsSplitter->addWidget(eventsBox);
    factorsSplitter->setStretchFactor(0, 3);
    factorsSplitter->setStretchFactor(1, 2);

    auto *notes = new QWidget(tab);
    auto *notesLayout = new QGridLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(wentWellLabel, 0, 0);
    notesLayout->addWidget(m_wentWell, 1, 0);
    notesLayout->addWidget(luckyLabel, 0, 1);
    notesLayout->addWidget(m_lucky, 1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(factorsSplitter);
    splitter->addWidget(notes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *factorsPage = new QWidget(tab);
    auto *factorsPageLayout = new QVBoxLayout(factorsPage);
    factorsPageLayout->addWidget(intro);
    factorsPageLayout->addWidget(splitter, 1);
    // "Did we foresee it?" beside the factors: what the reviews before the incident saw coming.
    m_foresight = new ForesightPanel(m_document, tab);
    connect(m_foresight, &ForesightPanel::openRequested, this, &ReviewView::openRequested);
    connect(m_foresight, &ForesightPanel::openItemRequested, this, &ReviewView::openItemRequested);
    m_learningTabs = new QTabWidget(tab);
    m_learningTabs->setDocumentMode(true);
    m_learningTabs->addTab(factorsPage, tr("Contributing factors"));
    m_learningTabs->addTab(m_foresight, tr("Did we foresee it?"));
    followTabsWithFocus(m_learningTabs);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_learningTabs, 1);
    updateFactorEvents();
    return tab;
}

void PostmortemView::fillFactorCategories()
{
    if (!m_categoryDelegate)
        return;
    ChoiceDelegate::Choices choices {{QString(), tr("Not set")}};
    QStringList names;
    for (const FactorCategory &category : m_document->contributingFactors()->categories()) {
        choices.append({category.key, category.name});
        names.append(category.name);
    }
    m_categoryDelegate->setChoices(choices);
    if (auto *columns = m_factorsView->findChild<GridColumns *>())
        columns->setSamples(ContributingFactorModel::CategoryColumn, names);
}

void PostmortemView::updateFactorEvents()
{
    const QModelIndex current = m_factorsView->currentIndex();
    const QString uuid
        = current.isValid() ? current.data(ContributingFactorModel::UuidRole).toString() : QString();
    m_factorEvents->setFactor(uuid);
    if (uuid.isEmpty()) {
        m_factorNote->setText(m_document->contributingFactors()->rowCount() == 0
                ? tr("Add a contributing factor, then check the events it shows in.")
                : tr("Choose a contributing factor to check the events it shows in."));
        return;
    }
    const QString text = current.siblingAtColumn(ContributingFactorModel::TextColumn).data().toString();
    m_factorNote->setText(text.isEmpty() ? tr("The events the new factor shows in:")
                                         : tr("The events “%1” shows in:").arg(text));
}

PresentationWindow *PostmortemView::present(QScreen *screen)
{
    // One presentation at a time: on another screen, it moves there.
    if (m_presentation) {
        disconnect(m_presentation, nullptr, this, nullptr);
        m_presentation->close();
    }
    auto *window = new PresentationWindow(m_document, this);
    m_presentation = window;
    // The page's shortcuts work on the projector too.
    window->addActions({m_stopPresenting, m_largerText, m_smallerText, m_actualTextSize, m_parkThought});
    connect(window, &PresentationWindow::currentItemChanged, this, &PostmortemView::updatePresenting);
    connect(window, &PresentationWindow::zoomChanged, this, &PostmortemView::updatePresenting);
    connect(window, &QObject::destroyed, this, &PostmortemView::updatePresenting, Qt::QueuedConnection);
    window->present(screen);
    updatePresenting();
    return window;
}

void PostmortemView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QTableView *view :
        {m_timelineView, m_decisionsView, m_discussionView, m_remediationView, m_factorsView})
        RecordGrid::setEditable(view, !readOnly);
    for (QAction *action : {m_addRemediation, m_deleteRemediation, m_moveToRemediation, m_parkThought})
        action->setEnabled(!readOnly);
    m_remediationView->setDragEnabled(!readOnly);
    m_factorsView->setDragEnabled(!readOnly);
    m_factorEvents->setReadOnly(readOnly);
    m_foresight->setReadOnly(readOnly);
    m_parkField->setReadOnly(readOnly);
    m_timelineView->setDragEnabled(!readOnly);
    m_incidentMapper->setReadOnly(readOnly);
    m_severity->setEnabled(!readOnly);
    m_orderAgreed->setEnabled(!readOnly);
    updateActions();
}

void PostmortemView::addEventBelow()
{
    const QModelIndex current = m_timelineView->currentIndex();
    TimelineEvent fields;
    int row = m_document->timeline()->rowCount();
    if (current.isValid()) {
        row = current.row() + 1;
        fields.occurredAt
            = m_document->timeline()->recordAt(current.row()).occurredAt; // quick entry: the same time
    }
    const QString uuid = m_document->timeline()->addEvent(row, fields);
    const QModelIndex added
        = m_document->timeline()->index(m_document->timeline()->rowOfUuid(uuid), TimelineModel::TextColumn);
    RecordGrid::showNewRow(m_timelineView, added);
}

void PostmortemView::deleteSelected()
{
    m_document->timeline()->removeEvents(selectedUuids(m_timelineView));
}

void PostmortemView::moveCurrent(QTableView *view, int direction)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    QAbstractItemModel *model = view->model();
    if (model->moveRows(QModelIndex(), row, 1, QModelIndex(), direction < 0 ? row - 1 : row + 2))
        view->setCurrentIndex(model->index(direction < 0 ? row - 1 : row + 1, current.column()));
}

void PostmortemView::updateOrderLabel()
{
    const int late = m_document->timeline()->outOfOrderCount();
    m_orderLabel->setText(late == 0
            ? tr("%n event(s), in order of time.", nullptr, m_document->timeline()->rowCount())
            : tr("%n event(s) earlier than the event above them, in bold. Is this the order "
                 "in which events took place? “Sort by time” puts them in order.",
                nullptr, late));
    m_sortByTime->setEnabled(!m_readOnly && late > 0);
}

MultiLineDelegate *PostmortemView::coachedDelegate(QWidget *parent)
{
    auto *delegate = new MultiLineDelegate(parent);
    delegate->setFindings([this](const QModelIndex &index) {
        const auto text = fieldTextAt(index);
        return text ? m_document->openFindingsOf(*text) : QList<FieldFinding>();
    });
    delegate->setEditorHook([this](QPlainTextEdit *editor, const QModelIndex &index) {
        if (const auto text = fieldTextAt(index))
            attachCoach(editor, *text);
    });
    return delegate;
}

void PostmortemView::attachCoach(QPlainTextEdit *editor, const FieldText &text)
{
    auto *highlighter = new BlamelessHighlighter(editor, text.field, text.label);
    highlighter->setDismissed(m_document->dismissedFindings());
    highlighter->setPeople(m_document->coachPeople());
    highlighter->setSystems(m_document->coachSystems());
    connect(highlighter, &BlamelessHighlighter::dismissRequested, m_document,
        &PostmortemDocument::dismissFinding);
    connect(m_document, &PostmortemDocument::dismissalsChanged, highlighter,
        [this, highlighter] { highlighter->setDismissed(m_document->dismissedFindings()); });
}

std::optional<FieldText> PostmortemView::fieldTextAt(const QModelIndex &index) const
{
    const QAbstractItemModel *model = index.model();
    const QString text = index.data(Qt::EditRole).toString();
    if (model == m_document->timeline() || model == m_decisions) {
        const bool reasoning = index.column() == TimelineModel::ReasoningColumn;
        if (!reasoning && index.column() != TimelineModel::TextColumn)
            return std::nullopt;
        const int row = model == m_decisions ? m_decisions->mapToSource(index).row() : index.row();
        const TimelineEvent &event = m_document->timeline()->recordAt(row);
        return FieldText {PostmortemTexts::timelineKey(event.uuid, reasoning),
            PostmortemTexts::timelineLabel(event, row + 1, reasoning, m_document->config().timeZone), text};
    }
    if (model == m_document->discussion() && index.column() == ChecklistModel::NotesColumn) {
        return FieldText {PostmortemTexts::discussionKey(index.data(ChecklistModel::KeyRole).toString()),
            PostmortemTexts::discussionLabel(
                index.siblingAtColumn(ChecklistModel::QuestionColumn).data().toString()),
            text};
    }
    if (model == m_document->remediation() && index.column() == RemediationModel::TextColumn)
        return FieldText {PostmortemTexts::remediationKey(index.data(RemediationModel::UuidRole).toString()),
            tr("Remediation"), text};
    if (model == m_document->contributingFactors() && index.column() == ContributingFactorModel::TextColumn)
        return FieldText {
            PostmortemTexts::factorKey(index.data(ContributingFactorModel::UuidRole).toString()),
            tr("Contributing factor"), text};
    if (model == m_document->parkingLot() && index.column() == 0)
        return FieldText {PostmortemTexts::parkingLotKey(index.data(ParkingLotModel::UuidRole).toString()),
            tr("Parking lot"), text};
    return std::nullopt;
}

void PostmortemView::updateCoach(int open)
{
    if (m_document->findingsPending()) {
        m_coachLabel->setText(tr("Blameless coach: reading the review…"));
        m_coachLabel->setToolTip(QString());
        return;
    }
    if (open == 0) {
        m_coachLabel->setText(tr("Blameless coach: nothing to look at"));
        m_coachLabel->setToolTip(tr("No phrase points at people instead of the system."));
        return;
    }
    m_coachLabel->setText(tr("Blameless coach, phrases to look at: <b>%1</b>").arg(open));
    QString tip;
    // As counted (a long review is read on a worker thread); a tip shows the first hundred.
    const QList<FieldFinding> &findings = m_document->currentFindings();
    for (const FieldFinding &f : findings.first(std::min<qsizetype>(findings.size(), 100)))
        tip += u"<p><i>%1</i>: <b>%2</b> — %3</p>"_s.arg(
            f.label.toHtmlEscaped(), f.finding.phrase.toHtmlEscaped(), f.finding.explanation.toHtmlEscaped());
    if (findings.size() > 100)
        tip += u"<p>…</p>"_s;
    m_coachLabel->setToolTip(tip);
}

void PostmortemView::importIntoTimeline()
{
    showTabOf(m_timelineView);
    openImportDialog();
}

TimelineImportDialog *PostmortemView::openImportDialog(const QString &path)
{
    auto *dialog = new TimelineImportDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Already written: the undo step takes it out again.
        m_document->addImported(dialog->importedEvents(), dialog->importDescription());
    });
    dialog->open();
    if (!path.isEmpty())
        dialog->setPath(path);
    return dialog;
}

void PostmortemView::updateActions()
{
    const bool hasCurrent = m_timelineView->currentIndex().isValid();
    m_addEvent->setEnabled(!m_readOnly);
    m_importEvents->setEnabled(!m_readOnly);
    m_deleteEvents->setEnabled(!m_readOnly && hasCurrent);
    m_moveUp->setEnabled(!m_readOnly && hasCurrent);
    m_moveDown->setEnabled(!m_readOnly && hasCurrent);
    if (m_factorsView) {
        const bool hasFactor = m_factorsView->currentIndex().isValid();
        m_addFactor->setEnabled(!m_readOnly);
        for (QAction *action : {m_deleteFactors, m_moveFactorUp, m_moveFactorDown})
            action->setEnabled(!m_readOnly && hasFactor);
    }
    if (m_orderLabel)
        updateOrderLabel();
}

} // namespace Inflection
