// The permissions of the files Inflection creates (workspaces, exports): readable by their owner only,
// unless the folder says the file is to be shared. See README, "What Inflection refuses".
#pragma once

#include <QFileDevice>
#include <QString>

namespace Inflection {

class FilePermissions
{
public:
    // For a new file at path: owner only (0600); in a folder with a default ACL, or on a network file
    // system (a shared drive), what the user's umask allows (0666 less the umask), as other programs do
    // there. Never wider than the umask allows.
    static QFileDevice::Permissions forNewFile(const QString &path);
    // Creates an empty file at path with those permissions; false when it exists or cannot be made.
    static bool createFile(const QString &path);
    // After a QSaveFile (or QFile) for a file that did not exist before has been opened: gives it those
    // permissions before anything is written.
    static void applyToNewFile(QFileDevice *file, const QString &path);

private:
    static unsigned modeForNewFile(const QString &path);
};

} // namespace Inflection
