// Concurrency benchmark: N client processes make M edits each of the same few contingencies of one review,
// each from its own copies as the app keeps them, on one workspace (a file or a server). Prints throughput,
// the median and 99th-percentile save latency, the conflicts told to their authors, and the edits lost:
// after the run, every edit a client was told is saved must be the field's stored value, or have been
// followed in the change log by another saved edit of the same field; no edit told "not saved" may be in it.
//
//   inflection_bench_concurrency [--clients 20] [--edits 500] [--records 10] [--workspace URI|FILE]
// Without --workspace, a new file in a temporary folder. The clients start together once all are connected.
#include "benchstatistics.h"
#include "domain/fractionalkey.h"
#include "store/contingencyrepository.h"
#include "store/reviewrepository.h"
#include "store/sqlitesupport.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

const ContingencyField editedFields[]
    = {ContingencyField::Comments, ContingencyField::Engineering, ContingencyField::OnsiteMessaging};

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

std::unique_ptr<Workspace> open(const QString &where)
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(where);
    for (int attempt = 0; attempt < 5 && !ws && ws.error() == ErrorKind::Locked; ++attempt)
        ws = Workspace::open(where);
    if (!ws) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(where), qPrintable(ws.message()));
        return nullptr;
    }
    return std::move(ws).value();
}

// One client: waits for "go" on its input, then edits; one line per edit:
// saved|conflict|busy UUID FIELD VALUE MICROSECONDS, then "done".
int client(const QString &where, qint64 reviewId, int index, int edits, quint32 seed, const QString &tag)
{
    const std::unique_ptr<Workspace> ws = open(where);
    if (!ws)
        return 1;
    ws->setAuthor(u"client%1"_s.arg(index));
    ContingencyRepository repository(ws.get());
    Result<QList<ContingencyItem>> read = repository.forReview(reviewId);
    if (!read || read->isEmpty()) {
        say(u"error no contingencies "_s + read.message());
        return 1;
    }
    QList<ContingencyItem> items = std::move(read).value();
    QRandomGenerator random(seed);
    say(u"ready"_s);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 1;
    QElapsedTimer clock;
    for (int n = 1; n <= edits; ++n) {
        const int at = random.bounded(int(items.size()));
        const ContingencyField field = editedFields[random.bounded(int(std::size(editedFields)))];
        const QString value = tag + u"-c"_s + QString::number(index) + u'-' + QString::number(n);
        clock.start();
        const Result<ContingencyItem> result = repository.updateField(items.at(at), field, value);
        const qint64 micros = clock.nsecsElapsed() / 1000;
        QString outcome;
        if (result) {
            outcome = u"saved"_s;
            items[at] = *result;
        } else if (result.isConflict() && result.hasValue()) {
            outcome = u"conflict"_s; // told to its author; the copy refreshed, as the app does
            items[at] = *result;
        } else if (!ws->isServer() && result.message() == SqliteSupport::busyMessage()) {
            outcome = u"busy"_s; // the file stayed locked past the timeout: told "not saved"
        } else {
            say(u"error "_s + result.message());
            return 1;
        }
        say(outcome + u' ' + items.at(at).uuid + u' ' + contingencyFields().key(field) + u' ' + value + u' '
            + QString::number(micros));
    }
    say(u"done"_s);
    return 0;
}

struct Edit
{
    QString key; // uuid and field
    bool saved = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption clientsOption(u"clients"_s, u"Client processes."_s, u"N"_s, u"20"_s);
    QCommandLineOption editsOption(u"edits"_s, u"Edits per client."_s, u"M"_s, u"500"_s);
    QCommandLineOption recordsOption(u"records"_s, u"Contingencies the clients share."_s, u"K"_s, u"10"_s);
    QCommandLineOption workspaceOption(
        u"workspace"_s, u"A server (libpq URI or connection string) or a file."_s, u"WHERE"_s);
    QCommandLineOption clientOption(u"client"_s, u"(internal) run as client INDEX."_s, u"INDEX"_s);
    QCommandLineOption reviewOption(u"review"_s, u"(internal) the review's id."_s, u"ID"_s);
    QCommandLineOption seedOption(u"seed"_s, u"(internal) the client's seed."_s, u"SEED"_s);
    QCommandLineOption tagOption(u"tag"_s, u"(internal) the run's mark in every value."_s, u"TAG"_s);
    parser.addOptions({clientsOption, editsOption, recordsOption, workspaceOption, clientOption, reviewOption,
        seedOption, tagOption});
    parser.process(app);
    const int edits = parser.value(editsOption).toInt();

    if (parser.isSet(clientOption))
        return client(parser.value(workspaceOption), parser.value(reviewOption).toLongLong(),
            parser.value(clientOption).toInt(), edits, parser.value(seedOption).toUInt(),
            parser.value(tagOption));

    QStandardPaths::setTestModeEnabled(true);
    const int clients = parser.value(clientsOption).toInt();
    const int records = parser.value(recordsOption).toInt();
    QTemporaryDir dir;
    const QString where = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                        : dir.filePath(u"concurrency.inflection"_s);
    const std::unique_ptr<Workspace> ws = open(where);
    if (!ws)
        return 1;
    const QString tag = u"run"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    const Result<Review> review
        = ReviewRepository(ws.get()).create(ReviewKind::Operability, u"Concurrency benchmark "_s + tag);
    if (!review) {
        std::fprintf(stderr, "%s\n", qPrintable(review.message()));
        return 1;
    }
    ContingencyRepository contingencies(ws.get());
    const QStringList positions = FractionalKey::sequence(records);
    for (int r = 0; r < records; ++r) {
        ContingencyItem item;
        item.reviewId = review->id;
        item.issue = u"Shared risk %1"_s.arg(r + 1);
        item.position = positions.at(r);
        if (const auto stored = contingencies.insert(item); !stored) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.message()));
            return 1;
        }
    }

    // Each client writes its lines to a file of its own, so that none waits for this process to read.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int c = 0; c < clients; ++c) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->setStandardOutputFile(dir.filePath(u"client%1.out"_s.arg(c)));
        process->start(QCoreApplication::applicationFilePath(),
            {u"--client"_s, QString::number(c), u"--workspace"_s, where, u"--review"_s,
                QString::number(review->id), u"--edits"_s, QString::number(edits), u"--seed"_s,
                QString::number(c * 7919 + 1), u"--tag"_s, tag});
        processes.push_back(std::move(process));
    }
    const auto outputOf = [&dir](int c) {
        QFile file(dir.filePath(u"client%1.out"_s.arg(c)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QElapsedTimer waited;
    waited.start();
    for (int c = 0; c < clients; ++c) {
        while (!outputOf(c).startsWith("ready\n")) {
            if (waited.elapsed() > 120000 || processes.at(c)->state() == QProcess::NotRunning) {
                std::fprintf(stderr, "client %d did not start\n", c);
                return 1;
            }
            QThread::msleep(20);
        }
    }
    QElapsedTimer clock;
    clock.start();
    for (auto &process : processes) {
        process->write("go\n");
        process->waitForBytesWritten(); // now, not when this process next waits for that one
        process->closeWriteChannel();
    }
    QList<double> latencies; // ms, every save, whatever it was told
    QHash<QString, Edit> told; // value -> the edit
    int saved = 0, conflicts = 0, busy = 0, failures = 0;
    for (auto &process : processes)
        process->waitForFinished(-1);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    for (int c = 0; c < clients; ++c) {
        QProcess *process = processes.at(c).get();
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            ++failures;
        const QList<QByteArray> lines = outputOf(c).split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.value(0) == "error")
                std::fprintf(stderr, "%s\n", line.constData());
            if (words.size() != 5)
                continue;
            const bool ok = words.at(0) == "saved";
            (ok ? saved : words.at(0) == "conflict" ? conflicts : busy) += 1;
            told.insert(
                QString::fromUtf8(words.at(3)), {QString::fromUtf8(words.at(1) + ' ' + words.at(2)), ok});
            latencies.append(words.at(4).toDouble() / 1000.0);
        }
    }

    // The change log is the evidence: every logged change of the run's values in the order it was made.
    QSqlQuery log(ws->database());
    log.prepare(u"SELECT new_value FROM change_log WHERE review = :review ORDER BY id"_s);
    log.bindValue(u":review"_s, review->id);
    if (!log.exec()) {
        std::fprintf(stderr, "cannot read the change log\n");
        return 1;
    }
    QHash<QString, int> timesLogged;
    QHash<QString, QString> lastLogged; // uuid and field -> the last saved value the log has for it
    int notSavedButLogged = 0;
    while (log.next()) {
        const QString value = log.value(0).toString();
        const auto edit = told.constFind(value);
        if (edit == told.cend())
            continue;
        ++timesLogged[value];
        if (!edit->saved)
            ++notSavedButLogged;
        else
            lastLogged.insert(edit->key, value);
    }
    log.finish();
    int lost = 0; // told saved, but neither stored nor followed by another saved edit of the field
    int loggedTwice = 0;
    for (auto it = told.cbegin(); it != told.cend(); ++it) {
        if (!it->saved)
            continue;
        const int n = timesLogged.value(it.key());
        if (n == 0)
            ++lost;
        else if (n > 1)
            ++loggedTwice;
    }
    // The last saved edit of each field in the log is its stored value.
    const Result<QList<ContingencyItem>> stored = contingencies.forReview(review->id);
    if (!stored) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.message()));
        return 1;
    }
    for (const ContingencyItem &item : *stored) {
        for (const ContingencyField field : editedFields) {
            const QString key = item.uuid + u' ' + contingencyFields().key(field);
            if (lastLogged.contains(key) && item.field(field).toString() != lastLogged.value(key))
                ++lost;
        }
    }

    std::printf("concurrency on %s (%s): %d clients x %d edits of %d shared contingencies (3 fields each)\n",
        ws->isServer() ? "a server" : "a file", qPrintable(ws->workspaceLocation().displayName()), clients,
        edits, records);
    std::printf("  %.1f s: %.0f edits saved/s (%.0f saves tried/s)\n", seconds, saved / seconds,
        (saved + conflicts + busy) / seconds);
    std::printf("  save latency: median %.1f ms, p99 %.1f ms, max %.1f ms (every save tried)\n",
        Bench::median(latencies), Bench::percentile(latencies, 0.99), Bench::percentile(latencies, 1.0));
    std::printf("  %d saved, %d conflicts told to their authors, %d refused as busy and told\n", saved,
        conflicts, busy);
    std::printf("  lost: %d; logged twice: %d; told not saved but logged: %d; clients failed: %d\n", lost,
        loggedTwice, notSavedButLogged, failures);
    const bool ok = lost == 0 && loggedTwice == 0 && notSavedButLogged == 0 && failures == 0
        && saved + conflicts + busy == clients * edits;
    if (!ok)
        std::printf("  FAILED: an edit was lost, doubled, or told wrongly\n");
    return ok ? 0 : 1;
}
