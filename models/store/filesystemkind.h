// Tells a local disk from a network file system, which decides the journal mode of a workspace.
#pragma once

#include <QString>

namespace Inflection {

enum class FileSystemKind {
    Local,
    Network,
};

// Classifies a statfs(2) f_type magic number.
FileSystemKind classifyFileSystemType(quint64 magic);
// The kind of file system that holds path (or, when path does not exist yet, its folder).
FileSystemKind fileSystemKindOf(const QString &path);

} // namespace Inflection
