// The connect dialog: the fields become libpq's keywords (ServerLogin::connectionText), the window opens
// what they make.
#include "connectserverdialog.h"

#include "messagebanner.h"
#include "serverkeyring.h"
#include "store/serverlogin.h"
#include "store/workspacelocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
// libpq's keywords the fields stand for.
const auto hostKey = u"host"_s;
const auto portKey = u"port"_s;
const auto databaseKey = u"dbname"_s;
const auto userKey = u"user"_s;
const auto sslModeKey = u"sslmode"_s;
const auto sslRootCertKey = u"sslrootcert"_s;
} // namespace

ConnectServerDialog::ConnectServerDialog(const Connector &connector, QWidget *parent)
    : QDialog(parent)
    , m_connector(connector)
    , m_connection(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sslRootCert(new QLineEdit(this))
    , m_browseRootCert(new QToolButton(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keyring"), this))
    , m_message(new MessageBanner(false, this))
{
    setWindowTitle(tr("Connect to Team Server"));
    auto *intro = new QLabel(tr("A workspace on a PostgreSQL server, set up with “inflection server init”. "
                                "Give its host and database, or paste a connection such as "
                                "postgresql://host/database or service=name."),
        this);
    intro->setWordWrap(true);

    m_connection->setPlaceholderText(tr("postgresql://host/database or service=name"));
    m_connection->setClearButtonEnabled(true);
    m_host->setPlaceholderText(tr("this computer"));
    m_port->setPlaceholderText(u"5432"_s);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_user->setPlaceholderText(tr("your login on this computer"));
    // libpq's own names for its TLS modes; empty is libpq's default (prefer).
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    for (const QString &mode :
        {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
        m_sslMode->addItem(mode, mode);
    m_sslRootCert->setPlaceholderText(tr("~/.postgresql/root.crt"));
    m_browseRootCert->setText(u"…"_s);
    m_browseRootCert->setToolTip(tr("Choose the certificate of the authority that signed the server's"));
    connect(m_browseRootCert, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Root Certificate"),
            m_sslRootCert->text().isEmpty() ? QDir::homePath() : m_sslRootCert->text(),
            tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!path.isEmpty())
            m_sslRootCert->setText(QDir::toNativeSeparators(path));
    });
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only when the server asks for one"));
    m_remember->setToolTip(tr("Keep the password in the desktop's keyring, never in Inflection's settings"));

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *field, QLayout *row = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        if (row)
            form->addRow(label, row);
        else
            form->addRow(label, field);
    };
    addRow(tr("Co&nnection:"), m_connection);
    addRow(tr("&Host:"), m_host);
    addRow(tr("P&ort:"), m_port);
    addRow(tr("&Database:"), m_database);
    addRow(tr("&User:"), m_user);
    addRow(tr("&TLS:"), m_sslMode);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_sslRootCert, 1);
    certRow->addWidget(m_browseRootCert);
    addRow(tr("Root cert&ificate:"), m_sslRootCert, certRow);
    addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A pasted connection is used as it is: the fields it would contradict are out of the way.
    connect(m_connection, &QLineEdit::textChanged, this, &ConnectServerDialog::updateFields);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_message->hide();
    // The tab order is the order of construction: the fields top to bottom, then the buttons.
    m_host->setFocus();
    resize(520, sizeHint().height());
}

void ConnectServerDialog::updateFields()
{
    const bool fields = m_connection->text().trimmed().isEmpty();
    for (QWidget *field :
        {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database),
            static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_sslMode),
            static_cast<QWidget *>(m_sslRootCert), static_cast<QWidget *>(m_browseRootCert)})
        field->setEnabled(fields);
}

void ConnectServerDialog::setConnection(const QString &connection)
{
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(connection);
    static const QSet<QString> fieldKeys
        = {hostKey, portKey, databaseKey, userKey, sslModeKey, sslRootCertKey};
    bool inFields = location && location->isServer();
    if (inFields) {
        for (const auto &parameter : location->connectionParameters())
            inFields = inFields && fieldKeys.contains(parameter.first);
    }
    if (!inFields) {
        m_connection->setText(connection);
        return;
    }
    m_connection->clear();
    m_host->setText(location->parameter(hostKey));
    m_port->setText(location->parameter(portKey));
    m_database->setText(location->parameter(databaseKey));
    m_user->setText(location->parameter(userKey));
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(location->parameter(sslModeKey))));
    m_sslRootCert->setText(location->parameter(sslRootCertKey));
    m_password->setFocus();
}

void ConnectServerDialog::showProblem(const QString &message)
{
    m_message->showMessage(message);
}

Result<QString> ConnectServerDialog::typedConnection() const
{
    const QString pasted = m_connection->text().trimmed();
    if (!pasted.isEmpty()) {
        if (!WorkspaceLocation::looksLikeServer(pasted))
            return Result<QString>::failure(ErrorKind::Invalid,
                tr("“%1” is not a server connection: paste a postgresql:// address or service=name, or "
                   "clear the field and fill in the ones below.")
                    .arg(pasted));
        return pasted;
    }
    if (m_database->text().trimmed().isEmpty())
        return Result<QString>::failure(
            ErrorKind::Invalid, tr("Give the name of the workspace's database on the server."));
    return ServerLogin::connectionText({
        {hostKey, QDir::fromNativeSeparators(m_host->text().trimmed())},
        {portKey, m_port->text().trimmed()},
        {databaseKey, m_database->text().trimmed()},
        {userKey, m_user->text().trimmed()},
        {sslModeKey, m_sslMode->currentData().toString()},
        {sslRootCertKey, QDir::fromNativeSeparators(m_sslRootCert->text().trimmed())},
    });
}

void ConnectServerDialog::tryConnect()
{
    m_keyringProblem.clear();
    const Result<QString> typed = typedConnection();
    Result<WorkspaceLocation> location
        = typed ? WorkspaceLocation::parse(*typed) : Result<WorkspaceLocation>::errorOf(typed);
    if (!location) {
        m_message->showMessage(location.message());
        return;
    }
    const QString password = m_password->text();
    const QString connection = password.isEmpty() ? *typed : ServerLogin::withPassword(*location, password);
    m_message->showMessage(
        tr("Connecting to %1…").arg(location->displayName()), MessageBanner::Level::Information);
    m_connect->setEnabled(false);
    const Result<> connected = m_connector(connection);
    m_connect->setEnabled(true);
    if (!connected) {
        m_message->showMessage(connected.message());
        if (password.isEmpty() && connected.error() == ErrorKind::Refused)
            m_password->setFocus();
        return;
    }
    const QString key = ServerLogin::key(*location);
    if (m_remember->isChecked() && !password.isEmpty()) {
        if (const Result<> kept = ServerKeyring::write(key, password); !kept)
            m_keyringProblem = kept.message(); // plain: no keyring is running, type it each time
    } else if (!password.isEmpty()) {
        // Not to be remembered (any more): a keyring that cannot be asked has nothing to forget.
        if (const Result<> forgotten = ServerKeyring::forget(key); !forgotten)
            qInfo("The keyring could not be asked to forget a password: %s", qPrintable(forgotten.message()));
    }
    accept();
}

} // namespace Inflection
