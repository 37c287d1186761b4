// File icons and types told from a file's name alone, never from its contents. Qt's own provider opens a
// file whose name it does not know (a workspace, its -wal and -shm files) to look at its first bytes; the
// open and close of that descriptor drops every POSIX lock this process holds on the file, SQLite's among
// them, and another process then takes the workspace as unused: it may checkpoint and delete the WAL under
// this one, and the workspace is damaged.
#pragma once

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace Inflection {

class FileNameIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_mimeDatabase;
};

} // namespace Inflection
