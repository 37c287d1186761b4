// White on red, as a "live" sign: the one strip the facilitator must not miss.
#include "presentingbanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Inflection {

PresentingBanner::PresentingBanner(QAction *smaller, QAction *larger, QAction *stop, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_stop(new QToolButton(this))
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xa8, 0x00, 0x18));
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Presenting"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_label, 1);
    for (QAction *action : {smaller, larger}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        layout->addWidget(button);
    }
    m_stop->setDefaultAction(stop);
    layout->addWidget(m_stop);
    setAccessibleName(tr("Presentation"));
    hide();
}

void PresentingBanner::setText(const QString &text)
{
    m_label->setText(text);
}

QString PresentingBanner::text() const
{
    return m_label->text();
}

} // namespace Inflection
