// Workspace generator: realistic-looking reviews written through the same store the app uses (whole
// reviews, as an import writes them, so that every record keeps the times it was made and changed).
#include "workspacegenerator.h"

#include "domain/contributingfactor.h"
#include "domain/fractionalkey.h"
#include "domain/incidentfacts.h"
#include "domain/recorduuid.h"
#include "domain/reviewtree.h"
#include "store/reviewrepository.h"
#include "store/reviewtreestore.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace Bench {

namespace {

const QStringList systems = {u"search"_s, u"checkout"_s, u"listings database"_s, u"payments"_s,
    u"messaging"_s, u"images"_s, u"deploy pipeline"_s, u"sessions"_s};
const QStringList owners = {u"Priya Raman"_s, u"Marcus Webb"_s, u"Dana Okafor"_s, u"Lin Zhou"_s,
    u"Sam Hartley"_s, u"Ana Ribeiro"_s, u""_s};
const QStringList subjects = {u"Queue for"_s, u"Failover of"_s, u"Launch of"_s, u"Timeouts in"_s,
    u"Sharding"_s, u"Cache for"_s, u"Outage of"_s, u"Migration of"_s};
const QStringList tags = {u"database"_s, u"cache"_s, u"queue"_s, u"vendor"_s, u"deploy"_s, u"capacity"_s,
    u"network"_s, u"config"_s};

// Incident durations are skewed: mostly minutes, now and then hours (a log-normal around median).
qint64 skewed(QRandomGenerator &random, double medianSeconds)
{
    const double u1 = std::max(random.generateDouble(), 1e-9);
    const double u2 = random.generateDouble();
    const double normal = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    return qint64(medianSeconds * std::exp(1.1 * normal));
}

void stamp(StoredRecord &record, const QDateTime &created, const QDateTime &updated, const QString &by)
{
    record.uuid = newRecordUuid();
    record.createdAt = created;
    record.updatedAt = updated;
    record.updatedBy = by.isEmpty() ? u"Bench"_s : by;
}

// Reviews with titles, systems, owners and statuses only.
Result<> generateBare(Workspace *workspace, const WorkspaceSize &size)
{
    ReviewRepository repository(workspace);
    QRandomGenerator random(20261123); // the same workspace every time
    const ReviewKind kinds[] = {ReviewKind::Architecture, ReviewKind::Operability, ReviewKind::Postmortem};
    for (int i = 0; i < size.reviews; ++i) {
        const ReviewKind kind = kinds[random.bounded(3)];
        const QString system = systems.at(random.bounded(int(systems.size())));
        const QString title = subjects.at(random.bounded(int(subjects.size()))) + u' ' + system + u" #"_s
            + QString::number(i + 1);
        const Result<Review> review = repository.create(kind, title);
        if (!review)
            return Result<>::errorOf(review);
        const QList<ReviewStatus> statuses = reviewStatusesFor(kind);
        const Result<Review> result = repository.updateFields(*review,
            {{ReviewField::System, system},
                {ReviewField::Owner, owners.at(random.bounded(int(owners.size()) - 1))},
                {ReviewField::Status,
                    reviewStatuses().key(statuses.at(random.bounded(int(statuses.size()))))}});
        if (!result)
            return Result<>::errorOf(result);
    }
    return {};
}

} // namespace

Result<> generateWorkspace(const QString &path, const WorkspaceSize &size)
{
    const Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace)
        return Result<>::errorOf(workspace);
    if (!size.contents)
        return generateBare(workspace->get(), size);

    ReviewTreeStore store(workspace->get());
    QRandomGenerator random(20261201);
    const QList<FactorCategory> categories = defaultFactorCategories();
    const QList<SeverityLevel> severities = defaultSeverityLevels();
    const int severityWeights[] = {1, 3, 5, 3}; // out of 12
    const QDateTime end(size.today, QTime(0, 0), Qt::UTC);
    QStringList contingencyUuids, departureUuids; // what postmortems may link to
    const QStringList eventKinds
        = {u"alert"_s, u"discovery"_s, u"action"_s, u"decision"_s, u"communication"_s, u"observation"_s};

    for (int i = 0; i < size.reviews; ++i) {
        // Postmortems on even numbers; operability and architecture reviews in turn on odd ones.
        const ReviewKind kind = i % 2 == 0
            ? ReviewKind::Postmortem
            : (i % 4 == 1 ? ReviewKind::Operability : ReviewKind::Architecture);
        const QString system = systems.at(random.bounded(int(systems.size())));
        const QString owner = owners.at(random.bounded(int(owners.size()) - 1));
        // Spread over three years, the later ones in the later part (the order they were written in).
        const QDateTime when = end.addSecs(
            -qint64(3 * 365 * 86400.0 * (size.reviews - i) / size.reviews) - random.bounded(86400));
        ReviewTree tree;
        stamp(tree.review, when, when.addDays(3), owner);
        tree.review.kind = kind;
        tree.review.title = subjects.at(random.bounded(int(subjects.size()))) + u' ' + system + u" #"_s
            + QString::number(i + 1);
        tree.review.system = system;
        tree.review.owner = owner;
        tree.review.tags
            = tags.at(random.bounded(int(tags.size()))) + u", "_s + tags.at(random.bounded(int(tags.size())));
        tree.review.meetingAt = when.addDays(3);
        const QList<ReviewStatus> statuses = reviewStatusesFor(kind);
        tree.review.status = statuses.at(random.bounded(int(statuses.size())));

        if (kind == ReviewKind::Architecture) {
            const QStringList keys = FractionalKey::sequence(2);
            for (const QString &key : keys) {
                Departure d;
                stamp(d, when, when, owner);
                d.position = key;
                d.kind = DepartureKind(random.bounded(5));
                d.name = u"Technology %1"_s.arg(random.bounded(200));
                d.costs = u"Training, monitoring and an on-call runbook"_s;
                departureUuids.append(d.uuid);
                tree.departures.append(d);
            }
        } else if (kind == ReviewKind::Operability) {
            const QStringList keys = FractionalKey::sequence(size.contingenciesPerOperability);
            for (const QString &key : keys) {
                ContingencyItem c;
                stamp(c, when, when, owner);
                c.position = key;
                c.issue = u"A dependency of the %1 launch misbehaves"_s.arg(system);
                c.likelihood = random.bounded(1, 6);
                c.impact = random.bounded(1, 6);
                c.engineering = u"Degrade gracefully behind the config flag"_s;
                contingencyUuids.append(c.uuid);
                tree.contingencies.append(c);
            }
        } else {
            IncidentFacts facts;
            stamp(facts, when, when.addDays(3), owner);
            facts.startedAt = when;
            facts.detectedAt = when.addSecs(skewed(random, 600));
            facts.mitigatedAt = facts.detectedAt.addSecs(skewed(random, 1500));
            facts.resolvedAt = facts.mitigatedAt.addSecs(skewed(random, 2400));
            int pick = random.bounded(12);
            int level = 0;
            while (pick >= severityWeights[level])
                pick -= severityWeights[level++];
            facts.severity = severities.at(level).key;
            facts.summary = u"The %1 slowed down and then stopped answering."_s.arg(system);
            facts.impact = u"Some people could not finish what they came for."_s;
            facts.notForeseen = random.bounded(4) == 0;
            tree.incident = facts;

            const QStringList eventKeys = FractionalKey::sequence(size.eventsPerPostmortem);
            for (int e = 0; e < eventKeys.size(); ++e) {
                TimelineEvent event;
                stamp(event, when.addDays(1), when.addDays(3), owner);
                event.position = eventKeys.at(e);
                event.occurredAt = when.addSecs(60 * e);
                event.kind
                    = timelineKinds().fromKey(eventKinds.at(e % eventKinds.size()), TimelineKind::Action);
                event.actor = owners.at(e % (owners.size() - 1));
                event.text = u"Event %1 of the incident: a graph, a page, a decision"_s.arg(e + 1);
                event.source = u"#ops"_s;
                tree.timeline.append(event);
            }
            const int factorCount = random.bounded(1, 5);
            const QStringList factorKeys = FractionalKey::sequence(factorCount);
            for (int f = 0; f < factorCount; ++f) {
                ContributingFactor factor;
                stamp(factor, when.addDays(3), when.addDays(3), owner);
                factor.position = factorKeys.at(f);
                factor.text = u"A condition that helped the incident along"_s;
                // A few factors not yet in a category.
                factor.category = random.bounded(20) == 0
                    ? QString()
                    : categories.at(random.bounded(int(categories.size()))).key;
                factor.events = {tree.timeline.at(random.bounded(int(tree.timeline.size()))).uuid};
                tree.contributingFactors.append(factor);
            }
            const QStringList itemKeys = FractionalKey::sequence(size.itemsPerPostmortem);
            for (int r = 0; r < itemKeys.size(); ++r) {
                RemediationItem item;
                item.position = itemKeys.at(r);
                item.text = u"Make the next one easier to prevent or to troubleshoot"_s;
                item.owner = owners.at(random.bounded(int(owners.size())));
                item.due = when.date().addDays(random.bounded(7, 90));
                // Done after days to months; some still open; none done after today.
                const QDateTime done = when.addSecs(skewed(random, 30 * 86400.0));
                const bool isDone = random.bounded(10) < 7 && done < end;
                item.status = isDone
                    ? RemediationStatus::Done
                    : (random.bounded(3) == 0 ? RemediationStatus::InProgress : RemediationStatus::Open);
                stamp(item, when.addDays(3), isDone ? done : when.addDays(3), item.owner);
                tree.remediation.append(item);
            }
            // Foresight: a link to a contingency item (worked, did not hold or related), now and then a
            // departure.
            const QStringList linkKeys = FractionalKey::sequence(2);
            if (!contingencyUuids.isEmpty() && random.bounded(3) > 0) {
                IncidentLink link;
                stamp(link, when.addDays(3), when.addDays(3), owner);
                link.position = linkKeys.at(0);
                link.target = contingencyUuids.at(random.bounded(int(contingencyUuids.size())));
                link.targetKind = LinkTargetKind::Contingency;
                link.verdict = ForesightVerdict(random.bounded(3));
                tree.incidentLinks.append(link);
            }
            if (!departureUuids.isEmpty() && random.bounded(5) == 0) {
                IncidentLink link;
                stamp(link, when.addDays(3), when.addDays(3), owner);
                link.position = linkKeys.at(1);
                link.target = departureUuids.at(random.bounded(int(departureUuids.size())));
                link.targetKind = LinkTargetKind::Departure;
                tree.incidentLinks.append(link);
            }
        }
        if (const auto written = store.write(tree, false); !written)
            return Result<>::errorOf(written);
    }
    return {};
}

} // namespace Bench
