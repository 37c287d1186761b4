// Moves the focus into a newly chosen tab when the focus was in the same page.
#include "tabfocus.h"

#include <QApplication>
#include <QTabBar>
#include <QTabWidget>

namespace Inflection {

namespace {

// The first widget of page in the focus chain that takes focus by Tab, past the bar of a tab widget
// within it (its first field is where typing goes on).
QWidget *firstFocusable(QWidget *page)
{
    QWidget *next = page->nextInFocusChain();
    while (next && next != page) {
        if (page->isAncestorOf(next) && next->isVisibleTo(page) && next->isEnabled()
            && (next->focusPolicy() & Qt::TabFocus) && !qobject_cast<QTabBar *>(next))
            return next;
        next = next->nextInFocusChain();
    }
    return nullptr;
}

} // namespace

void followTabsWithFocus(QTabWidget *tabs)
{
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [tabs](int index) {
        QWidget *focus = QApplication::focusWidget();
        QWidget *page = tabs->parentWidget() ? tabs->parentWidget()->parentWidget() : nullptr;
        if (!focus || !page || !page->isAncestorOf(focus))
            return; // not chosen while working here (a program, another window)
        if (QWidget *content = tabs->widget(index); content && !content->isAncestorOf(focus)) {
            if (QWidget *first = firstFocusable(content))
                first->setFocus(Qt::TabFocusReason);
        }
    });
}

} // namespace Inflection
