// The page of one open review: its record's fields, editable through the review's undo stack.
#pragma once

#include "domain/presence.h"
#include "domain/review.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace Inflection {

class ReviewListModel;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(ReviewListModel *model, const QString &uuid, bool readOnly, QWidget *parent = nullptr);

    QString uuid() const { return m_uuid; }
    void setReadOnly(bool readOnly);
    // The review kind's own content, below the record's fields; the page owns it.
    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
    QUndoStack *undoStack() const { return m_undoStack; }
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
    void refresh();
    void commitLine(QLineEdit *edit, ReviewField field);
    void connectLine(QLineEdit *edit, ReviewField field);

    ReviewListModel *m_model;
    QString m_uuid;
    QUndoStack *m_undoStack;
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_status;
    QLineEdit *m_system;
    QLineEdit *m_owner;
    QLineEdit *m_tags;
    QComboBox *m_supersededBy;
    QLabel *m_meta;
    QLabel *m_presence;
    QWidget *m_content = nullptr;
};

} // namespace Inflection
