// The worked examples written by `inflection demo`.
#include "demoworkspace.h"

#include "demoyear.h"

#include "../domain/fractionalkey.h"
#include "../store/attendeerepository.h"
#include "../store/checklistrepository.h"
#include "../store/commentrepository.h"
#include "../store/contingencyrepository.h"
#include "../store/contributingfactorrepository.h"
#include "../store/departurerepository.h"
#include "../store/incidentrepository.h"
#include "../store/knowntechnologyrepository.h"
#include "../store/launchrepository.h"
#include "../store/parkinglotrepository.h"
#include "../store/proposalrepository.h"
#include "../store/questionrepository.h"
#include "../store/remediationrepository.h"
#include "../store/reviewrepository.h"
#include "../store/timelinerepository.h"
#include "../store/workspace.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

Result<> populateArchitecture(Workspace *workspace, qint64 reviewId);
Result<> populateOperability(Workspace *workspace, qint64 reviewId);
Result<> populatePostmortem(Workspace *workspace, qint64 reviewId);

struct DemoReview
{
    ReviewKind kind;
    const char *title;
    ReviewStatus status;
    const char *system;
    const char *tags;
    const char *owner;
    Result<> (*populate)(Workspace *workspace, qint64 reviewId);
};

const DemoReview demoReviews[] = {
    {ReviewKind::Architecture,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Move search indexing to a queue"),
        ReviewStatus::Decided, "search", "queue, new technology", "Priya Raman", populateArchitecture},
    {ReviewKind::Operability,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of gift cards in the checkout"),
        ReviewStatus::Scheduled, "checkout", "launch, payments", "Marcus Webb", populateOperability},
    {ReviewKind::Postmortem,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Primary database failover on March 3"),
        ReviewStatus::Held, "listings database", "database, failover", "Dana Okafor", populatePostmortem},
};

struct DemoAnswer
{
    const char *key;
    const char *answer;
    const char *notes; // translated when written
};

// Checklist answers (and notes, where there are any), each as the app would store them.
template<std::size_t N>
Result<> answerChecklist(Workspace *workspace, qint64 reviewId, const DemoAnswer (&answers)[N])
{
    ChecklistRepository checklist(workspace);
    for (const DemoAnswer &a : answers) {
        ChecklistAnswer base;
        base.reviewId = reviewId;
        base.key = QString::fromLatin1(a.key);
        Result<ChecklistAnswer> result
            = checklist.updateField(base, ChecklistField::Answer, QString::fromLatin1(a.answer));
        if (result && *a.notes)
            result = checklist.updateField(*result, ChecklistField::Notes,
                QCoreApplication::translate("Inflection::DemoWorkspace", a.notes));
        if (!result)
            return Result<>::errorOf(result);
    }
    return {};
}

// Attendees (name, role key) in this order; everyone present but those absent.
Result<> insertAttendees(Workspace *workspace, qint64 reviewId,
    const QList<std::pair<const char *, const char *>> &people, const QStringList &absent)
{
    AttendeeRepository attendees(workspace);
    const QStringList keys = FractionalKey::sequence(int(people.size()));
    for (qsizetype i = 0; i < people.size(); ++i) {
        Attendee attendee;
        attendee.reviewId = reviewId;
        attendee.name = QString::fromUtf8(people.at(i).first);
        attendee.role = QString::fromLatin1(people.at(i).second);
        attendee.present = !absent.contains(attendee.name);
        attendee.position = keys.at(i);
        if (Result<Attendee> inserted = attendees.insert(attendee); !inserted)
            return Result<>::errorOf(inserted);
    }
    return {};
}

// The gift-card launch: readiness answered the night before, contingencies over the whole heatmap.
Result<> populateOperability(Workspace *workspace, qint64 reviewId)
{
    const DemoAnswer answers[] = {
        {"tested-enough", "yes",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Two weeks behind a staff-only flag; load test at 3× peak.")},
        {"go-live-known", "yes",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Tuesday 10:00 ET, pushed by Marcus from the deploy room.")},
        {"communication-ready", "no",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Seller handbook page still in review with Support.")},
        {"gradual-rollout", "yes",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Config flag ramps 1% → 10% → 50% → 100%.")},
        {"new-infrastructure", "yes",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "A new balance service and its database.")},
        {"new-infrastructure-monitoring", "yes",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Graphs and alerts for latency, errors and balance drift.")},
        {"new-infrastructure-pipeline", "yes", ""},
        {"new-infrastructure-dev-environment", "no",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Works against a shared stub only; ticket open.")},
        {"new-infrastructure-ci", "open", ""},
    };
    if (Result<> answered = answerChecklist(workspace, reviewId, answers); !answered)
        return answered;

    const struct
    {
        const char *issue;
        int likelihood;
        int impact;
        const char *comments;
        const char *engineering;
        const char *onsite;
        bool pr;
    } contingencies[] = {
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Balance service is down"), 2, 5, "",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Hide gift cards at checkout; orders go through without them"),
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Forum post: gift cards paused, balances are safe"),
            true},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Balance database overloaded at the sale peak"), 3, 4,
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Load test stopped at 3× peak"),
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Read balances from the replica; queue redemptions"),
            "", false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Traffic is ten times the estimate"), 2, 4, "",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Ramp the flag back to 10%; add balance-service hosts"),
            "", false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Double redemption of one card"), 1, 5,
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Idempotency keys tested; never seen in staging"),
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Nightly reconciliation job flags and reverses"),
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Email affected buyers and sellers directly"),
            true},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Card codes guessed by brute force"), 2, 5, "",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Rate limit code checks per account and per IP"),
            "", true},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Checkout page slower with the gift-card field"), 3,
            2, "",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Load the field after the page; budget 50 ms"), "",
            false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Currency rounding differs from the ledger"), 3, 3,
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Only for JPY and KRW"),
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Round in the ledger only; display what it says"),
            "", false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Support cannot look up a card's history"), 4, 2, "",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Admin page lists redemptions by code"),
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Macro for Support with the lookup steps"), false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Emails with the card code land in spam"), 4, 3, "",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Codes also shown on the order page"),
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Help article: where to find your gift card"),
            false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Payment provider declines card purchases as fraud"),
            3, 3, "",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Category code agreed with the provider in advance"),
            "", false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The feature must be turned off"), 2, 3, "",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Config flag off without a deploy; rehearsed on Friday"),
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Blog post explaining the pause and when it returns"),
            true},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Metrics dashboards miss the new service"), 1, 2, "",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Dashboard reviewed in this meeting"), "", false},
    };
    LaunchRepository launch(workspace);
    Result<LaunchPlan> stored = launch.ofReview(reviewId);
    if (!stored)
        return Result<>::errorOf(stored);
    LaunchPlan plan = *stored;
    const std::pair<LaunchField, QVariant> launchFields[] = {
        {LaunchField::GoLiveAt, QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)},
        {LaunchField::PushedBy, u"Marcus Webb"_s},
        {LaunchField::Rollout, u"percentage"_s},
        {LaunchField::Communication,
            QCoreApplication::translate("Inflection::DemoWorkspace",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Seller newsletter the day before; blog post and forum announcement at 100%."))},
        {LaunchField::Decision, u"go"_s},
        {LaunchField::DecisionNotes,
            QCoreApplication::translate("Inflection::DemoWorkspace",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Go at 1%, on condition that the Support handbook page is published first."))},
    };
    for (const auto &[field, value] : launchFields) {
        Result<decltype(plan)> result = launch.updateField(plan, field, value);
        if (!result)
            return Result<>::errorOf(result);
        plan = *result;
    }

    // Sam (Support) could not come.
    if (Result<> attended = insertAttendees(workspace, reviewId,
            {{"Ana Ribeiro", "product"}, {"Marcus Webb", "development"}, {"Lin Zhou", "operations"},
                {"Sam Hartley", "community-support"}, {"Priya Raman", "qa"}},
            {QStringLiteral("Sam Hartley")});
        !attended)
        return attended;

    QList<ContingencyItem> items;
    const QStringList keys = FractionalKey::sequence(int(std::size(contingencies)));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto &c = contingencies[i];
        ContingencyItem item;
        item.reviewId = reviewId;
        item.issue = QCoreApplication::translate("Inflection::DemoWorkspace", c.issue);
        item.likelihood = c.likelihood;
        item.impact = c.impact;
        item.comments
            = *c.comments ? QCoreApplication::translate("Inflection::DemoWorkspace", c.comments) : QString();
        item.engineering = *c.engineering
            ? QCoreApplication::translate("Inflection::DemoWorkspace", c.engineering)
            : QString();
        item.onsiteMessaging
            = *c.onsite ? QCoreApplication::translate("Inflection::DemoWorkspace", c.onsite) : QString();
        item.prNeeded = c.pr;
        item.position = keys.at(i);
        items.append(item);
    }
    if (Result<QList<ContingencyItem>> inserted = ContingencyRepository(workspace).insertAll(items);
        !inserted)
        return Result<>::errorOf(inserted);
    return {};
}

// The database failover of March 3: a timeline with a few events out of order and a few phrases of
// blame left in (for the blameless coach to find), decisions with why they made sense, discussion notes.
Result<> populatePostmortem(Workspace *workspace, qint64 reviewId)
{
    const struct
    {
        const char *time; // "HH:MM:SS" on March 3 (UTC), "+1" for the next day, "" when not known
        const char *kind;
        const char *actor;
        const char *text;
        const char *knownBy;
        const char *source;
        const char *reasoning;
    } events[] = {
        {"14:02:10", "alert", "Nagios",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Replication lag alert on db-listings-02 (replica): 45 s behind the primary"),
            "Operations", "#ops-alerts", ""},
        {"14:03:30", "action", "Lin Zhou",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Lin acknowledges the page and opens the replication dashboard"),
            "Lin", "PagerDuty", ""},
        {"14:05:00", "observation", "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Lag keeps growing, 90 s; the primary's disk write latency is at 40 ms"),
            "Lin", "Graphite", ""},
        {"14:06:45", "communication", "Lin Zhou",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Lin asks in #ops for a second pair of eyes on db-listings"),
            "Lin, Operations", "#ops", ""},
        {"14:07:20", "action", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Dana joins and checks the primary: the RAID controller reports a degraded battery"),
            "Dana", "#ops", ""},
        {"14:09:00", "discovery", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The controller switched to write-through when its battery failed; every write now waits on "
                "the disks"),
            "Dana", "#ops", ""},
        {"14:10:30", "decision", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Dana decides to fail over to db-listings-02 once the lag is under 5 s"),
            "Dana, Lin", "#ops",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The runbook says to fail over when the primary's hardware is degraded, and the replica had "
                "caught up in every past drill within minutes.")},
        {"14:11:00", "action", "Lin Zhou",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Lin throttles the listing indexer to lower the write load"),
            "Lin", "#ops", ""},
        {"14:14:00", "observation", "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Lag falls to 30 s"), "Lin", "Graphite", ""},
        {"14:16:30", "communication", "Sam Hartley",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Support sees forum posts about new listings not showing up in shop pages"),
            "Support", "Forums", ""},
        {"14:17:00", "communication", "Sam Hartley",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Sam posts on the status page: listing updates may be delayed"),
            "Support, Operations", "Status page", ""},
        {"14:19:40", "observation", "Lin Zhou", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Lag at 4 s"),
            "Lin", "Graphite", ""},
        {"14:20:05", "action", "Dana Okafor",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Dana runs the failover script against db-listings-02"),
            "Dana", "#ops", ""},
        {"14:20:50", "alert", "Nagios",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Connection errors from the web tier: 'too many connections' on db-listings-02"),
            "Operations", "#ops-alerts", ""},
        {"14:21:30", "discovery", "Marcus Webb",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The replica's max_connections is 500; the primary's was raised to 2000 last year and the "
                "replica was not"),
            "Marcus", "#ops", ""},
        {"14:22:00", "decision", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Dana raises max_connections on the new primary rather than failing back"),
            "Dana, Marcus", "#ops",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Failing back meant writing to a primary in write-through mode again; raising a limit was a "
                "one-line change that could be undone.")},
        {"14:23:10", "action", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "max_connections set to 2000 on db-listings-02"),
            "Dana", "#ops", ""},
        {"14:24:00", "observation", "Marcus Webb",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Connection errors stop; page latency back to normal"),
            "Marcus", "Graphite", ""},
        {"14:26:00", "observation", "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The listing indexer is still throttled; its queue has 180,000 jobs"),
            "Lin", "Gearman", ""},
        {"14:27:30", "decision", "Lin Zhou",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Lin removes the throttle gradually, 25% every five minutes"),
            "Lin", "#ops",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The new primary had never taken the full write load; a gradual ramp showed problems while "
                "they were small.")},
        {"14:28:00", "action", "Lin Zhou", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Indexer at 25%"),
            "Lin", "#ops", ""},
        {"14:33:00", "action", "Lin Zhou", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Indexer at 50%"),
            "Lin", "#ops", ""},
        {"14:31:00", "observation", "Marcus Webb",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Write latency on the new primary steady at 3 ms"),
            "Marcus", "Graphite", ""},
        {"14:38:00", "action", "Lin Zhou", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Indexer at 75%"),
            "Lin", "#ops", ""},
        {"14:43:00", "action", "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Indexer back to 100%"), "Lin", "#ops", ""},
        {"14:45:00", "communication", "Sam Hartley",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Status page: listing updates are catching up"),
            "Support", "Status page", ""},
        {"14:52:00", "observation", "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Indexer queue drained"), "Lin", "Gearman", ""},
        {"14:53:00", "communication", "Sam Hartley",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Status page: resolved"), "Support", "Status page",
            ""},
        {"15:05:00", "action", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Dana opens a ticket with the hardware vendor for the controller battery"),
            "Dana", "Ticket", ""},
        {"15:10:00", "discovery", "Marcus Webb",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The config management template for database replicas does not set max_connections at all"),
            "Marcus", "Git", ""},
        {"15:20:00", "observation", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "This was human error: the limit should have been copied to the replica last year"),
            "Dana", "#ops", ""},
        {"15:25:00", "action", "Marcus Webb",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Marcus adds max_connections to the replica template"),
            "Marcus", "Git", ""},
        {"15:40:00", "action", "Lin Zhou",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Lin rebuilds db-listings-01 as a replica of the new primary"),
            "Lin", "#ops", ""},
        {"16:30:00", "observation", "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "db-listings-01 caught up as a replica"), "Lin",
            "Graphite", ""},
        {"", "observation", "Dana Okafor",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Obviously the battery alert from last week was the root cause"),
            "Dana", "Meeting", ""},
        {"09:00:00+1", "communication", "Priya Raman",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Priya schedules the postmortem for Thursday"),
            "Priya", "Calendar", ""},
        {"", "observation", "Sam Hartley",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Forum threads about missing listings: 14, all answered by 15:30"),
            "Support", "Forums", ""},
        {"", "observation", "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The failover script printed no warning about differing settings between primary and "
                "replica"),
            "Lin", "#ops", ""},
        {"14:12:30", "observation", "Dana Okafor",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Battery warnings had been logged by the controller since February 24, at info level"),
            "Dana", "Syslog", ""},
        {"", "observation", "Marcus Webb",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Nobody on the call knew the replica had a lower connection limit"),
            "Marcus", "Meeting", ""},
    };
    const QStringList keys = FractionalKey::sequence(int(std::size(events)));
    QList<TimelineEvent> timeline;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto &e = events[i];
        TimelineEvent event;
        event.reviewId = reviewId;
        event.position = keys.at(i);
        QString time = QString::fromLatin1(e.time);
        if (!time.isEmpty()) {
            const bool nextDay = time.endsWith(u"+1"_s);
            time.remove(u"+1"_s);
            event.occurredAt
                = QDateTime(QDate(2026, 3, nextDay ? 4 : 3), QTime::fromString(time, u"HH:mm:ss"_s), Qt::UTC);
        }
        event.kind = timelineKinds().fromKey(QString::fromLatin1(e.kind), TimelineKind::Observation);
        event.actor = QString::fromUtf8(e.actor);
        event.text = QCoreApplication::translate("Inflection::DemoWorkspace", e.text);
        event.knownBy = QString::fromUtf8(e.knownBy);
        event.source = QString::fromUtf8(e.source);
        event.agreed = i < 20;
        if (*e.reasoning)
            event.reasoning = QCoreApplication::translate("Inflection::DemoWorkspace", e.reasoning);
        timeline.append(event);
    }
    const Result<QList<TimelineEvent>> storedEvents = TimelineRepository(workspace).insertAll(timeline);
    if (!storedEvents)
        return Result<>::errorOf(storedEvents);

    IncidentRepository incidents(workspace);
    Result<IncidentFacts> storedFacts = incidents.ofReview(reviewId);
    if (!storedFacts)
        return Result<>::errorOf(storedFacts);
    IncidentFacts facts = *storedFacts;
    const std::pair<IncidentField, QVariant> incidentFields[] = {
        {IncidentField::StartedAt, QDateTime(QDate(2026, 3, 3), QTime(13, 58), Qt::UTC)},
        {IncidentField::DetectedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 2, 10), Qt::UTC)},
        // The connection errors stopped; the listings' delay ran down with the indexer's queue.
        {IncidentField::MitigatedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 24), Qt::UTC)},
        {IncidentField::ResolvedAt, QDateTime(QDate(2026, 3, 3), QTime(14, 53), Qt::UTC)},
        {IncidentField::StatusPageAt, QDateTime(QDate(2026, 3, 3), QTime(14, 17), Qt::UTC)},
        {IncidentField::Severity, u"sev2"_s},
        {IncidentField::Summary,
            QCoreApplication::translate("Inflection::DemoWorkspace",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "The listings primary slowed down when its RAID controller's battery failed; the "
                    "failover to the replica hit the replica's lower connection limit."))},
        {IncidentField::Impact,
            QCoreApplication::translate("Inflection::DemoWorkspace",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "New and edited listings appeared up to 40 minutes late; for three minutes some shop "
                    "pages returned errors."))},
        {IncidentField::WentWell,
            QCoreApplication::translate("Inflection::DemoWorkspace",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Lin asked for a second pair of eyes four minutes after the page, and each decision was "
                    "said out loud in #ops before anyone acted on it. Throttling the indexer brought the "
                    "replica's lag down, so the failover started with the replica nearly caught up. Ramping "
                    "the indexer back up in steps showed that the new primary took the full write load."))},
        {IncidentField::Lucky,
            QCoreApplication::translate("Inflection::DemoWorkspace",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "It happened on a Tuesday afternoon, with three people who know the listings database "
                    "online. After the failover the new primary ran without a replica until 16:30, and "
                    "nothing else went wrong in those two hours. What stopped the failover was a setting "
                    "that could be raised in a minute, not a second piece of hardware."))},
    };
    for (const auto &[field, value] : incidentFields) {
        Result<decltype(facts)> result = incidents.updateField(facts, field, value);
        if (!result)
            return Result<>::errorOf(result);
        facts = *result;
    }

    RemediationRepository remediation(workspace);
    const struct
    {
        const char *text;
        const char *type;
        const char *owner;
        const char *ticket;
        QDate due;
        const char *status;
    } items[] = {
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Alert when a RAID controller's battery degrades"),
            "prevent", "Dana Okafor", "OPS-2211", QDate(2026, 3, 17), "done"},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Set max_connections in the replica template"),
            "prevent", "Marcus Webb", "OPS-2212", QDate(2026, 3, 10), "in-progress"},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
             "Make the failover script compare settings between primary and replica"),
            "troubleshoot", "Lin Zhou", "OPS-2213", QDate(2026, 4, 15), "open"},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Tell Support in #ops when the status page changes"),
            "other", "Sam Hartley", "", QDate(), "open"},
    };
    const QStringList remediationKeys = FractionalKey::sequence(int(std::size(items)));
    for (qsizetype i = 0; i < remediationKeys.size(); ++i) {
        RemediationItem item;
        item.reviewId = reviewId;
        item.text = QCoreApplication::translate("Inflection::DemoWorkspace", items[i].text);
        item.type = remediationTypes().fromKey(QString::fromLatin1(items[i].type), RemediationType::Other);
        item.owner = QString::fromUtf8(items[i].owner);
        item.ticket = QString::fromLatin1(items[i].ticket);
        item.due = items[i].due;
        item.status
            = remediationStatuses().fromKey(QString::fromLatin1(items[i].status), RemediationStatus::Open);
        item.position = remediationKeys.at(i);
        if (Result<RemediationItem> inserted = remediation.insert(item); !inserted)
            return Result<>::errorOf(inserted);
    }
    // The conditions that helped, each linked to the events it shows in (by their index above).
    const struct
    {
        const char *text;
        const char *category; // a key of the default taxonomy
        std::initializer_list<int> events;
    } factors[] = {
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
             "The controller's battery warnings went to syslog at info level for a week; no alert or "
             "graph showed them"),
            "monitoring", {4, 38}},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
             "The replica template does not set max_connections, so raising the primary's limit last year "
             "left the replica at 500"),
            "configuration", {13, 14, 29}},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
             "The failover script compares no settings between primary and replica, so the lower limit "
             "showed only once the traffic arrived"),
            "tooling", {12, 37}},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
             "Support learned of the delays from the forums; Operations did not know Support was watching, "
             "and the status page went up 15 minutes after the first alert"),
            "communication", {9, 10}},
    };
    const QStringList factorKeys = FractionalKey::sequence(int(std::size(factors)));
    QList<ContributingFactor> contributingFactors;
    for (qsizetype i = 0; i < factorKeys.size(); ++i) {
        ContributingFactor factor;
        factor.reviewId = reviewId;
        factor.text = QCoreApplication::translate("Inflection::DemoWorkspace", factors[i].text);
        factor.category = QString::fromLatin1(factors[i].category);
        for (const int event : factors[i].events)
            factor.events.append(storedEvents->at(event).uuid);
        factor.position = factorKeys.at(i);
        contributingFactors.append(factor);
    }
    if (Result<QList<ContributingFactor>> written
        = ContributingFactorRepository(workspace).insertAll(contributingFactors);
        !written)
        return Result<>::errorOf(written);

    ParkedIdea idea;
    idea.reviewId = reviewId;
    idea.text = QCoreApplication::translate("Inflection::DemoWorkspace",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Replace every RAID controller of that model"));
    idea.position = FractionalKey::between({}, {});
    if (Result<ParkedIdea> parked = ParkingLotRepository(workspace).insert(idea); !parked)
        return Result<>::errorOf(parked);

    ChecklistRepository discussion(workspace);
    const std::pair<const char *, const char *> notes[] = {
        {"cleanup",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Rebuilding db-listings-01 as a replica took two hours, the next afternoon.")},
        {"troubleshooting-fatigue",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "No: the incident took under an hour and four people shared it.")},
        {"communication",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The status page went up 15 minutes after the first alert, after Support "
                "saw forum posts; Operations did not know Support was watching.")},
        {"tools",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The failover script worked but compares no settings between the two servers.")},
        {"metrics-visibility",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Replication lag and write latency were graphed; the controller battery was only in "
                "syslog.")},
        {"collaborative-communication",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Yes, in #ops; decisions were said out loud before acting.")},
    };
    for (const auto &[key, text] : notes) {
        ChecklistAnswer base;
        base.reviewId = reviewId;
        base.key = QString::fromLatin1(key);
        const Result<ChecklistAnswer> result = discussion.updateField(
            base, ChecklistField::Notes, QCoreApplication::translate("Inflection::DemoWorkspace", text));
        if (!result)
            return Result<>::errorOf(result);
    }
    return {};
}

// The search-indexing proposal: a proposal written in the talk's sections, comment threads (one
// resolved, one whose text is gone), departures (one new), voted questions and a decision.
Result<> populateArchitecture(Workspace *workspace, qint64 reviewId)
{
    const QString body = QCoreApplication::translate("Inflection::DemoWorkspace",
        "# Goals\n\n"
        "Listings should be searchable within a minute of being saved. Today the indexer runs every "
        "fifteen minutes and rebuilds whole shards, so a new listing can take half an hour to show up.\n\n"
        "# Design\n\n"
        "The listing service writes an *index event* to a queue whenever a listing changes. A pool of "
        "index workers reads the queue and updates the search index one document at a time.\n\n"
        "- Goal \"within a minute\": a worker picks an event up in seconds.\n"
        "- Goal \"no full rebuilds\": shards are only rebuilt when the schema changes.\n\n"
        "```php\n"
        "$queue->publish('listing.changed', ['id' => $listing->id, 'version' => $listing->version]);\n"
        "```\n\n"
        "Workers are idempotent: an event carries the listing's version, and an older version never "
        "overwrites a newer one.\n\n"
        "# Departures from current technology\n\n"
        "RabbitMQ as the queue. We run no message broker today; the alternatives below show why the "
        "database is not a good queue at this volume.\n\n"
        "# Alternatives considered\n\n"
        "1. **A jobs table in MySQL**: polling at this rate loads the primary.\n"
        "2. **Gearman**, which we already run for image resizing: it keeps no messages across a restart.\n\n"
        "# Costs and pain points\n\n"
        "A broker cluster to run, with its own monitoring and on-call runbook. Re-indexing everything "
        "still needs the old batch path, so both stay for a while.\n");
    ProposalRepository proposals(workspace);
    Result<Proposal> storedProposal = proposals.ofReview(reviewId);
    if (!storedProposal)
        return Result<>::errorOf(storedProposal);
    Proposal proposal = *storedProposal;
    for (const auto &[field, value] : {std::pair {ProposalField::Body, body},
             std::pair {ProposalField::Decision, QStringLiteral("proceed")},
             std::pair {ProposalField::DecisionNotes,
                 QCoreApplication::translate("Inflection::DemoWorkspace",
                     "Proceed, with Operations owning the broker from day one and the batch path kept until "
                     "a full re-index through the queue has been rehearsed.")},
             std::pair {ProposalField::Notes,
                 QCoreApplication::translate("Inflection::DemoWorkspace",
                     "Priya presented; Lin asked how a stuck worker would be noticed; Marcus walked through "
                     "the versioning of events.")},
             std::pair {ProposalField::Agreements,
                 QCoreApplication::translate("Inflection::DemoWorkspace",
                     "Events carry the listing version; workers drop older versions. The queue is "
                     "durable; at-least-once delivery is enough.")},
             std::pair {ProposalField::Learnings,
                 QCoreApplication::translate("Inflection::DemoWorkspace",
                     "We have no broker expertise yet: two people go to training. Open: how long may the "
                     "queue grow before we page someone?")}}) {
        Result<decltype(proposal)> result = proposals.updateField(proposal, field, value);
        if (!result)
            return Result<>::errorOf(result);
        proposal = *result;
    }

    // The organisation's radar: Gearman on hold (jobs are moving off it), Memcached also written "memcache".
    KnownTechnologyRepository known(workspace);
    struct Radar
    {
        const char *kind;
        const char *name;
        RadarRing ring;
        const char *quadrant;
        const char *alias;
    };
    for (const Radar &r : {Radar {"database", "MySQL", RadarRing::Adopt, "Platforms", ""},
             Radar {"tool", "Gearman", RadarRing::Hold, "Tools", ""},
             Radar {"language", "PHP", RadarRing::Adopt, "Languages & Frameworks", ""},
             Radar {"tool", "Memcached", RadarRing::Adopt, "Platforms", "memcache"},
             Radar {"tool", "Solr", RadarRing::Adopt, "Platforms", ""}}) {
        KnownTechnology technology;
        technology.kind = QString::fromLatin1(r.kind);
        technology.name = QString::fromLatin1(r.name);
        technology.ring = r.ring;
        technology.quadrant = QString::fromLatin1(r.quadrant);
        if (*r.alias)
            technology.aliases = QStringList {QString::fromLatin1(r.alias)};
        if (Result<> added = known.add(technology); !added)
            return added;
    }
    DepartureRepository departures(workspace);
    const QStringList departureKeys = FractionalKey::sequence(2);
    Departure broker;
    broker.reviewId = reviewId;
    broker.position = departureKeys.at(0);
    broker.kind = DepartureKind::Tool;
    broker.name = QStringLiteral("RabbitMQ");
    broker.costs = QCoreApplication::translate("Inflection::DemoWorkspace",
        "A three-node cluster, monitoring, an on-call runbook, training for two people.");
    broker.tradeoffs = QCoreApplication::translate(
        "Inflection::DemoWorkspace", "Fresh search results against one more system that can fail.");
    broker.prohibits = QCoreApplication::translate("Inflection::DemoWorkspace",
        "Moving to a hosted queue later means rewriting the workers' acknowledgements.");
    Departure pattern;
    pattern.reviewId = reviewId;
    pattern.position = departureKeys.at(1);
    pattern.kind = DepartureKind::Tool;
    pattern.name = QStringLiteral("Solr");
    pattern.costs = QCoreApplication::translate("Inflection::DemoWorkspace",
        "Document-at-a-time updates instead of whole shards: more, smaller commits.");
    pattern.tradeoffs = QCoreApplication::translate(
        "Inflection::DemoWorkspace", "Commit frequency against index freshness.");
    for (const Departure &d : {broker, pattern}) {
        if (Result<Departure> inserted = departures.insert(d); !inserted)
            return Result<>::errorOf(inserted);
    }

    // Comment threads: anchored in the text above, one resolved, one whose text was later removed.
    CommentRepository comments(workspace);
    auto anchorOf = [&body](const QString &quote) {
        const qsizetype at = body.indexOf(quote);
        return TextAnchor::of(body, at, at + quote.size());
    };
    struct Thread
    {
        const char *quote;
        const char *author;
        const char *text;
        QList<std::pair<const char *, const char *>> replies;
        bool resolved;
    };
    const Thread threads[] = {
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "within a minute of being saved"), "Sam Hartley",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Sellers ask about this weekly; can we say a minute on "
                "the help page once this ships?"),
            {{"Priya Raman", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "After the rehearsal, yes.")}},
            false},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "A pool of index workers"), "Lin Zhou",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "How do we notice a stuck worker? Queue depth alone "
                "will not tell us which one."),
            {{"Marcus Webb",
                 QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                     "Each worker reports the age of the "
                     "last event it finished; we alert on "
                     "that.")},
                {"Lin Zhou", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Good; add it to the runbook.")}},
            true},
        {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "RabbitMQ as the queue"), "Ana Ribeiro",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Is a hosted queue an option? We would not run the "
                "cluster ourselves."),
            {}, false},
    };
    for (const Thread &t : threads) {
        Comment first;
        first.reviewId = reviewId;
        // Quoted from the proposal as written in this language (its translation has the same words).
        first.anchor = anchorOf(QCoreApplication::translate("Inflection::DemoWorkspace", t.quote));
        first.author = QString::fromUtf8(t.author);
        first.text = QCoreApplication::translate("Inflection::DemoWorkspace", t.text);
        if (t.resolved) {
            first.resolvedBy = QStringLiteral("Lin Zhou");
            first.resolvedAt = QDateTime(QDate(2026, 11, 18), QTime(16, 20), Qt::UTC);
        }
        const Result<Comment> stored = comments.insert(first);
        if (!stored)
            return Result<>::errorOf(stored);
        for (const auto &[author, text] : t.replies) {
            Comment reply = first;
            reply.uuid.clear();
            reply.resolvedBy.clear();
            reply.resolvedAt = QDateTime();
            reply.author = QString::fromUtf8(author);
            reply.text = QCoreApplication::translate("Inflection::DemoWorkspace", text);
            reply.parentUuid = stored->uuid;
            if (Result<Comment> replied = comments.insert(reply); !replied)
                return Result<>::errorOf(replied);
        }
    }
    // An earlier draft proposed a nightly batch; the comment on it stays, its text gone.
    Comment orphan;
    orphan.reviewId = reviewId;
    orphan.anchor.exact
        = QCoreApplication::translate("Inflection::DemoWorkspace", "a nightly batch as a fallback");
    orphan.anchor.prefix
        = QCoreApplication::translate("Inflection::DemoWorkspace", "Re-indexing everything uses ");
    orphan.anchor.start = 1400;
    orphan.anchor.end = 1400 + orphan.anchor.exact.size();
    orphan.author = QStringLiteral("Marcus Webb");
    orphan.text = QCoreApplication::translate("Inflection::DemoWorkspace",
        "Nightly is too slow for a fallback; the fifteen-minute job would be better.");
    if (Result<Comment> kept = comments.insert(orphan); !kept)
        return Result<>::errorOf(kept);

    // The questions collected in advance, with their votes; one answered in the meeting.
    QuestionRepository questions(workspace);
    struct Asked
    {
        const char *author;
        const char *text;
        QStringList voters;
        const char *answer;
    };
    const Asked asked[] = {
        {"Lin Zhou", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Who is on call for the broker?"),
            {u"Lin Zhou"_s, u"Dana Okafor"_s, u"Marcus Webb"_s},
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Operations, with Search as second line for a quarter.")},
        {"Ana Ribeiro",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "What happens to search freshness while the broker is down?"),
            {u"Ana Ribeiro"_s, u"Sam Hartley"_s}, ""},
        {"Marcus Webb",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Can the batch indexer and the workers run at the same time?"),
            {u"Priya Raman"_s}, ""},
    };
    for (const Asked &a : asked) {
        Question q;
        q.reviewId = reviewId;
        q.author = QString::fromUtf8(a.author);
        q.text = QCoreApplication::translate("Inflection::DemoWorkspace", a.text);
        q.voters = a.voters;
        const Result<Question> stored = questions.insert(q);
        if (!stored)
            return Result<>::errorOf(stored);
        if (*a.answer) {
            const Result<Question> answered = questions.setAnswer(
                *stored, true, QCoreApplication::translate("Inflection::DemoWorkspace", a.answer));
            if (!answered)
                return Result<>::errorOf(answered);
        }
    }

    // The general questions, answered in the meeting.
    const DemoAnswer answers[] = {
        {"departure-costs", "yes",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "Cluster, monitoring, runbook and training are costed.")},
        {"trade-offs", "yes", ""},
        {"prohibits", "open",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "A hosted queue later would mean rewriting acknowledgements.")},
        {"operability", "yes",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Worker lag is graphed and alerted on.")},
        {"product-quality", "n/a", ""},
        {"makes-sense", "yes", ""},
    };
    if (Result<> answered = answerChecklist(workspace, reviewId, answers); !answered)
        return answered;

    if (Result<> attended = insertAttendees(workspace, reviewId,
            {{"Priya Raman", "presenter"}, {"Ana Ribeiro", "stakeholder"}, {"Lin Zhou", "working-group"},
                {"Marcus Webb", "working-group"}, {"Sam Hartley", "other"}},
            {});
        !attended)
        return attended;
    return {};
}

} // namespace

Result<> DemoWorkspace::populate(Workspace *workspace, const QDate &today)
{
    ReviewRepository repository(workspace);
    for (const DemoReview &demo : demoReviews) {
        const QString title = QCoreApplication::translate("Inflection::DemoWorkspace", demo.title);
        const Result<Review> review = repository.create(demo.kind, title);
        if (!review)
            return Result<>::errorOf(review);
        const Result<Review> described = repository.updateFields(*review,
            {{ReviewField::Status, reviewStatuses().key(demo.status)},
                {ReviewField::System, QString::fromUtf8(demo.system)},
                {ReviewField::Tags, QString::fromUtf8(demo.tags)},
                {ReviewField::Owner, QString::fromUtf8(demo.owner)}});
        if (!described)
            return Result<>::errorOf(described);
        if (Result<> populated = demo.populate(workspace, review->id); !populated)
            return populated;
    }
    return DemoYear::populate(workspace, today);
}

} // namespace Inflection
