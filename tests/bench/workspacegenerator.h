// Makes workspaces of a given size for the benchmarks.
#pragma once

#include "domain/result.h"

#include <QString>

namespace Bench {

struct WorkspaceSize
{
    int reviews = 1000;
};

// Creates (or extends) the workspace at path.
Inflection::Result<> generateWorkspace(const QString &path, const WorkspaceSize &size);

} // namespace Bench
