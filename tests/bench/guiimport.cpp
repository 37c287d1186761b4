// Benchmark: a long IRC log imported into a postmortem through the window's dialog, then the review
// closed and opened again. Reports wall times and the longest pause of the event loop (a 50 ms timer).
// Usage: inflection_bench_guiimport [LINES] (default 200000); run with QT_QPA_PLATFORM=offscreen.
#include "postmortem/postmortemdocument.h"
#include "postmortem/timelinemodel.h"
#include "postmortemview.h"
#include "store/workspace.h"
#include "timelineimportdialog.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Inflection;
using namespace Qt::StringLiterals;

namespace {

struct Pauses
{
    QTimer timer;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    void start()
    {
        longest = 0;
        timer.setInterval(50);
        sinceTick.start();
        timer.start();
    }
    qint64 longestNow() const { return std::max(longest, sinceTick.elapsed()); }
};

bool waitFor(const std::function<bool()> &done, int seconds)
{
    return QTest::qWaitFor(done, seconds * 1000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    const QString logPath = dir.filePath(u"ops.log"_s);
    {
        QFile file(logPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray log = "--- Log opened Tue Mar 03 14:00:00 2026\n";
        static const char *const nicks[] = {"alice", "bob", "chen", "dana", "eve"};
        for (int i = 0; i < lines; ++i)
            log += "14:" + QByteArray::number(i * 60 / lines).rightJustified(2, '0') + " <" + nicks[i % 5]
                + "> restarted the consumer on queue-" + QByteArray::number(i) + ", lag is falling\n";
        file.write(log);
    }
    auto session = WorkspaceSession::open(dir.filePath(u"bench.inflection"_s), Workspace::Options());
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.message()));
        return 1;
    }
    std::unique_ptr<WorkspaceSession> workspace = std::move(session).value();
    const QString uuid = *workspace->createReview(ReviewKind::Postmortem, u"Queue outage"_s);
    auto open = [&]() -> std::unique_ptr<PostmortemView> {
        auto *document = qobject_cast<PostmortemDocument *>(*workspace->openDocument(uuid));
        auto view = std::make_unique<PostmortemView>(document);
        view->resize(1200, 700);
        view->show();
        return view;
    };
    auto coachDone = [&] {
        auto *document = qobject_cast<PostmortemDocument *>(workspace->document(uuid));
        return waitFor([document] { return !document->findingsPending(); }, 1800);
    };
    Pauses pauses;
    QObject::connect(&pauses.timer, &QTimer::timeout,
        [&pauses] { pauses.longest = std::max(pauses.longest, pauses.sinceTick.restart()); });

    std::unique_ptr<PostmortemView> view = open();
    QPointer<TimelineImportDialog> dialog = view->openImportDialog(logPath);
    if (!waitFor([&] { return !dialog->isBusy() && dialog->importButton()->isEnabled(); }, 600)) {
        std::fprintf(stderr, "the log was not read\n");
        return 1;
    }
    pauses.start();
    QElapsedTimer clock;
    clock.start();
    dialog->importButton()->click();
    if (!waitFor([&] { return dialog.isNull(); }, 1800))
        return 1;
    const qint64 imported = clock.elapsed();
    const qint64 importPause = pauses.longestNow();
    QTest::qWait(1500); // the change watcher notices the store
    coachDone();
    const qint64 coached = clock.elapsed();
    std::printf("GUI import of %d lines: done in %lld ms (longest pause %lld ms); coach finished at %lld ms "
                "(longest pause %lld ms)\n",
        lines, imported, importPause, coached, pauses.longestNow());

    view.reset();
    workspace->closeDocument(uuid);
    QTest::qWait(100);
    pauses.start();
    clock.restart();
    view = open();
    QCoreApplication::processEvents();
    const qint64 opened = clock.elapsed();
    coachDone();
    std::printf("Open the postmortem of %d events: shown in %lld ms; coach finished at %lld ms (longest "
                "pause %lld ms)\n",
        lines + 0, opened, clock.elapsed(), pauses.longestNow());
    std::fflush(stdout);
    return 0;
}
