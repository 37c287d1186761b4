// The page of one open review: its record's fields (title, status, system…) above the view of its kind,
// all showing the review's document and editing it through its undo stack.
#pragma once

#include "domain/presence.h"
#include "domain/review.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
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
    // Who else has this review open (shown above the form); empty hides the note.
    void setPresence(const QList<Presence> &others);
    QLabel *presenceLabel() const { return m_presence; }

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
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
    QLabel *m_meta;
    QLabel *m_presence;
    ReviewView *m_content = nullptr;
};

} // namespace Inflection
