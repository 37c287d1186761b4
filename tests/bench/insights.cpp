// Insights benchmark: a generated workspace of 10,000 reviews (5,000 postmortems with 200,000 timeline
// events and 50,000 remediation items, 2,500 operability reviews with 20,000 contingency items) — every
// figure computed (each query of the store, and the figures from the rows), and the Insights page shown
// with them; then SQLite's plans of the two slowest queries.
//
//   inflection_bench_insights [--workspace FILE] [--reviews N] [--runs N]
// Targets: all figures computed under 200 ms, the page shown under 500 ms (medians of the wall clock on a
// quiet machine; the best run and the thread's CPU time say what they are on a busy one).
#include "workspace/insights.h"
#include "benchstatistics.h"
#include "insightspage.h"
#include "store/insightsrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "threadclock.h"
#include "workspace/workspacesession.h"
#include "workspacegenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

double msSince(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

// Notes the first paint of the widget it watches.
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

int fail(const QString &message)
{
    std::fprintf(stderr, "inflection_bench_insights: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption workspaceOption(u"workspace"_s,
        u"The generated workspace to use; made there when it does not exist (else in a temporary folder)."_s,
        u"FILE"_s);
    QCommandLineOption reviewsOption(u"reviews"_s, u"Reviews to generate."_s, u"N"_s, u"10000"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Runs of each measurement."_s, u"N"_s, u"7"_s);
    parser.addOptions({workspaceOption, reviewsOption, runsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                       : dir.filePath(u"insights.inflection"_s);
    if (!QFileInfo::exists(path)) {
        Bench::WorkspaceSize size;
        size.reviews = parser.value(reviewsOption).toInt();
        size.contents = true;
        QElapsedTimer clock;
        clock.start();
        if (const Result<> generated = Bench::generateWorkspace(path, size); !generated)
            return fail(generated.message());
        std::printf("generated %d reviews in %.1f s\n", size.reviews, clock.elapsed() / 1000.0);
    }

    auto opened = WorkspaceSession::open(path, Workspace::Options());
    if (!opened)
        return fail(opened.message());
    const std::unique_ptr<WorkspaceSession> session = std::move(opened).value();
    Workspace *workspace = session->workspace();
    const QDate today(2026, 12, 1); // the generator's
    // All time, as the page opens.
    const InsightsFilter allTime;

    // The store's queries one by one, the figures from the rows, and the whole (Insights::of).
    const InsightsRepository repository(workspace);
    QMap<InsightsRepository::Query, QList<double>> queryTimes;
    QList<double> computeTimes, totalTimes, computeCpu, totalCpu;
    InsightsData data;
    const QList<FactorCategory> categories = WorkspaceSettings(workspace).read().valueOr({}).factorCategories;
    InsightFigures figures;
    for (int run = 0; run < runs; ++run) {
        data = {};
        for (const InsightsRepository::Query query : InsightsRepository::queries()) {
            QElapsedTimer clock;
            clock.start();
            if (const Result<> read = repository.read(query, data); !read)
                return fail(read.message());
            queryTimes[query].append(msSince(clock));
        }
        QElapsedTimer clock;
        clock.start();
        Bench::ThreadClock cpu;
        figures = Insights::compute(data, allTime, categories, today);
        computeTimes.append(msSince(clock));
        computeCpu.append(cpu.elapsedMs());
        clock.restart();
        cpu.restart();
        const Result<InsightFigures> all = Insights::of(workspace, allTime, today);
        if (!all)
            return fail(all.message());
        totalTimes.append(msSince(clock));
        totalCpu.append(cpu.elapsedMs());
    }

    // The page: made, given the session, shown, events processed until it has painted.
    QList<double> pageTimes, pageCpu;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        Bench::ThreadClock cpu;
        auto page = std::make_unique<InsightsPage>();
        PaintWatcher watcher;
        page->installEventFilter(&watcher);
        page->setToday(today);
        page->setSession(session.get());
        page->resize(1280, 900);
        page->show();
        while (!watcher.painted && clock.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        pageTimes.append(msSince(clock));
        pageCpu.append(cpu.elapsedMs());
        if (page->figures().incidents != figures.incidents)
            return fail(u"the page shows %1 incidents, the figures %2"_s.arg(page->figures().incidents)
                            .arg(figures.incidents));
        page->removeEventFilter(&watcher);
    }

    std::printf("Insights of %lld postmortems (%lld factors, %lld links, %lld remediation items), all time "
                "(medians of %d runs; platform %s)\n",
        static_cast<long long>(data.incidents.size()), static_cast<long long>(data.factors.size()),
        static_cast<long long>(data.links.size()), static_cast<long long>(data.remediation.size()), runs,
        qgetenv("QT_QPA_PLATFORM").constData());
    QList<std::pair<double, InsightsRepository::Query>> slowest;
    for (auto it = queryTimes.cbegin(); it != queryTimes.cend(); ++it) {
        const double median = Bench::median(it.value());
        slowest.append({median, it.key()});
        std::printf("  query %-12s %8.1f ms\n", qPrintable(InsightsRepository::name(it.key())), median);
    }
    // The median, the best run (the nearest to a quiet machine), and the CPU time the thread used.
    const auto report
        = [](const char *what, const QList<double> &wall, const QList<double> &cpu, int target) {
              std::printf("  %-22s %8.1f ms, best %.1f ms, CPU %.1f ms", what, Bench::median(wall),
                  *std::min_element(wall.cbegin(), wall.cend()), Bench::median(cpu));
              if (target > 0)
                  std::printf(" (target < %d)", target);
              std::printf("\n");
          };
    report("figures from the rows:", computeTimes, computeCpu, 0);
    report("all figures computed:", totalTimes, totalCpu, 200);
    report("the page shown:", pageTimes, pageCpu, 500);
    std::printf("figures: %d incidents in %lld months; detect median %lld s, p90 %lld s; mitigate median "
                "%lld s; resolve median %lld s; %lld categories; follow-through %d items, %d done (%d "
                "within 30 days, %d within 60), %d open, %d overdue, %lld owners; foresight %d worked, %d "
                "did not hold, %d not foreseen, %d unknown\n",
        figures.incidents, static_cast<long long>(figures.byMonth.size()),
        static_cast<long long>(figures.toDetect.median.value_or(-1)),
        static_cast<long long>(figures.toDetect.p90.value_or(-1)),
        static_cast<long long>(figures.toMitigate.median.value_or(-1)),
        static_cast<long long>(figures.toResolve.median.value_or(-1)),
        static_cast<long long>(figures.categories.size()), figures.followThrough.items,
        figures.followThrough.done, figures.followThrough.doneWithin30, figures.followThrough.doneWithin60,
        figures.followThrough.open, figures.followThrough.overdue,
        static_cast<long long>(figures.followThrough.byOwner.size()), figures.foresight.worked,
        figures.foresight.didNotHold, figures.foresight.notForeseen, figures.foresight.unknown);

    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(2, slowest.size()); ++i) {
        const Result<QStringList> plan = repository.queryPlan(slowest.at(i).second);
        if (!plan)
            return fail(plan.message());
        std::printf("query plan of %s:\n", qPrintable(InsightsRepository::name(slowest.at(i).second)));
        for (const QString &row : *plan)
            std::printf("  %s\n", qPrintable(row));
    }
    return 0;
}
