// Operability benchmark: a 10,000-item contingency checklist — open the page, sort by score, repaint the
// heatmap.
//
//   inflection_bench_contingencies [--items N] [--runs N]
// Targets: open under 300 ms, sort by score under 100 ms, heatmap repaint under 5 ms (medians).
#include "benchstatistics.h"
#include "operability/contingencyfilterproxymodel.h"
#include "operability/contingencymodel.h"
#include "domain/fractionalkey.h"
#include "heatmapwidget.h"
#include "operabilityview.h"
#include "store/contingencyrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

static double msSince(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption itemsOption(u"items"_s, u"Contingency items."_s, u"N"_s, u"10000"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Runs of each measurement."_s, u"N"_s, u"7"_s);
    parser.addOptions({itemsOption, runsOption});
    parser.process(app);
    const int itemCount = parser.value(itemsOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(u"contingencies.inflection"_s), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto review
        = ReviewRepository(workspace.get()).create(ReviewKind::Operability, u"Big launch"_s, &error);
    QList<ContingencyItem> items;
    const QStringList keys = FractionalKey::sequence(itemCount);
    QRandomGenerator random(42);
    for (int i = 0; i < itemCount; ++i) {
        ContingencyItem item;
        item.reviewId = review->id;
        item.issue = u"Contingency %1: a dependency of the launch misbehaves"_s.arg(i + 1);
        item.likelihood = random.bounded(1, 6);
        item.impact = random.bounded(1, 6);
        item.engineering = u"Degrade gracefully behind the config flag"_s;
        item.position = keys.at(i);
        items.append(item);
    }
    if (!ContingencyRepository(workspace.get()).insertAll(items, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // Open: build the page (loading both models), show the contingency tab, process events until idle.
    QList<double> openTimes;
    QUndoStack stack;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        auto view = std::make_unique<OperabilityView>(workspace.get(), review->id, &stack);
        view->tabs()->setCurrentIndex(1);
        view->resize(1400, 800);
        view->show();
        QCoreApplication::processEvents();
        openTimes.append(msSince(clock));
        if (run + 1 < runs)
            view.reset();
        else {
            // Keep the last one for the other measurements.
            OperabilityView *page = view.release();
            page->setAttribute(Qt::WA_DeleteOnClose);

            QList<double> sortTimes;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer sortClock;
                sortClock.start();
                page->contingencyProxy()->sort(
                    ContingencyModel::ScoreColumn, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
                sortTimes.append(msSince(sortClock));
            }
            page->contingencyProxy()->sort(-1);

            HeatmapWidget *heatmap = page->heatmap();
            heatmap->resize(480, 420);
            QList<double> repaintTimes;
            for (int i = 0; i < 200; ++i) {
                QElapsedTimer paintClock;
                paintClock.start();
                heatmap->repaint();
                repaintTimes.append(msSince(paintClock));
            }
            // After an edit: the counts are taken again on the next paint.
            QList<double> editRepaintTimes;
            ContingencyModel *model = page->contingencyModel();
            for (int i = 0; i < runs; ++i) {
                model->replaceRecordWithoutUndo([&] {
                    ContingencyItem changed = model->itemAt(i);
                    changed.impact = changed.impact % 5 + 1;
                    return changed;
                }());
                QElapsedTimer paintClock;
                paintClock.start();
                heatmap->repaint();
                editRepaintTimes.append(msSince(paintClock));
            }
            std::printf("contingency checklist with %d items (medians; platform %s)\n", itemCount,
                qgetenv("QT_QPA_PLATFORM").constData());
            std::printf("  open the page:             %8.1f ms (target < 300)\n", Bench::median(openTimes));
            std::printf("  sort by score:             %8.1f ms (target < 100)\n", Bench::median(sortTimes));
            std::printf("  heatmap repaint:           %8.2f ms (target < 5)\n", Bench::median(repaintTimes));
            std::printf("  heatmap repaint after edit:%8.2f ms (recount included)\n",
                Bench::median(editRepaintTimes));
            page->close();
        }
    }
    return 0;
}
