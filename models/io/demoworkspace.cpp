// The worked examples written by `inflection demo`.
#include "demoworkspace.h"

#include "../domain/fractionalkey.h"
#include "../store/attendeerepository.h"
#include "../store/checklistrepository.h"
#include "../store/contingencyrepository.h"
#include "../store/launchrepository.h"
#include "../store/reviewrepository.h"
#include "../store/workspace.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

struct DemoReview
{
    ReviewKind kind;
    const char *title;
    ReviewStatus status;
    const char *system;
    const char *tags;
    const char *owner;
};

const DemoReview demoReviews[] = {
    {ReviewKind::Architecture,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Move search indexing to a queue"),
        ReviewStatus::Circulated, "search", "queue, new technology", "Priya Raman"},
    {ReviewKind::Operability,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of gift cards in the checkout"),
        ReviewStatus::Scheduled, "checkout", "launch, payments", "Marcus Webb"},
    {ReviewKind::Postmortem,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Primary database failover on March 3"),
        ReviewStatus::Held, "listings database", "database, failover", "Dana Okafor"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Inflection::DemoWorkspace", text);
}

// The gift-card launch: readiness answered the night before, contingencies over the whole heatmap.
bool populateOperability(Workspace *workspace, qint64 reviewId, QString *error)
{
    ChecklistRepository checklist(workspace);
    const struct
    {
        const char *key;
        const char *answer;
        const char *notes;
    } answers[] = {
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
    for (const auto &a : answers) {
        ChecklistAnswer base;
        base.reviewId = reviewId;
        base.key = QString::fromLatin1(a.key);
        auto result = checklist.updateField(base, ChecklistField::Answer, QString::fromLatin1(a.answer));
        if (result.isSaved() && *a.notes)
            result = checklist.updateField(result.record(), ChecklistField::Notes, tr(a.notes));
        if (!result.isSaved()) {
            *error = result.errorMessage();
            return false;
        }
    }

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
    LaunchPlan plan = launch.forReview(reviewId);
    const std::pair<LaunchField, QVariant> launchFields[] = {
        {LaunchField::GoLiveAt, QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)},
        {LaunchField::PushedBy, u"Marcus Webb"_s},
        {LaunchField::Rollout, u"percentage"_s},
        {LaunchField::Communication,
            tr(QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Seller newsletter the day before; blog post and forum announcement at 100%."))},
        {LaunchField::Decision, u"go"_s},
        {LaunchField::DecisionNotes,
            tr(QT_TRANSLATE_NOOP("Inflection::DemoWorkspace",
                "Go at 1%, on condition that the Support handbook page is published first."))},
    };
    for (const auto &[field, value] : launchFields) {
        const auto result = launch.updateField(plan, field, value);
        if (!result.isSaved()) {
            *error = result.errorMessage();
            return false;
        }
        plan = result.record();
    }

    AttendeeRepository attendees(workspace);
    const std::pair<const char *, const char *> people[] = {
        {"Ana Ribeiro", "product"},
        {"Marcus Webb", "development"},
        {"Lin Zhou", "operations"},
        {"Sam Hartley", "community-support"},
        {"Priya Raman", "qa"},
    };
    const QStringList attendeeKeys = FractionalKey::sequence(int(std::size(people)));
    for (qsizetype i = 0; i < attendeeKeys.size(); ++i) {
        Attendee attendee;
        attendee.reviewId = reviewId;
        attendee.name = QString::fromUtf8(people[i].first);
        attendee.role = QString::fromLatin1(people[i].second);
        attendee.present = i != 3;
        attendee.position = attendeeKeys.at(i);
        if (!attendees.insert(attendee, error))
            return false;
    }

    QList<ContingencyItem> items;
    const QStringList keys = FractionalKey::sequence(int(std::size(contingencies)));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto &c = contingencies[i];
        ContingencyItem item;
        item.reviewId = reviewId;
        item.issue = tr(c.issue);
        item.likelihood = c.likelihood;
        item.impact = c.impact;
        item.comments = *c.comments ? tr(c.comments) : QString();
        item.engineering = *c.engineering ? tr(c.engineering) : QString();
        item.onsiteMessaging = *c.onsite ? tr(c.onsite) : QString();
        item.prNeeded = c.pr;
        item.position = keys.at(i);
        items.append(item);
    }
    return ContingencyRepository(workspace).insertAll(items, error);
}

} // namespace

bool DemoWorkspace::populate(Workspace *workspace, QString *error)
{
    ReviewRepository repository(workspace);
    for (const DemoReview &demo : demoReviews) {
        const QString title = QCoreApplication::translate("Inflection::DemoWorkspace", demo.title);
        auto review = repository.create(demo.kind, title, error);
        if (!review)
            return false;
        const ReviewSaveResult result = repository.updateFields(*review,
            {{ReviewField::Status, reviewStatusKey(demo.status)},
                {ReviewField::System, QString::fromUtf8(demo.system)},
                {ReviewField::Tags, QString::fromUtf8(demo.tags)},
                {ReviewField::Owner, QString::fromUtf8(demo.owner)}});
        if (!result.isSaved()) {
            *error = result.errorMessage();
            return false;
        }
        if (demo.kind == ReviewKind::Operability && !populateOperability(workspace, review->id, error))
            return false;
    }
    return true;
}

} // namespace Inflection
