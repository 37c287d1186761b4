// "Did we foresee it?": linking a postmortem to the contingency items and departures of other reviews.
#include "foresightpanel.h"

#include "choicedelegate.h"
#include "domain/contingencyitem.h"
#include "gridcolumns.h"
#include "postmortem/incidentlinkmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "recordgrid.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ForesightPanel::ForesightPanel(PostmortemDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_linksView(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_candidates(new QListWidget(this))
    , m_verdict(new QComboBox(this))
    , m_linkButton(new QPushButton(tr("Link"), this))
    , m_notForeseen(
          new QCheckBox(tr("Not foreseen: no contingency item of an operability review foresaw this "
                           "incident"),
              this))
    , m_note(new QLabel(this))
{
    IncidentLinkModel *links = m_document->foresight();
    RecordGrid::configure(m_linksView);
    RecordGrid::setModel(m_linksView, links);
    m_linksView->setAccessibleName(tr("Linked items"));
    ChoiceDelegate::Choices verdicts;
    for (const ForesightVerdict verdict :
        {ForesightVerdict::Worked, ForesightVerdict::DidNotHold, ForesightVerdict::Related})
        verdicts.append({foresightVerdicts().key(verdict), foresightVerdicts().displayName(verdict)});
    m_linksView->setItemDelegateForColumn(
        IncidentLinkModel::VerdictColumn, new ChoiceDelegate(verdicts, this));
    auto *columns = new GridColumns(m_linksView, u"postmortem/foresight"_s);
    // The item's own text first: the review and the rating make room for it.
    columns->setTextColumn(IncidentLinkModel::ItemColumn, 3, 60);
    columns->setTextColumn(IncidentLinkModel::ReviewColumn, 1, 20);
    columns->setTextColumn(IncidentLinkModel::RatingColumn, 1, 16);
    // Enter or a double click on the item, its review or its rating opens the review (the verdict is
    // edited in place).
    // Enter that ends an edit of the verdict reaches the view too: on the verdict it never opens.
    connect(m_linksView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != IncidentLinkModel::VerdictColumn)
            openCurrent();
    });

    // No Alt+letter here: the page's other tabs hold nearly every letter; Tab reaches each field.
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open = toolbar->addAction(tr("Open its review"), this, &ForesightPanel::openCurrent);
    m_open->setToolTip(tr("Open the review the linked item is in (Enter)"));
    m_remove = toolbar->addAction(tr("Remove link"), this, &ForesightPanel::removeSelected);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setToolTip(tr("Remove the selected links (Delete)"));
    m_linksView->addAction(m_remove);

    // The candidates: contingency items or departures, the postmortem's system first.
    m_kind->addItem(
        tr("Contingency items of operability reviews"), linkTargetKinds().key(LinkTargetKind::Contingency));
    m_kind->addItem(
        tr("Departures of architecture reviews"), linkTargetKinds().key(LinkTargetKind::Departure));
    m_kind->setAccessibleName(tr("What to link"));
    m_search->setPlaceholderText(tr("Search all reviews (Enter links the chosen one)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search items to link"));
    m_candidates->setAccessibleName(tr("Items to link"));
    m_candidates->setUniformItemSizes(true);
    m_candidates->setWordWrap(false);
    for (const ForesightVerdict verdict :
        {ForesightVerdict::Worked, ForesightVerdict::DidNotHold, ForesightVerdict::Related})
        m_verdict->addItem(foresightVerdicts().displayName(verdict), foresightVerdicts().key(verdict));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_link = new QAction(tr("Link"), this);
    m_link->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_link->setShortcutContext(Qt::WidgetShortcut);
    m_candidates->addAction(m_link);
    connect(m_link, &QAction::triggered, this, &ForesightPanel::linkCurrent);
    connect(m_linkButton, &QPushButton::clicked, this, &ForesightPanel::linkCurrent);
    connect(m_search, &QLineEdit::returnPressed, this, &ForesightPanel::linkCurrent);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &ForesightPanel::linkCurrent);
    connect(m_search, &QLineEdit::textChanged, this, &ForesightPanel::refreshCandidates);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ForesightPanel::refreshCandidates);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &ForesightPanel::updateState);
    // Up and Down in the search field move through the candidates, as in a completer.
    m_search->installEventFilter(this);

    connect(m_notForeseen, &QCheckBox::clicked, this,
        [this](bool checked) { m_document->incident()->setField(IncidentField::NotForeseen, checked); });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(links),
             static_cast<QAbstractItemModel *>(m_document->incident())}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ForesightPanel::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &ForesightPanel::updateState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ForesightPanel::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ForesightPanel::updateState);
    }
    connect(m_linksView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ForesightPanel::updateState);
    // Another review's items may have come or gone.
    connect(m_document, &ReviewDocument::reloaded, this, &ForesightPanel::refreshCandidates);
    m_note->setWordWrap(true);

    auto *intro = new QLabel(tr("Was this incident one of the contingency items an operability review "
                                "foresaw? Link each it was, with whether its mitigation held, and the "
                                "departures (new technologies) it involved."),
        this);
    intro->setWordWrap(true);
    auto *linked = new QLabel(tr("Linked to this incident:"), this);
    linked->setBuddy(m_linksView);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(linked);
    leftLayout->addWidget(m_linksView, 1);
    leftLayout->addWidget(toolbar);

    auto *findLabel = new QLabel(tr("Find items to link:"), this);
    findLabel->setBuddy(m_search);
    auto *verdictRow = new QHBoxLayout;
    auto *verdictLabel = new QLabel(tr("As:"), this);
    verdictLabel->setBuddy(m_verdict);
    verdictRow->addWidget(verdictLabel);
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_linkButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(findLabel);
    rightLayout->addWidget(m_kind);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_candidates, 1);
    m_candidatesNote = new QLabel(this);
    m_candidatesNote->setObjectName(u"candidatesNote"_s);
    m_candidatesNote->setWordWrap(true);
    m_candidatesNote->hide();
    rightLayout->addWidget(m_candidatesNote);
    rightLayout->addLayout(verdictRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notForeseen);
    layout->addWidget(m_note);
    refreshCandidates();
}

bool ForesightPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_candidates->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_candidates->count())
                m_candidates->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ForesightPanel::refreshCandidates()
{
    const auto kind = linkTargetKinds().fromKey(m_kind->currentData().toString());
    const LinkTargetKind k = kind.value_or(LinkTargetKind::Contingency);
    const Review *review = m_document->review();
    const QString system = review ? review->system : QString();
    const QString current = m_candidates->currentItem()
        ? m_candidates->currentItem()->data(Qt::UserRole).toString()
        : QString();
    m_candidates->clear();
    m_shown.clear();
    const Result<QList<LinkTarget>> found
        = m_document->foresight()->candidates(k, system, m_search->text().simplified());
    if (!found) {
        m_note->setText(found.message());
    } else {
        m_shown = *found;
    }
    int currentRow = m_shown.isEmpty() ? -1 : 0;
    for (const LinkTarget &t : std::as_const(m_shown)) {
        //: A candidate to link: the item's text, its review's title and the review's system.
        const QString text = t.system.isEmpty() ? tr("%1 — %2").arg(t.text, t.reviewTitle)
                                                : tr("%1 — %2 (%3)").arg(t.text, t.reviewTitle, t.system);
        auto *item = new QListWidgetItem(text, m_candidates);
        item->setData(Qt::UserRole, t.uuid);
        if (k == LinkTargetKind::Contingency)
            item->setToolTip(
                tr("%1\nIn “%2”. Likelihood: %3, impact: %4")
                    .arg(t.text, t.reviewTitle, likelihoodLabel(t.likelihood), impactLabel(t.impact)));
        else
            item->setToolTip(tr("%1\nIn “%2”").arg(t.text, t.reviewTitle));
        if (t.uuid == current)
            currentRow = m_candidates->count() - 1;
    }
    m_candidates->setCurrentRow(currentRow);
    // An empty list says why: nothing matches the words, or no review has such items yet.
    const QString words = m_search->text().simplified();
    QString why;
    if (found && m_shown.isEmpty()) {
        why = !words.isEmpty()                 ? tr("Nothing matches “%1”.").arg(words)
            : k == LinkTargetKind::Contingency ? tr("No operability review has contingency items yet.")
                                               : tr("No architecture review has departures yet.");
    }
    m_candidatesNote->setText(why);
    m_candidatesNote->setVisible(!why.isEmpty());
    m_verdict->setEnabled(!m_readOnly && k == LinkTargetKind::Contingency);
    updateState();
}

void ForesightPanel::linkCurrent()
{
    const int row = m_candidates->currentRow();
    if (m_readOnly || row < 0 || row >= m_shown.size())
        return;
    const LinkTarget &target = m_shown.at(row);
    IncidentLinkModel *links = m_document->foresight();
    if (links->isLinked(target.uuid)) {
        m_note->setText(tr("“%1” is linked already.").arg(target.text));
        return;
    }
    const ForesightVerdict verdict = foresightVerdicts()
                                         .fromKey(m_verdict->currentData().toString())
                                         .value_or(ForesightVerdict::Related);
    const bool foreseen = target.kind == LinkTargetKind::Contingency && verdict != ForesightVerdict::Related;
    const bool clearNotForeseen = foreseen && m_document->incident()->facts().notForeseen;
    QUndoStack *stack = m_document->undoStack();
    if (clearNotForeseen)
        stack->beginMacro(tr("Link “%1”").arg(target.text));
    const QString uuid = links->link(target, verdict);
    if (clearNotForeseen) {
        if (!uuid.isEmpty())
            m_document->incident()->setField(IncidentField::NotForeseen, false);
        stack->endMacro();
    }
    if (uuid.isEmpty())
        return;
    m_linksView->setCurrentIndex(links->index(links->rowOfUuid(uuid), IncidentLinkModel::ItemColumn));
    updateState();
}

void ForesightPanel::removeSelected()
{
    if (m_readOnly)
        return;
    QStringList uuids;
    const QModelIndexList rows = m_linksView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        uuids += index.data(IncidentLinkModel::UuidRole).toString();
    if (uuids.isEmpty() && m_linksView->currentIndex().isValid())
        uuids += m_linksView->currentIndex().data(IncidentLinkModel::UuidRole).toString();
    if (!uuids.isEmpty())
        m_document->foresight()->removeItems(uuids);
}

void ForesightPanel::openCurrent()
{
    const QModelIndex current = m_linksView->currentIndex();
    const QString review
        = current.isValid() ? current.data(IncidentLinkModel::TargetReviewRole).toString() : QString();
    if (!review.isEmpty())
        Q_EMIT openItemRequested(review, current.data(IncidentLinkModel::TargetRole).toString());
}

void ForesightPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    RecordGrid::setEditable(m_linksView, !readOnly);
    for (QWidget *widget : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_search),
             static_cast<QWidget *>(m_candidates), static_cast<QWidget *>(m_verdict),
             static_cast<QWidget *>(m_linkButton)})
        widget->setEnabled(!readOnly);
    refreshCandidates();
}

void ForesightPanel::updateState()
{
    IncidentLinkModel *links = m_document->foresight();
    const QModelIndex current = m_linksView->currentIndex();
    m_remove->setEnabled(!m_readOnly && current.isValid());
    m_open->setEnabled(
        current.isValid() && !current.data(IncidentLinkModel::TargetReviewRole).toString().isEmpty());
    const int row = m_candidates->currentRow();
    const bool canLink
        = !m_readOnly && row >= 0 && row < m_shown.size() && !links->isLinked(m_shown.at(row).uuid);
    m_link->setEnabled(canLink);
    m_linkButton->setEnabled(canLink);

    // "Not foreseen" and a link that says foreseen cannot both hold: while one does, the box can only
    // be cleared.
    const bool notForeseen = m_document->incident()->facts().notForeseen;
    const bool foreseen = links->anyForeseen();
    m_notForeseen->setChecked(notForeseen);
    m_notForeseen->setEnabled(!m_readOnly && (!foreseen || notForeseen));
    m_notForeseen->setToolTip(foreseen && !notForeseen
            ? tr("A linked contingency item says this incident was foreseen.")
            : tr("Check when none of the operability reviews' contingency items was this incident."));
    if (foreseen && notForeseen)
        m_note->setText(tr("Recorded as not foreseen, yet a linked contingency item says it was foreseen: "
                           "clear “Not foreseen” or change the item's verdict."));
    else if (foreseen)
        m_note->setText(tr("Foreseen: a contingency item linked above was this incident."));
    else if (notForeseen)
        m_note->setText(tr("Recorded as not foreseen."));
    else
        m_note->setText(tr("Not recorded yet whether this incident was foreseen."));
}

} // namespace Inflection
