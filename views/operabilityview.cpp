// Operability review page content: the grid edits through the models' undo commands.
#include "operabilityview.h"

#include "attendeespanel.h"
#include "choicedelegate.h"
#include "datetimedelegate.h"
#include "domain/commoncontingencies.h"
#include "domain/datetimeformat.h"
#include "formmapper.h"
#include "gridcolumns.h"
#include "heatmapwidget.h"
#include "multilinedelegate.h"
#include "operability/contingencyfilterproxymodel.h"
#include "operability/contingencymodel.h"
#include "operability/launchplanmodel.h"
#include "operability/operabilitydocument.h"
#include "recordgrid.h"
#include "review/attendeemodel.h"
#include "review/checklistmodel.h"
#include "tabfocus.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

ChoiceDelegate::Choices levelChoices(QString (*label)(int))
{
    ChoiceDelegate::Choices choices;
    for (int level = 1; level <= 5; ++level)
        choices.append({level, u"%1 · %2"_s.arg(level).arg(label(level))});
    return choices;
}

} // namespace

OperabilityView::OperabilityView(OperabilityDocument *document, QWidget *parent)
    : ReviewView(document, parent)
    , m_document(document)
    , m_proxy(new ContingencyFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
{
    m_proxy->setSourceModel(m_document->contingencies());

    m_tabs->setDocumentMode(true);
    followTabsWithFocus(m_tabs);
    m_tabs->addTab(createReadinessTab(), tr("Rea&diness"));
    m_tabs->addTab(createContingencyTab(), tr("Cont&ingency checklist"));
    m_tabs->addTab(createLaunchTab(), tr("&Launch plan"));
    m_tabs->addTab(createAttendeesTab(), tr("Atte&ndees"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // The heatmap colours cells by the workspace's risk matrix, shared by everyone on it.
    m_heatmap->setMatrix(m_document->config().riskMatrix);
    connect(m_document, &ReviewDocument::configChanged, this,
        [this] { m_heatmap->setMatrix(m_document->config().riskMatrix); });
    followReadOnly();
}

OperabilityView::~OperabilityView() = default;

QTableView *OperabilityView::attendeeView() const
{
    return m_attendees->view();
}

QWidget *OperabilityView::createReadinessTab()
{
    auto *tab = new QWidget(this);
    m_checklistView = new QTableView(tab);
    RecordGrid::configure(m_checklistView);
    RecordGrid::setModel(m_checklistView, m_document->readiness());
    m_checklistView->setAccessibleName(tr("Readiness questions"));
    ChoiceDelegate::Choices answers;
    for (const ChecklistAnswerValue value : checklistAnswers().values())
        answers.append({checklistAnswers().key(value), checklistAnswers().displayName(value)});
    m_checklistView->setItemDelegateForColumn(ChecklistModel::AnswerColumn, new ChoiceDelegate(answers, tab));
    m_checklistView->setItemDelegateForColumn(ChecklistModel::NotesColumn, new MultiLineDelegate(tab));
    auto *columns = new GridColumns(m_checklistView, u"operability/readiness"_s);
    columns->setTextColumn(ChecklistModel::QuestionColumn, 3);
    columns->setTextColumn(ChecklistModel::NotesColumn, 2);
    // Wide enough for any answer, chosen or not.
    QStringList answerNames;
    for (const auto &choice : std::as_const(answers))
        answerNames.append(choice.second);
    columns->setSamples(ChecklistModel::AnswerColumn, answerNames);
    auto *layout = new QVBoxLayout(tab);
    auto *intro
        = new QLabel(tr("Right before launch: how the system could break, how we will know, and how we "
                        "will react. Answer each question; the follow-ups appear when the launch brings new "
                        "production infrastructure."),
            tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_checklistView, 1);
    return tab;
}

QWidget *OperabilityView::createContingencyTab()
{
    auto *tab = new QWidget(this);
    m_grid = new QTableView(tab);
    RecordGrid::configure(m_grid);
    RecordGrid::setModel(m_grid, m_proxy);
    m_grid->setAccessibleName(tr("Contingency checklist"));
    m_grid->setItemDelegateForColumn(
        ContingencyModel::LikelihoodColumn, new ChoiceDelegate(levelChoices(&likelihoodLabel), tab));
    m_grid->setItemDelegateForColumn(
        ContingencyModel::ImpactColumn, new ChoiceDelegate(levelChoices(&impactLabel), tab));
    for (const int column : {int(ContingencyModel::IssueColumn), int(ContingencyModel::CommentsColumn),
             int(ContingencyModel::EngineeringColumn), int(ContingencyModel::OnsiteMessagingColumn)})
        m_grid->setItemDelegateForColumn(column, new MultiLineDelegate(tab));
    auto *header = m_grid->horizontalHeader();
    header->setSectionsMovable(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the manual order
    m_grid->setSortingEnabled(true);
    // The issue takes most of the width left over; the other texts share the rest.
    auto *columns = new GridColumns(m_grid, u"operability/contingencies"_s);
    columns->setTextColumn(ContingencyModel::IssueColumn, 4);
    for (const int column : {int(ContingencyModel::CommentsColumn), int(ContingencyModel::EngineeringColumn),
             int(ContingencyModel::OnsiteMessagingColumn), int(ContingencyModel::IncidentsColumn)})
        columns->setTextColumn(column, 1);
    m_grid->setDragEnabled(true);
    m_grid->setAcceptDrops(true);
    m_grid->setDropIndicatorShown(true);
    m_grid->setDragDropMode(QAbstractItemView::InternalMove);
    m_grid->setDefaultDropAction(Qt::MoveAction);
    m_grid->setDragDropOverwriteMode(false);
    // The incidents that were an item: Enter or a double click on them opens the postmortem.
    connect(m_grid, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == ContingencyModel::IncidentsColumn)
            openIncidents(
                m_document->contingencies()->incidentsOf(index.data(ContingencyModel::UuidRole).toString()),
                m_grid->viewport()->mapToGlobal(m_grid->visualRect(index).bottomLeft()));
    });

    m_heatmap = new HeatmapWidget(tab);
    m_heatmap->setModel(m_document->contingencies(), ContingencyModel::LikelihoodRole,
        ContingencyModel::ImpactRole, Qt::DisplayRole);
    m_heatmap->setIncidentRole(ContingencyModel::IncidentCountRole);
    m_showIncidents = new QCheckBox(tr("Show incidents"), tab);
    m_showIncidents->setToolTip(tr("Mark the cells whose items were incidents, with how many"));
    connect(m_showIncidents, &QCheckBox::toggled, m_heatmap, &HeatmapWidget::setIncidentsShown);
    auto *heatmapBox = new QWidget(tab);
    auto *heatmapLayout = new QVBoxLayout(heatmapBox);
    heatmapLayout->setContentsMargins(0, 0, 0, 0);
    heatmapLayout->addWidget(m_heatmap, 1);
    heatmapLayout->addWidget(m_showIncidents);
    connect(
        m_heatmap, &HeatmapWidget::selectionChanged, this, [this](std::optional<HeatmapRenderer::Cell> cell) {
            m_proxy->setCellFilter(cell
                    ? std::optional(ContingencyFilterProxyModel::Cell {cell->likelihood, cell->impact})
                    : std::nullopt);
        });
    connect(
        m_heatmap, &HeatmapWidget::riskLevelChangeRequested, m_document, &OperabilityDocument::setRiskLevel);
    connect(
        m_proxy, &ContingencyFilterProxyModel::cellFilterChanged, this, &OperabilityView::updateFilterLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OperabilityView::updateFilterLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OperabilityView::updateFilterLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OperabilityView::updateFilterLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OperabilityView::updateFilterLabel);
    // The count of all items moves with rows the filter hides as well.
    ContingencyModel *all = m_document->contingencies();
    connect(all, &QAbstractItemModel::rowsInserted, this, &OperabilityView::updateFilterLabel);
    connect(all, &QAbstractItemModel::rowsRemoved, this, &OperabilityView::updateFilterLabel);
    connect(all, &QAbstractItemModel::modelReset, this, &OperabilityView::updateFilterLabel);
    connect(all, &QAbstractItemModel::dataChanged, this, &OperabilityView::updateFilterLabel);

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = toolbar->addAction(tr("&Add"), this, &OperabilityView::addContingency);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_add->setToolTip(tr("Add a contingency below the current one (Ctrl+Enter); while the grid shows one "
                         "heatmap cell, the new item is in that cell"));
    m_delete = toolbar->addAction(tr("&Delete"), this, &OperabilityView::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_addCommon = toolbar->addAction(tr("Add &common contingencies"), this,
        [this] { m_document->addCommonContingencies(m_document->contingencies()->rowCount()); });
    m_addCommon->setToolTip(
        tr("A dependency is down, the database is overloaded, traffic is ten times the estimate, "
           "the feature must be turned off"));
    toolbar->addSeparator();
    m_manualOrder = toolbar->addAction(tr("&Manual order"), this, &OperabilityView::showManualOrder);
    m_moveUp = toolbar->addAction(tr("Move &up"), this, [this] { moveCurrent(-1); });
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = toolbar->addAction(tr("Move do&wn"), this, [this] { moveCurrent(+1); });
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : {m_add, m_delete, m_moveUp, m_moveDown})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // The grid's shortcuts work while it (or its editor) has focus.
    m_grid->addActions({m_add, m_delete, m_moveUp, m_moveDown});
    // …and Add while a heatmap cell is chosen: the new item goes into that cell.
    m_heatmap->addAction(m_add);

    m_filterLabel = new QLabel(tab);
    m_filterLabel->setWordWrap(true); // a long filter sentence must not take the heatmap's room
    m_showAll = new QAction(tr("Show all"), this);
    connect(m_showAll, &QAction::triggered, this, [this] { m_heatmap->setSelectedCell(std::nullopt); });
    auto *showAllButton = new QToolButton(tab);
    showAllButton->setDefaultAction(m_showAll);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel, 1);
    filterRow->addWidget(showAllButton);

    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(toolbar);
    leftLayout->addWidget(m_grid, 1);
    leftLayout->addLayout(filterRow);

    auto *splitter = new QSplitter(tab);
    splitter->addWidget(left);
    splitter->addWidget(heatmapBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({650, 350}); // proportions: the heatmap needs room for its labels
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);

    connect(header, &QHeaderView::sortIndicatorChanged, this, &OperabilityView::updateActions);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &OperabilityView::updateActions);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &OperabilityView::updateActions);
    updateFilterLabel();
    updateActions();
    return tab;
}

QWidget *OperabilityView::createLaunchTab()
{
    auto *tab = new QWidget(this);
    auto *goLive = new QDateTimeEdit(tab);
    goLive->setDisplayFormat(DateTimeFormat::dateTimePattern());
    DateTimeDelegate::configure(goLive);
    auto *pushedBy = new QLineEdit(tab);
    pushedBy->setPlaceholderText(tr("Who will push the feature"));
    auto *rollout = new QComboBox(tab);
    for (const Rollout value : rollouts().values())
        rollout->addItem(rollouts().displayName(value));
    auto *communication = new QPlainTextEdit(tab);
    communication->setTabChangesFocus(true);
    communication->setPlaceholderText(tr("What goes out with the feature, where and when"));
    auto *decision = new QComboBox(tab);
    for (const LaunchDecision value : launchDecisions().values())
        decision->addItem(launchDecisions().displayName(value));
    auto *reasons = new QPlainTextEdit(tab);
    reasons->setTabChangesFocus(true);
    reasons->setPlaceholderText(tr("Why go, or what must happen before going"));

    m_launchMapper = new FormMapper(m_document->launchPlan(), this);
    m_launchMapper->addMapping(goLive, LaunchPlanModel::GoLiveAtColumn); // through the delegate
    m_launchMapper->addMapping(pushedBy, LaunchPlanModel::PushedByColumn);
    m_launchMapper->addMapping(rollout, LaunchPlanModel::RolloutColumn, "currentIndex");
    m_launchMapper->addMapping(communication, LaunchPlanModel::CommunicationColumn);
    m_launchMapper->addMapping(reasons, LaunchPlanModel::DecisionNotesColumn);
    m_launchMapper->toFirst();
    // Choices apply at once; text applies when the field loses focus.
    connect(rollout, &QComboBox::activated, m_launchMapper, &FormMapper::submit);
    // A decision may set the status too (one undo step), so it goes through the document, not the
    // mapper (which would store it on its own as the question takes the focus).
    const auto showDecision = [this, decision] {
        decision->setCurrentIndex(
            int(launchDecisions().values().indexOf(m_document->launchPlan()->plan().decision)));
    };
    showDecision();
    connect(m_document->launchPlan(), &QAbstractItemModel::dataChanged, decision, showDecision);
    connect(m_document->launchPlan(), &QAbstractItemModel::modelReset, decision, showDecision);
    connect(decision, &QComboBox::activated, this, [this, showDecision](int index) {
        const LaunchDecision chosen = launchDecisions().values().value(index, LaunchDecision::Pending);
        if (chosen != m_document->launchPlan()->plan().decision) {
            const bool markDecided = chosen != LaunchDecision::Pending && askToMarkDecided();
            m_document->setLaunchDecision(chosen, markDecided);
        }
        showDecision();
    });
    m_launchDecision = decision;

    auto *form = new QFormLayout(tab);
    form->addRow(tr("&Goes live:"), goLive);
    form->addRow(tr("&Pushed by:"), pushedBy);
    form->addRow(tr("&Rollout:"), rollout);
    form->addRow(tr("C&ommunication plan:"), communication);
    form->addRow(tr("De&cision:"), decision);
    form->addRow(tr("Rea&sons:"), reasons);
    return tab;
}

QWidget *OperabilityView::createAttendeesTab()
{
    m_attendees = new AttendeesPanel(m_document->attendees(), ReviewKind::Operability,
        tr("Representatives from Product, Development, Operations, Community/Support and QA."), this);
    return m_attendees;
}

bool OperabilityView::reveal(const QString &itemUuid)
{
    const int row = m_document->contingencies()->rowOfUuid(itemUuid);
    if (row < 0)
        return false;
    // A heatmap cell's filter that hides it is let go.
    QModelIndex index = m_proxy->mapFromSource(m_document->contingencies()->index(row, 0));
    if (!index.isValid()) {
        m_proxy->setCellFilter(std::nullopt);
        index = m_proxy->mapFromSource(m_document->contingencies()->index(row, 0));
    }
    showTabOf(m_grid);
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    m_grid->setFocus(Qt::OtherFocusReason);
    return true;
}

void OperabilityView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QTableView *view : {m_checklistView, m_grid})
        RecordGrid::setEditable(view, !readOnly);
    m_attendees->setReadOnly(readOnly);
    m_launchMapper->setReadOnly(readOnly);
    m_launchDecision->setEnabled(!readOnly);
    updateActions();
}

void OperabilityView::addContingency()
{
    const QModelIndex current = m_proxy->mapToSource(m_grid->currentIndex());
    const int row = current.isValid() ? current.row() + 1 : m_document->contingencies()->rowCount();
    // While the grid shows one heatmap cell, a new item belongs to that cell (the footer says so):
    // added anywhere else it would be a row nobody sees.
    ContingencyItem fields;
    if (const auto cell = m_proxy->cellFilter()) {
        fields.likelihood = cell->likelihood;
        fields.impact = cell->impact;
    }
    const QString uuid = m_document->contingencies()->addItem(row, fields);
    if (uuid.isEmpty())
        return;
    // Straight into typing the issue.
    RecordGrid::showNewRow(m_grid,
        m_proxy->mapFromSource(m_document->contingencies()->index(
            m_document->contingencies()->rowOfUuid(uuid), ContingencyModel::IssueColumn)));
}

void OperabilityView::deleteSelected()
{
    QStringList uuids;
    const QModelIndexList rows = m_grid->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        uuids += index.data(ContingencyModel::UuidRole).toString();
    if (uuids.isEmpty() && m_grid->currentIndex().isValid())
        uuids += m_grid->currentIndex().data(ContingencyModel::UuidRole).toString();
    m_document->contingencies()->removeItems(uuids);
}

void OperabilityView::moveCurrent(int direction)
{
    const QModelIndex current = m_grid->currentIndex();
    const int proxyRow = current.row() + direction;
    if (!current.isValid() || proxyRow < 0 || proxyRow >= m_proxy->rowCount())
        return;
    // Past the neighbour that is shown (the grid may be filtered to a heatmap cell).
    const int source = m_proxy->mapToSource(current).row();
    const int neighbour = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
    const int destination = direction < 0 ? neighbour : neighbour + 1;
    const QString uuid = current.data(ContingencyModel::UuidRole).toString();
    if (m_document->contingencies()->moveRows(QModelIndex(), source, 1, QModelIndex(), destination)) {
        const QModelIndex moved = m_proxy->mapFromSource(m_document->contingencies()->index(
            m_document->contingencies()->rowOfUuid(uuid), current.column()));
        m_grid->setCurrentIndex(moved);
    }
}

void OperabilityView::showManualOrder()
{
    m_grid->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    updateActions();
}

void OperabilityView::updateActions()
{
    const bool manual = m_grid->horizontalHeader()->sortIndicatorSection() < 0;
    const bool hasCurrent = m_grid->currentIndex().isValid();
    m_add->setEnabled(!m_readOnly);
    m_addCommon->setEnabled(!m_readOnly);
    m_delete->setEnabled(!m_readOnly && hasCurrent);
    // Reordering is by hand only in the manual order.
    m_moveUp->setEnabled(!m_readOnly && manual && hasCurrent);
    m_moveDown->setEnabled(!m_readOnly && manual && hasCurrent);
    m_manualOrder->setEnabled(!manual);
    m_grid->setDragEnabled(!m_readOnly && manual);
}

void OperabilityView::updateFilterLabel()
{
    const auto cell = m_proxy->cellFilter();
    m_showAll->setEnabled(cell.has_value());
    if (!cell) {
        m_filterLabel->setText(tr("%n contingencies. Click a heatmap cell to show only its items.", nullptr,
            m_document->contingencies()->rowCount()));
        return;
    }
    m_filterLabel->setText(tr("Showing %1 of %2: likelihood %3 (%4), impact %5 (%6). New items are added "
                              "to this cell.")
                               .arg(m_proxy->rowCount())
                               .arg(m_document->contingencies()->rowCount())
                               .arg(cell->likelihood)
                               .arg(likelihoodLabel(cell->likelihood))
                               .arg(cell->impact)
                               .arg(impactLabel(cell->impact)));
}

void OperabilityView::showEvent(QShowEvent *event)
{
    m_document->refreshIncidents();
    ReviewView::showEvent(event);
}

} // namespace Inflection
