// Undoable move of one contingency item: writes only that item's position.
#pragma once

#include <QUndoCommand>

namespace Inflection {

class ContingencyModel;

class MoveContingencyCommand : public QUndoCommand
{
public:
    MoveContingencyCommand(ContingencyModel *model, const QString &uuid, const QString &from,
        const QString &to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ContingencyModel *m_model;
    QString m_uuid;
    QString m_from;
    QString m_to;
};

} // namespace Inflection
