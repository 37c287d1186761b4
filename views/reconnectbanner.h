// The strip that says a server's connection is lost and being tried again, with Reconnect Now.
#pragma once

#include "messagebanner.h"

#include <QPointer>
#include <QPushButton>

namespace Inflection {

class WorkspaceSession;

class ReconnectBanner : public MessageBanner
{
    Q_OBJECT
public:
    explicit ReconnectBanner(QWidget *parent = nullptr);

    // Follows session's connection (none: hidden).
    void setSession(WorkspaceSession *session);
    // Reconnect Now; null while the banner is hidden.
    QPushButton *reconnectButton() const { return m_reconnect; }

private:
    void showState();

    QPointer<WorkspaceSession> m_session;
    QPointer<QPushButton> m_reconnect;
    // Where the keyboard was before it came to the strip: it goes back there when the strip goes.
    QPointer<QWidget> m_returnFocus;
};

} // namespace Inflection
