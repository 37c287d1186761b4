// One change to one stored record, done the way every repository does it: refused on a read-only
// workspace, one transaction, revision-checked, logged, and on a stale revision the stored record
// returned as a conflict.
#pragma once

#include "../domain/recorduuid.h"
#include "../domain/timestamp.h"
#include "bulkinserter.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QList>
#include <optional>

namespace Inflection::RecordUpdate {

QString readOnlyMessage();
QString goneMessage();

// What a conflict gives back: the record as stored now (someone else's), read while the writing
// transaction still holds the write lock, so that no other writer comes between and none can keep the
// read waiting (a failed read would look like a deleted record).
template<typename Record, typename Current>
Result<Record> conflictWith(ScopedTransaction &transaction, Current current)
{
    Result<Record> stored = current();
    (void)transaction.commit(); // nothing was written: only the read lock goes
    if (stored)
        return Result<Record>::conflict(std::move(stored).value());
    if (stored.error() == ErrorKind::Missing)
        return Result<Record>::failure(goneMessage());
    return stored;
}

// The end of every write: the change-log entries (with this time and author), the commit, and the
// record as now stored.
template<typename Record>
Result<Record> finish(Workspace *workspace, QSqlDatabase &db, ScopedTransaction &transaction,
    QList<RecordWriter::ChangeLogEntry> &log, const QString &now, Record record, int revision)
{
    for (RecordWriter::ChangeLogEntry &entry : log) {
        entry.at = now;
        entry.by = workspace->author();
        if (Result<> logged = RecordWriter::log(db, entry); !logged)
            return Result<Record>::errorOf(logged);
    }
    if (Result<> committed = transaction.commit(); !committed)
        return Result<Record>::errorOf(committed);
    record.revision = revision;
    record.updatedAt = timestampFromText(now);
    record.updatedBy = workspace->author();
    return record;
}

// Writes columns over base's row (table), provided its revision is still base.revision, and the
// log entries (their time and author filled in). edited is base with the change made in memory;
// current() returns what is stored now (a Result<Record>), for the conflict.
template<typename Record, typename Current>
Result<Record> update(Workspace *workspace, const QString &table, const Record &base, Record edited,
    const RecordWriter::ColumnValues &columns, QList<RecordWriter::ChangeLogEntry> log, Current current)
{
    if (workspace->isReadOnly())
        return Result<Record>::failure(ErrorKind::ReadOnly, readOnlyMessage());
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Result<Record>::errorOf(begun);
    const QString now = RecordWriter::now();
    const Result<> written
        = RecordWriter::update(db, table, base.id, base.revision, columns, workspace->author(), now);
    if (written.isConflict())
        return conflictWith<Record>(transaction, current);
    if (!written)
        return Result<Record>::errorOf(written);
    return finish(workspace, db, transaction, log, now, std::move(edited), base.revision + 1);
}

// Inserts record (a new uuid unless it has one) with columns, and the log entries. When the insert
// fails and current() finds a stored record (someone else created it first: a unique key), that
// record comes back as a conflict.
template<typename Record, typename Current>
Result<Record> create(Workspace *workspace, const QString &table, Record record,
    const RecordWriter::ColumnValues &columns, QList<RecordWriter::ChangeLogEntry> log, Current current)
{
    if (workspace->isReadOnly())
        return Result<Record>::failure(ErrorKind::ReadOnly, readOnlyMessage());
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Result<Record>::errorOf(begun);
    const QString now = RecordWriter::now();
    if (record.uuid.isEmpty())
        record.uuid = newRecordUuid();
    const Result<qint64> id = RecordWriter::insert(db, table, record.uuid, columns, workspace->author(), now);
    if (!id) {
        Result<Record> stored = current();
        (void)transaction.commit();
        if (stored)
            return Result<Record>::conflict(std::move(stored).value());
        return Result<Record>::errorOf(id);
    }
    record.id = *id;
    record.createdAt = timestampFromText(now);
    return finish(workspace, db, transaction, log, now, std::move(record), 1);
}

// Inserts many records in one transaction (a template list, an import, a benchmark): fills in
// their uuids (when empty), ids, revisions and times. columnsOf(record) and logOf(record) give
// each record's columns and change-log entry.
template<typename Record, typename Columns, typename Log>
Result<QList<Record>> insertMany(
    Workspace *workspace, const QString &table, QList<Record> records, Columns columnsOf, Log logOf)
{
    using Done = Result<QList<Record>>;
    if (workspace->isReadOnly())
        return Done::failure(ErrorKind::ReadOnly, readOnlyMessage());
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Done::errorOf(begun);
    const QString now = RecordWriter::now();
    std::optional<BulkInserter> inserter;
    for (Record &record : records) {
        if (record.uuid.isEmpty())
            record.uuid = newRecordUuid();
        const RecordWriter::ColumnValues columns = columnsOf(record);
        QStringList names;
        QVariantList values;
        for (const auto &column : columns) {
            names += column.first;
            values += column.second;
        }
        if (!inserter)
            inserter.emplace(db, table, names, workspace->author(), now);
        const Result<qint64> id = inserter->insert(record.uuid, values);
        if (!id)
            return Done::errorOf(id);
        record.id = *id;
        RecordWriter::ChangeLogEntry entry = logOf(record);
        entry.at = now;
        entry.by = workspace->author();
        if (Result<> logged = RecordWriter::log(db, entry); !logged)
            return Done::errorOf(logged);
        record.revision = 1;
        record.createdAt = record.updatedAt = timestampFromText(now);
        record.updatedBy = workspace->author();
    }
    if (Result<> committed = transaction.commit(); !committed)
        return Done::errorOf(committed);
    return records;
}

// For records stored on their first change (one per review or per key): updates base's row, or
// creates it with createColumns when base was never stored (id 0).
template<typename Record, typename Current>
Result<Record> updateOrCreate(Workspace *workspace, const QString &table, const Record &base,
    const Record &edited, const RecordWriter::ColumnValues &columns,
    const RecordWriter::ColumnValues &createColumns, const QList<RecordWriter::ChangeLogEntry> &log,
    Current current)
{
    if (base.id != 0)
        return update(workspace, table, base, edited, columns, log, current);
    return create(workspace, table, edited, createColumns, log, current);
}

// Deletes base's row if its revision is still base.revision, and logs it. The result carries base.
template<typename Record, typename Current>
Result<Record> remove(Workspace *workspace, const QString &table, const Record &base,
    RecordWriter::ChangeLogEntry log, Current current)
{
    if (workspace->isReadOnly())
        return Result<Record>::failure(ErrorKind::ReadOnly, readOnlyMessage());
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return Result<Record>::errorOf(begun);
    const Result<> removed = RecordWriter::remove(db, table, base.id, base.revision);
    if (removed.isConflict())
        return conflictWith<Record>(transaction, current);
    if (!removed)
        return Result<Record>::errorOf(removed);
    log.at = RecordWriter::now();
    log.by = workspace->author();
    if (Result<> logged = RecordWriter::log(db, log); !logged)
        return Result<Record>::errorOf(logged);
    if (Result<> committed = transaction.commit(); !committed)
        return Result<Record>::errorOf(committed);
    return base;
}

} // namespace Inflection::RecordUpdate
