// A table of stored records in a manual order (fractional position keys): loading, adding,
// deleting and moving through undo commands, drag and drop by uuid, keyboard moves.
//
// Derived (CRTP) provides: static constexpr RecordNouns nouns (its texts, marked QT_TR_NOOP),
//                          static constexpr Field labelField (what names a record in a message),
//                          enum Column { …, ColumnCount } and columnTitles[ColumnCount];
//                          it may hide describe() when a record is named otherwise.
// Record needs: the ReviewPart members and position.
// Repository needs (a RecordTable does): forReview(reviewId), find(uuid), insert(record),
//                   updateField(base, field, value), remove(record), move(record, position).
#pragma once

#include "domain/recorduuid.h"
#include "editing/addremovecommand.h"
#include "editing/movecommand.h"
#include "editing/orderedrows.h"
#include "editing/recordnouns.h"
#include "editing/recordtablemodel.h"
#include "editing/setfieldcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUndoStack>

#include <optional>

namespace Inflection {

template<typename Derived, typename RecordType, typename Repository>
class OrderedRecordModel : public RecordTableModel
{
public:
    using Record = RecordType;
    using Field = typename Record::Field;

    OrderedRecordModel(Repository *repository, qint64 reviewId, QObject *parent = nullptr)
        : RecordTableModel(parent)
        , m_repository(repository)
        , m_reviewId(reviewId)
    { }

    // What the commands call the records, translated in Derived's context.
    static QString addText() { return Derived::tr(Derived::nouns.add); }
    static QString removeText() { return Derived::tr(Derived::nouns.remove); }
    static QString moveText() { return Derived::tr(Derived::nouns.move); }
    // Drag and drop carries the uuids of the rows, one a line.
    static QString mimeType() { return Derived::nouns.mimeType(); }
    // "the contingency “Database failover”"
    QString describe(const Record &record) const
    {
        return Derived::tr(Derived::nouns.one).arg(record.field(Derived::labelField).toString());
    }

    Repository *repository() const { return m_repository; }
    qint64 reviewId() const { return m_reviewId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : Derived::ColumnCount;
    }
    // The columns are the fields, in their order; Derived hides this when they are not.
    static std::optional<Field> fieldOfColumn(int column)
    {
        if (column < 0 || column >= Derived::ColumnCount)
            return std::nullopt;
        return static_cast<Field>(column);
    }
    // The column titles: Derived::columnTitles, marked QT_TR_NOOP.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || section >= Derived::ColumnCount)
            return QAbstractTableModel::headerData(section, orientation, role);
        return Derived::tr(Derived::columnTitles[section]);
    }
    // Rows are dragged and dropped between; a column that is a field is edited in place.
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::ItemIsDropEnabled; // between rows
        const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
        return Derived::fieldOfColumn(index.column()) ? f | Qt::ItemIsEditable : f;
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        const auto field = Derived::fieldOfColumn(index.column());
        if (role != Qt::EditRole
            || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || !field)
            return false;
        return setField(m_records.at(index.row()).uuid, *field, value);
    }

    const QList<Record> &records() const { return m_records; }
    const Record &recordAt(int row) const { return m_records.at(row); }
    int rowOfUuid(const QString &uuid) const
    {
        // An edit asks for the same record several times in a row: try where it was last found.
        if (m_rowHint >= 0 && m_rowHint < m_records.size() && m_records.at(m_rowHint).uuid == uuid)
            return m_rowHint;
        // A table of uuid -> row, built when first needed after the rows last shifted: a long
        // timeline is not searched row by row for each record.
        if (!m_rowIndexValid) {
            m_rowIndex.clear();
            m_rowIndex.reserve(m_records.size());
            for (int row = 0; row < m_records.size(); ++row)
                m_rowIndex.insert(m_records.at(row).uuid, row);
            m_rowIndexValid = true;
        }
        m_rowHint = m_rowIndex.value(uuid, -1);
        return m_rowHint;
    }
    const Record *recordByUuid(const QString &uuid) const
    {
        const int row = rowOfUuid(uuid);
        return row < 0 ? nullptr : &m_records.at(row);
    }
    // A key that puts a record before `row` (rowCount(): at the end), ignoring the one moving.
    QString positionBefore(int row, const QString &movingUuid = QString()) const
    {
        return OrderedRows::positionBefore(m_records, row, movingUuid);
    }

    // Loads from the store, keeping rows (and so selections) of records that are still there.
    Result<> reload() override
    {
        Result<QList<Record>> loaded = m_repository->forReview(m_reviewId);
        if (!loaded)
            return Result<>::errorOf(loaded);
        const QList<Record> fresh = std::move(loaded).value();
        if (m_records.isEmpty()) {
            // The first load: all rows at once.
            if (!fresh.isEmpty())
                resetRecords(fresh);
            return {};
        }
        QHash<QString, int> freshRow;
        freshRow.reserve(fresh.size());
        for (int i = 0; i < fresh.size(); ++i)
            freshRow.insert(fresh.at(i).uuid, i);
        // Many rows come, go or move at once (an import, or its undo): one reset, rather than a
        // row at a time (each of which shifts the rows after it). Selections are lost then.
        qsizetype kept = 0;
        qsizetype moved = 0;
        for (const Record &record : std::as_const(m_records)) {
            const auto found = freshRow.constFind(record.uuid);
            if (found == freshRow.cend())
                continue;
            ++kept;
            if (fresh.at(*found).position != record.position)
                ++moved;
        }
        const qsizetype changes = (m_records.size() - kept) + (fresh.size() - kept) + moved;
        if (changes > 256) {
            resetRecords(fresh);
            return {};
        }
        for (int row = int(m_records.size()) - 1; row >= 0; --row) {
            if (!freshRow.contains(m_records.at(row).uuid))
                removeRow(row);
        }
        // Rows in place are replaced in place, in one pass; the few that moved follow their keys.
        QList<Record> movedRecords;
        QSet<QString> present;
        present.reserve(m_records.size());
        for (int row = 0; row < m_records.size(); ++row) {
            const Record &now = fresh.at(freshRow.value(m_records.at(row).uuid));
            present.insert(now.uuid);
            if (now.position != m_records.at(row).position) {
                movedRecords.append(now);
            } else if (m_records.at(row) != now) {
                m_records[row] = now;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
        for (const Record &record : std::as_const(movedRecords))
            replaceRecordWithoutUndo(record);
        for (const Record &record : fresh) {
            if (!present.contains(record.uuid))
                insertRecordWithoutUndo(record);
        }
        recordsChanged();
        return {};
    }

    // Undoable structural edits. Rows are "insert before": rowCount() appends.
    QString addRecord(int row, const Record &fields)
    {
        Record record = fields;
        record.uuid = newRecordUuid(); // known before it is stored: the command may be gone by then
        record.reviewId = m_reviewId;
        record.position = positionBefore(qBound(0, row, int(m_records.size())));
        push(new AddRemove(self(), AddRemove::Kind::Add, record));
        return rowOfUuid(record.uuid) >= 0 ? record.uuid : QString();
    }

    // Several records as one undo step; returns how many were added.
    int addRecords(int row, const QList<Record> &records, const QString &stepName)
    {
        if (records.isEmpty())
            return 0;
        row = qBound(0, row, int(m_records.size()));
        const QString after = row < m_records.size() ? m_records.at(row).position : QString();
        QString previous = row > 0 ? m_records.at(row - 1).position : QString();
        auto *macro = new QUndoCommand(stepName);
        for (Record record : records) {
            record.uuid.clear();
            record.reviewId = m_reviewId;
            record.position = FractionalKey::between(previous, after == previous ? QString() : after);
            previous = record.position;
            new AddRemove(self(), AddRemove::Kind::Add, record, macro);
        }
        const qsizetype countBefore = m_records.size();
        push(macro);
        return int(m_records.size() - countBefore);
    }

    bool removeRecords(const QStringList &uuids, const QString &stepName)
    {
        QList<Record> targets;
        for (const QString &uuid : uuids) {
            if (const Record *record = recordByUuid(uuid))
                targets.append(*record);
        }
        if (targets.isEmpty())
            return false;
        const qsizetype countBefore = m_records.size();
        if (targets.size() == 1) {
            push(new AddRemove(self(), AddRemove::Kind::Remove, targets.first()));
        } else {
            auto *macro = new QUndoCommand(stepName);
            for (const Record &record : std::as_const(targets))
                new AddRemove(self(), AddRemove::Kind::Remove, record, macro);
            push(macro);
        }
        return m_records.size() < countBefore;
    }

    // One undoable edit of one field of a record; false when the value is refused or unchanged, or
    // the store did not take it. uuid by value, as for moveRecord.
    bool setField(QString uuid, Field field, const QVariant &value)
    {
        const Record *record = recordByUuid(uuid);
        if (!record)
            return false;
        Record probe = *record;
        if (!probe.setField(field, value) || probe.field(field) == record->field(field))
            return false;
        const QVariant normalised = probe.field(field);
        push(new SetFieldCommand<Derived>(self(), uuid, field, normalised));
        const Record *after = recordByUuid(uuid);
        return after && after->field(field) == normalised;
    }

    // uuid by value: callers often pass a reference into the rows this reorders.
    bool moveRecord(QString uuid, int destinationRow)
    {
        const int row = rowOfUuid(uuid);
        if (row < 0 || destinationRow < 0 || destinationRow > m_records.size() || destinationRow == row
            || destinationRow == row + 1)
            return false;
        const QString from = m_records.at(row).position;
        const QString to = positionBefore(destinationRow, uuid);
        if (to.isEmpty())
            return false;
        push(new MoveCommand<Derived>(self(), uuid, from, to));
        return m_records.at(rowOfUuid(uuid)).position == to;
    }

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override
    {
        if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
            || sourceRow + count > m_records.size() || destinationChild < 0
            || destinationChild > m_records.size())
            return false;
        if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
            return false; // onto itself
        QStringList uuids;
        for (int r = sourceRow; r < sourceRow + count; ++r)
            uuids += m_records.at(r).uuid;
        const QString anchor
            = destinationChild < m_records.size() ? m_records.at(destinationChild).uuid : QString();
        return moveBefore(uuids, anchor);
    }

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {Derived::mimeType()}; }

    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QList<int> rows;
        for (const QModelIndex &index : indexes) {
            if (index.isValid())
                rows.append(index.row());
        }
        return OrderedRows::mimeData(Derived::mimeType(), m_records, rows);
    }

    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const override
    {
        if (!data || action != Qt::MoveAction || !data->hasFormat(Derived::mimeType()))
            return false;
        if ((parent.isValid() && parent.model() != this) || row > m_records.size())
            return false;
        const QStringList uuids = OrderedRows::uuidsOf(data, Derived::mimeType());
        return !uuids.isEmpty() && std::all_of(uuids.cbegin(), uuids.cend(), [this](const QString &uuid) {
            return rowOfUuid(uuid) >= 0;
        });
    }

    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override
    {
        if (!canDropMimeData(data, action, row, column, parent))
            return false;
        // Dropped on a row: before it. After the last row or on empty space: at the end.
        const int target = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_records.size()));
        const QString anchor = target < m_records.size() ? m_records.at(target).uuid : QString();
        // The move is done here; the view must not also remove the dragged rows (removeRows is
        // not implemented, so nothing is removed either way).
        return moveBefore(OrderedRows::uuidsOf(data, Derived::mimeType()), anchor);
    }

    // What SetFieldCommand needs.
    Result<Record> saveField(const Record &base, Field field, const QVariant &value)
    {
        return m_repository->updateField(base, field, value);
    }
    QString shownValue(Field, const QVariant &value) const { return conflictValueText(value); }

    // Store and model together, for the commands. Each returns false (and reports why) when the
    // store refused.
    bool storeInsert(Record *record)
    {
        Result<Record> stored = m_repository->insert(*record);
        if (!stored) {
            reportError(stored.message());
            return false;
        }
        *record = *stored;
        insertRecordWithoutUndo(*stored);
        recordsChanged();
        return true;
    }

    bool storeRemove(const QString &uuid, Record *removed)
    {
        const Record *current = recordByUuid(uuid);
        if (!current)
            return false;
        Result<Record> result = m_repository->remove(*current);
        if (result) {
            *removed = *result;
            removeRecordWithoutUndo(uuid);
            recordsChanged();
            return true;
        }
        if (result.isConflict() && result.hasValue()) {
            replaceRecordWithoutUndo(*result);
            reportConflict(QCoreApplication::translate("Inflection::OrderedRecordModel",
                "%1 changed %2 while you were deleting it, so it was kept. "
                "Delete it again if it should go.")
                               .arg(result->updatedBy, self()->describe(*result)));
            return false;
        }
        reportError(result.message());
        if (m_repository->find(uuid).error()
            == ErrorKind::Missing) // deleted elsewhere: the row goes here too
            removeRecordWithoutUndo(uuid);
        return false;
    }

    bool storeMove(const QString &uuid, const QString &from, const QString &to)
    {
        const Record *current = recordByUuid(uuid);
        if (!current)
            return false;
        Record base = *current;
        for (int attempt = 0; attempt < 2; ++attempt) {
            Result<Record> result = m_repository->move(base, to);
            if (result) {
                replaceRecordWithoutUndo(*result);
                recordsChanged();
                return true;
            }
            if (!result.isConflict() || !result.hasValue()) {
                reportError(result.message());
                return false;
            }
            replaceRecordWithoutUndo(*result);
            if (result->position != from) {
                reportConflict(QCoreApplication::translate(
                    "Inflection::OrderedRecordModel", "%1 moved %2 before you; it stays where they put it.")
                                   .arg(result->updatedBy, self()->describe(*result)));
                recordsChanged();
                return false;
            }
            base = *result; // they changed something else: the move still applies
        }
        return false;
    }

    // Changes between the matching begin…/end… calls; a row follows its record's position.
    void insertRecordWithoutUndo(const Record &record)
    {
        if (rowOfUuid(record.uuid) >= 0) {
            replaceRecordWithoutUndo(record);
            return;
        }
        const int row = OrderedRows::sortedRow(m_records, record);
        beginInsertRows(QModelIndex(), row, row);
        m_records.insert(row, record);
        if (row == m_records.size() - 1 && m_rowIndexValid)
            m_rowIndex.insert(record.uuid, row); // appended: no other row shifted
        else
            m_rowIndexValid = false;
        endInsertRows();
    }

    void removeRecordWithoutUndo(const QString &uuid)
    {
        const int row = rowOfUuid(uuid);
        if (row >= 0)
            removeRow(row);
    }

    void replaceRecordWithoutUndo(const Record &record)
    {
        const int row = rowOfUuid(record.uuid);
        if (row < 0)
            return;
        const bool moved = m_records.at(row).position != record.position;
        if (m_records.at(row) != record) {
            m_records[row] = record;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        if (moved)
            moveToSortedRow(row);
    }

protected:
    using AddRemove = AddRemoveCommand<Derived>;

    // After the rows changed (loaded, added, removed, moved): for flags that depend on neighbours.
    virtual void recordsChanged() { }

    QList<Record> m_records;

private:
    Derived *self() { return static_cast<Derived *>(this); }
    const Derived *self() const { return static_cast<const Derived *>(this); }

    void removeRow(int row)
    {
        beginRemoveRows(QModelIndex(), row, row);
        m_records.removeAt(row);
        m_rowIndexValid = false;
        endRemoveRows();
    }

    void resetRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        m_rowIndexValid = false;
        endResetModel();
        recordsChanged();
    }

    void moveToSortedRow(int row)
    {
        const int target = OrderedRows::sortedRow(m_records, m_records.at(row), row);
        if (target == row)
            return;
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), target > row ? target + 1 : target);
        m_records.move(row, target);
        m_rowIndexValid = false;
        endMoveRows();
        m_rowHint = target;
    }

    // Moves each record just before the record anchor (empty: to the end); one undo step.
    bool moveBefore(const QStringList &uuids, const QString &anchor)
    {
        const bool macro = undoStack() && uuids.size() > 1;
        if (macro)
            undoStack()->beginMacro(Derived::moveText());
        bool moved = false;
        for (const QString &uuid : uuids) {
            if (uuid == anchor)
                continue;
            moved = moveRecord(uuid, anchor.isEmpty() ? int(m_records.size()) : rowOfUuid(anchor)) || moved;
        }
        if (macro)
            undoStack()->endMacro();
        return moved;
    }

    Repository *m_repository;
    qint64 m_reviewId;
    mutable int m_rowHint = -1;
    mutable QHash<QString, int> m_rowIndex; // uuid -> row, while m_rowIndexValid
    mutable bool m_rowIndexValid = false;
};

} // namespace Inflection
