// Connecting to a workspace's server as a person does: a connection from a form's fields, the same
// connection with a password typed for it, the key its password is kept under, and whether the server asks
// for a password libpq has nowhere (neither in the connection, ~/.pgpass nor pg_service.conf).
#pragma once

#include "../domain/result.h"

#include <QList>
#include <QString>
#include <utility>

namespace Inflection {

class WorkspaceLocation;

class ServerLogin
{
public:
    using Parameters = QList<std::pair<QString, QString>>;

    // A value of a connection string, quoted as libpq reads it.
    static QString quoted(const QString &value);
    // The connection string (keyword=value …) of libpq keywords and their values, in their order; empty
    // values are left out.
    static QString connectionText(const Parameters &parameters);
    // The connection text of location with password: for opening it, never to be kept.
    static QString withPassword(const WorkspaceLocation &location, const QString &password);
    // The same server, database and login however they are written (a URI or keywords, in any order),
    // without a password: what a password is kept under.
    static QString key(const WorkspaceLocation &location);

    enum class Answer {
        Connected, // libpq connects without being given a password
        NeedsPassword, // the server asks for a password that libpq has nowhere
    };
    // Connects once to find out. Fails, saying why, when the server cannot be reached or refuses for
    // another reason.
    [[nodiscard]] static Result<Answer> probe(const WorkspaceLocation &location);
};

} // namespace Inflection
