// A file dialog that lists the folder of the open workspace keeps this process's SQLite locks on it. Qt's
// own dialog reads the first bytes of a file whose name it does not know to tell its type; closing that
// descriptor dropped every POSIX lock the process held on the file, and the next program to close the
// workspace then took itself for its last user: it deleted the WAL under the window, and the window's
// later edits went into a file no one would read again (the workspace damaged, as a user's trial found).
// Driven as a person does: Ctrl+O, the dialog shown on the workspace's folder, then another program
// writing to the workspace and the window writing after it.
#include "filenameiconprovider.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Inflection;
using namespace Qt::StringLiterals;
using TestSupport::whileModal;

namespace {

// The POSIX locks this process holds on path, as the kernel lists them.
int locksHeldOn(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(u"/proc/locks"_s);
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray inode = ':' + QByteArray::number(quint64(info.st_ino)) + ' ';
    const QByteArray pid = ' ' + QByteArray::number(qint64(::getpid())) + ' ';
    int held = 0;
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("POSIX") && line.contains(pid) && line.contains(inode))
            ++held;
    }
    return held;
}

} // namespace

class TestFileDialogLocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void openDialogOnTheWorkspacesFolderKeepsItsLocks();
    void printDialogsFileFieldReadsNames();

private:
    QTemporaryDir m_dir;
};

void TestFileDialogLocks::openDialogOnTheWorkspacesFolderKeepsItsLocks()
{
    const QString workspace = TestSupport::makeWorkspace(m_dir.filePath(u"team.inflection"_s));
    MainWindow window;
    const Result<> opened = window.openWorkspace(workspace);
    QVERIFY2(opened, qPrintable(opened.message()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString shm = workspace + u"-shm"_s;
    QTRY_VERIFY(QFileInfo::exists(shm));
    const int dbLocks = locksHeldOn(workspace);
    const int shmLocks = locksHeldOn(shm);
    QVERIFY2(dbLocks > 0 && shmLocks > 0, "SQLite holds locks on an open WAL workspace");

    // Ctrl+O: the dialog on the workspace's folder, its files listed with their types and icons.
    bool listed = false;
    int dbLocksWhileShown = -1;
    int shmLocksWhileShown = -1;
    whileModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        auto *model = dialog->findChild<QFileSystemModel *>();
        if (!model)
            return false;
        if (QDir(dialog->directory().absolutePath()) != QDir(m_dir.path()))
            dialog->setDirectory(m_dir.path());
        const QModelIndex file = model->index(workspace);
        if (!file.isValid() || model->type(file).isEmpty())
            return false;
        for (const QString &path : QStringList {workspace, shm, workspace + u"-wal"_s}) {
            const QModelIndex index = model->index(path);
            model->fileIcon(index);
            model->type(index);
            model->data(index.siblingAtColumn(2));
        }
        QTest::qWait(300); // what is painted, fetched and told meanwhile
        dbLocksWhileShown = locksHeldOn(workspace);
        shmLocksWhileShown = locksHeldOn(shm);
        listed = true;
        dialog->reject();
        return true;
    });
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(listed, 30000);
    QCOMPARE(dbLocksWhileShown, dbLocks);
    QCOMPARE(shmLocksWhileShown, shmLocks);
    QCOMPARE(locksHeldOn(workspace), dbLocks);

    // Another program writes to the workspace and ends: the window is still a user of it, so the WAL
    // stays, and what the window writes next is kept with what the other program wrote.
    const QString record = m_dir.filePath(u"0002-use-a-queue.md"_s);
    {
        QFile file(record);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# 2. Use a queue\n\nDate: 2026-11-30\n\n## Status\n\nAccepted\n\n## Context\n\nLoad.\n\n"
                   "## Decision\n\nA queue.\n\n## Consequences\n\nOne more system.\n");
    }
    QString out, err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"import-adr"_s, workspace, record}, &out, &err), 0);
    QVERIFY2(QFileInfo::exists(workspace + u"-wal"_s), "the other program left the WAL to the window");

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); // New Postmortem
    const auto reviewsListed = [&] {
        return TestSupport::run(TestSupport::appBinary(), {u"list"_s, workspace}, &out, &err) == 0
            ? int(out.count(u'\n'))
            : -1;
    };
    QTRY_COMPARE(reviewsListed(), 5); // three reviews, the record's and the window's postmortem
    window.close();
    QApplication::processEvents();

    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"check"_s, workspace}, &out, &err), 0);
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"list"_s, workspace}, &out, &err), 0);
    QVERIFY2(out.contains(u"Use a queue"_s), qPrintable(out));
    QCOMPARE(out.count(u'\n'), 5);
}

// Qt's own print dialog completes a "print to file" name from a QFileSystemModel of its own: it too tells
// types by name only.
void TestFileDialogLocks::printDialogsFileFieldReadsNames()
{
    const QString workspace = TestSupport::makeWorkspace(m_dir.filePath(u"print.inflection"_s));
    MainWindow window;
    const Result<> opened = window.openWorkspace(workspace);
    QVERIFY2(opened, qPrintable(opened.message()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString out, err;
    QCOMPARE(TestSupport::run(TestSupport::appBinary(), {u"list"_s, workspace}, &out, &err), 0);
    QVERIFY(window.openReview(out.section(u'\t', 0, 0)));
    QVERIFY(window.printAction()->isEnabled());
    int models = -1;
    bool allByName = false;
    whileModal([&](QWidget *modal) {
        if (!modal->inherits("QPrintDialog"))
            return false;
        const auto found = modal->findChildren<QFileSystemModel *>();
        models = int(found.size());
        allByName = std::all_of(found.begin(), found.end(), [](QFileSystemModel *model) {
            return dynamic_cast<const FileNameIconProvider *>(model->iconProvider()) != nullptr;
        });
        static_cast<QDialog *>(modal)->reject();
        return true;
    });
    window.printAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(models >= 0, 30000);
    if (models == 0)
        QSKIP("this Qt's print dialog has no file name completer");
    QVERIFY(allByName);
}

QTEST_MAIN(TestFileDialogLocks)
#include "tst_filedialoglocks.moc"
