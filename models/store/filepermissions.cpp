// Owner-only by default; the umask or the folder's default ACL where a folder is meant to be shared.
#include "filepermissions.h"

#include "filesystemkind.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

mode_t currentUmask()
{
    // /proc tells it without changing it (umask(2) can only be read by setting it, which races threads).
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        while (!status.atEnd()) {
            const QByteArray line = status.readLine();
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    return 022;
}

bool folderHasDefaultAcl(const QString &folder)
{
    return ::getxattr(QFile::encodeName(folder).constData(), "system.posix_acl_default", nullptr, 0) > 0;
}

} // namespace

unsigned FilePermissions::modeForNewFile(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const bool shared = folderHasDefaultAcl(folder) || fileSystemKindOf(folder) == FileSystemKind::Network;
    return (shared ? 0666u : 0600u) & ~unsigned(currentUmask());
}

QFileDevice::Permissions FilePermissions::forNewFile(const QString &path)
{
    const unsigned mode = modeForNewFile(path);
    QFileDevice::Permissions permissions;
    if (mode & S_IRUSR)
        permissions |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & S_IWUSR)
        permissions |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & S_IRGRP)
        permissions |= QFileDevice::ReadGroup;
    if (mode & S_IWGRP)
        permissions |= QFileDevice::WriteGroup;
    if (mode & S_IROTH)
        permissions |= QFileDevice::ReadOther;
    if (mode & S_IWOTH)
        permissions |= QFileDevice::WriteOther;
    return permissions;
}

bool FilePermissions::createFile(const QString &path)
{
    // With a default ACL on the folder, open(2) applies the ACL to the mode given instead of the umask.
    const QString folder = QFileInfo(path).absolutePath();
    const mode_t mode = folderHasDefaultAcl(folder) ? 0666 : mode_t(modeForNewFile(path));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

void FilePermissions::applyToNewFile(QFileDevice *file, const QString &path)
{
    if (folderHasDefaultAcl(QFileInfo(path).absolutePath()))
        return; // the ACL decided when the file was made
    file->setPermissions(forNewFile(path));
}

} // namespace Inflection
