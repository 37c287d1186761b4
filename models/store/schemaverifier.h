// Whether a workspace file's schema is the one Inflection's migrations make for its version: every
// table, index, trigger and view, with its SQL. The migration files are the only description of the
// schema: what they should have made is read back from an in-memory database they were applied to.
#pragma once

#include "../domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Inflection {

class SchemaVerifier
{
public:
    // A row of sqlite_schema, its SQL with runs of white space made one space.
    struct Object
    {
        QString type; // table, index, trigger, view
        QString name;
        QString table; // tbl_name: what an index or a trigger belongs to
        QString sql;
        bool operator==(const Object &other) const;
    };

    enum class Difference {
        Unknown, // the file has an object the migrations do not make
        Missing, // the migrations make an object the file does not have
        Changed, // the file's object has other SQL than the migrations give it
        OtherType, // the file has an object of another type under the name (a view for a table)
        OtherVersion, // the file's objects are those of another schema version than it says
    };

    struct Finding
    {
        Difference difference = Difference::Unknown;
        QString type; // of the file's object (of the expected one when Missing)
        QString name;
        QString expectedType; // OtherType: what the migrations make
        int version = 0; // OtherVersion: the version whose objects the file holds
        int claimedVersion = 0; // OtherVersion: the version the file says it has
    };

    // What the migrations make up to version (this build's latest when newer), in name order;
    // computed once a version and process.
    static Result<QList<Object>> expected(int version);
    // Starts working out what this build's latest migrations make on another thread, so that the first
    // file opened finds it ready (the window starts this while it builds itself).
    static void prepare();
    // The file's sqlite_schema, in name order.
    static Result<QList<Object>> actual(QSqlDatabase &db);

    // Every difference between the file's schema and what the migrations make for version (the file's
    // user_version). For a version newer than this build knows, only what this build knows is checked:
    // its tables are there, as tables, with at least the columns it knows; the rest is of the newer
    // version, which such a file is opened read-only for.
    static Result<QList<Finding>> verify(QSqlDatabase &db, int version);

    // One line for the person opening the file at path.
    static QString describe(const QString &path, const Finding &finding);
};

} // namespace Inflection
