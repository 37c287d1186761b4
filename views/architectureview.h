// An architecture review's own content: the proposal (Markdown, highlighted, previewed, saved as it
// is typed) with inline comment threads beside it; departures from known technology; the question
// board; the general questions and attendees; the outcome and decision.
#pragma once

#include "reviewview.h"

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace Inflection {

class FormMapper;
class ArchitectureDocument;
class AttendeeModel;
class AttendeesPanel;
class ChecklistModel;
class CommentModel;
class CommentPanel;
class DepartureModel;
class ProposalModel;
class QuestionFilterProxyModel;
class QuestionModel;

class ArchitectureView : public ReviewView
{
    Q_OBJECT
public:
    ArchitectureView(ArchitectureDocument *document, QWidget *parent = nullptr);
    ~ArchitectureView() override;

    ArchitectureDocument *architecture() const { return m_document; }
    QTabWidget *tabs() const override { return m_tabs; }
    bool reveal(const QString &itemUuid) override;
    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    CommentPanel *commentPanel() const { return m_panel; }
    QTableView *openQuestionsView() const { return m_openQuestionsView; }
    QTableView *answeredQuestionsView() const { return m_answeredView; }
    QTableView *departuresView() const { return m_departuresView; }
    // Says how many departures are new technology, and how many on hold.
    QLabel *departureLabel() const { return m_departureLabel; }
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }
    QAction *addCommentAction() const { return m_addComment; }
    QAction *replyAction() const { return m_reply; }
    QAction *resolveAction() const { return m_resolve; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *markKnownAction() const { return m_markKnown; }
    QAction *showResolvedAction() const { return m_showResolved; }
    QAction *previewAction() const { return m_togglePreview; }
    QAction *voteAction() const { return m_vote; }
    QAction *answerAction() const { return m_answer; }
    // Comments ask for their text; tests answer in place of the dialog.
    void setTextPrompt(std::function<QString(const QString &title, const QString &label)> prompt);

protected:
    // Ctrl+Enter in the comment dialog's text sends it, as in a thread's reply box.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void setReadOnly(bool readOnly) override;
    // Shown again (after work on a postmortem, say): the incidents linked to the departures are read again.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createProposalTab();
    QWidget *createDeparturesTab();
    QWidget *createQuestionsTab();
    QWidget *createReviewTab();
    QWidget *createOutcomeTab();
    void showDecision();
    void addComment();
    void replyToCurrent();
    void updateHighlights();
    void updatePreview();
    void updateActions();
    void updateDepartureLabel();
    QString currentQuestion() const;
    QString prompt(const QString &title, const QString &label);

    ArchitectureDocument *m_document;

    QTabWidget *m_tabs;
    QPlainTextEdit *m_editor = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QTextBrowser *m_preview = nullptr;
    CommentPanel *m_panel = nullptr;
    QTimer *m_previewTimer = nullptr;
    QAction *m_addComment = nullptr;
    QAction *m_reply = nullptr;
    QAction *m_resolve = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_deleteThread = nullptr;
    QAction *m_showResolved = nullptr;
    QAction *m_togglePreview = nullptr;
    QTableView *m_departuresView = nullptr;
    QLabel *m_departureLabel = nullptr;
    QAction *m_addDeparture = nullptr;
    QAction *m_deleteDeparture = nullptr;
    QAction *m_markKnown = nullptr;
    QTableView *m_openQuestionsView = nullptr;
    QTableView *m_answeredView = nullptr;
    QAction *m_addQuestion = nullptr;
    QAction *m_vote = nullptr;
    QAction *m_answer = nullptr;
    QAction *m_deleteQuestion = nullptr;
    QTableView *m_checklistView = nullptr;
    AttendeesPanel *m_attendeesPanel = nullptr;
    FormMapper *m_outcomeMapper = nullptr;
    QComboBox *m_decision = nullptr;
    bool m_readOnly = false;
    std::function<QString(const QString &, const QString &)> m_prompt;
};

} // namespace Inflection
