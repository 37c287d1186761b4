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
//   inflection_testhelper set-field FILE TABLE ID FIELD VALUE AUTHOR
//                                                 one edit through the store as another person: TABLE is
//                                                 review, contingency, timeline, attendee (ID a uuid) or
//                                                 incident or proposal (ID a review id); FIELD the field's
//                                                 number; VALUE s:text, i:number, b:0|1, t:ISO time; prints
//                                                 saved
//   inflection_testhelper present FILE REVIEWUUID AUTHOR HEARTBEATMS EXPIRYMS
//                                                 have the review open (presence) until stdin closes
//   inflection_testhelper stress FILE REVIEWID EDITS AUTHOR SEED
//                                                 EDITS edits of the review's contingencies from this
//                                                 process's own (soon stale) copies, as the app makes
//                                                 them; prints "saved UUID VALUE", "conflict UUID VALUE"
//                                                 or "busy UUID VALUE" (not saved: the file stayed locked
//                                                 past the timeout) for each, then "done SAVED CONFLICTS
//                                                 BUSY"
#include "domain/fractionalkey.h"
#include "store/attendeerepository.h"
#include "store/changewatcher.h"
#include "store/contingencyrepository.h"
#include "store/incidentrepository.h"
#include "store/proposalrepository.h"
#include "store/reviewrepository.h"
#include "store/sqlitesupport.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "workspace/presencetracker.h"

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

// The workspace at path, or nothing (the error said). locked: how often to try again, as a person told
// "locked, try again" would, while other writers keep the file busy.
static std::unique_ptr<Workspace> openWorkspace(const QString &path, int locked = 0)
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    for (int attempt = 0; attempt < locked && ws.error() == ErrorKind::Locked; ++attempt)
        ws = Workspace::open(path);
    if (!ws) {
        say(u"error "_s + ws.message());
        return nullptr;
    }
    return std::move(ws).value();
}

static int setTitle(const QStringList &args)
{
    const std::unique_ptr<Workspace> ws = openWorkspace(args.value(0));
    if (!ws)
        return 1;
    if (args.size() > 4)
        ws->setAuthor(args.at(4));
    ReviewRepository repository(ws.get());
    auto review = repository.find(args.value(1));
    if (!review) {
        say(u"error no such review"_s);
        return 1;
    }
    review->revision = args.value(2).toInt();
    const Result<Review> result = repository.updateField(*review, ReviewField::Title, args.value(3));
    if (result) {
        say(u"saved "_s + QString::number(result->revision));
        return 0;
    }
    if (result.isConflict() && result.hasValue()) {
        say(u"conflict "_s + result->title);
        return 3;
    }
    say(u"error "_s + result.message());
    return 1;
}

static int watch(const QString &path, int timeoutMs)
{
    const std::unique_ptr<Workspace> ws = openWorkspace(path);
    if (!ws)
        return 1;
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
    const std::unique_ptr<Workspace> ws = openWorkspace(args.value(0));
    if (!ws)
        return 1;
    const qint64 reviewId = args.value(1).toLongLong();
    QRandomGenerator random(args.value(2).toUInt());
    TimelineRepository timeline(ws.get());
    Result<QList<TimelineEvent>> read = timeline.forReview(reviewId);
    if (!read) {
        say(u"error "_s + read.message());
        return 1;
    }
    QList<TimelineEvent> events = std::move(read).value();
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
            const auto stored = timeline.insert(e);
            if (!stored) {
                say(u"error "_s + stored.message());
                return 1;
            }
            events.append(*stored);
            say(u"saved "_s + stored->uuid + u' ' + QString::number(sequence));
        } else {
            const int at = random.bounded(int(events.size()));
            const auto result = timeline.updateField(events.at(at), TimelineField::Text, text);
            if (!result) {
                say(u"error "_s + result.message());
                return 1;
            }
            events[at] = *result;
            say(u"saved "_s + events.at(at).uuid + u' ' + QString::number(sequence));
        }
    }
}

static QVariant valueOf(const QString &typed)
{
    const QString text = typed.mid(2);
    switch (typed.at(0).unicode()) {
    case 'i':
        return text.toInt();
    case 'b':
        return text == u"1"_s;
    case 't':
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    default:
        return text;
    }
}

template<typename Record>
static int report(const Result<Record> &result)
{
    if (result) {
        say(u"saved"_s);
        return 0;
    }
    say((result.isConflict() ? u"conflict "_s : u"error "_s) + result.message());
    return 1;
}

static int setField(const QStringList &args)
{
    const std::unique_ptr<Workspace> ws = openWorkspace(args.value(0));
    if (!ws)
        return 1;
    ws->setAuthor(args.value(5));
    const QString table = args.value(1);
    const QString id = args.value(2);
    const int field = args.value(3).toInt();
    const QVariant value = valueOf(args.value(4));
    if (table == u"review"_s) {
        ReviewRepository r(ws.get());
        if (auto base = r.find(id))
            return report(r.updateField(*base, static_cast<ReviewField>(field), value));
    } else if (table == u"contingency"_s) {
        ContingencyRepository r(ws.get());
        if (auto base = r.find(id))
            return report(r.updateField(*base, static_cast<ContingencyField>(field), value));
    } else if (table == u"timeline"_s) {
        TimelineRepository r(ws.get());
        if (auto base = r.find(id))
            return report(r.updateField(*base, static_cast<TimelineField>(field), value));
    } else if (table == u"attendee"_s) {
        AttendeeRepository r(ws.get());
        if (auto base = r.find(id))
            return report(r.updateField(*base, static_cast<AttendeeField>(field), value));
    } else if (table == u"proposal"_s) {
        ProposalRepository r(ws.get());
        if (auto base = r.ofReview(id.toLongLong()))
            return report(r.updateField(*base, static_cast<ProposalField>(field), value));
    } else if (table == u"incident"_s) {
        IncidentRepository r(ws.get());
        if (auto base = r.ofReview(id.toLongLong()))
            return report(r.updateField(*base, static_cast<IncidentField>(field), value));
    }
    say(u"error no such record"_s);
    return 1;
}

static int present(const QStringList &args)
{
    const std::unique_ptr<Workspace> ws = openWorkspace(args.value(0));
    if (!ws)
        return 1;
    ws->setAuthor(args.value(2));
    {
        PresenceTracker tracker(ws.get());
        tracker.setTiming(args.value(3).toInt(), args.value(4).toInt());
        tracker.setOpenReviews({args.value(1)});
        say(u"ready"_s);
        QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(&input, &QSocketNotifier::activated, qApp, [&] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
                QCoreApplication::exit(0);
        });
        QCoreApplication::exec();
    } // the tracker leaves
    say(u"left"_s);
    return 0;
}

// Four of these at once make the stress run: each edits the same few records from its own copies, so
// that some edits meet a newer revision. Like the app, a conflict is told to its author (printed) and
// the copy refreshed; a saved edit is printed once it is stored.
static int stress(const QStringList &args)
{
    const std::unique_ptr<Workspace> ws = openWorkspace(args.value(0), 3);
    if (!ws)
        return 1;
    ws->setAuthor(args.value(3));
    ContingencyRepository repository(ws.get());
    Result<QList<ContingencyItem>> read = repository.forReview(args.value(1).toLongLong());
    if (!read || read->isEmpty()) {
        say(u"error no contingencies "_s + read.message());
        return 1;
    }
    QList<ContingencyItem> items = std::move(read).value();
    const int edits = args.value(2).toInt();
    QRandomGenerator random(args.value(4).toUInt());
    int saved = 0;
    int conflicts = 0;
    int busy = 0;
    say(u"ready"_s);
    for (int n = 1; n <= edits; ++n) {
        const int at = random.bounded(int(items.size()));
        const QString value = args.value(3) + u'-' + QString::number(n);
        const auto result = repository.updateField(items.at(at), ContingencyField::Comments, value);
        if (result) {
            ++saved;
            items[at] = *result;
            say(u"saved "_s + items.at(at).uuid + u' ' + value);
        } else if (result.isConflict() && result.hasValue()) {
            ++conflicts;
            items[at] = *result;
            say(u"conflict "_s + items.at(at).uuid + u' ' + value);
        } else {
            // The other writers held the file longer than the busy timeout: the app tells its user
            // the change was not saved, as here; anything else ends the run.
            if (result.message() != SqliteSupport::busyMessage()) {
                say(u"error "_s + result.message());
                return 1;
            }
            ++busy;
            say(u"busy "_s + items.at(at).uuid + u' ' + value);
        }
    }
    say(u"done "_s + QString::number(saved) + u' ' + QString::number(conflicts) + u' '
        + QString::number(busy));
    return 0;
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
    if (command == u"set-field"_s)
        return setField(args.mid(1));
    if (command == u"present"_s)
        return present(args.mid(1));
    if (command == u"stress"_s)
        return stress(args.mid(1));
    std::fputs(
        "usage: inflection_testhelper lock|set-title|watch|edit-stream|set-field|present|stress …\n", stderr);
    return 2;
}
