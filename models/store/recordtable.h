// The SQL that every table of a review's records shares: reading a review's rows, finding one, adding,
// editing a field, moving (for tables in a manual order) and deleting, each revision-checked and logged.
// A repository describes its table once (a RecordTable::Mapping) and adds what is its own.
//
// Record needs: the ReviewPart members, `using Field = …`, field()/setField(), and a KeyTable of its
// fields whose keys are the column names (passed as fields).
#pragma once

#include "../domain/fractionalkey.h"
#include "../domain/keytable.h"
#include "../domain/result.h"
#include "recordrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "rowreader.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace Inflection {

namespace RecordTableDetail {
QString invalidValueMessage(const QVariant &value, const QString &fieldName);
QString invalidPlaceMessage();
} // namespace RecordTableDetail

template<typename Record>
class RecordTable
{
public:
    using Field = typename Record::Field;

    struct Mapping
    {
        QString table; // also the record's name in the change log
        const KeyTable<Field> &fields; // keys: the fields' column names
        QStringList columns; // after the meta columns and `review`, in the order read() and values() use
        // Fills the record's own members from the row; the first of columns is at column `first`.
        void (*read)(const QSqlQuery &query, int first, Record &record);
        // The stored values of columns, in their order.
        QVariantList (*values)(const Record &record);
        // A field's value as stored.
        QVariant (*stored)(Field field, const QVariant &value);
        // What the change log names when the record is added or deleted.
        QString (*describe)(const Record &record);
        QString orderBy = QStringLiteral("position, id");
        // The columns that name a record when its uuid is not yet known: a record stored on its first
        // change is found by them ({"review"} for one a review, {"review", "key"} for one a key).
        QStringList naturalKey = {};
    };

    RecordTable(Workspace *workspace, Mapping mapping)
        : m_workspace(workspace)
        , m_mapping(std::move(mapping))
        , m_rows {m_mapping.table, m_mapping.columns, m_mapping.read}
    { }

    Workspace *workspace() const { return m_workspace; }

    Result<QList<Record>> forReview(qint64 reviewId) const
    {
        return m_rows.forReview(m_workspace->database(), reviewId, m_mapping.orderBy);
    }

    // ErrorKind::Missing when there is no such record.
    Result<Record> find(const QString &uuid) const { return m_rows.find(m_workspace->database(), uuid); }

    // The record of the review with the natural key's values of probe (its uuid unknown).
    Result<Record> findByNaturalKey(const Record &probe) const
    {
        QVariantMap key;
        const RecordWriter::ColumnValues columns = columnsOf(probe);
        for (const auto &[column, value] : columns) {
            if (m_mapping.naturalKey.contains(column))
                key.insert(column, value);
        }
        return m_rows.findWhere(m_workspace->database(), key);
    }

    // A table of one record a review (naturalKey {"review"}): the review's record, or a blank one (id 0)
    // when nothing was written yet.
    Result<Record> ofReview(qint64 reviewId) const
    {
        Record blank;
        blank.reviewId = reviewId;
        Result<Record> stored = findByNaturalKey(blank);
        if (stored.error() == ErrorKind::Missing)
            return blank;
        return stored;
    }

    // Keeps record.uuid when set (an undone deletion comes back as itself); makes a new one otherwise.
    Result<Record> insert(const Record &record)
    {
        if (Result<> placed = checkPlace(record); !placed)
            return Result<Record>::errorOf(placed);
        return RecordUpdate::create(m_workspace, m_mapping.table, record, columnsOf(record),
            {createdLog(record)}, [&] { return current(record); });
    }

    // Many records in one transaction (a template list, an import, a benchmark).
    Result<QList<Record>> insertAll(const QList<Record> &records)
    {
        for (const Record &record : records) {
            if (Result<> placed = checkPlace(record); !placed)
                return Result<QList<Record>>::errorOf(placed);
        }
        return RecordUpdate::insertMany(
            m_workspace, m_mapping.table, records, [this](const Record &r) { return columnsOf(r); },
            [this](const Record &r) { return createdLog(r); });
    }

    // Writes one field, provided the stored revision is still base's. A record never stored (id 0) is
    // created with it, unless someone else created it first (then: a conflict carrying theirs).
    Result<Record> updateField(const Record &base, Field field, const QVariant &value)
    {
        Record edited = base;
        if (!edited.setField(field, value))
            return Result<Record>::failure(ErrorKind::Refused,
                RecordTableDetail::invalidValueMessage(value, m_mapping.fields.displayName(field)));
        const QString column = m_mapping.fields.key(field);
        const QVariant stored = m_mapping.stored(field, edited.field(field));
        const QList<RecordWriter::ChangeLogEntry> log {{base.reviewId, {}, {}, QStringLiteral("updated"),
            logField(base, column), m_mapping.stored(field, base.field(field)), stored}};
        return RecordUpdate::updateOrCreate(m_workspace, m_mapping.table, base, edited, {{column, stored}},
            columnsOf(edited), log, [&] { return current(base); });
    }

    // Writes the one row that moves (tables in a manual order).
    Result<Record> move(const Record &base, const QString &position)
    {
        if (!FractionalKey::isValid(position))
            return Result<Record>::failure(ErrorKind::Refused, RecordTableDetail::invalidPlaceMessage());
        Record moved = base;
        moved.position = position;
        return RecordUpdate::update(m_workspace, m_mapping.table, base, moved,
            {{QStringLiteral("position"), position}},
            {{base.reviewId, {}, {}, QStringLiteral("moved"), m_mapping.table, base.position, position}},
            [&] { return find(base.uuid); });
    }

    // Deletes base if it is still at base.revision; the result carries what was deleted.
    Result<Record> remove(const Record &base)
    {
        return RecordUpdate::remove(m_workspace, m_mapping.table, base,
            {base.reviewId, {}, {}, QStringLiteral("deleted"), m_mapping.table, m_mapping.describe(base), {}},
            [&] { return find(base.uuid); });
    }

    const Mapping &mapping() const { return m_mapping; }

    // All of a row's columns, in insert order: review, then the mapping's.
    RecordWriter::ColumnValues columnsOf(const Record &record) const
    {
        const QVariantList values = m_mapping.values(record);
        RecordWriter::ColumnValues columns;
        columns.reserve(values.size() + 1);
        columns.append({QStringLiteral("review"), record.reviewId});
        for (qsizetype i = 0; i < values.size(); ++i)
            columns.append({m_mapping.columns.at(i), values.at(i)});
        return columns;
    }

    QString select() const { return m_rows.select(); }
    Record read(const QSqlQuery &query) const { return m_rows.read(query); }

protected:
    Workspace *m_workspace;

private:
    Result<> checkPlace(const Record &record) const
    {
        if constexpr (HasPosition<Record>::value) {
            if (!FractionalKey::isValid(record.position))
                return Result<>::failure(ErrorKind::Refused, RecordTableDetail::invalidPlaceMessage());
        }
        return {};
    }

    // What is stored now in record's place, for a conflict.
    Result<Record> current(const Record &record) const
    {
        if (!record.uuid.isEmpty())
            return find(record.uuid);
        if (!m_mapping.naturalKey.isEmpty())
            return findByNaturalKey(record);
        return Result<Record>::failure(ErrorKind::Missing, RecordRows::notFoundMessage());
    }

    RecordWriter::ChangeLogEntry createdLog(const Record &record) const
    {
        return {record.reviewId, {}, {}, QStringLiteral("created"), m_mapping.table, {},
            m_mapping.describe(record)};
    }

    QString logField(const Record &record, const QString &column) const
    {
        // A record one of several a review (a checklist's answer) is logged by its key:
        // "checklist_answer.<key>.notes".
        QString name = m_mapping.table;
        const QVariantList values = m_mapping.values(record);
        for (const QString &key : m_mapping.naturalKey) {
            if (key != QStringLiteral("review"))
                name += u'.' + values.value(m_mapping.columns.indexOf(key)).toString();
        }
        return name + u'.' + column;
    }

    Mapping m_mapping;
    RowReader<Record> m_rows;
};

} // namespace Inflection
