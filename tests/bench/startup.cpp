// Startup benchmark: the app on a 1,000-review workspace against a bare Qt Widgets window, same run.
//
//   inflection_bench_startup [--runs N] [--reviews N]
// Prints the median time of each from process start to the window shown and idle (each program
// prints that moment on the monotonic clock, then leaves), their ratio (the target is at most 1.5),
// and, for comparison, the whole process lifetimes including exit.
#include "benchstatistics.h"
#include "workspacegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

struct Timing
{
    double untilIdleMs = 0;
    double wholeProcessMs = 0;
};

static qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

static Timing timeOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 started = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        std::exit(1);
    }
    const qint64 finished = monotonicNs();
    const QByteArray out = process.readAllStandardOutput();
    const qsizetype at = out.indexOf("idle-at-ns ");
    if (at < 0) {
        std::fprintf(stderr, "%s did not report when it was idle\n", qPrintable(program));
        std::exit(1);
    }
    const qint64 idle = out.mid(at + 11).trimmed().split('\n').first().toLongLong();
    return {(idle - started) / 1e6, (finished - started) / 1e6};
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runs(u"runs"_s, u"Runs of each program."_s, u"N"_s, u"15"_s);
    QCommandLineOption reviews(u"reviews"_s, u"Reviews in the workspace."_s, u"N"_s, u"1000"_s);
    parser.addOption(runs);
    parser.addOption(reviews);
    parser.process(app);

    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"startup.inflection"_s);
    Bench::WorkspaceSize size;
    size.reviews = parser.value(reviews).toInt();
    const Inflection::Result<> generated = Bench::generateWorkspace(workspace, size);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.message()));
        return 1;
    }
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toLocal8Bit()); // no saved geometry or recent files

    const QString appBinary = QStringLiteral(INFLECTION_BINARY);
    const QString bareBinary = QStringLiteral(BARE_WINDOW_BINARY);
    const QStringList appArguments = {workspace, u"--quit-after-startup"_s};
    // One warm-up of each, so that both start from a warm page cache.
    timeOnce(appBinary, appArguments);
    timeOnce(bareBinary, {});
    QList<double> appIdle, bareIdle, appWhole, bareWhole;
    for (int i = 0, n = parser.value(runs).toInt(); i < n; ++i) {
        const Timing bare = timeOnce(bareBinary, {});
        const Timing ours = timeOnce(appBinary, appArguments);
        bareIdle.append(bare.untilIdleMs);
        bareWhole.append(bare.wholeProcessMs);
        appIdle.append(ours.untilIdleMs);
        appWhole.append(ours.wholeProcessMs);
    }
    std::printf("startup with %d reviews (median of %lld runs, platform %s)\n", size.reviews,
        static_cast<long long>(appIdle.size()), qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("                          until shown and idle   whole process\n");
    std::printf("  bare Qt Widgets window: %8.1f ms            %8.1f ms\n", Bench::median(bareIdle),
        Bench::median(bareWhole));
    std::printf("  inflection:             %8.1f ms            %8.1f ms\n", Bench::median(appIdle),
        Bench::median(appWhole));
    std::printf("  ratio:                  %8.2f (target <= 1.50) %8.2f\n",
        Bench::median(appIdle) / Bench::median(bareIdle), Bench::median(appWhole) / Bench::median(bareWhole));
    return 0;
}
