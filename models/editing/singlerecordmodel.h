// A review's one record of a kind (its incident facts, launch plan, proposal) as a one-row table, a
// column a field, for a form through QDataWidgetMapper; each edit is one undo step.
//
// Derived provides: enum columns in the order of Record::Field (ColumnCount last), commandIdBase,
//                   data() and setData() for its own display, QString describe(const Record &) const,
//                   static QString fieldDisplayName(Field).
// Repository needs: ofReview(reviewId), updateField(base, field, value).
#pragma once

#include "editing/conflictvalue.h"
#include "editing/recordtablemodel.h"
#include "editing/setfieldcommand.h"

namespace Inflection {

template<typename Derived, typename RecordType, typename Repository>
class SingleRecordModel : public RecordTableModel
{
public:
    using Record = RecordType;
    using Field = typename Record::Field;

    SingleRecordModel(Repository *repository, qint64 reviewId, QObject *parent = nullptr)
        : RecordTableModel(parent)
        , m_repository(repository)
    {
        m_record.reviewId = reviewId;
    }

    qint64 reviewId() const { return m_record.reviewId; }
    const Record &record() const { return m_record; }

    Result<> reload() override
    {
        Result<Record> fresh = m_repository->ofReview(m_record.reviewId);
        if (!fresh)
            return Result<>::errorOf(fresh);
        replaceRecordWithoutUndo(*fresh);
        return {};
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : Derived::ColumnCount;
    }
    // Each column by its field's name (what a conflict over it is told with).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < Derived::ColumnCount)
            return Derived::fieldDisplayName(static_cast<Field>(section));
        return RecordTableModel::headerData(section, orientation, role);
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const Qt::ItemFlags f = QAbstractTableModel::flags(index);
        return index.isValid() ? f | Qt::ItemIsEditable : f;
    }

    // One undoable edit of one field; false when the value is refused or unchanged, or not stored.
    bool setField(Field field, const QVariant &value)
    {
        Record probe = m_record;
        if (!probe.setField(field, value) || probe.field(field) == m_record.field(field))
            return false;
        const QVariant normalised = probe.field(field);
        push(new SetFieldCommand<Derived>(self(), QString::number(m_record.reviewId), field, normalised));
        return m_record.field(field) == normalised;
    }

    // What SetFieldCommand needs; the record's "uuid" is the review's id as text.
    const Record *recordByUuid(const QString &) const { return &m_record; }
    Result<Record> saveField(const Record &base, Field field, const QVariant &value)
    {
        return m_repository->updateField(base, field, value);
    }
    void replaceRecordWithoutUndo(const Record &record)
    {
        if (record == m_record)
            return;
        m_record = record;
        Q_EMIT dataChanged(index(0, 0), index(0, Derived::ColumnCount - 1));
    }
    QString shownValue(Field, const QVariant &value) const { return conflictValueText(value); }

protected:
    Repository *repository() const { return m_repository; }
    // For edits the derived model stores itself (the proposal's text).
    void setRecordWithoutUndo(const Record &record, int firstColumn, int lastColumn)
    {
        m_record = record;
        Q_EMIT dataChanged(index(0, firstColumn), index(0, lastColumn));
    }

private:
    Derived *self() { return static_cast<Derived *>(this); }

    Repository *m_repository;
    Record m_record;
};

} // namespace Inflection
