// Undoable edit of one field of one stored record (a review, a contingency item, …).
//
// Model must provide:
//   using Record = …;   (Record::Field is its field enum)
//   static constexpr int commandIdBase;                         repeated edits of one field merge
//   const Record *recordByUuid(const QString &uuid) const;
//   Result<Record> saveField(const Record &base, Field field, const QVariant &value);
//   void replaceRecordWithoutUndo(const Record &record);
//   QString describe(const Record &record) const;              "the contingency “…”", nominative
//   static QString fieldDisplayName(Field field);
//   QString shownValue(Field field, const QVariant &value) const;   as the page shows it
//   void reportConflict(const EditConflict &conflict); void reportError(const QString &message);
//   QUndoStack *undoStackFor(const QString &uuid) const;       where "keep mine" records its edit
#pragma once

#include "editing/conflictvalue.h"
#include "editing/editconflict.h"
#include "editing/undo.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <QVariant>
#include <functional>

namespace Inflection {

template<typename Model>
class SetFieldCommand : public QUndoCommand
{
public:
    using Record = typename Model::Record;
    using Field = typename Record::Field;

    SetFieldCommand(
        Model *model, const QString &uuid, Field field, const QVariant &value, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_model(model)
        , m_uuid(uuid)
        , m_field(field)
        , m_newValue(value)
    {
        if (const Record *record = m_model->recordByUuid(uuid))
            m_oldValue = record->field(field);
        setText(QCoreApplication::translate("Inflection::SetFieldCommand", "Change %1")
                    .arg(Model::fieldDisplayName(field)));
    }

    void redo() override
    {
        if (!apply(m_oldValue, m_newValue))
            setObsolete(true);
    }

    void undo() override
    {
        if (!apply(m_newValue, m_oldValue))
            setObsolete(true);
    }

    // Commands of one model and field share an id, so repeated edits of one field merge.
    int id() const override { return Model::commandIdBase + static_cast<int>(m_field); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetFieldCommand *>(other);
        if (next->m_uuid != m_uuid || next->m_field != m_field)
            return false;
        m_newValue = next->m_newValue;
        if (m_newValue == m_oldValue)
            setObsolete(true);
        return true;
    }

private:
    // Writes `to` over the stored record. When another writer saved first, applies anyway only if
    // they left this field as it was (`from`); otherwise tells the user both values.
    bool apply(const QVariant &from, const QVariant &to)
    {
        const Record *current = m_model->recordByUuid(m_uuid);
        if (!current)
            return false;
        Record base = *current;
        for (int attempt = 0; attempt < 2; ++attempt) {
            Result<Record> result = m_model->saveField(base, m_field, to);
            if (result) {
                m_model->replaceRecordWithoutUndo(result.value());
                return true;
            }
            if (!result.isConflict() || !result.hasValue()) {
                // What was entered goes with the message, so that it is not lost with the field's
                // return to the stored value.
                m_model->reportError(
                    QCoreApplication::translate("Inflection::SetFieldCommand", "%1 (Your %2: “%3”.)")
                        .arg(result.message(), Model::fieldDisplayName(m_field),
                            m_model->shownValue(m_field, to)));
                return false;
            }
            const Record theirs = result.value();
            m_model->replaceRecordWithoutUndo(theirs);
            if (theirs.field(m_field) == from) {
                base = theirs;
                continue;
            }
            if (theirs.field(m_field) == to)
                return true; // they made the same change
            m_model->reportConflict({conflictMessage(theirs, to), keepMine(m_model, m_uuid, m_field, to)});
            return false;
        }
        return false;
    }

    QString conflictMessage(const Record &theirs, const QVariant &mine) const
    {
        //: Someone else saved the same field first: who, which record, which field, their value, yours.
        return QCoreApplication::translate("Inflection::SetFieldCommand",
            "%1 saved a change first: %2, %3. Theirs: “%4”. Yours, not saved: “%5”.")
            .arg(theirs.updatedBy, m_model->describe(theirs), Model::fieldDisplayName(m_field),
                m_model->shownValue(m_field, theirs.field(m_field)), m_model->shownValue(m_field, mine));
    }

    // Stores mine over theirs after all: a new edit of the field, from their value to mine, undoable like
    // any other. (This command is gone by then: a refused edit is obsolete.)
    static std::function<void()> keepMine(
        Model *model, const QString &uuid, Field field, const QVariant &mine)
    {
        return [model = QPointer<Model>(model), uuid, field, mine] {
            if (!model || !model->recordByUuid(uuid))
                return;
            Undo::push(model->undoStackFor(uuid), new SetFieldCommand(model, uuid, field, mine));
        };
    }

    Model *m_model;
    QString m_uuid;
    Field m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Inflection
