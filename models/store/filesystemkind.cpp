// statfs-based detection of network file systems (NFS, SMB/CIFS, FUSE, 9p, …).
#include "filesystemkind.h"

#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace Inflection {

FileSystemKind classifyFileSystemType(quint64 magic)
{
    switch (magic) {
    case 0x6969: // NFS_SUPER_MAGIC
    case 0x517B: // SMB_SUPER_MAGIC
    case 0xFF534D42: // CIFS_MAGIC_NUMBER
    case 0xFE534D42: // SMB2_MAGIC_NUMBER
    case 0x65735546: // FUSE_SUPER_MAGIC (sshfs, rclone, …: no reliable shared memory)
    case 0x01021997: // V9FS_MAGIC
    case 0x5346414F: // AFS_SUPER_MAGIC
    case 0x6B414653: // AFS_FS_MAGIC
    case 0x73757245: // CODA_SUPER_MAGIC
    case 0x564C: // NCP_SUPER_MAGIC
    case 0x00C36400: // CEPH_SUPER_MAGIC
    case 0x47504653: // GPFS
    case 0x0BD00BD0: // Lustre
    case 0x013111A8: // IBRIX
        return FileSystemKind::Network;
    default:
        return FileSystemKind::Local;
    }
}

FileSystemKind fileSystemKindOf(const QString &path)
{
#if defined(Q_OS_LINUX)
    QFileInfo info(path);
    const QString probe = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statfs fs = {};
    if (::statfs(QFile::encodeName(probe).constData(), &fs) != 0)
        return FileSystemKind::Local;
    return classifyFileSystemType(static_cast<quint64>(static_cast<unsigned long>(fs.f_type)));
#else
    Q_UNUSED(path);
    return FileSystemKind::Local;
#endif
}

} // namespace Inflection
