#include "filenameiconprovider.h"

#include <QFileInfo>

namespace Inflection {

QIcon FileNameIconProvider::icon(const QFileInfo &info) const
{
    if (!info.isFile())
        return QFileIconProvider::icon(info);
    const QMimeType mime = m_mimeDatabase.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    QIcon icon = QIcon::fromTheme(mime.iconName());
    if (icon.isNull())
        icon = QIcon::fromTheme(mime.genericIconName());
    return icon.isNull() ? QFileIconProvider::icon(QAbstractFileIconProvider::File) : icon;
}

QString FileNameIconProvider::type(const QFileInfo &info) const
{
    if (!info.isFile())
        return QFileIconProvider::type(info);
    return m_mimeDatabase.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
}

} // namespace Inflection
