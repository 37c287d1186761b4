// Where a workspace is: a file, or a database on a PostgreSQL server named the way libpq names one (a
// URI such as postgresql://host/dbname?sslmode=verify-full, or a connection string such as service=team).
#pragma once

#include "../domain/result.h"

#include <QList>
#include <QString>
#include <utility>

namespace Inflection {

class WorkspaceLocation
{
public:
    enum class Kind {
        None,
        File,
        Server,
    };

    WorkspaceLocation() = default;
    static WorkspaceLocation file(const QString &path);
    // A libpq URI (postgresql://, postgres://) or connection string (keyword=value …) is a server;
    // anything else is a file's path. A server text libpq cannot read fails, saying why.
    static Result<WorkspaceLocation> parse(const QString &text);
    // Whether text is meant as a server (a URI, or a connection string whose first word is keyword=).
    static bool looksLikeServer(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    bool isFile() const { return m_kind == Kind::File; }
    QString filePath() const { return m_kind == Kind::File ? m_text : QString(); }

    // libpq's keywords and values the text names, in its order; the password (if the text held one)
    // among them, for connecting only.
    QList<std::pair<QString, QString>> connectionParameters() const { return m_parameters; }
    QString parameter(const QString &keyword) const;

    // What may be kept in settings and shown: the path, or the connection without any password.
    QString toString() const;
    // Whether a server's name for people says who logs in.
    enum class Login {
        Shown,
        Omitted, // where the sentence names the login itself
    };
    // A short name for people: the file's path, or "dbname on host as login" (or the service's name), the
    // login where the connection gives one: two logins on one server are told apart.
    QString displayName(Login login = Login::Shown) const;

    // Whether both name the same workspace: one file (by its canonical path, so an existing file only), or
    // one database of one server whoever logs in to it (the same host, port, database and service).
    bool sameWorkspace(const WorkspaceLocation &other) const;

    bool operator==(const WorkspaceLocation &other) const
    {
        return m_kind == other.m_kind && toString() == other.toString();
    }

private:
    Kind m_kind = Kind::None;
    QString m_text; // the file's path, or the server text without a password
    QList<std::pair<QString, QString>> m_parameters;
};

} // namespace Inflection
