// A second process for tests: holds locks, writes concurrently, watches for changes.
//
//   inflection_testhelper lock FILE              hold an exclusive lock until stdin closes
//   inflection_testhelper set-title FILE UUID REVISION TITLE [AUTHOR]
//                                                 update from a known revision; prints saved/conflict
//   inflection_testhelper watch FILE MS           print "ready", then "changed" when another process writes
//   inflection_testhelper edit-stream FILE REVIEWID SEED
//                                                 edit a postmortem's timeline without end (add an event,
//                                                 change an event's text), printing "saved UUID N" after
//                                                 each edit is stored: N counts the edits
#include "domain/fractionalkey.h"
#include "store/changewatcher.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

static void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

static int lock(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s) || !q.exec(u"BEGIN EXCLUSIVE"_s)
        || !q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        say(u"error "_s + q.lastError().text());
        return 1;
    }
    say(u"locked"_s);
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) { }
    q.exec(u"ROLLBACK"_s);
    return 0;
}

static int setTitle(const QStringList &args)
{
    QString error;
    auto ws = Workspace::open(args.value(0), &error);
    if (!ws) {
        say(u"error "_s + error);
        return 1;
    }
    if (args.size() > 4)
        ws->setAuthor(args.at(4));
    ReviewRepository repository(ws.get());
    auto review = repository.find(args.value(1));
    if (!review) {
        say(u"error no such review"_s);
        return 1;
    }
    review->revision = args.value(2).toInt();
    const ReviewSaveResult result = repository.updateField(*review, ReviewField::Title, args.value(3));
    switch (result.status()) {
    case ReviewSaveResult::Status::Saved:
        say(u"saved "_s + QString::number(result.record().revision));
        return 0;
    case ReviewSaveResult::Status::Conflict:
        say(u"conflict "_s + result.record().title);
        return 3;
    case ReviewSaveResult::Status::Failed:
        say(u"error "_s + result.errorMessage());
        return 1;
    }
    return 1;
}

static int watch(const QString &path, int timeoutMs)
{
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws) {
        say(u"error "_s + error);
        return 1;
    }
    ChangeWatcher watcher(ws.get()); // the default interval: what the app uses
    QElapsedTimer clock;
    QObject::connect(&watcher, &ChangeWatcher::changed, qApp, [&] {
        say(u"changed"_s);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(timeoutMs, qApp, [] {
        say(u"timeout"_s);
        QCoreApplication::exit(2);
    });
    watcher.start();
    clock.start();
    say(u"ready"_s);
    return QCoreApplication::exec();
}

// Edits through the store as the app makes them, each reported once it is stored: the crash harness
// kills this process at random and then looks for every reported edit.
static int editStream(const QStringList &args)
{
    QString error;
    auto ws = Workspace::open(args.value(0), &error);
    if (!ws) {
        say(u"error "_s + error);
        return 1;
    }
    const qint64 reviewId = args.value(1).toLongLong();
    QRandomGenerator random(args.value(2).toUInt());
    TimelineRepository timeline(ws.get());
    QList<TimelineEvent> events = timeline.forReview(reviewId, &error);
    qint64 sequence = 0;
    // Continue the numbering of the edits before this run.
    for (const TimelineEvent &e : std::as_const(events))
        sequence = std::max(sequence, e.text.section(u' ', 1, 1).toLongLong());
    say(u"ready"_s);
    for (;;) {
        ++sequence;
        const QString text = u"edit "_s + QString::number(sequence) + u" of the stream"_s;
        if (events.isEmpty() || random.bounded(3) == 0) {
            TimelineEvent e;
            e.reviewId = reviewId;
            e.position
                = FractionalKey::between(events.isEmpty() ? QString() : events.last().position, QString());
            e.text = text;
            const auto stored = timeline.insert(e, &error);
            if (!stored) {
                say(u"error "_s + error);
                return 1;
            }
            events.append(*stored);
            say(u"saved "_s + stored->uuid + u' ' + QString::number(sequence));
        } else {
            const int at = random.bounded(int(events.size()));
            const auto result = timeline.updateField(events.at(at), TimelineField::Text, text);
            if (!result.isSaved()) {
                say(u"error "_s + result.errorMessage());
                return 1;
            }
            events[at] = result.record();
            say(u"saved "_s + events.at(at).uuid + u' ' + QString::number(sequence));
        }
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"lock"_s)
        return lock(args.value(1));
    if (command == u"set-title"_s)
        return setTitle(args.mid(1));
    if (command == u"watch"_s)
        return watch(args.value(1), args.value(2).toInt());
    if (command == u"edit-stream"_s)
        return editStream(args.mid(1));
    std::fputs("usage: inflection_testhelper lock|set-title|watch …\n", stderr);
    return 2;
}
