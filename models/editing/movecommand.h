// Undoable move of one ordered record: writes only that record's position key.
//
// Model must provide: bool storeMove(const QString &uuid, const QString &from, const QString &to);
//                     static QString moveText();
#pragma once

#include <QUndoCommand>

namespace Inflection {

template<typename Model>
class MoveCommand : public QUndoCommand
{
public:
    MoveCommand(Model *model, const QString &uuid, const QString &from, const QString &to,
        QUndoCommand *parent = nullptr)
        : QUndoCommand(Model::moveText(), parent)
        , m_model(model)
        , m_uuid(uuid)
        , m_from(from)
        , m_to(to)
    { }

    void redo() override
    {
        if (!m_model->storeMove(m_uuid, m_from, m_to))
            setObsolete(true);
    }

    void undo() override
    {
        if (!m_model->storeMove(m_uuid, m_to, m_from))
            setObsolete(true);
    }

private:
    Model *m_model;
    QString m_uuid;
    QString m_from;
    QString m_to;
};

} // namespace Inflection
