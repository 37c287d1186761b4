// A file a person asked for (an export, a report, a record): written whole or not at all (QSaveFile's
// rename), a new one given FilePermissions' mode, and a device or pipe that is there already
// (/dev/null, /dev/stdout, a FIFO) written to as it is, where a rename would put a regular file in its
// place.
#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

namespace Inflection {

class OutputFile
{
public:
    explicit OutputFile(const QString &path);

    bool open();
    QIODevice *device();
    // Writes all of bytes; false when it could not.
    bool write(const QByteArray &bytes);
    // Puts the file in place; false (and nothing in place) when any write or the rename failed.
    bool commit();
    // Leaves the file as it was (a device has had what was written).
    void cancel();
    QString errorString() const;

private:
    QString m_path;
    bool m_existed = false;
    bool m_direct = false;
    QSaveFile m_save;
    QFile m_file;
};

} // namespace Inflection
