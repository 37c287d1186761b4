// File ▸ Connect to Team Server…: a workspace on a PostgreSQL server, given by its host, port, database,
// login and TLS mode, or as a pasted libpq URI or service=NAME; a password when the server asks for one,
// kept in the desktop's keyring when the person says so. Connecting happens while the dialog is open: a
// wrong password or an unreachable server is said in the dialog, with everything typed kept for another try.
#pragma once

#include "domain/result.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Inflection {

class MessageBanner;

class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens the workspace at a connection text (libpq's keyword=value form, a password among them when
    // one was typed); the dialog closes when it succeeds and says why when not.
    using Connector = std::function<Result<>(const QString &connection)>;

    explicit ConnectServerDialog(const Connector &connector, QWidget *parent = nullptr);

    // A server connection (never with a password) to start from: its parts in the fields when the fields
    // can hold them all, otherwise in the connection field.
    void setConnection(const QString &connection);
    // Why the dialog is shown (the server asks for a password, the kept one was refused).
    void showProblem(const QString &message);

    // Builds the connection from what is typed and opens it: accepted when it opened.
    void tryConnect();
    // After the dialog was accepted: why the password could not be kept in the keyring; empty when it was
    // or was not to be kept.
    QString keyringProblem() const { return m_keyringProblem; }

    QLineEdit *connectionEdit() const { return m_connection; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *sslRootCertEdit() const { return m_sslRootCert; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *connectButton() const { return m_connect; }
    MessageBanner *messageBanner() const { return m_message; }

private:
    // The connection typed (without a password), or why there is none.
    Result<QString> typedConnection() const;
    void updateFields();

    Connector m_connector;
    QLineEdit *m_connection;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QToolButton *m_browseRootCert;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_connect;
    MessageBanner *m_message;
    QString m_keyringProblem;
};

} // namespace Inflection
