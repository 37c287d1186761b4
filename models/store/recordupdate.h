// One change to one stored record, done the way every repository does it: refused on a read-only
// workspace, one transaction, revision-checked, logged, and on a stale revision the stored record
// returned as a conflict.
#pragma once

#include "../domain/timestamp.h"
#include "bulkinserter.h"
#include "recordwriter.h"
#include "saveresult.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QList>
#include <optional>

namespace Inflection::RecordUpdate {

QString readOnlyMessage();
QString goneMessage();
// A new record uuid: RFC 9562 version 7 (time-ordered).
QString newUuid();

// The end of every write: the change-log entries (with this time and author), the commit, and the
// record as now stored.
template<typename Record>
SaveResult<Record> finish(Workspace *workspace, QSqlDatabase &db, ScopedTransaction &transaction,
    QList<RecordWriter::ChangeLogEntry> &log, const QString &now, Record record, int revision)
{
    QString error;
    for (RecordWriter::ChangeLogEntry &entry : log) {
        entry.at = now;
        entry.by = workspace->author();
        if (!RecordWriter::log(db, entry, &error))
            return SaveResult<Record>::failed(error);
    }
    if (!transaction.commit())
        return SaveResult<Record>::failed(transaction.errorMessage());
    record.revision = revision;
    record.updatedAt = timestampFromText(now);
    record.updatedBy = workspace->author();
    return SaveResult<Record>::saved(record);
}

// Writes columns over base's row (table), provided its revision is still base.revision, and the
// log entries (their time and author filled in). edited is base with the change made in memory;
// current() returns what is stored now, for the conflict.
template<typename Record, typename Current>
SaveResult<Record> update(Workspace *workspace, const QString &table, const Record &base, Record edited,
    const RecordWriter::ColumnValues &columns, QList<RecordWriter::ChangeLogEntry> log, Current current)
{
    using Result = SaveResult<Record>;
    if (workspace->isReadOnly())
        return Result::failed(readOnlyMessage());
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    const QString now = RecordWriter::now();
    QString error;
    switch (
        RecordWriter::update(db, table, base.id, base.revision, columns, workspace->author(), now, &error)) {
    case RecordWriter::Outcome::Failed:
        return Result::failed(error);
    case RecordWriter::Outcome::Stale: {
        // Read while this transaction still holds the write lock: no other writer comes between, and
        // none can keep the read waiting (a failed read would look like a deleted record).
        const auto stored = current();
        transaction.commit();
        return stored ? Result::conflict(*stored) : Result::failed(goneMessage());
    }
    case RecordWriter::Outcome::Written:
        break;
    }
    return finish(workspace, db, transaction, log, now, edited, base.revision + 1);
}

// Inserts record (a new uuid unless it has one) with columns, and the log entries. When the insert
// fails and current() finds a stored record (someone else created it first: a unique key), that
// record comes back as a conflict.
template<typename Record, typename Current>
SaveResult<Record> create(Workspace *workspace, const QString &table, Record record,
    const RecordWriter::ColumnValues &columns, QList<RecordWriter::ChangeLogEntry> log, Current current)
{
    using Result = SaveResult<Record>;
    if (workspace->isReadOnly())
        return Result::failed(readOnlyMessage());
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    const QString now = RecordWriter::now();
    QString error;
    if (record.uuid.isEmpty())
        record.uuid = newUuid();
    record.id = RecordWriter::insert(db, table, record.uuid, columns, workspace->author(), now, &error);
    if (record.id == 0) {
        // Read while this transaction still holds the write lock: no other writer comes between, and
        // none can keep the read waiting (a failed read would look like a deleted record).
        const auto stored = current();
        transaction.commit();
        return stored ? Result::conflict(*stored) : Result::failed(error);
    }
    return finish(workspace, db, transaction, log, now, record, 1);
}

// Inserts many records in one transaction (a template list, an import, a benchmark): fills in
// their uuids (when empty), ids, revisions and times. columnsOf(record) and logOf(record) give
// each record's columns and change-log entry.
template<typename Record, typename Columns, typename Log>
bool insertMany(Workspace *workspace, const QString &table, QList<Record> *records, Columns columnsOf,
    Log logOf, QString *error)
{
    if (workspace->isReadOnly()) {
        *error = readOnlyMessage();
        return false;
    }
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return false;
    }
    const QString now = RecordWriter::now();
    std::optional<BulkInserter> inserter;
    for (Record &record : *records) {
        if (record.uuid.isEmpty())
            record.uuid = newUuid();
        const RecordWriter::ColumnValues columns = columnsOf(record);
        QStringList names;
        QVariantList values;
        for (const auto &column : columns) {
            names += column.first;
            values += column.second;
        }
        if (!inserter)
            inserter.emplace(db, table, names, workspace->author(), now);
        record.id = inserter->insert(record.uuid, values, error);
        RecordWriter::ChangeLogEntry entry = logOf(record);
        entry.at = now;
        entry.by = workspace->author();
        if (record.id == 0 || !RecordWriter::log(db, entry, error))
            return false;
        record.revision = 1;
        record.createdAt = record.updatedAt = timestampFromText(now);
        record.updatedBy = workspace->author();
    }
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return false;
    }
    return true;
}

// For records stored on their first change (one per review or per key): updates base's row, or
// creates it with createColumns when base was never stored (id 0).
template<typename Record, typename Current>
SaveResult<Record> updateOrCreate(Workspace *workspace, const QString &table, const Record &base,
    const Record &edited, const RecordWriter::ColumnValues &columns,
    const RecordWriter::ColumnValues &createColumns, const QList<RecordWriter::ChangeLogEntry> &log,
    Current current)
{
    if (base.id != 0)
        return update(workspace, table, base, edited, columns, log, current);
    return create(workspace, table, edited, createColumns, log, current);
}

// Deletes base's row if its revision is still base.revision, and logs it. Saved carries base.
template<typename Record, typename Current>
SaveResult<Record> remove(Workspace *workspace, const QString &table, const Record &base,
    RecordWriter::ChangeLogEntry log, Current current)
{
    using Result = SaveResult<Record>;
    if (workspace->isReadOnly())
        return Result::failed(readOnlyMessage());
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    QString error;
    switch (RecordWriter::remove(db, table, base.id, base.revision, &error)) {
    case RecordWriter::Outcome::Failed:
        return Result::failed(error);
    case RecordWriter::Outcome::Stale: {
        // Read while this transaction still holds the write lock: no other writer comes between, and
        // none can keep the read waiting (a failed read would look like a deleted record).
        const auto stored = current();
        transaction.commit();
        return stored ? Result::conflict(*stored) : Result::failed(goneMessage());
    }
    case RecordWriter::Outcome::Written:
        break;
    }
    log.at = RecordWriter::now();
    log.by = workspace->author();
    if (!RecordWriter::log(db, log, &error))
        return Result::failed(error);
    if (!transaction.commit())
        return Result::failed(transaction.errorMessage());
    return Result::saved(base);
}

} // namespace Inflection::RecordUpdate
