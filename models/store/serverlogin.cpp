// libpq's own connection, once, to learn whether it needs a password (PQconnectionNeedsPassword).
#include "serverlogin.h"

#include "workspacelocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <vector>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString ServerLogin::quoted(const QString &value)
{
    static const QRegularExpression plain(u"^[^\\s'\\\\]+$"_s);
    if (plain.match(value).hasMatch())
        return value;
    return u'\'' + QString(value).replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) + u'\'';
}

QString ServerLogin::connectionText(const Parameters &parameters)
{
    QStringList parts;
    for (const auto &[keyword, value] : parameters) {
        if (!value.isEmpty())
            parts += keyword + u'=' + quoted(value);
    }
    return parts.join(u' ');
}

QString ServerLogin::withPassword(const WorkspaceLocation &location, const QString &password)
{
    Parameters parameters;
    for (const auto &parameter : location.connectionParameters()) {
        if (parameter.first != u"password"_s)
            parameters.append(parameter);
    }
    parameters.append({u"password"_s, password});
    return connectionText(parameters);
}

QString ServerLogin::key(const WorkspaceLocation &location)
{
    Parameters parameters;
    for (const auto &parameter : location.connectionParameters()) {
        if (parameter.first != u"password"_s)
            parameters.append(parameter);
    }
    std::sort(parameters.begin(), parameters.end());
    return connectionText(parameters);
}

Result<ServerLogin::Answer> ServerLogin::probe(const WorkspaceLocation &location)
{
    QList<QByteArray> keywords;
    QList<QByteArray> values;
    bool timeoutGiven = false;
    for (const auto &[keyword, value] : location.connectionParameters()) {
        keywords.append(keyword.toUtf8());
        values.append(value.toUtf8());
        timeoutGiven = timeoutGiven || keyword == u"connect_timeout"_s;
    }
    // As the workspace connects: an unreachable server is reported, not waited for forever.
    if (!timeoutGiven) {
        keywords.append("connect_timeout");
        values.append("10");
    }
    keywords.append("application_name");
    values.append("inflection");
    std::vector<const char *> keywordPointers;
    std::vector<const char *> valuePointers;
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords.at(i).constData());
        valuePointers.push_back(values.at(i).constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    PGconn *connection = PQconnectdbParams(keywordPointers.data(), valuePointers.data(), 0);
    const bool connected = PQstatus(connection) == CONNECTION_OK;
    const bool needsPassword = !connected && PQconnectionNeedsPassword(connection);
    const QString why = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    PQfinish(connection);
    if (connected)
        return Answer::Connected;
    if (needsPassword)
        return Answer::NeedsPassword;
    return Result<Answer>::failure(
        QCoreApplication::translate("Inflection::ServerLogin", "Inflection cannot connect to “%1”: %2")
            .arg(location.displayName(), why));
}

} // namespace Inflection
