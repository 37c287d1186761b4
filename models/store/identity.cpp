// Author name from settings, defaulting to the OS account's full name.
#include "identity.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

static const auto authorKey = u"identity/authorName"_s;

QString Identity::authorName()
{
    const QString configured = QSettings().value(authorKey).toString().trimmed();
    return configured.isEmpty() ? systemUserName() : configured;
}

void Identity::setAuthorName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(authorKey);
    else
        settings.setValue(authorKey, name.trimmed());
}

QString Identity::systemUserName()
{
    if (const passwd *entry = ::getpwuid(::getuid())) {
        // The GECOS field: "Full Name,room,phone,…".
        const QString fullName = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        return QString::fromLocal8Bit(entry->pw_name);
    }
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? u"unknown"_s : login;
}

} // namespace Inflection
