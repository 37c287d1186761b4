// Keeps every file dialog of the application, Qt's own ones included (the print dialog's "print to file"
// field and its Browse), from opening the files it lists. A dialog that lists the folder of an open
// workspace would otherwise read the workspace's first bytes to tell its type, and closing that descriptor
// drops this process's SQLite locks on it (see FileNameIconProvider): a second program writing to the
// workspace meanwhile could then delete its WAL and damage it.
//
// Installed once for the application: file dialogs are Qt's own (a desktop's dialog runs in this process,
// and reads contents the same way), except in a Flatpak sandbox, where the desktop portal shows them from
// another process; every QFileSystemModel in a dialog (a QFileDialog's, a completer's) is given a
// FileNameIconProvider before the dialog is shown.
#pragma once

#include <QObject>

#include <memory>

namespace Inflection {

class FileNameIconProvider;

class FileDialogGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the application (once; later calls do nothing).
    static void install();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FileDialogGuard(QObject *parent);
    ~FileDialogGuard() override;

    // Outlives every model it is given: the guard goes with the application.
    std::unique_ptr<FileNameIconProvider> m_provider;
};

} // namespace Inflection
