#include "outputfile.h"

#include "../store/filepermissions.h"

#include <QFileInfo>

namespace Inflection {

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_save(path)
    , m_file(path)
{
    const QFileInfo info(path);
    m_existed = info.exists();
    m_direct = m_existed && !info.isFile() && !info.isDir();
}

bool OutputFile::open()
{
    if (m_direct)
        return m_file.open(QIODevice::WriteOnly);
    if (!m_save.open(QIODevice::WriteOnly))
        return false;
    if (!m_existed)
        FilePermissions::applyToNewFile(&m_save, m_path);
    return true;
}

QIODevice *OutputFile::device()
{
    return m_direct ? static_cast<QIODevice *>(&m_file) : &m_save;
}

bool OutputFile::write(const QByteArray &bytes)
{
    return device()->write(bytes) == bytes.size();
}

bool OutputFile::commit()
{
    if (!m_direct)
        return m_save.commit();
    const bool written = m_file.error() == QFileDevice::NoError && m_file.flush();
    m_file.close();
    return written;
}

void OutputFile::cancel()
{
    if (m_direct)
        m_file.close();
    else
        m_save.cancelWriting();
}

QString OutputFile::errorString() const
{
    return m_direct ? m_file.errorString() : m_save.errorString();
}

} // namespace Inflection
