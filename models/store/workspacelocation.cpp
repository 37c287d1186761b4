// Telling a file from a server, and a server text split by libpq itself (PQconninfoParse).
#include "workspacelocation.h"

#include "serverlogin.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

WorkspaceLocation WorkspaceLocation::file(const QString &path)
{
    WorkspaceLocation location;
    location.m_kind = Kind::File;
    location.m_text = path;
    return location;
}

bool WorkspaceLocation::looksLikeServer(const QString &text)
{
    if (text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive))
        return true;
    // "service=reviews", "host=db dbname=reviews": only libpq's own keywords, and never a file that is
    // there ("notes=old.inflection" stays a file).
    static const QRegularExpression keyword(u"^\\s*([a-z_]+)\\s*="_s);
    const QRegularExpressionMatch match = keyword.match(text);
    if (!match.hasMatch() || QFileInfo::exists(text))
        return false;
    static const QSet<QString> keywords = [] {
        QSet<QString> names;
        if (PQconninfoOption *defaults = PQconndefaults()) {
            for (const PQconninfoOption *option = defaults; option->keyword; ++option)
                names.insert(QString::fromLatin1(option->keyword));
            PQconninfoFree(defaults);
        }
        return names;
    }();
    return keywords.contains(match.captured(1));
}

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return file(text);
    char *error = nullptr;
    const QByteArray utf8 = text.trimmed().toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &error);
    if (!options) {
        const QString why = error
            ? QString::fromUtf8(error).trimmed()
            : QCoreApplication::translate("Inflection::WorkspaceLocation", "out of memory");
        PQfreemem(error);
        return Result<WorkspaceLocation>::failure(ErrorKind::Invalid,
            QCoreApplication::translate(
                "Inflection::WorkspaceLocation", "“%1” is not a server connection: %2")
                .arg(text, why));
    }
    WorkspaceLocation location;
    location.m_kind = Kind::Server;
    bool hadPassword = false;
    QStringList withoutPassword;
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        location.m_parameters.append({keyword, value});
        if (keyword == u"password"_s)
            hadPassword = true;
        else
            withoutPassword += keyword + u'=' + ServerLogin::quoted(value);
    }
    PQconninfoFree(options);
    location.m_text = hadPassword ? withoutPassword.join(u' ') : text.trimmed();
    return location;
}

QString WorkspaceLocation::parameter(const QString &keyword) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key == keyword)
            return value;
    }
    return {};
}

bool WorkspaceLocation::sameWorkspace(const WorkspaceLocation &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (m_kind == Kind::File) {
        const QString canonical = QFileInfo(m_text).canonicalFilePath();
        return !canonical.isEmpty() && canonical == QFileInfo(other.m_text).canonicalFilePath();
    }
    if (m_kind != Kind::Server)
        return false;
    for (const QString &keyword : {u"host"_s, u"hostaddr"_s, u"port"_s, u"dbname"_s, u"service"_s}) {
        if (parameter(keyword) != other.parameter(keyword))
            return false;
    }
    return true;
}

QString WorkspaceLocation::toString() const
{
    return m_text;
}

QString WorkspaceLocation::displayName(Login login) const
{
    if (m_kind != Kind::Server)
        return m_text;
    const QString service = parameter(u"service"_s);
    const QString database = parameter(u"dbname"_s);
    const QString user = login == Login::Shown ? parameter(u"user"_s) : QString();
    QString host = parameter(u"host"_s);
    if (host.startsWith(u'/'))
        host = QCoreApplication::translate("Inflection::WorkspaceLocation", "this computer");
    QString name;
    if (database.isEmpty() && !service.isEmpty())
        name = service;
    else if (host.isEmpty())
        name = database.isEmpty() ? m_text : database;
    if (!name.isEmpty()) {
        if (user.isEmpty() || name == m_text)
            return name;
        //: %1 a database (or a service), %2 the login that connects to it
        return QCoreApplication::translate("Inflection::WorkspaceLocation", "%1 as %2").arg(name, user);
    }
    const QString what = database.isEmpty() ? service : database;
    if (user.isEmpty())
        return QCoreApplication::translate("Inflection::WorkspaceLocation", "%1 on %2").arg(what, host);
    //: %1 a database, %2 its server, %3 the login that connects to it
    return QCoreApplication::translate("Inflection::WorkspaceLocation", "%1 on %2 as %3")
        .arg(what, host, user);
}

} // namespace Inflection
