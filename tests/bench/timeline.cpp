// Timeline benchmark: a 100,000-event postmortem timeline — open it in a table, memory, move one event.
//
//   inflection_bench_timeline [--events N] [--moves N] [--workspace FILE|CONNECTION]
// Targets: open under 500 ms and under 200 MB resident; moving one event (model + store) under 10 ms median.
// On a server (--workspace postgresql://… over a Unix socket): open under 1 s.
#include "benchstatistics.h"
#include "domain/fractionalkey.h"
#include "postmortem/timelinemodel.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

// Resident and peak resident memory of this process, in MiB.
static std::pair<double, double> residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    double rss = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
        }
    }
    return {rss, peak};
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption eventsOption(u"events"_s, u"Timeline events."_s, u"N"_s, u"100000"_s);
    QCommandLineOption movesOption(u"moves"_s, u"Moves to time."_s, u"N"_s, u"200"_s);
    QCommandLineOption noViewOption(
        u"no-view"_s, u"Move without a view attached (to see the view's share)."_s);
    QCommandLineOption workspaceOption(u"workspace"_s,
        u"Where the timeline is written and opened: a file, or a server's connection (default: a new file)."_s,
        u"WORKSPACE"_s);
    parser.addOptions({eventsOption, movesOption, noViewOption, workspaceOption});
    parser.process(app);
    const int count = parser.value(eventsOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                       : dir.filePath(u"timeline.inflection"_s);
    qint64 reviewId = 0;
    {
        // Written by another connection, then closed: the measured open starts from the file.
        Result<std::unique_ptr<Workspace>> writer = Workspace::open(path);
        if (!writer) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.message()));
            return 1;
        }
        const Result<Review> review
            = ReviewRepository(writer->get()).create(ReviewKind::Postmortem, u"Big outage"_s);
        if (!review) {
            std::fprintf(stderr, "%s\n", qPrintable(review.message()));
            return 1;
        }
        reviewId = review->id;
        const QStringList keys = FractionalKey::sequence(count);
        QList<TimelineEvent> events;
        events.reserve(count);
        QRandomGenerator random(7);
        const QList<TimelineKind> kinds = timelineKinds().values();
        const QDateTime start = QDateTime(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            TimelineEvent e;
            e.reviewId = reviewId;
            e.position = keys.at(i);
            e.occurredAt = start.addSecs(i * 3);
            e.kind = kinds.at(random.bounded(int(kinds.size())));
            e.actor = u"on-call %1"_s.arg(random.bounded(12));
            e.text
                = u"Replication lag on db%1 reached %2 s; the dashboard showed it"_s.arg(random.bounded(40))
                      .arg(random.bounded(600));
            e.knownBy = u"Operations"_s;
            e.source = u"#ops-incident"_s;
            events.append(e);
        }
        if (const auto inserted = TimelineRepository(writer->get()).insertAll(events); !inserted) {
            std::fprintf(stderr, "%s\n", qPrintable(inserted.message()));
            return 1;
        }
    }
    const auto [rssBefore, peakBefore] = residentMiB();

    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.message()));
        return 1;
    }
    TimelineRepository repository(workspace->get());
    TimelineModel model(&repository, reviewId);
    QUndoStack stack;
    model.setUndoStack(&stack);
    if (const Result<> loaded = model.reload(); !loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.message()));
        return 1;
    }
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->hide();
    view.setModel(&model);
    view.resize(1400, 800);
    view.show();
    QCoreApplication::processEvents();
    const double openMs = clock.nsecsElapsed() / 1e6;
    const auto [rss, peak] = residentMiB();

    if (parser.isSet(noViewOption))
        view.setModel(nullptr);
    QList<double> moveTimes;
    QRandomGenerator random(11);
    for (int i = 0, n = parser.value(movesOption).toInt(); i < n; ++i) {
        const int from = random.bounded(count);
        const int to = random.bounded(count + 1);
        const QString uuid = model.recordAt(from).uuid;
        QElapsedTimer moveClock;
        moveClock.start();
        model.moveRecord(uuid, to);
        moveTimes.append(moveClock.nsecsElapsed() / 1e6);
    }
    // The store alone, for comparison: one revision-checked UPDATE and a change-log row, committed.
    QList<double> storeTimes;
    for (int i = 0; i < 50; ++i) {
        const TimelineEvent current = *repository.find(model.recordAt(random.bounded(count)).uuid);
        const QString key = FractionalKey::between(current.position, QString());
        QElapsedTimer storeClock;
        storeClock.start();
        (void)repository.move(current, key);
        storeTimes.append(storeClock.nsecsElapsed() / 1e6);
    }
    std::printf("  of which the store (median): %8.2f ms\n", Bench::median(storeTimes));
    std::printf("timeline with %d events (platform %s) in %s\n", count,
        qgetenv("QT_QPA_PLATFORM").constData(), qPrintable((*workspace)->workspaceLocation().displayName()));
    if ((*workspace)->isServer())
        std::printf("  open (server to table shown): %7.1f ms (target < 1000)\n", openMs);
    else
        std::printf("  open (file to table shown):  %8.1f ms (target < 500)\n", openMs);
    std::printf("  resident after open:         %8.1f MiB, peak %.1f MiB (target < 200; %.1f MiB before)\n",
        rss, peak, rssBefore);
    std::printf("  move one event (median of %lld): %6.2f ms (target < 10)\n",
        static_cast<long long>(moveTimes.size()), Bench::median(moveTimes));
    Q_UNUSED(peakBefore);
    return 0;
}
