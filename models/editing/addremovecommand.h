// Undoable addition or deletion of one stored record (a contingency, an attendee, …): each is the other
// undone.
//
// Model must provide:
//   using Record = …;   (with a QString uuid member)
//   bool storeInsert(Record *record);                          store, then show; fills in uuid and id
//   bool storeRemove(const QString &uuid, Record *removed);    delete, then hide; returns what was deleted
//   static QString addText(); static QString removeText();     the undo step's name
#pragma once

#include <QUndoCommand>

namespace Inflection {

template<typename Model>
class AddRemoveCommand : public QUndoCommand
{
public:
    using Record = typename Model::Record;

    enum class Kind {
        Add,
        Remove,
    };

    // Add: record is what to add (its place set). Remove: record is the stored record to delete.
    AddRemoveCommand(Model *model, Kind kind, const Record &record, QUndoCommand *parent = nullptr)
        : QUndoCommand(kind == Kind::Add ? Model::addText() : Model::removeText(), parent)
        , m_model(model)
        , m_kind(kind)
        , m_record(record)
    { }

    void redo() override
    {
        if (!(m_kind == Kind::Add ? add() : remove()))
            setObsolete(true);
    }

    void undo() override
    {
        if (!(m_kind == Kind::Add ? remove() : add()))
            setObsolete(true);
    }

    QString uuid() const { return m_record.uuid; }

private:
    bool add() { return m_model->storeInsert(&m_record); }
    bool remove() { return m_model->storeRemove(m_record.uuid, &m_record); }

    Model *m_model;
    Kind m_kind;
    Record m_record; // keeps its uuid once stored, so redo and undo bring back the same record
};

} // namespace Inflection
