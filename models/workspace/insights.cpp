// The figures of Insights.
#include "workspace/insights.h"

#include "domain/incidentfacts.h"
#include "store/insightsrepository.h"
#include "store/workspacesettings.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QString quarterOf(const QDate &day)
{
    return u"%1-Q%2"_s.arg(day.year()).arg((day.month() - 1) / 3 + 1);
}

} // namespace

InsightFigures Insights::compute(const InsightsData &data, const InsightsFilter &filter,
    const QList<FactorCategory> &categories, const QDate &today)
{
    InsightFigures figures;
    figures.filter = filter;

    // The postmortems counted, and the times of each.
    QHash<qint64, const InsightIncident *> counted;
    QList<qint64> toDetect, toMitigate, toResolve;
    QMap<QDate, MonthFigures> months;
    for (const InsightIncident &incident : data.incidents) {
        if (!incident.matches(filter))
            continue;
        counted.insert(incident.reviewId, &incident);
        figures.reviews.append(incident.uuid);
        if (incident.when.isValid()) {
            const QDate day = incident.when.date();
            const QDate month(day.year(), day.month(), 1);
            MonthFigures &m = months[month];
            m.month = month;
            ++m.total;
            ++m.bySeverity[incident.severity];
        }
        // The same durations as the postmortem's own page; an impossible order is left out.
        IncidentFacts facts;
        facts.startedAt = incident.startedAt;
        facts.detectedAt = incident.detectedAt;
        facts.mitigatedAt = incident.mitigatedAt;
        facts.resolvedAt = incident.resolvedAt;
        const IncidentDurations d = IncidentDurations::of(facts);
        for (const auto &[value, into] : {std::pair {d.undetectedSeconds, &toDetect},
                 std::pair {d.mitigateSeconds, &toMitigate}, std::pair {d.resolveSeconds, &toResolve}}) {
            if (value && *value >= 0)
                into->append(*value);
        }
    }
    figures.incidents = int(counted.size());
    figures.toDetect = DurationFigures::of(toDetect);
    figures.toMitigate = DurationFigures::of(toMitigate);
    figures.toResolve = DurationFigures::of(toResolve);
    // Every month between the first and the last, the quiet ones too; the period's ends when it has them.
    const auto monthOf = [](const QDate &day) {
        return QDate(day.year(), day.month(), 1);
    };
    const QDate first
        = filter.from.isValid() ? monthOf(filter.from) : (months.isEmpty() ? QDate() : months.firstKey());
    const QDate last
        = filter.to.isValid() ? monthOf(filter.to) : (months.isEmpty() ? QDate() : months.lastKey());
    if (first.isValid() && last.isValid() && first <= last && first.daysTo(last) <= 100 * 366) {
        for (QDate month = first; month <= last; month = month.addMonths(1)) {
            MonthFigures m = months.value(month);
            m.month = month;
            figures.byMonth.append(m);
        }
    }

    // Each list of postmortems names each once, in the order first met. Which are in which list: by the
    // list's name and the uuid, so that thousands of postmortems are not looked for in lists of thousands.
    QSet<QString> listed;
    const auto note = [&listed](QStringList &reviews, const QString &list, const QString &uuid) {
        const QString key = list + u'\x1f' + uuid;
        if (listed.contains(key))
            return;
        listed.insert(key);
        reviews.append(uuid);
    };

    // Contributing factors by category.
    QHash<QString, CategoryFigures> byCategory;
    for (const InsightFactor &factor : data.factors) {
        const InsightIncident *incident = counted.value(factor.reviewId);
        if (!incident)
            continue;
        CategoryFigures &c = byCategory[factor.category];
        c.key = factor.category;
        ++c.count;
        note(c.reviews, u"category:"_s + factor.category, incident->uuid);
        if (incident->when.isValid())
            ++c.byQuarter[quarterOf(incident->when.date())];
    }
    for (CategoryFigures c : std::as_const(byCategory)) {
        c.name = c.key.isEmpty() ? QString() : factorCategoryName(categories, c.key);
        figures.categories.append(c);
    }
    std::sort(figures.categories.begin(), figures.categories.end(),
        [&categories](const CategoryFigures &a, const CategoryFigures &b) {
            if (a.count != b.count)
                return a.count > b.count;
            // Equals in the taxonomy's order; a category it no longer has, and none, after.
            const auto place = [&categories](const QString &key) {
                const auto it = std::find_if(categories.cbegin(), categories.cend(),
                    [&key](const FactorCategory &c) { return c.key == key; });
                return key.isEmpty() ? categories.size() + 1 : it - categories.cbegin();
            };
            return place(a.key) != place(b.key) ? place(a.key) < place(b.key) : a.key < b.key;
        });

    // Follow-through of the remediation items.
    FollowThroughFigures &f = figures.followThrough;
    QHash<QString, OwnerFigures> owners;
    for (const InsightRemediation &item : data.remediation) {
        const InsightIncident *incident = counted.value(item.reviewId);
        if (!incident)
            continue;
        ++f.items;
        if (item.status == RemediationStatus::Done) {
            ++f.done;
            note(f.doneReviews, u"done"_s, incident->uuid);
            const QDateTime from = incident->startedAt.isValid() ? incident->startedAt : incident->when;
            if (from.isValid() && item.doneAt.isValid()) {
                const qint64 seconds = from.secsTo(item.doneAt);
                if (seconds <= 30 * 86400) {
                    ++f.doneWithin30;
                    note(f.within30Reviews, u"within30"_s, incident->uuid);
                }
                if (seconds <= 60 * 86400) {
                    ++f.doneWithin60;
                    note(f.within60Reviews, u"within60"_s, incident->uuid);
                }
            }
            continue;
        }
        const bool overdue = item.due.isValid() && item.due < today;
        ++f.open;
        note(f.openReviews, u"open"_s, incident->uuid);
        if (overdue) {
            ++f.overdue;
            note(f.overdueReviews, u"overdue"_s, incident->uuid);
        }
        OwnerFigures &o = owners[item.owner];
        o.owner = item.owner;
        ++o.open;
        o.overdue += overdue ? 1 : 0;
        note(o.reviews, u"owner:"_s + item.owner, incident->uuid);
        if (item.createdAt.isValid())
            o.oldestOpenDays = std::max(o.oldestOpenDays, int(item.createdAt.date().daysTo(today)));
    }
    f.byOwner = owners.values();
    std::sort(f.byOwner.begin(), f.byOwner.end(), [](const OwnerFigures &a, const OwnerFigures &b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.open != b.open)
            return a.open > b.open;
        return a.owner.localeAwareCompare(b.owner) < 0;
    });
    // Foresight, each incident once.
    QHash<qint64, ForesightVerdict> verdicts; // the worst a foreseen incident's items say
    ForesightFigures &s = figures.foresight;
    for (const InsightLink &link : data.links) {
        if (!counted.contains(link.reviewId) || link.kind != LinkTargetKind::Contingency
            || link.verdict == ForesightVerdict::Related)
            continue;
        ++s.ratings[{link.likelihood, link.impact}];
        if (!verdicts.contains(link.reviewId) || link.verdict == ForesightVerdict::DidNotHold)
            verdicts.insert(link.reviewId, link.verdict);
    }
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (const auto v = verdicts.constFind(it.key()); v != verdicts.cend())
            ++(*v == ForesightVerdict::DidNotHold ? s.didNotHold : s.worked);
        else
            ++(it.value()->notForeseen ? s.notForeseen : s.unknown);
    }
    return figures;
}

Result<InsightFigures> Insights::of(Workspace *workspace, const InsightsFilter &filter, const QDate &today)
{
    const Result<InsightsData> data = InsightsRepository(workspace).read();
    if (!data)
        return Result<InsightFigures>::errorOf(data);
    const Result<WorkspaceConfig> config = WorkspaceSettings(workspace).read();
    if (!config)
        return Result<InsightFigures>::errorOf(config);
    return compute(*data, filter, config->factorCategories, today);
}

} // namespace Inflection
