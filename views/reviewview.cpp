// The base of the review views.
#include "reviewview.h"

#include "review/reviewdocument.h"

#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>

namespace Inflection {

ReviewView::ReviewView(ReviewDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{ }

void ReviewView::followReadOnly()
{
    connect(m_document, &ReviewDocument::readOnlyChanged, this, &ReviewView::setReadOnly);
    setReadOnly(m_document->isReadOnly());
}

bool ReviewView::askToMarkDecided()
{
    if (!m_document->offersDecidedStatus())
        return false;
    return QMessageBox::question(this, tr("Decision"), tr("Set the review's status to Decided as well?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
}

void ReviewView::openIncidents(const QList<LinkedIncident> &incidents, const QPoint &globalPos)
{
    if (incidents.size() == 1) {
        Q_EMIT openRequested(incidents.first().reviewUuid);
        return;
    }
    if (incidents.isEmpty())
        return;
    QMenu menu(this);
    for (const LinkedIncident &incident : incidents) {
        const QString uuid = incident.reviewUuid;
        menu.addAction(incident.title, this, [this, uuid] { Q_EMIT openRequested(uuid); });
    }
    menu.exec(globalPos);
}

void ReviewView::setStatusNote(const QString &note)
{
    if (note == m_statusNote)
        return;
    m_statusNote = note;
    Q_EMIT statusNoteChanged(note);
}

void ReviewView::showTabOf(QWidget *widget)
{
    QTabWidget *tabs = this->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(widget))
            tabs->setCurrentIndex(i);
    }
}

} // namespace Inflection
