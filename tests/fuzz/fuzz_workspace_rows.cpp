// libFuzzer target: the rows of a small valid workspace (the demo), changed as another program could
// change them, then opened, checked, listed and exported through the models. Not the file's bytes (SQLite
// fuzzes its own format): the values in a correct schema.
//
// The input is a sequence of edits of 4 bytes and a value: table, row, column, what to write (text,
// blob, integer, real, null, or delete the row), the value's length and its bytes. Tables and columns are
// Inflection's own, taken from the seed's schema; rows are counted from the first.
#include "fuzzsupport.h"
#include "io/demoworkspace.h"
#include "io/reviewexporter.h"
#include "store/reviewrepository.h"
#include "store/sqlitesupport.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sqlite3.h>
#include <unistd.h>

namespace {

struct Table
{
    QByteArray name;
    QList<QByteArray> columns;
};

QByteArray seed; // the demo workspace's bytes
QList<Table> tables;
QString path; // the file each input works on

// Inflection's tables and their columns, as the seed has them (the full-text index is kept by triggers).
QList<Table> readTables(sqlite3 *db)
{
    QList<Table> result;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
        "'review_search%' ORDER BY name",
        -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        result.append({QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))), {}});
    sqlite3_finalize(statement);
    for (Table &table : result) {
        sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info(?)", -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, table.name.constData(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW)
            table.columns.append(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        sqlite3_finalize(statement);
    }
    return result;
}

void applyEdits(sqlite3 *db, const uint8_t *data, size_t size)
{
    sqlite3_exec(db, "PRAGMA foreign_keys = OFF; BEGIN", nullptr, nullptr, nullptr);
    size_t at = 0;
    while (at + 5 <= size) {
        const Table &table = tables.at(data[at] % tables.size());
        const int row = data[at + 1];
        const QByteArray &column = table.columns.at(data[at + 2] % table.columns.size());
        const int kind = data[at + 3] % 6;
        const size_t length = std::min<size_t>(data[at + 4], size - at - 5);
        const QByteArray value(reinterpret_cast<const char *>(data + at + 5), qsizetype(length));
        at += 5 + length;
        // Names from the schema, never from the input; the input only as bound values.
        const QByteArray where = " WHERE rowid = (SELECT rowid FROM \"" + table.name + "\" LIMIT 1 OFFSET ?)";
        const QByteArray sql = kind == 5
            ? QByteArray("DELETE FROM \"" + table.name + '"' + where)
            : QByteArray("UPDATE \"" + table.name + "\" SET \"" + column + "\" = ?" + where);
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            continue;
        int index = 1;
        switch (kind) {
        case 0:
            sqlite3_bind_text(statement, index++, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            break;
        case 1:
            sqlite3_bind_blob(statement, index++, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            break;
        case 2:
            sqlite3_bind_int64(statement, index++,
                value.isEmpty() ? 0 : qint64(value.toHex().left(16).toULongLong(nullptr, 16)));
            break;
        case 3:
            sqlite3_bind_double(statement, index++,
                value.size() >= 8 ? *reinterpret_cast<const double *>(value.constData()) : 0.5);
            break;
        case 4:
            sqlite3_bind_null(statement, index++);
            break;
        default:
            break;
        }
        sqlite3_bind_int(statement, index, row);
        sqlite3_step(statement); // a refused value (a CHECK, NOT NULL) is as good as another
        sqlite3_finalize(statement);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    const QDir folder(qEnvironmentVariable("INFLECTION_FUZZ_DIR", QDir::tempPath()));
    const QString seedPath = folder.filePath(QStringLiteral("fuzz-rows-seed-%1.inflection").arg(::getpid()));
    path = folder.filePath(QStringLiteral("fuzz-rows-%1.inflection").arg(::getpid()));
    QFile::remove(seedPath);
    {
        Inflection::Workspace::Options options;
        options.journalMode = Inflection::Workspace::JournalMode::Delete; // one file to copy
        auto workspace = Inflection::Workspace::open(seedPath, options);
        if (!workspace || !Inflection::DemoWorkspace::populate(workspace->get()))
            return 1;
    }
    QFile file(seedPath);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    seed = file.readAll();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(seedPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    tables = readTables(db);
    sqlite3_close(db);
    QFile::remove(seedPath);
    return tables.isEmpty() ? 1 : 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(seed) != seed.size())
            return 0;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK)
        applyEdits(db, data, size);
    sqlite3_close(db);

    using namespace Inflection;
    // check: read-only, the schema verified, every page read.
    Workspace::Options readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    if (auto checked = Workspace::open(path, readOnly)) {
        QSqlDatabase connection = (*checked)->database();
        (void)SqliteSupport::integrityCheck(connection);
        // list and export.
        if (const Result<QList<Review>> all = ReviewRepository(checked->get()).all()) {
            for (const Review &review : *all) {
                if (const Result<QJsonObject> document = ReviewExporter(checked->get()).toJson(review.uuid))
                    (void)ReviewExporter::serialize(*document);
            }
        }
        (void)WorkspaceSettings(checked->get()).read();
    }
    // open, as the window does: writable.
    if (auto opened = Workspace::open(path)) {
        if (const Result<WorkspaceConfig> config = WorkspaceSettings(opened->get()).read()) {
            if (!WorkspaceSettings::check(*config))
                __builtin_trap(); // what is read is always something a person could have typed in
        }
    }
    return 0;
}
