// An open architecture review: the proposal's text (one QTextDocument, with its own undo, saved as it
// is typed), its comment threads anchored in that text, departures from known technology, the question
// board, the general questions, the attendees and the outcome.
#pragma once

#include "domain/proposal.h"
#include "review/reviewdocument.h"

#include <QTimer>

class QTextDocument;

namespace Inflection {

class AttendeeModel;
class ChecklistModel;
class CommentModel;
class DepartureModel;
class IncidentLinkRepository;
class KnownTechnologyRepository;
class ProposalModel;
class QuestionFilterProxyModel;
class QuestionModel;

class ArchitectureDocument : public ReviewDocument
{
    Q_OBJECT
public:
    ArchitectureDocument(
        Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent = nullptr);
    ~ArchitectureDocument() override;

    void accept(ReviewDocumentVisitor &visitor) override;

    // The proposal's Markdown text. Edits are saved a moment after typing stops (and by saveNow());
    // changes by others come in as the smallest edit, so that the cursor and the anchors stay.
    QTextDocument *proposalText() const { return m_text; }
    // Stores the proposal text and the comments' anchors now, rather than after the typing pause.
    void saveNow() override;
    // How long typing must pause before the text is saved.
    void setSaveDelay(int milliseconds) { m_saveTimer.setInterval(milliseconds); }

    ProposalModel *proposal() const { return m_proposal; }
    CommentModel *comments() const { return m_comments; }
    DepartureModel *departures() const { return m_departures; }
    QuestionModel *questions() const { return m_questions; }
    QuestionFilterProxyModel *openQuestions() const { return m_openQuestions; }
    QuestionFilterProxyModel *answeredQuestions() const { return m_answeredQuestions; }
    ChecklistModel *generalQuestions() const { return m_checklist; }
    AttendeeModel *attendees() const { return m_attendees; }

    // Adds the departure's technology to the workspace's known technologies, as one undo step.
    bool markKnownTechnology(const QString &departureUuid);
    // The meeting's decision; with markDecided the review's status becomes Decided too (see
    // offersDecidedStatus()), in one undo step. False when the decision was already that one.
    bool setDecision(ProposalDecision decision, bool markDecided);
    // Reads again which postmortems are linked to the departures (DepartureModel's incidents): done on
    // every reload, and when the review is shown again after work on another. A failure is reported.
    void refreshIncidents();

private:
    void applyConfig() override;
    Result<> reloadOwn() override;
    Result<> readIncidents();
    // Brings the text shown up to the stored one, as one edit of the part that differs.
    void loadText();
    void textEdited();

    KnownTechnologyRepository *m_knownRepository;
    IncidentLinkRepository *m_incidentLinks;
    ProposalModel *m_proposal;
    CommentModel *m_comments;
    DepartureModel *m_departures;
    QuestionModel *m_questions;
    QuestionFilterProxyModel *m_openQuestions;
    QuestionFilterProxyModel *m_answeredQuestions;
    ChecklistModel *m_checklist;
    AttendeeModel *m_attendees;
    QTextDocument *m_text;
    QTimer m_saveTimer;
    bool m_loading = false; // the text is being replaced from the store: not an edit
    bool m_dirty = false; // typed since the last save
};

} // namespace Inflection
