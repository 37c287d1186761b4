#include "filedialogguard.h"

#include "filenameiconprovider.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileSystemModel>
#include <QWidget>

namespace Inflection {

FileDialogGuard::FileDialogGuard(QObject *parent)
    : QObject(parent)
    , m_provider(std::make_unique<FileNameIconProvider>())
{ }

FileDialogGuard::~FileDialogGuard() = default;

void FileDialogGuard::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<FileDialogGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    // In a Flatpak sandbox the desktop's dialog is the portal's, in another process; elsewhere a desktop's
    // dialog (GTK's, KDE's) runs in this one.
    if (!QFile::exists(QStringLiteral("/.flatpak-info")))
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    app->installEventFilter(new FileDialogGuard(app));
}

bool FileDialogGuard::eventFilter(QObject *watched, QEvent *event)
{
    // A dialog is polished as it is first shown: before its event loop lets a model read its folder.
    if (event->type() == QEvent::Polish && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->isWindow()) {
        const auto models = watched->findChildren<QFileSystemModel *>();
        for (QFileSystemModel *model : models) {
            if (model->iconProvider() != m_provider.get())
                model->setIconProvider(m_provider.get());
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Inflection
