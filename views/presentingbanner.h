// A strip over a postmortem page while its presentation is on, whichever tab is open: that the room
// is watching, on which screen, what it sees now, and the text size and Stop within reach.
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace Inflection {

class PresentingBanner : public QFrame
{
    Q_OBJECT
public:
    // Buttons for the actions, which belong to the page (their shortcuts work on every tab).
    PresentingBanner(QAction *smaller, QAction *larger, QAction *stop, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QToolButton *stopButton() const { return m_stop; }

private:
    QLabel *m_label;
    QToolButton *m_stop;
};

} // namespace Inflection
