// Numbered migrations, one transaction each, with PRAGMA user_version as the schema's version.
#include "migrator.h"

#include "scopedtransaction.h"
#include "sqlitesupport.h"

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
    static const QRegularExpression pattern(u"^(\\d{3})-([a-z0-9-]+)\\.sql$"_s);
    QList<Step> result;
    const QDir dir(u":/inflection/schema"_s);
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
    const auto all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<> Migrator::migrate(QSqlDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    for (const Step &step : steps()) {
        if (step.version > targetVersion)
            break;
        if (SqliteSupport::userVersion(db) >= step.version)
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
        // Another process may have migrated while we waited for the write lock.
        if (SqliteSupport::userVersion(db) >= step.version)
            continue;
        for (const QString &statement : SqliteSupport::splitStatements(script)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return Result<>::failure(
                    QCoreApplication::translate("Inflection::Migrator", "Schema step %1 (%2) failed: %3")
                        .arg(step.version)
                        .arg(step.name, query.lastError().text()));
        }
        QSqlQuery setVersion(db);
        // PRAGMA takes no bound values; the number comes from the file name, not from input.
        if (!setVersion.exec(u"PRAGMA user_version = "_s + QString::number(step.version)))
            return Result<>::failure(setVersion.lastError().text());
        if (Result<> committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace Inflection
