// Timeline import benchmark: a 1,000,000-line irssi log imported into a postmortem (read, filter,
// place, write in one transaction), beside sqlite3's own `.import` of the same rows as CSV into a
// plain table, measured in the same run.
//
//   inflection_bench_timelineimport [--lines N] [--runs N]
// Target: the import under 10 s.
#include "io/irctimelineparser.h"
#include "io/timelineimporter.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption linesOption(u"lines"_s, u"Lines of the log."_s, u"N"_s, u"1000000"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Imports to time."_s, u"N"_s, u"3"_s);
    parser.addOptions({linesOption, runsOption});
    parser.process(app);
    const int lines = parser.value(linesOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    // The log: an incident channel over several days, a join or a mode change now and then.
    const QString logPath = dir.filePath(u"ops.log"_s);
    const QString csvPath = dir.filePath(u"ops.csv"_s);
    {
        QFile log(logPath);
        QFile csv(csvPath);
        if (!log.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly))
            return 1;
        const char *nicks[] = {"alice", "@bob", "carol", "+dan", "erin"};
        QDate day(2026, 3, 3);
        log.write("--- Log opened Tue Mar 03 00:00:00 2026\n");
        int written = 1;
        int second = 0;
        QByteArray logBuffer;
        QByteArray csvBuffer;
        while (written < lines) {
            if (second >= 86400) {
                second = 0;
                day = day.addDays(1);
                logBuffer += "--- Day changed " + QLocale::c().toString(day, u"ddd MMM dd yyyy"_s).toLatin1()
                    + '\n';
                ++written;
                continue;
            }
            const QByteArray clock = QTime(0, 0).addSecs(second).toString(u"HH:mm:ss"_s).toLatin1();
            if (written % 50 == 0) {
                logBuffer += clock + " -!- frank [~f@h] has joined #ops\n";
            } else {
                const char *nick = nicks[written % 5];
                QByteArray text = "checking shard " + QByteArray::number(written % 977) + ", error rate "
                    + QByteArray::number(written % 13) + "% and falling, line " + QByteArray::number(written);
                logBuffer += clock + " <" + nick + "> " + text + '\n';
                csvBuffer += day.toString(Qt::ISODate).toLatin1() + ' ' + clock + ','
                    + QByteArray(nick).replace('@', "").replace('+', "") + ',' + text.replace(',', ";")
                    + '\n';
            }
            ++written;
            second += 1;
            if (logBuffer.size() > (1 << 20)) {
                log.write(logBuffer);
                csv.write(csvBuffer);
                logBuffer.clear();
                csvBuffer.clear();
            }
        }
        log.write(logBuffer);
        csv.write(csvBuffer);
    }

    // Each run imports into a postmortem of a new workspace; the median run is reported.
    struct Run
    {
        double read = 0;
        double plan = 0;
        double write = 0;
        double total = 0;
        qint64 stored = 0;
    };
    QList<Run> results;
    ParsedTimeline parsed;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(u"bench%1.inflection"_s.arg(run));
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
            return 1;
        }
        std::unique_ptr<Workspace> workspace = std::move(opened).value();
        if (const Result<> zone = WorkspaceSettings(workspace.get()).setTimeZone(QTimeZone::utc()); !zone) {
            std::fprintf(stderr, "%s\n", qPrintable(zone.message()));
            return 1;
        }
        const Result<Review> review
            = ReviewRepository(workspace.get()).create(ReviewKind::Postmortem, u"Long incident"_s);
        if (!review) {
            std::fprintf(stderr, "%s\n", qPrintable(review.message()));
            return 1;
        }
        const qint64 reviewId = review->id;

        Run r;
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        parsed = TimelineImporter::read(logPath, TimelineImportFormat::Irc, QTimeZone::utc());
        r.read = step.nsecsElapsed() / 1e6;
        step.restart();
        TimelineImporter importer(workspace.get());
        Result<TimelineImporter::Plan> plan = importer.plan(reviewId, parsed.events, {});
        if (!plan) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(plan.message()));
            return 1;
        }
        r.plan = step.nsecsElapsed() / 1e6;
        step.restart();
        const Result<> outcome = importer.write(reviewId, &*plan, u"ops.log"_s, {});
        r.write = step.nsecsElapsed() / 1e6;
        r.total = total.nsecsElapsed() / 1e6;
        if (!outcome) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(outcome.message()));
            return 1;
        }
        QSqlQuery count(workspace->database());
        count.exec(u"SELECT count(*) FROM timeline_event"_s);
        count.next();
        r.stored = count.value(0).toLongLong();
        results.append(r);
        std::printf("  run %d: %.1f ms\n", run + 1, r.total);
        std::fflush(stdout);
        workspace.reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    std::sort(results.begin(), results.end(), [](const Run &a, const Run &b) { return a.total < b.total; });
    const Run median = results.at(results.size() / 2);

    // sqlite3's .import of the same messages as CSV, into a table of three columns, same file system.
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    double sqliteMs = -1;
    if (!sqlite3.isEmpty()) {
        QProcess process;
        process.setProgram(sqlite3);
        process.setArguments(
            {dir.filePath(u"plain.db"_s), u"CREATE TABLE t (time TEXT, actor TEXT, text TEXT);"_s,
                u".mode csv"_s, u".import "_s + csvPath + u" t"_s});
        QElapsedTimer timer;
        timer.start();
        process.start();
        process.waitForFinished(-1);
        sqliteMs = timer.nsecsElapsed() / 1e6;
    }

    std::printf("Timeline import: %d log lines, %lld events stored (%d system lines skipped, %d unreadable), "
                "median of %d runs\n",
        lines, median.stored, parsed.skipped, parsed.unreadable, runs);
    std::printf("  read and parse   %9.1f ms\n", median.read);
    std::printf("  window, places   %9.1f ms\n", median.plan);
    std::printf("  write (1 txn)    %9.1f ms\n", median.write);
    std::printf("  total            %9.1f ms   (target under 10000 ms)\n", median.total);
    if (sqliteMs >= 0)
        std::printf("  sqlite3 .import  %9.1f ms   ratio %.2fx\n", sqliteMs, median.total / sqliteMs);
    else
        std::printf("  sqlite3 not found: no ratio\n");
    return 0;
}
