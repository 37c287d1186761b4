// Numbered migrations, one transaction each, with the dialect's schema version (SQLite's user_version).
#include "migrator.h"

#include "scopedtransaction.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QList<Migrator::Step> Migrator::steps()
{
    return steps(SqlDialect::sqlite());
}

QList<Migrator::Step> Migrator::steps(const SqlDialect &dialect)
{
    static const QRegularExpression pattern(u"^(\\d{3})-([a-z0-9-]+)\\.sql$"_s);
    QList<Step> result;
    const QDir dir(dialect.migrationsFolder());
    for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    return result;
}

int Migrator::latestVersion()
{
    return latestVersion(SqlDialect::sqlite());
}

int Migrator::latestVersion(const SqlDialect &dialect)
{
    const auto all = steps(dialect);
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<> Migrator::migrate(QSqlDatabase &db, int targetVersion)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    if (targetVersion < 0)
        targetVersion = latestVersion(dialect);
    for (const Step &step : steps(dialect)) {
        if (step.version > targetVersion)
            break;
        if (dialect.schemaVersion(db) >= step.version)
            continue;

        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<>::failure(QCoreApplication::translate(
                "Inflection::Migrator", "Schema step %1 is missing from the application.")
                                         .arg(step.version));
        const QString script = QString::fromUtf8(file.readAll());

        ScopedTransaction transaction(db);
        if (Result<> begun = transaction.begun(); !begun)
            return begun;
        // Another process may have migrated while we waited for the write lock (a server's migrations
        // take a lock of their own first).
        if (Result<> locked = dialect.lockForMigration(db); !locked)
            return locked;
        if (dialect.schemaVersion(db) >= step.version)
            continue;
        for (const QString &statement : dialect.splitStatements(script)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return Result<>::failure(
                    QCoreApplication::translate("Inflection::Migrator", "Schema step %1 (%2) failed: %3")
                        .arg(step.version)
                        .arg(step.name, query.lastError().text()));
        }
        if (Result<> set = dialect.setSchemaVersion(db, step.version); !set)
            return set;
        if (Result<> committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

Result<> Migrator::applyServerRoles(QSqlDatabase &db)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    if (dialect.isSqlite())
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate(
                "Inflection::Migrator", "A workspace file has no roles: only a server has."));
    QFile file(dialect.migrationsFolder() + u"/roles.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Result<>::failure(QCoreApplication::translate(
            "Inflection::Migrator", "The server's roles are missing from the application."));
    const QString script = QString::fromUtf8(file.readAll());
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return begun;
    if (Result<> locked = dialect.lockForMigration(db); !locked)
        return locked;
    for (const QString &statement : dialect.splitStatements(script)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return Result<>::failure(QCoreApplication::translate(
                "Inflection::Migrator", "The server's roles could not be made: %1")
                                         .arg(query.lastError().databaseText().trimmed()));
    }
    return transaction.commit();
}

} // namespace Inflection
