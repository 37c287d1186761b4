// The demo's year: five architecture reviews, six operability reviews and fifteen postmortems of one
// organisation's checkout, search, payments, notifications and mobile API.
#include "demoyear.h"

#include "../domain/fractionalkey.h"
#include "../domain/recorduuid.h"
#include "../domain/reviewtree.h"
#include "../store/reviewtreestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QString tr(const char *text)
{
    return text && *text ? QCoreApplication::translate("Inflection::DemoWorkspace", text) : QString();
}

// An architecture review's departure; ref names it for the postmortems' links.
struct YearDeparture
{
    const char *ref;
    const char *kind;
    const char *name; // a technology's name, not translated
    const char *costs;
};

struct YearArchitecture
{
    int daysAgo; // the meeting
    const char *system;
    const char *owner;
    const char *tags;
    const char *title;
    const char *body;
    const char *decision;
    const char *decisionNotes;
    YearDeparture departures[2]; // name nullptr: none
};

struct YearContingency
{
    const char *ref;
    const char *issue;
    int likelihood;
    int impact;
    const char *engineering;
};

struct YearOperability
{
    int daysAgo; // the meeting; the launch a week later
    const char *system;
    const char *owner;
    const char *tags;
    const char *title;
    const char *rollout;
    YearContingency contingencies[4]; // issue nullptr: none
};

struct YearEvent
{
    int minute; // after the incident began
    const char *kind;
    const char *actor; // a name, not translated
    const char *text;
};

struct YearFactor
{
    const char *category; // a key of the default taxonomy
    const char *text;
    int events[2]; // indexes of events; -1: none
};

struct YearItem
{
    const char *text;
    const char *type;
    const char *owner;
    int dueDay; // days after the incident began
    int doneDay; // days after the incident began; stillOpen or inProgress while not done
};

constexpr int stillOpen = -1;
constexpr int inProgress = -2;

struct YearLink
{
    const char *ref; // a contingency item's or a departure's
    const char *verdict;
};

struct YearPostmortem
{
    int daysAgo; // the incident began
    int hour;
    int minute;
    const char *system;
    const char *severity;
    const char *owner;
    const char *tags;
    const char *title;
    const char *summary;
    const char *impact;
    const char *wentWell;
    const char *lucky;
    int detected; // minutes after it began
    int mitigated; // minutes after it was detected
    int resolved; // minutes after it was detected
    bool notForeseen;
    YearEvent events[3];
    YearFactor factors[3]; // text nullptr: none
    YearItem items[3]; // text nullptr: none
    YearLink links[2]; // ref nullptr: none
};

const YearArchitecture architectureReviews[] = {
    {335, "payments", "Dana Okafor", "service, new technology",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Split payments into a service of its own"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "# Goals\n\nPayments change weekly while the rest of checkout changes daily. A service of its "
            "own "
            "lets the payments team deploy on its own schedule and keeps card data out of the main "
            "application.\n\n# Design\n\nA payments service written in Go, with its own PostgreSQL "
            "database. Checkout calls it over HTTP with an idempotency key per order.\n"),
        "proceed",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Proceed, with a load test at three times the busiest hour before the launch review."),
        {{"dep-go", "language", "Go",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Build and deploy tooling for a second language; training for "
                 "three developers.")},
            {"dep-postgres", "database", "PostgreSQL",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "A second kind of database to back up, monitor and upgrade.")}}},
    {285, "notifications", "Lin Zhou", "push, provider",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Send push notifications through a hosted provider"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "# Goals\n\nOrder updates reach the app within a minute, on both mobile platforms.\n\n# "
            "Design\n\n"
            "Notification workers hand messages to Firebase Cloud Messaging, which delivers them to both "
            "platforms. Device tokens stay in our database.\n"),
        "proceed",
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "Proceed; the workers send an idempotency key with every message."),
        {{"dep-fcm", "tool", "Firebase Cloud Messaging",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "A contract with the provider, and delivery that depends on the provider's status.")},
            {nullptr, nullptr, nullptr, nullptr}}},
    {190, "search", "Priya Raman", "cache, new technology",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Cache search results at the edge"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "# Goals\n\nSearch answers in under 200 ms for nine searches in ten, and the search cluster "
            "takes "
            "a third of today's load.\n\n# Design\n\nVarnish at the edge caches result pages for popular "
            "queries; Memcached keeps the per-listing data it assembles them from.\n"),
        "more-info",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "More information first: how a removed listing leaves the cache, and how a cleared "
            "cache refills without overloading the cluster."),
        {{"dep-varnish", "tool", "Varnish",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "A cache layer to run, and purges to wire into every change "
                 "of a listing.")},
            {"dep-memcached", "tool", "Memcached",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "More memory for the existing cluster.")}}},
    {110, "mobile API", "Ana Ribeiro", "api, new technology",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "A GraphQL gateway for the mobile API"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "# Goals\n\nThe app loads a screen with one request instead of five.\n\n# Design\n\nA gateway in "
            "Node.js answers GraphQL queries by calling the existing services.\n"),
        "rethink",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Rethink: the same goal is within reach by adding two combined endpoints to the "
            "existing API, without a new language and a new service."),
        {{"dep-graphql", "pattern", "GraphQL",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Query cost limits and caching work differently from the "
                 "REST endpoints we know.")},
            {"dep-node", "language", "Node.js",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "A third language in production, with its own on-call "
                    "knowledge.")}}},
    {45, "checkout", "Marcus Webb", "webhooks, queue",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "A retry queue for checkout webhooks"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "# Goals\n\nSellers' webhooks for new orders arrive even when a seller's server is down for an "
            "hour.\n\n# Design\n\nFailed webhooks go to a retry queue in Redis, retried with growing "
            "intervals for a day. The order itself stays in MySQL.\n"),
        "proceed",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Proceed; retries are capped at a day and sellers see the failures in their shop "
            "settings."),
        {{"dep-redis", "database", "Redis",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Persistence settings to get right; a new failover drill.")},
            {"dep-mysql", "database", "MySQL",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "One more table on the orders database.")}}},
};

const YearOperability operabilityReviews[] = {
    {300, "payments", "Dana Okafor", "launch, payments",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of the payments service"), "percentage",
        {{"pay-timeout",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The payments service times out under load"), 3,
             5,
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Load shedding switch for saved-card checks; checkout retries once")},
            {"pay-refund", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Refunds are sent twice"), 1, 5,
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Idempotency key per refund; nightly reconciliation")},
            {"pay-sandbox",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "The card provider's test system differs from production"),
                2, 3,
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "First 1% of traffic watched by the payments team")},
            {"pay-rollback",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Rolling back needs a database change"), 2, 4,
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Both schemas supported for two weeks")}}},
    {230, "notifications", "Lin Zhou", "launch, push",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of push notifications"), "percentage",
        {{"push-throttle", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The provider throttles our sends"),
             3, 3, QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Queue and send at the provider's rate")},
            {"push-dup", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Duplicate pushes after a retry"), 4,
                2, QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Idempotency key on every message")},
            {"push-tokens",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Device tokens expire in bulk after an app update"),
                2, 3, QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Refresh tokens when the app starts")},
            {nullptr, nullptr, 0, 0, nullptr}}},
    {165, "search", "Priya Raman", "launch, cache",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of edge-cached search"), "dark-launch",
        {{"edge-stale",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Removed listings stay in cached results"), 4, 3,
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Purge a listing's cached searches when it is removed")},
            {"edge-stampede",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Every search reaches the cluster at once after the cache is cleared"),
                2, 5, QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Request coalescing at the edge")},
            {"edge-outage", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The edge provider has an outage"),
                1, 4, QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "DNS switch back to the origin")},
            {nullptr, nullptr, 0, 0, nullptr}}},
    {125, "checkout", "Marcus Webb", "launch, checkout",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of one-page checkout"), "percentage",
        {{"cko-address",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The address validation service is slow"), 3, 4,
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Accept unvalidated addresses after two seconds")},
            {"cko-tax",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Tax totals differ from the old checkout"), 2,
                4,
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Both checkouts compute every order for a week and compare")},
            {"cko-carts", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Carts are lost during the switch"),
                1, 3, QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Carts stay in the database")},
            {nullptr, nullptr, 0, 0, nullptr}}},
    {70, "mobile API", "Ana Ribeiro", "launch, api",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of version 3 of the mobile API"), "percentage",
        {{"api-old",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Old app versions call removed endpoints"), 4, 4,
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Compatibility shim for the removed endpoints, ready to deploy")},
            {"api-ratelimit",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "The login rate limit blocks shared office networks"),
                3, 2,
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Raise the limit per network on request")},
            {"api-size",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Responses grow past the mobile size budget"),
                5, 1, QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Size checked in the API's tests")},
            {nullptr, nullptr, 0, 0, nullptr}}},
    {25, "checkout", "Marcus Webb", "sale, readiness",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Readiness for the holiday sale"), "gameday",
        {{"sale-traffic",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Traffic at five times a normal day"), 4, 5,
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Extra hosts from the day before; static pages for the sale")},
            {"sale-provider",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "The card provider slows down during the sale"),
                2, 5,
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Switch new payments to the second provider, rehearsed")},
            {"sale-email",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Order confirmation emails are delayed"), 3, 2,
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The order page shows the confirmation too")},
            {"sale-support", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The Support queue overflows"), 5,
                2,
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Macros ready; two more people on shift")}}},
};

const YearPostmortem postmortems[] = {
    {350, 7, 10, "checkout", "sev2", "Marcus Webb", "sessions, maintenance",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Carts emptied by a session store restart"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Restarting the session store during the monthly maintenance signed every buyer out and emptied "
            "their carts."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "For 25 minutes buyers saw an empty cart and had to sign in again; about 1,200 carts were lost."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Support saw the pattern in the tickets within minutes and told #ops at once."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "It happened early in the morning, a quiet hour for orders."),
        6, 19, 40, true,
        {{0, "action", "Marcus Webb",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "The session store is restarted for the monthly maintenance")},
            {6, "communication", "Sam Hartley",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Support reports a wave of tickets about empty carts")},
            {25, "action", "Marcus Webb",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Sessions are restored from the morning's snapshot")}},
        {{"change",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "The maintenance runbook does not say that carts live only in the session store"),
             {0, -1}},
            {"monitoring",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "No alert watches the number of active sessions"),
                {1, -1}}},
        {{QT_TRANSLATE_NOOP(
              "Inflection::DemoWorkspace", "Keep carts in the database as well as in the session"),
             "prevent", "Marcus Webb", 30, 21},
            {QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Alert when active sessions halve within five minutes"),
                "troubleshoot", "Lin Zhou", 30, 45}},
        {}},
    {320, 18, 40, "payments", "sev1", "Dana Okafor", "certificates, payments",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Card payments declined for 48 minutes"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The client certificate for the card provider expired; every card payment was declined until a "
            "new one was installed."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "No card payments for 48 minutes at the evening peak; about 3,000 orders were not placed."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "A maintenance notice went up at checkout within ten minutes, so buyers knew to come back."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The provider's support line answered at once and confirmed the expiry."),
        12, 36, 60, true,
        {{0, "alert", "Nagios",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Card authorisations drop to zero")},
            {12, "discovery", "Dana Okafor",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "The provider's handshake log shows an expired certificate")},
            {48, "action", "Dana Okafor",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "A new certificate is installed and payments resume")}},
        {{"process",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Certificate renewals were tracked in one person's calendar"),
             {1, -1}},
            {"monitoring",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "The alert on authorisations fires only once they reach zero"),
                {0, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Warn 30 days before any certificate expires"),
             "prevent", "Dana Okafor", 14, 12},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Renew certificates automatically"), "prevent",
                "Ana Ribeiro", 45, inProgress},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Alert when authorisations fall by a quarter"),
                "troubleshoot", "Lin Zhou", 30, 70}},
        {}},
    {275, 13, 5, "search", "sev3", "Priya Raman", "deploy, suggestions",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Search suggestions empty for an hour"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "A deploy of the suggestion service shipped an empty dictionary; suggestions stopped while "
            "search itself kept working."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "For 70 minutes search offered no suggestions; searches per visit fell by 8%."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "Rolling back took four minutes once the deploy was found."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The dictionary build had kept the previous version, so nothing needed rebuilding."),
        45, 15, 25, false,
        {{0, "action", "deploybot",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Suggestion service 4.2 is deployed")},
            {45, "observation", "Priya Raman",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Priya notices that search suggestions are empty")},
            {60, "action", "Priya Raman",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "The deploy is rolled back; suggestions return")}},
        {{"change",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "The deploy checks pass with an empty dictionary: none of them looks at its size"),
             {0, -1}},
            {"monitoring",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Suggestions per search are graphed but not alerted on"),
                {1, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
              "Refuse to deploy a dictionary under half the size of the previous one"),
             "prevent", "Priya Raman", 21, 18},
            {QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Alert when suggestions per search fall below one"),
                "troubleshoot", "Lin Zhou", 30, stillOpen}},
        {}},
    {250, 16, 0, "payments", "sev2", "Dana Okafor", "capacity, payments",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Payments slow at the month-end peak"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "At the month-end peak the payments service ran out of database connections; payments took up "
            "to 30 seconds."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "For 35 minutes one payment in five timed out; most buyers retried."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The load-shedding switch planned at the launch review was used within minutes."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "The peak fell on a weekday, with the payments team in the office."),
        4, 11, 95, false,
        {{0, "alert", "Nagios",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Payment latency above five seconds")},
            {4, "action", "Dana Okafor",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Dana turns on load shedding for saved-card checks")},
            {15, "discovery", "Marcus Webb",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "The service's connection pool is capped at 20 per host")}},
        {{"capacity",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "The connection pool was sized for the launch traffic, not for the month-end peak"),
             {2, -1}},
            {"configuration",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "The pool size is set in code, so raising it needs a deploy"),
                {2, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
              "Size the connection pool from the load test and make it a setting"),
             "prevent", "Marcus Webb", 30, 26},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Load test at the month-end peak every quarter"),
                "prevent", "Dana Okafor", 60, 58}},
        {{"pay-timeout", "worked"}, {"dep-postgres", "related"}}},
    {205, 9, 30, "notifications", "sev3", "Lin Zhou", "push, retries",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Repeated push notifications after slow responses"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Slow responses from the push provider made the workers retry, and buyers received the same "
            "notification up to five times."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "About 40,000 buyers got repeated order updates for an hour; 300 turned notifications off."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "Turning retries off stopped the repeats within a minute."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "The repeated messages were order updates, not marketing."),
        20, 40, 180, false,
        {{0, "observation", "Lin Zhou",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "The push provider's response time reaches eight seconds")},
            {20, "communication", "Sam Hartley",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Support forwards screenshots of repeated notifications")},
            {60, "action", "Lin Zhou",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Retries are turned off until the provider recovers")}},
        {{"dependency",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "The provider slowed down without returning errors"),
             {0, -1}},
            {"tooling",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Workers retry after a timeout even when the provider has accepted the message"),
                {2, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Send an idempotency key with every push"),
             "prevent", "Lin Zhou", 30, 52},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Show the provider's response times on the notifications dashboard"),
                "troubleshoot", "Ana Ribeiro", 30, inProgress}},
        {{"push-dup", "did-not-hold"}, {"dep-fcm", "related"}}},
    {175, 8, 0, "mobile API", "sev4", "Ana Ribeiro", "certificates, near miss",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Near miss: the mobile API's certificate renewed a day before expiry"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The new expiry warning flagged the mobile API's certificate; it was renewed a day before it "
            "expired."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "None for users."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "The warning added after the card payments incident caught it."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "The one person who knew the renewal steps was not on holiday."),
        0, 240, 260, true,
        {{0, "alert", "Nagios",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Certificate expiry warning for the mobile API")},
            {200, "action", "Ana Ribeiro",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Ana renews the certificate")},
            {240, "observation", "Ana Ribeiro",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Every host serves the new certificate")}},
        {{"process",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "The mobile API's certificate is renewed by hand, outside the payments team's "
                "process"),
            {1, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Renew all certificates automatically"), "prevent",
            "Ana Ribeiro", 30, 29}},
        {}},
    {150, 2, 15, "search", "sev2", "Priya Raman", "cache, deploy",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Search slow after the edge cache was cleared"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "A deploy cleared the whole edge cache and every search went to the search cluster at once; "
            "searches took up to 12 seconds."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "For 22 minutes most searches were slow and one in ten did not return."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Request coalescing, the mitigation listed at the launch review, was on within minutes."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The cache was cleared at a quiet hour."), 3, 9, 22,
        false,
        {{0, "action", "deploybot",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The search deploy clears the edge cache")},
            {3, "alert", "Nagios",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Search latency above five seconds")},
            {12, "action", "Priya Raman",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Request coalescing is turned on at the edge; latency falls")}},
        {{"change",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "The search deploy clears the whole edge cache rather than the changed pages"),
             {0, -1}},
            {"capacity",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "The search cluster can take a third of the uncached traffic"),
                {1, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Clear only the changed pages on deploy"), "prevent",
             "Priya Raman", 21, 15},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Keep request coalescing on by default"),
                "prevent", "Lin Zhou", 14, 5}},
        {{"edge-stampede", "worked"}, {"dep-varnish", "related"}}},
    {130, 11, 20, "checkout", "sev3", "Marcus Webb", "promotions, config",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Discount codes refused after a settings change"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "A change to the promotion settings moved every discount code's end date into the past; checkout "
            "refused the codes."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "For 50 minutes buyers could not use discount codes; Support refunded 180 discounts."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The change was found in the audit log ten minutes after the first ticket."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "No campaign email had gone out that day."), 30, 20,
        50, true,
        {{0, "action", "Marcus Webb",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Promotion settings are updated with the new time zone")},
            {30, "communication", "Sam Hartley",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Support reports discount codes refused at checkout")},
            {50, "action", "Marcus Webb",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The previous settings are restored")}},
        {{"configuration",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "End dates are stored without a time zone, and the change read them as UTC"),
             {0, -1}},
            {"knowledge",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "How end dates are read was known only to the team that built promotions"),
                {0, -1}},
            {"communication",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Support heard of the problem from buyers before anyone else"),
                {1, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Store end dates with their time zone"), "prevent",
             "Marcus Webb", 30, 64},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Preview which codes a settings change ends"),
                "prevent", "Ana Ribeiro", 45, stillOpen}},
        {}},
    {100, 12, 30, "checkout", "sev1", "Marcus Webb", "checkout, dependency",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "One-page checkout down for 20 minutes"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The address validation service stopped answering; checkout waited on it and every order timed "
            "out."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "No orders for 20 minutes at midday; about 2,500 orders were not placed."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Five people joined the call within five minutes and agreed on roles at once."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The validation provider recovered shortly after."), 2,
        18, 35, false,
        {{0, "alert", "Nagios",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Checkout error rate above 50%")},
            {8, "discovery", "Marcus Webb",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Checkout requests wait 30 seconds on address validation")},
            {20, "action", "Marcus Webb",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Address validation is switched off; orders go through")}},
        {{"dependency",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Checkout waited on address validation with no timeout of its own"),
             {1, -1}},
            {"tooling",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "The fallback planned at the launch review could only be turned on by a deploy"),
                {2, -1}}},
        {{QT_TRANSLATE_NOOP(
              "Inflection::DemoWorkspace", "Give address validation a two-second timeout with a fallback"),
             "prevent", "Marcus Webb", 14, 9},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Make the validation fallback a config flag"),
                "troubleshoot", "Dana Okafor", 21, 33}},
        {{"cko-address", "did-not-hold"}}},
    {80, 2, 0, "payments", "sev4", "Lin Zhou", "disk, near miss",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Near miss: refund job paused by a full disk"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The nightly refund job stopped when its host's disk filled with logs; it was restarted before "
            "any refund was late."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "None for buyers; refunds ran three hours later than usual, within the promised day."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "The job's own check reported that it had not finished."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The disk filled on a night with few refunds."), 60,
        30, 90, false,
        {{0, "observation", "refund-job",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The refund job stops writing progress")},
            {60, "alert", "Nagios",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "The refund job has not finished on schedule")},
            {90, "action", "Lin Zhou",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Old logs are removed and the job restarted")}},
        {{"capacity",
            QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Debug logging from a test run stayed on and filled the disk in a week"),
            {0, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Rotate the refund host's logs daily"), "prevent",
             "Lin Zhou", 7, 3},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Alert at 80% disk use on every job host"),
                "troubleshoot", "Lin Zhou", 30, stillOpen}},
        {{"pay-refund", "related"}}},
    {55, 10, 0, "mobile API", "sev2", "Ana Ribeiro", "api, compatibility",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Older app versions showed no orders"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Version 3 of the mobile API removed an endpoint that app versions older than six months still "
            "called."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "For two days about 9% of app users saw an empty order list."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The compatibility shim planned at the launch review was ready and went out within the hour."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Most of the people affected also use the website, where their orders showed."),
        1900, 180, 300, false,
        {{0, "action", "deploybot",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Version 3 of the mobile API is rolled out to everyone")},
            {1900, "communication", "Sam Hartley",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Support links a rise in app reviews about missing orders to version 3")},
            {2080, "action", "Ana Ribeiro",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "The compatibility shim for the old endpoint is deployed")}},
        {{"monitoring",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Errors by app version are on no dashboard, so the rise was spread thin"),
             {1, -1}},
            {"process",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "The launch checklist counts users by app version but not by endpoint"),
                {0, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Graph API errors by app version"), "troubleshoot",
             "Ana Ribeiro", 14, 10},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Keep removed endpoints answering until their traffic is under 1%"),
                "prevent", "Priya Raman", 30, stillOpen}},
        {{"api-old", "worked"}}},
    {40, 15, 0, "search", "sev3", "Priya Raman", "cache, listings",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Removed listings kept showing in search"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Listings removed by their sellers stayed in cached search results for up to six hours."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "About 600 searches a day showed a listing that could no longer be bought; 35 tickets."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Support had a macro ready from the launch review's on-site messaging."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "None of the listings had been removed for legal reasons."),
        240, 60, 400, false,
        {{0, "action", "Priya Raman",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "The cache lifetime of search results is raised to six hours")},
            {240, "communication", "Sam Hartley",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Support reports buyers finding removed listings")},
            {300, "action", "Priya Raman",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Removing a listing now purges its cached searches")}},
        {{"configuration",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "The cache lifetime was raised without a purge on removal"),
            {0, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Purge cached searches when a listing is removed"),
             "prevent", "Priya Raman", 14, 8},
            {QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Test removals against the edge cache in staging"),
                "prevent", "Lin Zhou", 45, stillOpen}},
        {{"edge-stale", "worked"}}},
    {20, 19, 0, "notifications", "sev3", "Lin Zhou", "email, provider",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Order confirmation emails delayed by two hours"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The email provider queued our messages during an incident of its own; confirmations arrived up "
            "to two hours late."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "About 18,000 buyers waited for their confirmation; 420 asked Support."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The order page already showed the confirmation, as planned at the readiness review."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Orders themselves were not affected."), 15, 45, 130,
        false,
        {{0, "observation", "Lin Zhou",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "The email provider's status page reports delays")},
            {15, "alert", "Nagios",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Confirmation emails queued for more than ten minutes")},
            {60, "communication", "Sam Hartley",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Status page: confirmations are delayed, orders are safe")}},
        {{"dependency", QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "All email goes through one provider"),
             {0, -1}},
            {"communication",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                    "Support heard of the delay from buyers before the status page said it"),
                {2, -1}}},
        {{QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
              "Send confirmations through a second provider when the first one queues"),
             "prevent", "Lin Zhou", 45, inProgress},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "Post the email provider's incidents to #support automatically"),
                "other", "Sam Hartley", 10, 9}},
        {{"sale-email", "worked"}}},
    {12, 20, 30, "payments", "sev2", "Dana Okafor", "sale, provider",
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Card provider timeouts during the sale"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The card provider slowed down at the sale's peak; one payment in ten timed out."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "For 40 minutes one card payment in ten did not go through at the first try; most buyers "
            "retried."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "New payments went to the second provider after 15 minutes, as rehearsed."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The provider recovered before the evening peak."), 3,
        15, 40, false,
        {{0, "alert", "Nagios",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Card payment timeouts above 5%")},
            {10, "decision", "Dana Okafor",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Dana routes new payments to the second provider")},
            {18, "observation", "Dana Okafor",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Timeouts back under 0.5%")}},
        {{"dependency",
             QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                 "The card provider's capacity is shared with its other customers' sales"),
             {0, -1}},
            {"tooling",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "Switching providers is a manual step of the runbook"),
                {1, -1}}},
        {{QT_TRANSLATE_NOOP(
              "Inflection::DemoWorkspace", "Switch providers automatically when timeouts stay above 2%"),
             "prevent", "Dana Okafor", 30, inProgress},
            {QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Share the sale calendar with the card provider"),
                "other", "Ana Ribeiro", 7, 5}},
        {{"sale-provider", "worked"}, {"pay-timeout", "related"}}},
    {6, 9, 45, "mobile API", "sev4", "Ana Ribeiro", "rate limit, near miss",
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "Near miss: the login rate limit slowed one office's sign-ins"),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "Sign-ins from one business customer's office network came close to the login rate limit; it "
            "was raised before anyone was locked out."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "No one was locked out; sign-ins from one office took a few seconds longer."),
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
            "The limit per network, planned at the launch review, was raised in minutes."),
        QT_TRANSLATE_NOOP(
            "Inflection::DemoWorkspace", "The customer told Support before the limit was reached."),
        10, 20, 30, false,
        {{0, "observation", "Ana Ribeiro",
             QT_TRANSLATE_NOOP(
                 "Inflection::DemoWorkspace", "Sign-ins from one address come close to the rate limit")},
            {10, "communication", "Sam Hartley",
                QT_TRANSLATE_NOOP(
                    "Inflection::DemoWorkspace", "A business customer asks why signing in is slow")},
            {30, "action", "Ana Ribeiro",
                QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "The limit for that network is raised")}},
        {{"configuration",
            QT_TRANSLATE_NOOP(
                "Inflection::DemoWorkspace", "The rate limit counts by address, and an office shares one"),
            {0, -1}}},
        {{QT_TRANSLATE_NOOP(
              "Inflection::DemoWorkspace", "Count sign-in attempts by account as well as by address"),
            "prevent", "Ana Ribeiro", 21, stillOpen}},
        {{"api-ratelimit", "worked"}}},
};

// Sets what every stored record carries: created and last changed at these times, by this person.
void stamp(StoredRecord &record, const QDateTime &created, const QDateTime &updated, const QString &by)
{
    record.uuid = newRecordUuid();
    record.createdAt = created;
    record.updatedAt = updated;
    record.updatedBy = by;
}

// A review written at created and last changed at updated (never after now).
ReviewTree newTree(ReviewKind kind, const char *title, ReviewStatus status, const char *system,
    const char *tags, const char *owner, const QDateTime &meeting, const QDateTime &created,
    const QDateTime &updated)
{
    ReviewTree tree;
    stamp(tree.review, created, updated, QString::fromUtf8(owner));
    // A review's uuid is random, as ReviewRepository makes it: its first characters name it on the
    // command line, so they must differ between reviews made in the same minute.
    tree.review.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    tree.review.kind = kind;
    tree.review.title = tr(title);
    tree.review.status = status;
    tree.review.system = QString::fromUtf8(system);
    tree.review.tags = QString::fromUtf8(tags);
    tree.review.owner = QString::fromUtf8(owner);
    tree.review.meetingAt = meeting;
    return tree;
}

} // namespace

Result<> DemoYear::populate(Workspace *workspace, const QDate &today)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto atDay = [&today, &now](int daysAgo, int hour, int minute) {
        return std::min(QDateTime(today.addDays(-daysAgo), QTime(hour, minute), Qt::UTC), now);
    };
    ReviewTreeStore store(workspace);
    int ticket = 3100;
    QHash<QString, QString> targets; // ref -> uuid of the contingency item or departure

    for (const YearArchitecture &a : architectureReviews) {
        const QDateTime meeting = atDay(a.daysAgo, 15, 0);
        ReviewTree tree = newTree(ReviewKind::Architecture, a.title, ReviewStatus::Decided, a.system, a.tags,
            a.owner, meeting, meeting.addDays(-10), meeting.addSecs(3600));
        Proposal proposal;
        stamp(proposal, meeting.addDays(-10), meeting.addSecs(3600), tree.review.owner);
        proposal.body = tr(a.body);
        proposal.decision
            = proposalDecisions().fromKey(QString::fromLatin1(a.decision), ProposalDecision::Pending);
        proposal.decisionNotes = tr(a.decisionNotes);
        tree.proposal = proposal;
        const QStringList keys = FractionalKey::sequence(int(std::size(a.departures)));
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const YearDeparture &d = a.departures[i];
            if (!d.name)
                continue;
            Departure departure;
            stamp(departure, meeting.addDays(-10), meeting.addDays(-10), tree.review.owner);
            departure.position = keys.at(i);
            departure.kind = departureKinds().fromKey(QString::fromLatin1(d.kind), DepartureKind::Other);
            departure.name = QString::fromUtf8(d.name);
            departure.costs = tr(d.costs);
            targets.insert(QString::fromLatin1(d.ref), departure.uuid);
            tree.departures.append(departure);
        }
        if (Result<ReviewTreeStore::Written> written = store.write(tree, false, true); !written)
            return Result<>::errorOf(written);
    }

    for (const YearOperability &o : operabilityReviews) {
        const QDateTime meeting = atDay(o.daysAgo, 14, 0);
        ReviewTree tree = newTree(ReviewKind::Operability, o.title, ReviewStatus::Decided, o.system, o.tags,
            o.owner, meeting, meeting.addDays(-7), meeting.addSecs(3600));
        LaunchPlan launch;
        stamp(launch, meeting.addDays(-7), meeting.addSecs(3600), tree.review.owner);
        launch.goLiveAt = meeting.addDays(7);
        launch.pushedBy = tree.review.owner;
        launch.rollout = rollouts().fromKey(QString::fromLatin1(o.rollout), Rollout::AllAtOnce);
        launch.decision = LaunchDecision::Go;
        tree.launch = launch;
        const QStringList keys = FractionalKey::sequence(int(std::size(o.contingencies)));
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const YearContingency &c = o.contingencies[i];
            if (!c.issue)
                continue;
            ContingencyItem item;
            stamp(item, meeting.addDays(-3), meeting, tree.review.owner);
            item.position = keys.at(i);
            item.issue = tr(c.issue);
            item.likelihood = c.likelihood;
            item.impact = c.impact;
            item.engineering = tr(c.engineering);
            targets.insert(QString::fromLatin1(c.ref), item.uuid);
            tree.contingencies.append(item);
        }
        if (Result<ReviewTreeStore::Written> written = store.write(tree, false, true); !written)
            return Result<>::errorOf(written);
    }

    for (const YearPostmortem &p : postmortems) {
        const QDateTime started = atDay(p.daysAgo, p.hour, p.minute);
        const QDateTime detected = started.addSecs(60 * p.detected);
        const QDateTime meeting = std::min(started.addDays(3), now);
        QDateTime lastChange = meeting.addSecs(3600);
        const QString owner = QString::fromUtf8(p.owner);

        IncidentFacts facts;
        stamp(facts, started.addSecs(3600 * 4), meeting, owner);
        facts.startedAt = started;
        facts.detectedAt = detected;
        facts.mitigatedAt = detected.addSecs(60 * p.mitigated);
        facts.resolvedAt = detected.addSecs(60 * p.resolved);
        facts.severity = QString::fromLatin1(p.severity);
        facts.summary = tr(p.summary);
        facts.impact = tr(p.impact);
        facts.wentWell = tr(p.wentWell);
        facts.lucky = tr(p.lucky);
        facts.orderAgreed = true;
        facts.notForeseen = p.notForeseen;

        QList<TimelineEvent> timeline;
        const QStringList eventKeys = FractionalKey::sequence(int(std::size(p.events)));
        for (qsizetype i = 0; i < eventKeys.size(); ++i) {
            const YearEvent &e = p.events[i];
            TimelineEvent event;
            stamp(event, started.addSecs(3600 * 4), meeting, owner);
            event.position = eventKeys.at(i);
            event.occurredAt = started.addSecs(60 * e.minute);
            event.kind = timelineKinds().fromKey(QString::fromLatin1(e.kind), TimelineKind::Observation);
            event.actor = QString::fromUtf8(e.actor);
            event.text = tr(e.text);
            event.source = event.kind == TimelineKind::Alert ? u"#ops-alerts"_s : u"#ops"_s;
            event.agreed = true;
            timeline.append(event);
        }

        QList<ContributingFactor> factors;
        const QStringList factorKeys = FractionalKey::sequence(int(std::size(p.factors)));
        for (qsizetype i = 0; i < factorKeys.size(); ++i) {
            const YearFactor &f = p.factors[i];
            if (!f.text)
                continue;
            ContributingFactor factor;
            stamp(factor, meeting, meeting, owner);
            factor.position = factorKeys.at(i);
            factor.text = tr(f.text);
            factor.category = QString::fromLatin1(f.category);
            for (const int event : f.events) {
                if (event >= 0)
                    factor.events.append(timeline.at(event).uuid);
            }
            factors.append(factor);
        }

        // Written down at the meeting; done on the day they were done, when that day has come.
        QList<RemediationItem> items;
        bool allDone = true;
        const QStringList itemKeys = FractionalKey::sequence(int(std::size(p.items)));
        for (qsizetype i = 0; i < itemKeys.size(); ++i) {
            const YearItem &r = p.items[i];
            if (!r.text)
                continue;
            RemediationItem item;
            const QString itemOwner = QString::fromUtf8(r.owner);
            const QDateTime done = started.addDays(r.doneDay).addSecs(3600 * 2);
            const bool isDone = r.doneDay >= 0 && done.date() < today;
            stamp(item, meeting, isDone ? done : meeting, isDone ? itemOwner : owner);
            item.position = itemKeys.at(i);
            item.text = tr(r.text);
            item.type = remediationTypes().fromKey(QString::fromLatin1(r.type), RemediationType::Other);
            item.owner = itemOwner;
            item.ticket = u"OPS-%1"_s.arg(ticket++);
            item.due = started.date().addDays(r.dueDay);
            item.status = isDone
                ? RemediationStatus::Done
                : (r.doneDay == inProgress ? RemediationStatus::InProgress : RemediationStatus::Open);
            allDone = allDone && isDone;
            if (isDone)
                lastChange = std::max(lastChange, done);
            items.append(item);
        }

        QList<IncidentLink> links;
        const QStringList linkKeys = FractionalKey::sequence(int(std::size(p.links)));
        for (qsizetype i = 0; i < linkKeys.size(); ++i) {
            const YearLink &l = p.links[i];
            if (!l.ref)
                continue;
            IncidentLink link;
            stamp(link, meeting, meeting, owner);
            link.position = linkKeys.at(i);
            link.target = targets.value(QString::fromLatin1(l.ref));
            link.targetKind = QByteArray(l.ref).startsWith("dep-") ? LinkTargetKind::Departure
                                                                   : LinkTargetKind::Contingency;
            link.verdict
                = foresightVerdicts().fromKey(QString::fromLatin1(l.verdict), ForesightVerdict::Related);
            links.append(link);
        }

        ReviewTree tree
            = newTree(ReviewKind::Postmortem, p.title, allDone ? ReviewStatus::Closed : ReviewStatus::Held,
                p.system, p.tags, p.owner, meeting, started.addSecs(3600 * 4), std::min(lastChange, now));
        tree.incident = facts;
        tree.timeline = timeline;
        tree.contributingFactors = factors;
        tree.remediation = items;
        tree.incidentLinks = links;
        if (Result<ReviewTreeStore::Written> written = store.write(tree, false, true); !written)
            return Result<>::errorOf(written);
    }
    return {};
}

} // namespace Inflection
