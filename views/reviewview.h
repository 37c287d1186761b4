// What the page of each kind of review shows below the review's own fields: a view of the review's
// document, with tabs. The document holds the state; a view can be made again at any time (another
// language) and shows the same document as it is.
#pragma once

#include "domain/incidentlink.h"

#include <QList>
#include <QString>
#include <QWidget>

class QTabWidget;

namespace Inflection {

class ReviewDocument;

class ReviewView : public QWidget
{
    Q_OBJECT
public:
    ReviewDocument *document() const { return m_document; }
    virtual QTabWidget *tabs() const = 0;
    // Shows one item of the review (a contingency item, a departure): its tab, the item current and in
    // view. False when the review has no such item (or no such items at all).
    virtual bool reveal(const QString &itemUuid)
    {
        Q_UNUSED(itemUuid);
        return false;
    }
    // A note for the window's status bar while something holds (that the review is being presented,
    // say); empty when there is none.
    QString statusNote() const { return m_statusNote; }

Q_SIGNALS:
    void statusNoteChanged(const QString &note);
    // Another review to open (one this review links to, or that links to it).
    void openRequested(const QString &reviewUuid);
    // An item of another review to show: its review opened at it.
    void openItemRequested(const QString &reviewUuid, const QString &itemUuid);

protected:
    ReviewView(ReviewDocument *document, QWidget *parent);
    // Edits allowed or not; called when made and whenever the document turns read-only or back.
    virtual void setReadOnly(bool readOnly) = 0;
    // Call at the end of the derived constructor.
    void followReadOnly();
    // A decision was chosen: asks whether the status should become Decided too, when the document
    // offers that (ReviewDocument::offersDecidedStatus()).
    bool askToMarkDecided();
    void setStatusNote(const QString &note);
    // Makes current the tab that holds widget (reveal()'s first step).
    void showTabOf(QWidget *widget);
    // The postmortems behind an item of the review: one opens (openRequested), several are offered in a
    // menu at globalPos.
    void openIncidents(const QList<LinkedIncident> &incidents, const QPoint &globalPos);

private:
    ReviewDocument *m_document;
    QString m_statusNote;
};

} // namespace Inflection
