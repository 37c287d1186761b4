// The architecture review page.
#include "architectureview.h"

#include "architecture/architecturedocument.h"
#include "architecture/commentmodel.h"
#include "architecture/departuremodel.h"
#include "architecture/proposalmodel.h"
#include "architecture/questionfilterproxymodel.h"
#include "architecture/questionmodel.h"
#include "attendeespanel.h"
#include "choicedelegate.h"
#include "commentpanel.h"
#include "domain/checklistquestion.h"
#include "formmapper.h"
#include "gridcolumns.h"
#include "multilinedelegate.h"
#include "proposalhighlighting.h"
#include "recordgrid.h"
#include "review/attendeemodel.h"
#include "review/checklistmodel.h"
#include "tabfocus.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ArchitectureView::ArchitectureView(ArchitectureDocument *document, QWidget *parent)
    : ReviewView(document, parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    followTabsWithFocus(m_tabs);
    m_tabs->addTab(createProposalTab(), tr("&Proposal"));
    m_tabs->addTab(createDeparturesTab(), tr("&Departures"));
    m_tabs->addTab(createQuestionsTab(), tr("&Questions"));
    m_tabs->addTab(createReviewTab(), tr("&Review"));
    m_tabs->addTab(createOutcomeTab(), tr("&Outcome"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_document, &ReviewDocument::reloaded, this, [this] {
        updateDepartureLabel();
        updateActions();
    });
    connect(m_document, &ReviewDocument::configChanged, this, &ArchitectureView::updateDepartureLabel);
    updateDepartureLabel();
    updateActions();
    followReadOnly();
}

ArchitectureView::~ArchitectureView()
{
    // The document outlives this view, and the editor lets go of its text only as it goes: nothing
    // they say may reach this view while it is being destroyed.
    m_editor->disconnect(this);
    m_document->proposalText()->disconnect(this);
    m_document->comments()->disconnect(this);
}

void ArchitectureView::setTextPrompt(std::function<QString(const QString &, const QString &)> prompt)
{
    m_prompt = std::move(prompt);
}

QString ArchitectureView::prompt(const QString &title, const QString &label)
{
    if (m_prompt)
        return m_prompt(title, label);
    QInputDialog dialog(this);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    // Ctrl+Enter sends, as in a thread's reply box (Enter is a new line).
    if (auto *field = dialog.findChild<QPlainTextEdit *>())
        field->installEventFilter(this);
    return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
}

bool ArchitectureView::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QPlainTextEdit *>(watched);
    auto *dialog = field ? qobject_cast<QInputDialog *>(field->window()) : nullptr;
    if (dialog && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            key->accept(); // the dialog's own key, whatever shortcuts the window has
            if (event->type() == QEvent::KeyPress)
                dialog->accept();
            return true;
        }
    }
    return ReviewView::eventFilter(watched, event);
}

QWidget *ArchitectureView::createProposalTab()
{
    auto *tab = new QWidget(this);
    m_editor = new QPlainTextEdit(tab);
    // The document's text, not a copy: its own undo history and the comments' anchors live in it. A
    // plain text editor lays it out with its own kind of layout.
    QTextDocument *text = m_document->proposalText();
    if (!qobject_cast<QPlainTextDocumentLayout *>(text->documentLayout()))
        text->setDocumentLayout(new QPlainTextDocumentLayout(text));
    m_editor->setDocument(text);
    m_editor->setAccessibleName(tr("Proposal"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = ProposalHighlighting::create(m_editor->document(), m_editor->palette(), this);

    m_preview = new QTextBrowser(tab);
    m_preview->setAccessibleName(tr("Proposal preview"));
    m_preview->setOpenLinks(false); // never followed inside the preview: handed to the desktop, if safe
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isRelative() && url.path().isEmpty() && url.hasFragment())
            m_preview->scrollToAnchor(url.fragment()); // a heading of the proposal itself
        else
            (void)m_document->openLink(url); // a refused address is shown in the window's banner
    });
    m_preview->hide();
    m_panel = new CommentPanel(m_editor, m_document->comments(), tab);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ArchitectureView::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_preview->isVisible())
            m_previewTimer->start();
    });
    connect(m_document->comments(), &CommentModel::anchorsChanged, this, &ArchitectureView::updateHighlights);
    // Resolved, reopened, replied to, gone: what the toolbar offers follows at once.
    connect(m_document->comments(), &CommentModel::anchorsChanged, this, &ArchitectureView::updateActions);
    connect(m_document->comments(), &QAbstractItemModel::dataChanged, this, &ArchitectureView::updateActions);
    connect(m_document->comments(), &QAbstractItemModel::modelReset, this, &ArchitectureView::updateActions);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QString thread = m_document->comments()->threadAt(
            m_editor->textCursor().position(), m_showResolved->isChecked());
        if (!thread.isEmpty())
            m_panel->setCurrentThread(thread);
        updateActions();
    });
    connect(m_panel, &CommentPanel::threadActivated, this, [this](const QString &uuid) {
        if (const auto range = m_document->comments()->range(uuid)) {
            QTextCursor cursor(m_editor->document());
            cursor.setPosition(range->first);
            cursor.setPosition(range->second, QTextCursor::KeepAnchor);
            m_editor->setTextCursor(cursor);
            m_editor->ensureCursorVisible();
        }
    });
    connect(m_panel, &CommentPanel::currentThreadChanged, this, [this] {
        updateHighlights();
        updateActions();
    });

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addComment = toolbar->addAction(tr("Add &Comment"), this, &ArchitectureView::addComment);
    m_addComment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_addComment->setToolTip(tr("Comment on the selected text (Ctrl+Alt+M)"));
    m_reply = toolbar->addAction(tr("Rep&ly…"), this, &ArchitectureView::replyToCurrent);
    m_resolve = toolbar->addAction(tr("Re&solve"), this,
        [this] { m_document->comments()->setResolved(m_panel->currentThread(), true); });
    m_reopen = toolbar->addAction(tr("Reope&n"), this,
        [this] { m_document->comments()->setResolved(m_panel->currentThread(), false); });
    m_deleteThread = toolbar->addAction(tr("Delete Thread"), this,
        [this] { m_document->comments()->removeThread(m_panel->currentThread()); });
    m_showResolved = toolbar->addAction(tr("Show Resolved"));
    m_showResolved->setCheckable(true);
    connect(m_showResolved, &QAction::toggled, this, [this](bool show) {
        m_panel->setShowResolved(show);
        updateHighlights();
    });
    toolbar->addSeparator();
    m_togglePreview = toolbar->addAction(tr("Pre&view"));
    m_togglePreview->setCheckable(true);
    m_togglePreview->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    connect(m_togglePreview, &QAction::toggled, this, [this](bool on) {
        m_preview->setVisible(on);
        if (on)
            updatePreview();
    });
    // The editor's context menu offers commenting too.
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = m_editor->createStandardContextMenu(at);
        menu->insertAction(menu->actions().value(0), m_addComment);
        menu->insertSeparator(menu->actions().value(1));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_editor->viewport()->mapToGlobal(at));
    });
    m_editor->addAction(m_addComment);

    auto *splitter = new QSplitter(tab);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *ArchitectureView::createDeparturesTab()
{
    auto *tab = new QWidget(this);
    m_departuresView = new QTableView(tab);
    RecordGrid::configure(m_departuresView);
    RecordGrid::setModel(m_departuresView, m_document->departures());
    m_departuresView->setAccessibleName(tr("Departures"));
    ChoiceDelegate::Choices kinds;
    for (const QString &key : departureKinds().keys())
        kinds.append({key, departureKinds().displayNameOfKey(key)});
    m_departuresView->setItemDelegateForColumn(DepartureModel::KindColumn, new ChoiceDelegate(kinds, tab));
    auto *columns = new GridColumns(m_departuresView, u"architecture/departures"_s);
    for (const int column : {int(DepartureModel::CostsColumn), int(DepartureModel::TradeoffsColumn),
             int(DepartureModel::ProhibitsColumn)}) {
        m_departuresView->setItemDelegateForColumn(column, new MultiLineDelegate(tab));
        columns->setTextColumn(column, 2);
    }
    columns->setTextColumn(DepartureModel::NameColumn, 1);
    columns->setTextColumn(DepartureModel::IncidentsColumn, 1);
    // What the radar says of a departure, beside its name: one of a few words.
    QStringList radarWords {DepartureModel::tr("new"), DepartureModel::tr("on hold")};
    for (const RadarRing ring : radarRings().values())
        radarWords.append(radarRings().displayName(ring));
    columns->setSamples(DepartureModel::RadarColumn, radarWords);
    m_departuresView->horizontalHeader()->moveSection(
        DepartureModel::RadarColumn, DepartureModel::NameColumn + 1);
    // The incidents that involved a departure: Enter or a double click on them opens the postmortem.
    connect(m_departuresView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == DepartureModel::IncidentsColumn)
            openIncidents(
                m_document->departures()->incidentsOf(index.data(DepartureModel::UuidRole).toString()),
                m_departuresView->viewport()->mapToGlobal(m_departuresView->visualRect(index).bottomLeft()));
    });

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addDeparture = toolbar->addAction(tr("&Add departure"), this, [this] {
        const QString uuid = m_document->departures()->addDeparture(m_document->departures()->rowCount());
        const QModelIndex name = m_document->departures()->index(
            m_document->departures()->rowOfUuid(uuid), DepartureModel::NameColumn);
        RecordGrid::showNewRow(m_departuresView, name);
    });
    m_deleteDeparture = toolbar->addAction(tr("&Delete"), this, [this] {
        const QModelIndex current = m_departuresView->currentIndex();
        if (current.isValid())
            m_document->departures()->removeDepartures({current.data(DepartureModel::UuidRole).toString()});
    });
    m_deleteDeparture->setShortcut(QKeySequence::Delete);
    m_deleteDeparture->setShortcutContext(Qt::WidgetShortcut);
    m_departuresView->addAction(m_deleteDeparture);
    m_markKnown = toolbar->addAction(tr("Mark as &Known Technology"), this, [this] {
        const QModelIndex current = m_departuresView->currentIndex();
        if (current.isValid())
            m_document->markKnownTechnology(current.data(DepartureModel::UuidRole).toString());
    });
    m_markKnown->setToolTip(tr("Add this technology to the workspace's well-known tools"));
    connect(m_departuresView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ArchitectureView::updateActions);
    connect(m_document->departures(), &QAbstractItemModel::dataChanged, this,
        &ArchitectureView::updateDepartureLabel);
    connect(m_document->departures(), &QAbstractItemModel::rowsInserted, this,
        &ArchitectureView::updateDepartureLabel);
    connect(m_document->departures(), &QAbstractItemModel::rowsRemoved, this,
        &ArchitectureView::updateDepartureLabel);
    connect(m_document->departures(), &QAbstractItemModel::modelReset, this,
        &ArchitectureView::updateDepartureLabel);

    m_departureLabel = new QLabel(tab);
    auto *intro
        = new QLabel(tr("A departure is a new technology or pattern (a new language, database system, "
                        "templating pattern…) that deviates from the known ways of operating the system. "
                        "What does it cost, what are its trade-offs, what will it prohibit later?"),
            tab);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(toolbar);
    layout->addWidget(m_departuresView, 1);
    layout->addWidget(m_departureLabel);
    return tab;
}

QWidget *ArchitectureView::createQuestionsTab()
{
    auto *tab = new QWidget(this);
    auto configure = [tab](QTableView *view, QAbstractItemModel *model, const QString &name) {
        RecordGrid::configure(view);
        RecordGrid::setModel(view, model);
        view->setAccessibleName(name);
        auto *columns = new GridColumns(view, u"architecture/questions"_s);
        columns->setTextColumn(QuestionModel::TextColumn, 2);
        columns->setTextColumn(QuestionModel::AnswerColumn, 2);
        view->setItemDelegateForColumn(QuestionModel::AnswerColumn, new MultiLineDelegate(tab));
    };
    m_openQuestionsView = new QTableView(tab);
    configure(m_openQuestionsView, m_document->openQuestions(), tr("Questions for the meeting"));
    m_openQuestionsView->setColumnHidden(QuestionModel::AnswerColumn, true);
    m_answeredView = new QTableView(tab);
    configure(m_answeredView, m_document->answeredQuestions(), tr("Answered questions"));

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addQuestion = toolbar->addAction(tr("&Ask a Question…"), this, [this] {
        const QString text = prompt(tr("Ask a Question"), tr("Your question for the meeting:"));
        if (!text.trimmed().isEmpty())
            m_document->questions()->addQuestion(text);
    });
    m_addQuestion->setShortcut(QKeySequence::New);
    m_addQuestion->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_vote = toolbar->addAction(
        tr("&Vote"), this, [this] { m_document->questions()->toggleVote(currentQuestion()); });
    m_vote->setToolTip(tr("One vote per person and question; again to take it back (Space)"));
    m_vote->setShortcut(QKeySequence(Qt::Key_Space));
    m_vote->setShortcutContext(Qt::WidgetShortcut);
    m_openQuestionsView->addAction(m_vote);
    m_answer = toolbar->addAction(tr("Mark &Answered…"), this, [this] {
        const QString uuid = currentQuestion();
        if (uuid.isEmpty())
            return;
        const QString text = prompt(tr("Answer"), m_document->questions()->question(uuid)->text);
        if (!text.trimmed().isEmpty())
            m_document->questions()->setAnswer(uuid, true, text.trimmed());
    });
    m_deleteQuestion = toolbar->addAction(
        tr("&Delete"), this, [this] { m_document->questions()->removeQuestion(currentQuestion()); });
    m_deleteQuestion->setShortcut(QKeySequence::Delete);
    m_deleteQuestion->setShortcutContext(Qt::WidgetShortcut);
    m_openQuestionsView->addAction(m_deleteQuestion);

    auto *intro
        = new QLabel(tr("Questions collected before the meeting, most votes first. Each person has one vote "
                        "a question. Answered in the meeting, a question moves to the list below."),
            tab);
    intro->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_openQuestionsView);
    auto *answered = new QWidget(splitter);
    auto *answeredLayout = new QVBoxLayout(answered);
    answeredLayout->setContentsMargins(0, 0, 0, 0);
    answeredLayout->addWidget(new QLabel(tr("<b>Answered</b>"), answered));
    answeredLayout->addWidget(m_answeredView, 1);
    splitter->addWidget(answered);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *ArchitectureView::createReviewTab()
{
    auto *tab = new QWidget(this);
    m_checklistView = new QTableView(tab);
    RecordGrid::configure(m_checklistView);
    RecordGrid::setModel(m_checklistView, m_document->generalQuestions());
    m_checklistView->setAccessibleName(tr("General questions"));
    ChoiceDelegate::Choices answers;
    for (const ChecklistAnswerValue value : checklistAnswers().values())
        answers.append({checklistAnswers().key(value), checklistAnswers().displayName(value)});
    m_checklistView->setItemDelegateForColumn(ChecklistModel::AnswerColumn, new ChoiceDelegate(answers, tab));
    m_checklistView->setItemDelegateForColumn(ChecklistModel::NotesColumn, new MultiLineDelegate(tab));
    auto *columns = new GridColumns(m_checklistView, u"architecture/general"_s);
    columns->setTextColumn(ChecklistModel::QuestionColumn, 3);
    columns->setTextColumn(ChecklistModel::NotesColumn, 2);
    m_attendeesPanel = new AttendeesPanel(m_document->attendees(), ReviewKind::Architecture,
        tr("The presenter, the stakeholders and the working group."), tab);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_checklistView);
    splitter->addWidget(m_attendeesPanel);
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("The general questions the meeting asks of every proposal."), tab);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *ArchitectureView::createOutcomeTab()
{
    auto *tab = new QWidget(this);
    m_decision = new QComboBox(tab);
    for (const ProposalDecision decision : proposalDecisions().values())
        m_decision->addItem(proposalDecisions().displayName(decision), proposalDecisions().key(decision));
    connect(m_decision, &QComboBox::activated, this, [this](int index) {
        const auto decision = proposalDecisions().fromKey(m_decision->itemData(index).toString());
        if (!decision || *decision == m_document->proposal()->proposal().decision)
            return;
        const bool markDecided = *decision != ProposalDecision::Pending && askToMarkDecided();
        m_document->setDecision(*decision, markDecided);
        showDecision();
    });
    connect(m_document->proposal(), &QAbstractItemModel::dataChanged, this, [this] { showDecision(); });
    auto text = [tab](const QString &placeholder) {
        auto *edit = new QPlainTextEdit(tab);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    auto *reasoning = text(tr("Why this decision"));
    auto *notes = text(tr("Detailed notes of the meeting"));
    auto *agreements = text(tr("What was agreed on the tricky components"));
    auto *learnings = text(tr("What we learned, and the questions still open"));
    m_outcomeMapper = new FormMapper(m_document->proposal(), this);
    m_outcomeMapper->addMapping(reasoning, ProposalModel::DecisionNotesColumn);
    m_outcomeMapper->addMapping(notes, ProposalModel::NotesColumn);
    m_outcomeMapper->addMapping(agreements, ProposalModel::AgreementsColumn);
    m_outcomeMapper->addMapping(learnings, ProposalModel::LearningsColumn);
    m_outcomeMapper->toFirst();
    showDecision();
    auto *form = new QFormLayout(tab);
    form->addRow(tr("De&cision:"), m_decision);
    form->addRow(tr("Rea&soning:"), reasoning);
    form->addRow(tr("&Notes:"), notes);
    form->addRow(tr("A&greements:"), agreements);
    form->addRow(tr("&Learnings and questions:"), learnings);
    return tab;
}

void ArchitectureView::showDecision()
{
    m_decision->setCurrentIndex(
        m_decision->findData(proposalDecisions().key(m_document->proposal()->proposal().decision)));
}

void ArchitectureView::addComment()
{
    QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection() || m_readOnly)
        return;
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString text
        = prompt(tr("Add Comment"), tr("Comment on “%1”:").arg(cursor.selectedText().left(60)));
    if (text.trimmed().isEmpty())
        return;
    m_document->saveNow(); // the anchor is made against the stored text
    const QString uuid = m_document->comments()->addThread(start, end, text);
    if (!uuid.isEmpty())
        m_panel->setCurrentThread(uuid);
}

void ArchitectureView::replyToCurrent()
{
    const QString thread = m_panel->currentThread();
    if (thread.isEmpty())
        return;
    m_panel->startReply(thread); // written in place, under the thread's card
}

void ArchitectureView::updateHighlights()
{
    // Laid over the syntax highlighting, without touching the document.
    QList<QTextEdit::ExtraSelection> selections;
    const QColor open(0xf2, 0xc1, 0x4e, 110);
    const QColor current(0xf2, 0xa9, 0x00, 170);
    const QColor resolved(0x9a, 0xa0, 0xa6, 60);
    const bool showResolved = m_showResolved->isChecked();
    for (int row = 0; row < m_document->comments()->rowCount(); ++row) {
        const QString uuid = m_document->comments()->threadUuid(row);
        const auto range = m_document->comments()->range(uuid);
        if (!range)
            continue;
        const bool isResolved = m_document->comments()->comment(uuid)->isResolved();
        if (isResolved && !showResolved)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(range->first);
        selection.cursor.setPosition(range->second, QTextCursor::KeepAnchor);
        selection.format.setBackground(uuid == m_panel->currentThread() ? current
                : isResolved                                            ? resolved
                                                                        : open);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

void ArchitectureView::updatePreview()
{
    // Qt's own Markdown rendering; images are not fetched (no network), only their text shows.
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setMarkdown(m_editor->toPlainText());
    m_preview->verticalScrollBar()->setValue(scroll);
}

QString ArchitectureView::currentQuestion() const
{
    const QModelIndex index = m_openQuestionsView->hasFocus() || !m_answeredView->currentIndex().isValid()
        ? m_openQuestionsView->currentIndex()
        : m_answeredView->currentIndex();
    return index.data(QuestionModel::UuidRole).toString();
}

void ArchitectureView::updateDepartureLabel()
{
    updateActions();
    const int fresh = m_document->departures()->newTechnologyCount();
    const int onHold = m_document->departures()->onHoldCount();
    QString text = fresh == 0 && onHold == 0 ? tr("No new technology: every departure is a known technology.")
        : fresh == 0                         ? tr("No new technology.")
                                             : tr("New technology in this proposal: %1.").arg(fresh);
    if (onHold > 0)
        text += u' ' + tr("On hold on the radar: %1.").arg(onHold);
    m_departureLabel->setText(text);
}

void ArchitectureView::updateActions()
{
    const QString thread = m_panel->currentThread();
    const Comment *c = thread.isEmpty() ? nullptr : m_document->comments()->comment(thread);
    m_addComment->setEnabled(!m_readOnly && m_editor->textCursor().hasSelection());
    m_reply->setEnabled(!m_readOnly && c);
    m_resolve->setEnabled(!m_readOnly && c && !c->isResolved());
    m_reopen->setEnabled(!m_readOnly && c && c->isResolved());
    m_deleteThread->setEnabled(!m_readOnly && c);
    // Only a departure that is new technology can be marked known.
    if (m_markKnown) {
        const QModelIndex departure = m_departuresView->currentIndex();
        m_markKnown->setEnabled(
            !m_readOnly && departure.isValid() && departure.data(DepartureModel::NewTechnologyRole).toBool());
    }
}

bool ArchitectureView::reveal(const QString &itemUuid)
{
    const int row = m_document->departures()->rowOfUuid(itemUuid);
    if (row < 0)
        return false;
    showTabOf(m_departuresView);
    const QModelIndex index = m_document->departures()->index(row, DepartureModel::NameColumn);
    m_departuresView->setCurrentIndex(index);
    m_departuresView->scrollTo(index);
    m_departuresView->setFocus(Qt::OtherFocusReason);
    return true;
}

void ArchitectureView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_editor->setTextInteractionFlags(
        readOnly ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard : Qt::TextEditorInteraction);
    for (QTableView *view : {m_departuresView, m_openQuestionsView, m_answeredView, m_checklistView})
        RecordGrid::setEditable(view, !readOnly);
    m_attendeesPanel->setReadOnly(readOnly);
    for (QAction *action :
        {m_addDeparture, m_deleteDeparture, m_markKnown, m_addQuestion, m_vote, m_answer, m_deleteQuestion})
        action->setEnabled(!readOnly);
    m_outcomeMapper->setReadOnly(readOnly);
    m_decision->setEnabled(!readOnly);
    updateActions();
}

void ArchitectureView::showEvent(QShowEvent *event)
{
    m_document->refreshIncidents();
    ReviewView::showEvent(event);
}

} // namespace Inflection
