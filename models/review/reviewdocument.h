// One open review: it owns the review's repositories, its item models, its undo stack and the workspace
// settings it needs, and carries the rules that span fields. Views show a document and send their edits
// to it (as KTextEditor's Document and View); any number of views may show one document, and the
// document outlives them (a language switch rebuilds the views, not the undo history).
#pragma once

#include "domain/result.h"
#include "domain/review.h"
#include "domain/workspaceconfig.h"
#include "editing/editconflict.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

#include <memory>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace Inflection {

class RecordTableModel;
class ReviewDocumentVisitor;
class ReviewListModel;
class Workspace;

class ReviewDocument : public QObject
{
    Q_OBJECT
public:
    ~ReviewDocument() override;

    Workspace *workspace() const { return m_workspace; }
    QString uuid() const { return m_uuid; }
    qint64 reviewId() const { return m_reviewId; }
    ReviewKind kind() const { return m_kind; }
    // The review's own record, as the workspace's review list has it; null once it was deleted.
    const Review *review() const;
    // Where the review's own record is edited (title, status…): the workspace's review list.
    ReviewListModel *reviews() const { return m_reviews; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The workspace's settings as this document uses them (time zone, severity levels, risk matrix,
    // ticket address, known technologies), read when it opened and on every reload.
    const WorkspaceConfig &config() const { return m_config; }
    // Who edits: the author of comments, questions and votes.
    QString author() const;

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Reads everything from the store: when the document is made (its factory does), and again when
    // another connection changed the workspace, keeping the rows, and so the selections, of what is
    // still there.
    Result<> reload();
    // Reads the workspace's settings again (they were changed here, in Preferences or by an edit).
    Result<> reloadConfig();
    // Stores what is still being typed, so that a summary or a copy has it. Nothing by default.
    virtual void saveNow();

    // One undoable edit of the review's record.
    bool setReviewField(ReviewField field, const QVariant &value);
    // Superseded by another review (empty: by none): the status says so too, in one undo step.
    bool setSupersededBy(const QString &uuid);
    // Whether a decision taken now should offer to set the status to Decided: the kind knows that
    // status and the review is neither decided already nor superseded.
    bool offersDecidedStatus() const;

    // Double dispatch on the kind of review, for the layers above (a view for each kind).
    virtual void accept(ReviewDocumentVisitor &visitor) = 0;

    // Hands url to the desktop (the browser, the mail program) when SafeLink allows it; otherwise reports
    // why not through errorOccurred and returns that.
    Result<> openLink(const QUrl &url);

Q_SIGNALS:
    // Someone else saved first; the user may keep their own value.
    void conflictOccurred(const Inflection::EditConflict &conflict);
    // A change was refused or a read failed: what to tell the user.
    void errorOccurred(const QString &message);
    void readOnlyChanged(bool readOnly);
    // The settings changed (config()).
    void configChanged();
    // reload() read the store again.
    void reloaded();
    // A text typed into the document was saved (typed texts save by themselves, not as undo steps).
    void textSaved();

protected:
    ReviewDocument(Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent);

    // A model of this document: its edits go on the document's stack, its problems out through the
    // document's signals, and reload() reads it again. Returns model.
    // An edit of the kind's decision and, when markDecided, the status set to Decided with it: one
    // undo step named text. edit returns whether it changed anything; nothing more happens if not.
    bool decideWithStatus(const QString &text, bool markDecided, const std::function<bool()> &edit);

    template<typename Model>
    Model *adopt(Model *model)
    {
        adoptModel(model);
        return model;
    }
    // A store object on the document's workspace (a repository, the settings), kept while the
    // document lives.
    template<typename Store>
    Store *make()
    {
        auto store = std::make_shared<Store>(m_workspace);
        m_stores.push_back(store);
        return store.get();
    }
    // Pushes command on the document's undo stack.
    void push(QUndoCommand *command);
    // The settings reached the models (time zone, ticket address…): after open and every reload.
    virtual void applyConfig() { }
    // What a kind reads besides its models (the coach's dismissals, the proposal's text).
    virtual Result<> reloadOwn() { return {}; }
    void reportProblem(const QString &message) { Q_EMIT errorOccurred(message); }

private:
    void adoptModel(RecordTableModel *model);

    Workspace *m_workspace;
    ReviewListModel *m_reviews;
    QString m_uuid;
    qint64 m_reviewId;
    ReviewKind m_kind;
    QUndoStack *m_undoStack;
    WorkspaceConfig m_config;
    QList<RecordTableModel *> m_models;
    std::vector<std::shared_ptr<void>> m_stores;
    bool m_readOnly = false;
};

} // namespace Inflection
