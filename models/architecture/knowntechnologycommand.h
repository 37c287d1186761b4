// Marking a technology known to the workspace, as an undo step: redo adds it to the workspace's known
// technologies, undo takes it out again.
#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace Inflection {

class KnownTechnologyRepository;

class KnownTechnologyCommand : public QUndoCommand
{
public:
    // changed(error) after each redo and undo: error is empty when it was stored.
    using Changed = std::function<void(const QString &error)>;
    KnownTechnologyCommand(KnownTechnologyRepository *repository, const QString &kind, const QString &name,
        Changed changed, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    KnownTechnologyRepository *m_repository;
    QString m_kind;
    QString m_name;
    Changed m_changed;
};

} // namespace Inflection
