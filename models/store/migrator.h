// Brings a workspace's schema up to date from the numbered scripts in resources/schema.
#pragma once

#include "../domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Inflection {

class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // The steps shipped with the app, in order; version N is the file NNN-name.sql.
    static QList<Step> steps();
    // The newest schema version this build knows.
    static int latestVersion();

    // Applies every step newer than the file's user_version, each in its own transaction that
    // also sets user_version. Stops at targetVersion (the latest when negative).
    static Result<> migrate(QSqlDatabase &db, int targetVersion = -1);
};

} // namespace Inflection
