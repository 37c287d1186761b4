// The expected schema comes from the migration files themselves, applied to an in-memory database.
#include "schemaverifier.h"

#include "migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QMutex cacheMutex;
QHash<int, QList<SchemaVerifier::Object>> cache; // schema version → what the migrations make
QAtomicInt connectionCounter;

Result<QList<SchemaVerifier::Object>> readSchema(QSqlDatabase &db)
{
    QList<SchemaVerifier::Object> objects;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // sqlite_stat tables are made by ANALYZE (any tool may run it); they only guide the query planner.
    if (!query.exec(
            u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' "
            u"ESCAPE '\\' ORDER BY name"_s))
        return Result<QList<SchemaVerifier::Object>>::failure(query.lastError().text());
    while (query.next()) {
        objects.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString().simplified()});
    }
    if (query.lastError().isValid())
        return Result<QList<SchemaVerifier::Object>>::failure(query.lastError().text());
    return objects;
}

// The names of the full-text tables' shadow tables: SQLite's full-text module makes them, and words their
// SQL as its version does; they are compared by name and type only.
bool isShadowTable(const QString &name, const QList<SchemaVerifier::Object> &expected)
{
    for (const SchemaVerifier::Object &object : expected) {
        if (object.type == u"table"_s && object.sql.startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive)
            && name.startsWith(object.name + u'_') && name != object.name)
            return true;
    }
    return false;
}

QList<SchemaVerifier::Finding> compare(
    const QList<SchemaVerifier::Object> &actual, const QList<SchemaVerifier::Object> &expected)
{
    using Finding = SchemaVerifier::Finding;
    using Difference = SchemaVerifier::Difference;
    QMap<QString, const SchemaVerifier::Object *> wanted, found;
    for (const SchemaVerifier::Object &object : expected)
        wanted.insert(object.name.toLower(), &object);
    for (const SchemaVerifier::Object &object : actual)
        found.insert(object.name.toLower(), &object);
    QMap<QString, Finding> findings; // by name, so that they come in one order
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const SchemaVerifier::Object &object = **it;
        const SchemaVerifier::Object *expectedObject = wanted.value(it.key());
        if (!expectedObject)
            findings.insert(it.key(), {Difference::Unknown, object.type, object.name, {}, 0});
        else if (expectedObject->type != object.type)
            findings.insert(
                it.key(), {Difference::OtherType, object.type, object.name, expectedObject->type, 0});
        else if (isShadowTable(expectedObject->name, expected))
            continue;
        else if (expectedObject->sql != object.sql
            || expectedObject->table.compare(object.table, Qt::CaseInsensitive))
            findings.insert(it.key(), {Difference::Changed, object.type, object.name, {}, 0});
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (!found.contains(it.key()))
            findings.insert(it.key(), {Difference::Missing, (*it)->type, (*it)->name, {}, 0});
    }
    return findings.values();
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT name FROM pragma_table_info(?)"_s);
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            columns.append(query.value(0).toString().toLower());
    }
    return columns;
}

// Only what this build knows: its tables are there, as tables, with its columns.
Result<QList<SchemaVerifier::Finding>> verifyNewer(
    QSqlDatabase &db, const QList<SchemaVerifier::Object> &actual)
{
    using Finding = SchemaVerifier::Finding;
    using Difference = SchemaVerifier::Difference;
    const Result<QList<SchemaVerifier::Object>> expected
        = SchemaVerifier::expected(Migrator::latestVersion());
    if (!expected)
        return Result<QList<Finding>>::errorOf(expected);
    QHash<QString, const SchemaVerifier::Object *> found;
    for (const SchemaVerifier::Object &object : actual)
        found.insert(object.name.toLower(), &object);
    // The columns the latest migrations give each table, from an in-memory database again.
    QList<Finding> findings;
    const QString name
        = u"inflection-expected-columns-"_s + QString::number(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        memory.setDatabaseName(u":memory:"_s);
        const bool made = memory.open() && Migrator::migrate(memory);
        for (const SchemaVerifier::Object &object : *expected) {
            if (!made || object.type != u"table"_s || isShadowTable(object.name, *expected))
                continue;
            const SchemaVerifier::Object *fileObject = found.value(object.name.toLower());
            if (!fileObject) {
                findings.append({Difference::Missing, object.type, object.name, {}, 0});
            } else if (fileObject->type != object.type) {
                findings.append({Difference::OtherType, fileObject->type, object.name, object.type, 0});
            } else {
                const QStringList have = columnsOf(db, object.name);
                for (const QString &column : columnsOf(memory, object.name)) {
                    if (!have.contains(column)) {
                        findings.append({Difference::Changed, object.type, object.name, {}, 0});
                        break;
                    }
                }
            }
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    return findings;
}

} // namespace

bool SchemaVerifier::Object::operator==(const Object &other) const
{
    return type == other.type && name == other.name && table == other.table && sql == other.sql;
}

Result<QList<SchemaVerifier::Object>> SchemaVerifier::expected(int version)
{
    version = qBound(0, version, Migrator::latestVersion());
    const QMutexLocker lock(&cacheMutex);
    if (const auto it = cache.constFind(version); it != cache.cend())
        return *it;
    const QString name
        = u"inflection-expected-schema-"_s + QString::number(connectionCounter.fetchAndAddRelaxed(1));
    Result<QList<Object>> objects = Result<QList<Object>>::failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open()) {
            objects = Result<QList<Object>>::failure(db.lastError().text());
        } else if (const Result<> migrated = Migrator::migrate(db, version); !migrated) {
            objects = Result<QList<Object>>::errorOf(migrated);
        } else {
            objects = readSchema(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (objects)
        cache.insert(version, *objects);
    return objects;
}

void SchemaVerifier::prepare()
{
    // expected() holds the cache's lock while it works: whoever asks meanwhile waits for this result.
    QThreadPool::globalInstance()->start([] { (void)expected(Migrator::latestVersion()); });
}

Result<QList<SchemaVerifier::Object>> SchemaVerifier::actual(QSqlDatabase &db)
{
    return readSchema(db);
}

Result<QList<SchemaVerifier::Finding>> SchemaVerifier::verify(QSqlDatabase &db, int version)
{
    const Result<QList<Object>> fileObjects = actual(db);
    if (!fileObjects)
        return Result<QList<Finding>>::errorOf(fileObjects);
    if (version > Migrator::latestVersion())
        return verifyNewer(db, *fileObjects);
    const Result<QList<Object>> wanted = expected(version);
    if (!wanted)
        return Result<QList<Finding>>::errorOf(wanted);
    QList<Finding> findings = compare(*fileObjects, *wanted);
    if (findings.isEmpty())
        return findings;
    // A file whose objects are exactly those of another version says the wrong version: the newest such
    // (a step may change no object of a file, as 012 does).
    for (int other = Migrator::latestVersion(); other >= 0; --other) {
        if (other == version)
            continue;
        const Result<QList<Object>> otherObjects = expected(other);
        if (otherObjects && compare(*fileObjects, *otherObjects).isEmpty())
            return QList<Finding> {{Difference::OtherVersion, {}, {}, {}, other, version}};
    }
    return findings;
}

QString SchemaVerifier::describe(const QString &path, const Finding &finding)
{
    const QString file = QDir::toNativeSeparators(path);
    auto translated = [](const char *text) {
        return QCoreApplication::translate("Inflection::SchemaVerifier", text);
    };
    const bool table = finding.type == u"table"_s;
    const bool index = finding.type == u"index"_s;
    const bool trigger = finding.type == u"trigger"_s;
    switch (finding.difference) {
    case Difference::Unknown:
        return (table     ? translated(QT_TRANSLATE_NOOP(
                        "Inflection::SchemaVerifier", "“%1” has a table Inflection did not make: %2"))
                : index   ? translated(QT_TRANSLATE_NOOP(
                        "Inflection::SchemaVerifier", "“%1” has an index Inflection did not make: %2"))
                : trigger ? translated(QT_TRANSLATE_NOOP(
                      "Inflection::SchemaVerifier", "“%1” has a trigger Inflection did not make: %2"))
                          : translated(QT_TRANSLATE_NOOP(
                              "Inflection::SchemaVerifier", "“%1” has a view Inflection did not make: %2")))
            .arg(file, finding.name);
    case Difference::Missing:
        return (table     ? translated(QT_TRANSLATE_NOOP(
                        "Inflection::SchemaVerifier", "“%1” lacks a table Inflection makes: %2"))
                : index   ? translated(QT_TRANSLATE_NOOP(
                        "Inflection::SchemaVerifier", "“%1” lacks an index Inflection makes: %2"))
                : trigger ? translated(QT_TRANSLATE_NOOP(
                      "Inflection::SchemaVerifier", "“%1” lacks a trigger Inflection makes: %2"))
                          : translated(QT_TRANSLATE_NOOP(
                              "Inflection::SchemaVerifier", "“%1” lacks a view Inflection makes: %2")))
            .arg(file, finding.name);
    case Difference::Changed:
        return (table     ? translated(QT_TRANSLATE_NOOP(
                        "Inflection::SchemaVerifier", "“%1” has a table changed from what Inflection made: %2"))
                : index   ? translated(QT_TRANSLATE_NOOP("Inflection::SchemaVerifier",
                        "“%1” has an index changed from what Inflection made: %2"))
                : trigger ? translated(QT_TRANSLATE_NOOP("Inflection::SchemaVerifier",
                      "“%1” has a trigger changed from what Inflection made: %2"))
                          : translated(QT_TRANSLATE_NOOP("Inflection::SchemaVerifier",
                              "“%1” has a view changed from what Inflection made: %2")))
            .arg(file, finding.name);
    case Difference::OtherType:
        return translated(
            QT_TRANSLATE_NOOP("Inflection::SchemaVerifier", "“%1” has a %2 where Inflection makes a %3: %4"))
            .arg(file, finding.type, finding.expectedType, finding.name);
    case Difference::OtherVersion:
        return translated(QT_TRANSLATE_NOOP("Inflection::SchemaVerifier",
                              "“%1” says it has schema version %2, but its tables are those of version %3"))
            .arg(file)
            .arg(finding.claimedVersion)
            .arg(finding.version);
    }
    return {};
}

} // namespace Inflection
