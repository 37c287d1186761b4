// The base of the review views.
#include "reviewview.h"

#include "review/reviewdocument.h"

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

void ReviewView::setStatusNote(const QString &note)
{
    if (note == m_statusNote)
        return;
    m_statusNote = note;
    Q_EMIT statusNoteChanged(note);
}

} // namespace Inflection
