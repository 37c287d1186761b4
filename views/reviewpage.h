// The page of one open review: its record's fields (title, status, system…) above the view of its kind,
// all showing the review's document and editing it through its undo stack.
#pragma once

#include "domain/presence.h"
#include "domain/review.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QUndoStack;

namespace Inflection {

class ReviewDocument;
class ReviewListModel;
class ReviewView;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(ReviewDocument *document, QWidget *parent = nullptr);

    ReviewDocument *document() const { return m_document; }
    QString uuid() const { return m_uuid; }
    // The view of the review's kind, below the record's fields.
    ReviewView *content() const { return m_content; }
    QUndoStack *undoStack() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *systemEdit() const { return m_system; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QComboBox *supersededByBox() const { return m_supersededBy; }
    // Opens the review this one is superseded by.
    QToolButton *openSuccessorButton() const { return m_openSuccessor; }
    // The reviews this one supersedes, as links that open them; hidden when none.
    QLabel *supersedesLabel() const { return m_supersedes; }
    // Who else has this review open (shown above the form); empty hides the note.
    void setPresence(const QList<Presence> &others);
    QLabel *presenceLabel() const { return m_presence; }

    // The record's fields fold away to one line (title, status, system), to leave the room to the
    // review itself on a small screen. Unless the user chose, they fold when the window is short.
    bool isHeaderFolded() const { return m_folded; }
    void setHeaderFolded(bool folded);
    QToolButton *foldButton() const { return m_foldButton; }
    QAction *foldAction() const { return m_foldAction; }
    QLabel *summaryLabel() const { return m_summary; }
    // Shorter windows than this fold the header, unless the user unfolded it.
    static constexpr int foldBelowHeight = 760;
    static QString foldSettingsKey();

Q_SIGNALS:
    void titleChanged(const QString &title);
    // A supersede link followed: the review to open.
    void openReviewRequested(const QString &uuid);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showFolded(bool folded);
    void setReadOnly(bool readOnly);
    void refresh();
    void commitLine(QLineEdit *edit, ReviewField field);
    void connectLine(QLineEdit *edit, ReviewField field);

    ReviewDocument *m_document;
    ReviewListModel *m_model;
    QString m_uuid;
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_status;
    QLineEdit *m_system;
    QLineEdit *m_owner;
    QLineEdit *m_tags;
    QComboBox *m_supersededBy;
    QToolButton *m_openSuccessor;
    QLabel *m_supersedesCaption;
    QLabel *m_supersedes;
    QLabel *m_meta;
    QLabel *m_presence;
    QLabel *m_summary;
    QWidget *m_details;
    QToolButton *m_foldButton;
    QAction *m_foldAction;
    bool m_folded = false;
    // What the user chose with the fold button; none leaves it to the window's height.
    std::optional<bool> m_userFolded;
    ReviewView *m_content = nullptr;
};

} // namespace Inflection
