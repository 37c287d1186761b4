// The workspace's known technologies: the well-known tools a departure is measured against.
#pragma once

#include "../domain/result.h"

#include <QString>
#include <QStringList>

namespace Inflection {

class Workspace;

class KnownTechnologyRepository
{
public:
    explicit KnownTechnologyRepository(Workspace *workspace);

    Result<QStringList> names() const; // as stored, sorted
    // Nothing to do (and no error) when it is known already.
    Result<> add(const QString &kind, const QString &name);
    Result<> remove(const QString &name);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
