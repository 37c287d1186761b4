// Report benchmark: the PDF summary of a postmortem with 2,000 timeline events and 200 remediation
// items, from the workspace to the file, with the memory it took.
//
//   inflection_bench_report [--events N] [--items N] [--runs N]
// Target: under 3 s and under 300 MB resident.
#include "benchstatistics.h"
#include "domain/fractionalkey.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "store/remediationrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

static double peakResidentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
        }
    }
    return 0;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption eventsOption(u"events"_s, u"Timeline events."_s, u"N"_s, u"2000"_s);
    QCommandLineOption itemsOption(u"items"_s, u"Remediation items."_s, u"N"_s, u"200"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Reports to time."_s, u"N"_s, u"5"_s);
    parser.addOptions({eventsOption, itemsOption, runsOption});
    parser.process(app);
    const int eventCount = parser.value(eventsOption).toInt();
    const int itemCount = parser.value(itemsOption).toInt();

    QTemporaryDir dir;
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(dir.filePath(u"report.inflection"_s));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    const std::unique_ptr<Workspace> workspace = std::move(opened).value();
    const Result<Review> review
        = ReviewRepository(workspace.get()).create(ReviewKind::Postmortem, u"Long incident"_s);
    if (!review) {
        std::fprintf(stderr, "%s\n", qPrintable(review.message()));
        return 1;
    }
    QList<TimelineEvent> events;
    const QStringList keys = FractionalKey::sequence(eventCount);
    const QDateTime start(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC);
    for (int i = 0; i < eventCount; ++i) {
        TimelineEvent e;
        e.reviewId = review->id;
        e.position = keys.at(i);
        e.occurredAt = start.addSecs(i * 20);
        e.kind = timelineKinds().values().at(i % 6);
        e.actor = u"Responder %1"_s.arg(i % 9);
        e.text = u"Event %1: the responder checks shard %2 and reports the error rate and the queue depth."_s
                     .arg(i)
                     .arg(i % 41);
        e.knownBy = u"Operations"_s;
        events.append(e);
    }
    if (const auto inserted = TimelineRepository(workspace.get()).insertAll(events); !inserted) {
        std::fprintf(stderr, "%s\n", qPrintable(inserted.message()));
        return 1;
    }
    RemediationRepository remediation(workspace.get());
    for (int i = 0; i < itemCount; ++i) {
        RemediationItem item;
        item.reviewId = review->id;
        item.position = FractionalKey::sequence(itemCount).at(i);
        item.text = u"Remediation %1: alert on the age of the oldest message"_s.arg(i);
        item.owner = u"Owner %1"_s.arg(i % 11);
        item.ticket = u"OPS-%1"_s.arg(1000 + i);
        item.due = QDate(2026, 4, 1).addDays(i % 60);
        if (const Result<RemediationItem> inserted = remediation.insert(item); !inserted) {
            std::fprintf(stderr, "%s\n", qPrintable(inserted.message()));
            return 1;
        }
    }

    QList<double> times;
    int pages = 0;
    for (int run = 0; run < parser.value(runsOption).toInt(); ++run) {
        const QString path = dir.filePath(u"summary%1.pdf"_s.arg(run));
        QElapsedTimer timer;
        timer.start();
        const Result<Report> report = ReviewReport::build(workspace.get(), review->uuid);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.message()));
            return 1;
        }
        const Result<> written = ReportPrinter::writePdf(*report, path, [&pages](qint64, qint64 total) {
            pages = int(total);
            return true;
        });
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.message()));
            return 1;
        }
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("PDF summary of a postmortem: %d events, %d remediation items, %d pages\n", eventCount,
        itemCount, pages);
    std::printf("  workspace to file  %8.1f ms median of %lld   (target under 3000 ms)\n",
        Bench::median(times), qlonglong(times.size()));
    std::printf("  peak resident      %8.1f MiB               (target under 300 MiB)\n", peakResidentMiB());
    return 0;
}
