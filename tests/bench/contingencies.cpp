// Operability benchmark: a 10,000-item contingency checklist — open the page, sort by score, repaint the
// heatmap.
//
//   inflection_bench_contingencies [--items N] [--runs N]
// Targets: open under 300 ms, sort by score under 100 ms, heatmap repaint under 5 ms (medians).
#include "benchstatistics.h"
#include "domain/fractionalkey.h"
#include "heatmapwidget.h"
#include "operability/contingencyfilterproxymodel.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "operabilityview.h"
#include "store/contingencyrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "workspace/reviewdocumentfactory.h"
#include "workspace/reviewlistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTemporaryDir>
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
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(dir.filePath(u"contingencies.inflection"_s));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    const std::unique_ptr<Workspace> workspace = std::move(opened).value();
    ReviewRepository reviewRepository(workspace.get());
    const Result<Review> review = reviewRepository.create(ReviewKind::Operability, u"Big launch"_s);
    if (!review) {
        std::fprintf(stderr, "%s\n", qPrintable(review.message()));
        return 1;
    }
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
    if (const auto inserted = ContingencyRepository(workspace.get()).insertAll(items); !inserted) {
        std::fprintf(stderr, "%s\n", qPrintable(inserted.message()));
        return 1;
    }
    ReviewListModel reviews(&reviewRepository);
    if (const Result<> listed = reviews.reload(); !listed) {
        std::fprintf(stderr, "%s\n", qPrintable(listed.message()));
        return 1;
    }

    // Open: the review's document (loading its models), its page, the contingency tab shown, events
    // processed until idle.
    QList<double> openTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        Result<std::unique_ptr<ReviewDocument>> document
            = ReviewDocumentFactory::open(workspace.get(), &reviews, *review);
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(document.message()));
            return 1;
        }
        auto view = std::make_unique<OperabilityView>(static_cast<OperabilityDocument *>(document->get()));
        view->tabs()->setCurrentIndex(1);
        view->resize(1400, 800);
        view->show();
        QCoreApplication::processEvents();
        openTimes.append(msSince(clock));
        if (run + 1 == runs) {
            // The last one stays for the other measurements.
            OperabilityView *page = view.get();

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
            ContingencyModel *model = page->operability()->contingencies();
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
        view.reset(); // before its document
    }
    return 0;
}
