// The architecture review page.
#include "architectureview.h"

#include "attendeemodel.h"
#include "attendeespanel.h"
#include "checklistmodel.h"
#include "choicedelegate.h"
#include "commentmodel.h"
#include "commentpanel.h"
#include "departuremodel.h"
#include "domain/checklistquestion.h"
#include "multilinedelegate.h"
#include "proposalhighlighting.h"
#include "proposalmodel.h"
#include "questionfilterproxymodel.h"
#include "questionmodel.h"
#include "recordtable.h"
#include "store/attendeerepository.h"
#include "store/checklistrepository.h"
#include "store/commentrepository.h"
#include "store/departurerepository.h"
#include "store/knowntechnologyrepository.h"
#include "store/proposalrepository.h"
#include "store/questionrepository.h"
#include "store/workspace.h"
#include "tabfocus.h"

#include <QAction>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
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

ArchitectureView::ArchitectureView(
    Workspace *workspace, qint64 reviewId, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proposalRepository(std::make_unique<ProposalRepository>(workspace))
    , m_commentRepository(std::make_unique<CommentRepository>(workspace))
    , m_departureRepository(std::make_unique<DepartureRepository>(workspace))
    , m_questionRepository(std::make_unique<QuestionRepository>(workspace))
    , m_checklistRepository(std::make_unique<ChecklistRepository>(workspace))
    , m_attendeeRepository(std::make_unique<AttendeeRepository>(workspace))
    , m_knownRepository(std::make_unique<KnownTechnologyRepository>(workspace))
    , m_proposal(new ProposalModel(m_proposalRepository.get(), reviewId, this))
    , m_comments(new CommentModel(m_commentRepository.get(), reviewId, workspace->author(), this))
    , m_departures(new DepartureModel(m_departureRepository.get(), reviewId, this))
    , m_questions(new QuestionModel(m_questionRepository.get(), reviewId, workspace->author(), this))
    , m_openQuestions(new QuestionFilterProxyModel(false, this))
    , m_answeredQuestions(new QuestionFilterProxyModel(true, this))
    , m_checklist(
          new ChecklistModel(m_checklistRepository.get(), reviewId, architectureGeneralQuestions(), this))
    , m_attendees(new AttendeeModel(m_attendeeRepository.get(), reviewId, this))
    , m_tabs(new QTabWidget(this))
{
    m_proposal->setUndoStack(undoStack);
    m_comments->setUndoStack(undoStack);
    m_departures->setUndoStack(undoStack);
    m_questions->setUndoStack(undoStack);
    m_checklist->setUndoStack(undoStack);
    m_attendees->setUndoStack(undoStack);
    m_openQuestions->setSourceModel(m_questions);
    m_answeredQuestions->setSourceModel(m_questions);
    for (QObject *model : std::initializer_list<QObject *> {m_proposal, m_departures, m_checklist}) {
        connect(model, SIGNAL(conflictOccurred(Inflection::EditConflict)), this,
            SIGNAL(conflicted(Inflection::EditConflict)));
        connect(model, SIGNAL(errorOccurred(QString)), this, SIGNAL(problem(QString)));
    }
    connect(m_comments, &CommentModel::conflictOccurred, this, &ArchitectureView::conflicted);
    connect(m_comments, &CommentModel::errorOccurred, this, &ArchitectureView::problem);
    connect(m_questions, &QuestionModel::conflictOccurred, this, &ArchitectureView::conflicted);
    connect(m_questions, &QuestionModel::errorOccurred, this, &ArchitectureView::problem);

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
    reload();
}

ArchitectureView::~ArchitectureView()
{
    // Nothing typed is lost when the page closes.
    saveNow();
}

void ArchitectureView::setTextPrompt(std::function<QString(const QString &, const QString &)> prompt)
{
    m_prompt = std::move(prompt);
}

QString ArchitectureView::prompt(const QString &title, const QString &label)
{
    if (m_prompt)
        return m_prompt(title, label);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, title, label, QString(), &ok);
    return ok ? text : QString();
}

QWidget *ArchitectureView::createProposalTab()
{
    auto *tab = new QWidget(this);
    m_editor = new QPlainTextEdit(tab);
    m_editor->setAccessibleName(tr("Proposal"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = ProposalHighlighting::create(m_editor->document(), m_editor->palette());
    m_comments->setDocument(m_editor->document());

    m_preview = new QTextBrowser(tab);
    m_preview->setAccessibleName(tr("Proposal preview"));
    m_preview->setOpenLinks(false); // no network: links are shown, not followed
    m_preview->hide();
    m_panel = new CommentPanel(m_editor, m_comments, tab);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, this, &ArchitectureView::saveNow);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ArchitectureView::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_saveTimer->start();
        if (m_preview->isVisible())
            m_previewTimer->start();
    });
    connect(m_comments, &CommentModel::anchorsChanged, this, &ArchitectureView::updateHighlights);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QString thread
            = m_comments->threadAt(m_editor->textCursor().position(), m_showResolved->isChecked());
        if (!thread.isEmpty())
            m_panel->setCurrentThread(thread);
        updateActions();
    });
    connect(m_panel, &CommentPanel::threadActivated, this, [this](const QString &uuid) {
        if (const auto range = m_comments->range(uuid)) {
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
    m_resolve = toolbar->addAction(
        tr("Re&solve"), this, [this] { m_comments->setResolved(m_panel->currentThread(), true); });
    m_reopen = toolbar->addAction(
        tr("Reope&n"), this, [this] { m_comments->setResolved(m_panel->currentThread(), false); });
    m_deleteThread = toolbar->addAction(
        tr("Delete Thread"), this, [this] { m_comments->removeThread(m_panel->currentThread()); });
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
    RecordTable::configure(m_departuresView);
    m_departuresView->setModel(m_departures);
    m_departuresView->setAccessibleName(tr("Departures"));
    ChoiceDelegate::Choices kinds;
    for (const QString &key : departureKindKeys())
        kinds.append({key, departureKindDisplayName(key)});
    m_departuresView->setItemDelegateForColumn(DepartureModel::KindColumn, new ChoiceDelegate(kinds, tab));
    for (const int column : {int(DepartureModel::CostsColumn), int(DepartureModel::TradeoffsColumn),
             int(DepartureModel::ProhibitsColumn)}) {
        m_departuresView->setItemDelegateForColumn(column, new MultiLineDelegate(tab));
        m_departuresView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    const int ch = m_departuresView->fontMetrics().averageCharWidth();
    m_departuresView->setColumnWidth(DepartureModel::KindColumn, ch * 18);
    m_departuresView->setColumnWidth(DepartureModel::NameColumn, ch * 24);

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addDeparture = toolbar->addAction(tr("&Add departure"), this, [this] {
        const QString uuid = m_departures->addDeparture(m_departures->rowCount());
        const QModelIndex name
            = m_departures->index(m_departures->rowOfUuid(uuid), DepartureModel::NameColumn);
        if (name.isValid()) {
            m_departuresView->setCurrentIndex(name);
            m_departuresView->edit(name);
        }
    });
    m_deleteDeparture = toolbar->addAction(tr("&Delete"), this, [this] {
        const QModelIndex current = m_departuresView->currentIndex();
        if (current.isValid())
            m_departures->removeDepartures({current.data(DepartureModel::UuidRole).toString()});
    });
    m_deleteDeparture->setShortcut(QKeySequence::Delete);
    m_deleteDeparture->setShortcutContext(Qt::WidgetShortcut);
    m_departuresView->addAction(m_deleteDeparture);
    m_markKnown = toolbar->addAction(tr("Mark as &Known Technology"), this, [this] {
        const QModelIndex current = m_departuresView->currentIndex();
        const Departure *d = current.isValid()
            ? m_departures->recordByUuid(current.data(DepartureModel::UuidRole).toString())
            : nullptr;
        QString error;
        if (d && !m_knownRepository->add(d->kind, d->name, &error))
            Q_EMIT problem(error);
        m_departures->setKnownTechnologies(m_knownRepository->names());
        updateDepartureLabel();
    });
    m_markKnown->setToolTip(tr("Add this technology to the workspace's well-known tools"));
    connect(m_departures, &QAbstractItemModel::dataChanged, this, &ArchitectureView::updateDepartureLabel);
    connect(m_departures, &QAbstractItemModel::rowsInserted, this, &ArchitectureView::updateDepartureLabel);
    connect(m_departures, &QAbstractItemModel::rowsRemoved, this, &ArchitectureView::updateDepartureLabel);
    connect(m_departures, &QAbstractItemModel::modelReset, this, &ArchitectureView::updateDepartureLabel);

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
        RecordTable::configure(view);
        view->setModel(model);
        view->setAccessibleName(name);
        view->horizontalHeader()->setSectionResizeMode(QuestionModel::TextColumn, QHeaderView::Stretch);
        view->horizontalHeader()->setSectionResizeMode(QuestionModel::AnswerColumn, QHeaderView::Stretch);
        const int ch = view->fontMetrics().averageCharWidth();
        view->setColumnWidth(QuestionModel::VotesColumn, ch * 9);
        view->setColumnWidth(QuestionModel::AuthorColumn, ch * 16);
        view->setItemDelegateForColumn(QuestionModel::AnswerColumn, new MultiLineDelegate(tab));
    };
    m_openQuestionsView = new QTableView(tab);
    configure(m_openQuestionsView, m_openQuestions, tr("Questions for the meeting"));
    m_openQuestionsView->setColumnHidden(QuestionModel::AnswerColumn, true);
    m_answeredView = new QTableView(tab);
    configure(m_answeredView, m_answeredQuestions, tr("Answered questions"));

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addQuestion = toolbar->addAction(tr("&Ask a Question…"), this, [this] {
        const QString text = prompt(tr("Ask a Question"), tr("Your question for the meeting:"));
        if (!text.trimmed().isEmpty())
            m_questions->addQuestion(text);
    });
    m_addQuestion->setShortcut(QKeySequence::New);
    m_addQuestion->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_vote = toolbar->addAction(tr("&Vote"), this, [this] { m_questions->toggleVote(currentQuestion()); });
    m_vote->setToolTip(tr("One vote per person and question; again to take it back (Space)"));
    m_vote->setShortcut(QKeySequence(Qt::Key_Space));
    m_vote->setShortcutContext(Qt::WidgetShortcut);
    m_openQuestionsView->addAction(m_vote);
    m_answer = toolbar->addAction(tr("Mark &Answered…"), this, [this] {
        const QString uuid = currentQuestion();
        if (uuid.isEmpty())
            return;
        const QString text = prompt(tr("Answer"), m_questions->question(uuid)->text);
        if (!text.trimmed().isEmpty())
            m_questions->setAnswer(uuid, true, text.trimmed());
    });
    m_deleteQuestion
        = toolbar->addAction(tr("&Delete"), this, [this] { m_questions->removeQuestion(currentQuestion()); });
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
    RecordTable::configure(m_checklistView);
    m_checklistView->setModel(m_checklist);
    m_checklistView->setAccessibleName(tr("General questions"));
    ChoiceDelegate::Choices answers;
    for (const ChecklistAnswerValue value : allChecklistAnswers())
        answers.append({checklistAnswerKey(value), checklistAnswerDisplayName(value)});
    m_checklistView->setItemDelegateForColumn(ChecklistModel::AnswerColumn, new ChoiceDelegate(answers, tab));
    m_checklistView->setItemDelegateForColumn(ChecklistModel::NotesColumn, new MultiLineDelegate(tab));
    m_checklistView->horizontalHeader()->setSectionResizeMode(
        ChecklistModel::QuestionColumn, QHeaderView::Stretch);
    m_checklistView->horizontalHeader()->setSectionResizeMode(
        ChecklistModel::NotesColumn, QHeaderView::Stretch);
    m_checklistView->setColumnWidth(
        ChecklistModel::AnswerColumn, m_checklistView->fontMetrics().averageCharWidth() * 10);
    m_attendeesPanel = new AttendeesPanel(m_attendees, ReviewKind::Architecture,
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
    for (const QString &key : proposalDecisionKeys())
        m_decision->addItem(proposalDecisionDisplayName(key), key);
    connect(m_decision, &QComboBox::activated, this,
        [this](int index) { m_proposal->setField(ProposalField::Decision, m_decision->itemData(index)); });
    connect(m_proposal, &QAbstractItemModel::dataChanged, this,
        [this] { m_decision->setCurrentIndex(m_decision->findData(m_proposal->proposal().decision)); });
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
    m_outcomeMapper = new QDataWidgetMapper(this);
    m_outcomeMapper->setModel(m_proposal);
    m_outcomeMapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_outcomeMapper->addMapping(reasoning, ProposalModel::DecisionNotesColumn, "plainText");
    m_outcomeMapper->addMapping(notes, ProposalModel::NotesColumn, "plainText");
    m_outcomeMapper->addMapping(agreements, ProposalModel::AgreementsColumn, "plainText");
    m_outcomeMapper->addMapping(learnings, ProposalModel::LearningsColumn, "plainText");
    m_outcomeMapper->toFirst();
    m_outcomeEditors = {m_decision, reasoning, notes, agreements, learnings};
    auto *form = new QFormLayout(tab);
    form->addRow(tr("De&cision:"), m_decision);
    form->addRow(tr("Rea&soning:"), reasoning);
    form->addRow(tr("&Notes:"), notes);
    form->addRow(tr("A&greements:"), agreements);
    form->addRow(tr("&Learnings and questions:"), learnings);
    return tab;
}

void ArchitectureView::loadBody()
{
    QString body = m_proposal->proposal().body;
    const bool never = m_proposal->proposal().id == 0 && body.isEmpty();
    if (never)
        body = proposalTemplate(); // a new proposal starts from the talk's sections
    const QString shown = m_editor->toPlainText();
    if (body == shown)
        return;
    m_loading = true;
    if (shown.isEmpty()) {
        m_comments->setDocument(nullptr);
        m_editor->setPlainText(body);
        m_comments->setDocument(m_editor->document());
    } else {
        // Only the part that differs is replaced, in one step: the cursor, the selection and the
        // comments' anchors elsewhere stay where they were.
        qsizetype head = 0;
        while (head < body.size() && head < shown.size() && body.at(head) == shown.at(head))
            ++head;
        qsizetype tail = 0;
        while (tail < body.size() - head && tail < shown.size() - head
            && body.at(body.size() - 1 - tail) == shown.at(shown.size() - 1 - tail))
            ++tail;
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(int(head));
        cursor.setPosition(int(shown.size() - tail), QTextCursor::KeepAnchor);
        cursor.insertText(body.mid(head, body.size() - tail - head));
    }
    m_loading = false;
    m_dirty = false;
}

void ArchitectureView::reload()
{
    QString error;
    if (!m_proposal->reload(&error) || !m_comments->reload(&error) || !m_departures->reload(&error)
        || !m_questions->reload(&error) || !m_checklist->reload(&error) || !m_attendees->reload(&error))
        Q_EMIT problem(error);
    m_departures->setKnownTechnologies(m_knownRepository->names());
    // Text being typed stays; it is saved over theirs, theirs kept in the history.
    if (!m_dirty)
        loadBody();
    updateDepartureLabel();
    updateActions();
}

void ArchitectureView::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_readOnly)
        return;
    if (m_proposal->saveBody(m_editor->toPlainText())) {
        loadBody(); // after a merge with someone else's edit, theirs comes into the text
        m_comments->storeAnchors();
        m_dirty = false;
    }
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
    saveNow(); // the anchor is made against the stored text
    const QString uuid = m_comments->addThread(start, end, text);
    if (!uuid.isEmpty())
        m_panel->setCurrentThread(uuid);
}

void ArchitectureView::replyToCurrent()
{
    const QString thread = m_panel->currentThread();
    if (thread.isEmpty())
        return;
    const QString text = prompt(tr("Reply"), tr("Your reply:"));
    if (!text.trimmed().isEmpty())
        m_comments->reply(thread, text);
}

void ArchitectureView::updateHighlights()
{
    // Laid over the syntax highlighting, without touching the document.
    QList<QTextEdit::ExtraSelection> selections;
    const QColor open(0xf2, 0xc1, 0x4e, 110);
    const QColor current(0xf2, 0xa9, 0x00, 170);
    const QColor resolved(0x9a, 0xa0, 0xa6, 60);
    const bool showResolved = m_showResolved->isChecked();
    for (int row = 0; row < m_comments->rowCount(); ++row) {
        const QString uuid = m_comments->threadUuid(row);
        const auto range = m_comments->range(uuid);
        if (!range)
            continue;
        const bool isResolved = m_comments->comment(uuid)->isResolved();
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
    const int fresh = m_departures->newTechnologyCount();
    m_departureLabel->setText(fresh == 0 ? tr("No new technology: every departure is a known technology.")
                                         : tr("New technology in this proposal: %1").arg(fresh));
}

void ArchitectureView::updateActions()
{
    const QString thread = m_panel->currentThread();
    const Comment *c = thread.isEmpty() ? nullptr : m_comments->comment(thread);
    m_addComment->setEnabled(!m_readOnly && m_editor->textCursor().hasSelection());
    m_reply->setEnabled(!m_readOnly && c);
    m_resolve->setEnabled(!m_readOnly && c && !c->isResolved());
    m_reopen->setEnabled(!m_readOnly && c && c->isResolved());
    m_deleteThread->setEnabled(!m_readOnly && c);
}

void ArchitectureView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    for (QTableView *view : {m_departuresView, m_openQuestionsView, m_answeredView, m_checklistView})
        RecordTable::setEditable(view, !readOnly);
    m_attendeesPanel->setReadOnly(readOnly);
    for (QAction *action :
        {m_addDeparture, m_deleteDeparture, m_markKnown, m_addQuestion, m_vote, m_answer, m_deleteQuestion})
        action->setEnabled(!readOnly);
    for (QWidget *editor : std::as_const(m_outcomeEditors))
        editor->setEnabled(!readOnly);
    updateActions();
}

} // namespace Inflection
