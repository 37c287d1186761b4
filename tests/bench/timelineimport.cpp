// Timeline import benchmark: a 1,000,000-line irssi log imported into a postmortem (read, filter,
// place, write in one transaction), beside the sqlite3 shell's `.import` of the same rows as CSV
// into a table with the same columns, indexes and triggers as the timeline's, measured in the
// same run, the two taking turns so that a busy machine slows both alike.
//
// The comparison table is made from a workspace the import wrote: the timeline table's own
// statements (`.schema timeline_event`: table, indexes, triggers), the tables its triggers and
// foreign key name (search_pending, review) and the review's row; the rows are the ones the
// import stored, exported by the shell as CSV. The shell writes them as the workspace is written:
// WAL, synchronous=FULL, foreign keys on, the import's cache size; and with its own defaults
// (rollback journal, no foreign keys, a small cache). The ratio is taken against the faster.
//
//   inflection_bench_timelineimport [--lines N] [--runs N]
// Target: the write at most 2x sqlite3's .import of the same rows; the whole import under 10 s.
#include "benchstatistics.h"
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
#include <sys/resource.h>
#include <time.h>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// Processor time, which a machine busy with other work changes less than the time on the clock.
double cpuMs(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace

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

    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    // Runs the sqlite3 shell on a database with the given arguments; its standard output to outFile
    // when given. Returns the milliseconds it took, or -1.
    double lastShellCpu = 0; // of the last shell run
    auto shell = [&sqlite3, &lastShellCpu](const QStringList &arguments, const QString &outFile = QString()) {
        QProcess process;
        process.setProgram(sqlite3);
        process.setArguments(arguments);
        if (!outFile.isEmpty())
            process.setStandardOutputFile(outFile);
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
        process.start();
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 %s: %s\n", qPrintable(arguments.join(u' ')),
                process.readAllStandardError().constData());
            return -1.0;
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        lastShellCpu = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
        return ms;
    };
    const QString rowsCsv = dir.filePath(u"rows.csv"_s);
    const QString setupSql = dir.filePath(u"setup.sql"_s);
    // From the first workspace written: the schema of the timeline table and the rows it holds.
    auto prepareComparison = [&](const QString &workspacePath) {
        const QString schema = dir.filePath(u"schema.sql"_s);
        const QString reviewRow = dir.filePath(u"review.sql"_s);
        const bool made
            = shell({workspacePath,
                        u"SELECT sql || ';' FROM sqlite_schema WHERE sql IS NOT NULL AND (name IN "
                        "('review', 'search_pending') OR tbl_name = 'timeline_event') ORDER BY "
                        "type = 'trigger', type = 'index', name <> 'review'"_s},
                  schema)
                >= 0
            && shell({workspacePath, u".mode insert review"_s, u"SELECT * FROM review"_s}, reviewRow) >= 0
            && shell({u"-csv"_s, workspacePath, u"SELECT * FROM timeline_event ORDER BY id"_s}, rowsCsv) >= 0;
        QFile setup(setupSql);
        QFile schemaFile(schema);
        QFile reviewFile(reviewRow);
        if (!made || !setup.open(QIODevice::WriteOnly) || !schemaFile.open(QIODevice::ReadOnly)
            || !reviewFile.open(QIODevice::ReadOnly))
            return false;
        setup.write(schemaFile.readAll() + reviewFile.readAll());
        return true;
    };
    // One .import into a new database made from setup.sql, in the given journal mode.
    qint64 expectedRows = 0;
    auto timeSqliteImport = [&](int run, bool asWorkspace, double *cpu) {
        const QString db = dir.filePath(u"sqlite%1.db"_s.arg(run));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(db + suffix);
        if (shell({db, u".read "_s + setupSql,
                u"PRAGMA journal_mode = "_s + (asWorkspace ? u"wal"_s : u"delete"_s)})
            < 0)
            return -1.0;
        QStringList arguments {db};
        if (asWorkspace)
            arguments << u"PRAGMA foreign_keys = ON"_s << u"PRAGMA synchronous = FULL"_s
                      << u"PRAGMA cache_size = -262144"_s; // as TimelineRepository::importEvents
        arguments << u".mode csv"_s << u".import "_s + rowsCsv + u" timeline_event"_s;
        double ms = shell(arguments);
        *cpu = lastShellCpu;
        // Every row stored, or the figure means nothing.
        const QString counted = dir.filePath(u"count.txt"_s);
        QFile count(counted);
        if (ms >= 0 && shell({db, u"SELECT count(*) FROM timeline_event"_s}, counted) >= 0
            && count.open(QIODevice::ReadOnly) && count.readAll().trimmed().toLongLong() != expectedRows) {
            std::fprintf(stderr, "sqlite3 .import did not store every row\n");
            ms = -1;
        }
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(db + suffix);
        return ms;
    };

    // Each run imports into a postmortem of a new workspace, then the shell imports the same rows.
    struct Run
    {
        double read = 0;
        double plan = 0;
        double write = 0;
        double total = 0;
        qint64 stored = 0;
        double sqliteWal = -1; // as the workspace is written
        double sqliteDefault = -1; // the shell's defaults
        double writeCpu = 0;
        double sqliteWalCpu = 0;
        double sqliteDefaultCpu = 0;
    };
    QList<Run> results;
    ParsedTimeline parsed;
    bool comparison = false;
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
        const double cpuBefore = cpuMs();
        const Result<> outcome = importer.write(reviewId, &*plan, u"ops.log"_s, {});
        r.write = step.nsecsElapsed() / 1e6;
        r.writeCpu = cpuMs() - cpuBefore;
        r.total = total.nsecsElapsed() / 1e6;
        if (!outcome) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(outcome.message()));
            return 1;
        }
        QSqlQuery count(workspace->database());
        count.exec(u"SELECT count(*) FROM timeline_event"_s);
        count.next();
        r.stored = count.value(0).toLongLong();
        workspace.reset();
        if (!sqlite3.isEmpty()) {
            if (run == 0) {
                comparison = prepareComparison(path);
                expectedRows = r.stored;
            }
            if (comparison) {
                r.sqliteWal = timeSqliteImport(run, true, &r.sqliteWalCpu);
                r.sqliteDefault = timeSqliteImport(run, false, &r.sqliteDefaultCpu);
            }
        }
        results.append(r);
        std::printf(
            "  run %d: write %.1f ms (processor %.1f ms), whole import %.1f ms; sqlite3 .import %.1f ms "
            "(processor %.1f ms) as the workspace, %.1f ms with its defaults\n",
            run + 1, r.write, r.writeCpu, r.total, r.sqliteWal, r.sqliteWalCpu, r.sqliteDefault);
        std::fflush(stdout);
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }

    auto figures = [&results](double Run::*field) {
        QList<double> values;
        for (const Run &r : std::as_const(results))
            values.append(r.*field);
        std::sort(values.begin(), values.end());
        return values;
    };
    auto line = [](const char *label, const QList<double> &values) {
        std::printf("  %-34s best %9.1f ms   median %9.1f ms   worst %9.1f ms\n", label, values.first(),
            Bench::median(values), values.last());
    };
    std::printf("Timeline import: %d log lines, %lld events stored (%d system lines skipped, %d unreadable), "
                "%d runs\n",
        lines, results.first().stored, parsed.skipped, parsed.unreadable, runs);
    line("read and parse", figures(&Run::read));
    line("window, places", figures(&Run::plan));
    line("write (1 transaction)", figures(&Run::write));
    line("whole import", figures(&Run::total));
    if (!comparison) {
        std::printf("  sqlite3 not found or failed: no ratio\n");
        return 0;
    }
    const QList<double> wal = figures(&Run::sqliteWal);
    const QList<double> plain = figures(&Run::sqliteDefault);
    line("sqlite3 .import, as the workspace", wal);
    line("sqlite3 .import, shell defaults", plain);
    line("processor: write", figures(&Run::writeCpu));
    line("processor: .import, as the workspace", figures(&Run::sqliteWalCpu));
    line("processor: .import, shell defaults", figures(&Run::sqliteDefaultCpu));
    const double write = figures(&Run::write).first();
    const double whole = figures(&Run::total).first();
    // Against whichever way the shell was faster.
    const double sqliteBest = std::min(wal.first(), plain.first());
    std::printf("  ratio, best against the shell's best: write / .import %.2fx (target at most 2.0x), whole "
                "import / .import %.2fx\n",
        write / sqliteBest, whole / sqliteBest);
    return 0;
}
