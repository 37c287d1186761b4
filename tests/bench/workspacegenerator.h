// Makes workspaces of a given size for the benchmarks.
#pragma once

#include <QString>

namespace Bench {

struct WorkspaceSize
{
    int reviews = 1000;
};

// Creates (or extends) the workspace at path; returns false with error set on failure.
bool generateWorkspace(const QString &path, const WorkspaceSize &size, QString *error);

} // namespace Bench
