// Live refresh benchmark: an edit saved in one process, and how long until another process's change watcher
// (what refreshes the window) tells of it. On a server that is LISTEN/NOTIFY; on a file, polling
// PRAGMA data_version at the app's interval. Prints the median and 99th percentile over the samples,
// measured from the moment the writer's save was acknowledged, and from the moment it began.
//
//   inflection_bench_refresh [--samples 200] [--workspace URI|FILE]
// Without --workspace, a new file in a temporary folder. Between samples a random pause (on a file, of up to
// the polling interval and a little more, so that the edits fall anywhere in it).
#include "benchstatistics.h"
#include "domain/fractionalkey.h"
#include "store/changewatcher.h"
#include "store/contingencyrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <time.h>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// The same clock in both processes.
qint64 nowMicros()
{
    timespec t {};
    clock_gettime(CLOCK_REALTIME, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

std::unique_ptr<Workspace> open(const QString &where)
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(where);
    if (!ws) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(where), qPrintable(ws.message()));
        return nullptr;
    }
    return std::move(ws).value();
}

// The writer: for each line N on its input, one edit of the contingency; prints
// "saved N BEGAN ACKNOWLEDGED" (microseconds of CLOCK_REALTIME).
int writer(const QString &where, const QString &uuid)
{
    const std::unique_ptr<Workspace> ws = open(where);
    if (!ws)
        return 1;
    ContingencyRepository repository(ws.get());
    Result<ContingencyItem> item = repository.find(uuid);
    if (!item) {
        std::printf("error %s\n", qPrintable(item.message()));
        return 1;
    }
    ContingencyItem copy = *item;
    std::printf("ready\n");
    std::fflush(stdout);
    char line[32];
    while (std::fgets(line, sizeof line, stdin)) {
        const qint64 began = nowMicros();
        const Result<ContingencyItem> result = repository.updateField(
            copy, ContingencyField::Comments, QString(u"refresh "_s + QString::fromLatin1(line).trimmed()));
        const qint64 acknowledged = nowMicros();
        if (!result) {
            std::printf("error %s\n", qPrintable(result.message()));
            std::fflush(stdout);
            return 1;
        }
        copy = *result;
        std::printf("saved %s %lld %lld\n", qPrintable(QString::fromLatin1(line).trimmed()),
            static_cast<long long>(began), static_cast<long long>(acknowledged));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption samplesOption(u"samples"_s, u"Edits to time."_s, u"N"_s, u"200"_s);
    QCommandLineOption workspaceOption(
        u"workspace"_s, u"A server (libpq URI or connection string) or a file."_s, u"WHERE"_s);
    QCommandLineOption writerOption(u"writer"_s, u"(internal) write the contingency UUID."_s, u"UUID"_s);
    parser.addOptions({samplesOption, workspaceOption, writerOption});
    parser.process(app);
    if (parser.isSet(writerOption))
        return writer(parser.value(workspaceOption), parser.value(writerOption));

    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString where = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                        : dir.filePath(u"refresh.inflection"_s);
    const int samples = parser.value(samplesOption).toInt();
    const std::unique_ptr<Workspace> ws = open(where);
    if (!ws)
        return 1;
    const Result<Review> review
        = ReviewRepository(ws.get()).create(ReviewKind::Operability, u"Live refresh benchmark"_s);
    if (!review) {
        std::fprintf(stderr, "%s\n", qPrintable(review.message()));
        return 1;
    }
    ContingencyItem item;
    item.reviewId = review->id;
    item.issue = u"Watched risk"_s;
    item.position = FractionalKey::between(QString(), QString());
    const Result<ContingencyItem> stored = ContingencyRepository(ws.get()).insert(item);
    if (!stored) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.message()));
        return 1;
    }

    QProcess other;
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(
        QCoreApplication::applicationFilePath(), {u"--writer"_s, stored->uuid, u"--workspace"_s, where});
    while (!other.canReadLine() && other.waitForReadyRead(60000)) { }
    if (other.readLine().trimmed() != "ready") {
        std::fprintf(stderr, "the writer did not start\n");
        return 1;
    }

    ChangeWatcher watcher(ws.get()); // the app's own interval on a file
    // On a file the next edit falls anywhere in the polling interval, not always just after a poll.
    const int pauseSpread = ws->isServer() ? 200 : watcher.interval();
    QList<double> fromAcknowledged; // ms
    QList<double> fromBegun;
    QRandomGenerator random(20261202);
    int sent = 0;
    qint64 seenAt = 0; // when the watcher told of the edit sent last; 0: not yet
    qint64 began = 0, acknowledged = 0; // the writer's times for it; 0: not yet
    QTimer pause;
    pause.setSingleShot(true);
    const auto next = [&] {
        if (fromAcknowledged.size() == samples) {
            QCoreApplication::quit();
            return;
        }
        seenAt = began = acknowledged = 0;
        ++sent;
        other.write(QByteArray::number(sent) + '\n');
    };
    const auto recordWhenBoth = [&] {
        if (seenAt == 0 || acknowledged == 0)
            return;
        fromAcknowledged.append((seenAt - acknowledged) / 1000.0);
        fromBegun.append((seenAt - began) / 1000.0);
        pause.start(50 + int(random.bounded(pauseSpread)));
    };
    QObject::connect(&pause, &QTimer::timeout, &app, next);
    QObject::connect(&watcher, &ChangeWatcher::changed, &app, [&] {
        if (seenAt == 0 && sent > 0 && !pause.isActive()) {
            seenAt = nowMicros();
            recordWhenBoth();
        }
    });
    QObject::connect(&other, &QProcess::readyReadStandardOutput, &app, [&] {
        while (other.canReadLine()) {
            const QList<QByteArray> words = other.readLine().trimmed().split(' ');
            if (words.value(0) == "error") {
                std::fprintf(stderr, "the writer failed: %s\n", words.join(' ').constData());
                QCoreApplication::exit(1);
                return;
            }
            if (words.value(0) == "saved" && words.value(1).toInt() == sent) {
                began = words.value(2).toLongLong();
                acknowledged = words.value(3).toLongLong();
                recordWhenBoth();
            }
        }
    });
    QTimer::singleShot(0, &app, next);
    watcher.start();
    const int status = QCoreApplication::exec();
    other.closeWriteChannel();
    other.waitForFinished(10000);
    if (status != 0)
        return status;
    std::printf("live refresh on %s (%s), %s: %lld samples\n", ws->isServer() ? "a server" : "a file",
        qPrintable(ws->workspaceLocation().displayName()),
        ws->isServer() ? "LISTEN/NOTIFY" : qPrintable(u"polling every %1 ms"_s.arg(watcher.interval())),
        static_cast<long long>(fromAcknowledged.size()));
    std::printf("  from the save acknowledged to the other process told: median %.1f ms, p99 %.1f ms, "
                "max %.1f ms\n",
        Bench::median(fromAcknowledged), Bench::percentile(fromAcknowledged, 0.99),
        Bench::percentile(fromAcknowledged, 1));
    std::printf("  from the save begun: median %.1f ms, p99 %.1f ms\n", Bench::median(fromBegun),
        Bench::percentile(fromBegun, 0.99));
    return 0;
}
