// Shows a lost server connection while the session reconnects, and lets the user try at once.
#include "reconnectbanner.h"

#include "domain/displaytext.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ReconnectBanner::ReconnectBanner(QWidget *parent)
    : MessageBanner(false, parent)
{
    setAccessibleName(tr("Connection to the server"));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && !isAncestorOf(now) && now->window() == window())
            m_returnFocus = now;
    });
}

void ReconnectBanner::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session.data(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &WorkspaceSession::connectionChanged, this, &ReconnectBanner::showState);
        connect(session, &WorkspaceSession::reconnectScheduled, this, &ReconnectBanner::showState);
    }
    showState();
}

void ReconnectBanner::showState()
{
    if (!m_session || m_session->isConnected()) {
        // Reconnect Now, focused, goes with the strip: the keyboard returns to where the user was typing.
        if (isAncestorOf(QApplication::focusWidget()) && m_returnFocus)
            m_returnFocus->setFocus(Qt::OtherFocusReason);
        hide();
        setMinimumHeight(0);
        m_reconnect = nullptr;
        return;
    }
    QString text = m_session->readOnlyReason();
    const QString lastError = m_session->lastReconnectError();
    if (lastError.isEmpty()) {
        text += u' ' + tr("Reconnecting…");
    } else {
        const int seconds = qMax(1, (m_session->millisecondsUntilRetry() + 999) / 1000);
        // The error's first line here (libpq's run over several), all of it in the tooltip.
        text += u' '
            + tr("Trying again in %n second(s): %1", nullptr, seconds)
                  .arg(DisplayText::line(lastError.section(u'\n', 0, 0).trimmed(), 160));
    }
    setToolTip(lastError);
    if (m_reconnect) {
        // Another attempt's news: the same strip and button (which may have the keyboard) stay.
        setMessageText(text);
    } else {
        showMessage(text);
        m_reconnect = addButton(tr("&Reconnect Now"), [this] {
            if (m_session)
                m_session->reconnectNow();
        });
        m_reconnect->setToolTip(tr("Try to reach the server now instead of waiting for the next attempt"));
    }
    // The page below does not jump as the attempts' messages come and go: the strip only grows.
    setMinimumHeight(qMax(minimumHeight(), sizeHint().height()));
}

} // namespace Inflection
