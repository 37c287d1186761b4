// Startup benchmark: the app on a 1,000-review workspace against a bare Qt Widgets window, same run.
//
//   inflection_bench_startup [--runs N] [--reviews N]
// Prints the median wall time of each from process start to the window shown and idle (both
// leave at that point) and their ratio. The target is a ratio of at most 1.5.
#include "workspacegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

static double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

static double timeOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        std::exit(1);
    }
    return clock.nsecsElapsed() / 1e6;
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
    QString error;
    if (!Bench::generateWorkspace(workspace, size, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
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
    QList<double> appTimes;
    QList<double> bareTimes;
    for (int i = 0, n = parser.value(runs).toInt(); i < n; ++i) {
        bareTimes.append(timeOnce(bareBinary, {}));
        appTimes.append(timeOnce(appBinary, appArguments));
    }
    const double appMedian = median(appTimes);
    const double bareMedian = median(bareTimes);
    std::printf("startup with %d reviews (median of %lld runs, platform %s)\n", size.reviews,
        static_cast<long long>(appTimes.size()), qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  bare Qt Widgets window: %8.1f ms\n", bareMedian);
    std::printf("  inflection:             %8.1f ms\n", appMedian);
    std::printf("  ratio:                  %8.2f (target <= 1.50)\n", appMedian / bareMedian);
    return 0;
}
