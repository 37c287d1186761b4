// The figures of Insights.
#include "workspace/insights.h"

#include "domain/incidentfacts.h"
#include "store/insightsrepository.h"
#include "store/workspacesettings.h"
#include "workspace/similartexts.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>

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
    // list's number and the postmortem's id, so that thousands of postmortems are not looked for in lists
    // of thousands. The fixed lists first, then a number for each category's and each owner's list.
    enum List { DoneList, Within30List, Within60List, OpenList, OverdueList, FirstNamedList };
    QSet<std::pair<int, qint64>> listed;
    const auto note = [&listed](QStringList &reviews, int list, const InsightIncident *incident) {
        const std::pair key(list, incident->reviewId);
        if (listed.contains(key))
            return;
        listed.insert(key);
        reviews.append(incident->uuid);
    };
    QHash<QString, int> categoryLists, ownerLists;
    const auto listOf = [&categoryLists, &ownerLists](QHash<QString, int> &lists, const QString &name) {
        auto it = lists.constFind(name);
        if (it == lists.cend())
            it = lists.insert(name, FirstNamedList + int(categoryLists.size() + ownerLists.size()));
        return *it;
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
        note(c.reviews, listOf(categoryLists, factor.category), incident);
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
            note(f.doneReviews, DoneList, incident);
            const QDateTime from = incident->startedAt.isValid() ? incident->startedAt : incident->when;
            if (from.isValid() && item.doneAt.isValid()) {
                const qint64 seconds = from.secsTo(item.doneAt);
                if (seconds <= 30 * 86400) {
                    ++f.doneWithin30;
                    note(f.within30Reviews, Within30List, incident);
                }
                if (seconds <= 60 * 86400) {
                    ++f.doneWithin60;
                    note(f.within60Reviews, Within60List, incident);
                }
            }
            continue;
        }
        const bool overdue = item.due.isValid() && item.due < today;
        ++f.open;
        note(f.openReviews, OpenList, incident);
        if (overdue) {
            ++f.overdue;
            note(f.overdueReviews, OverdueList, incident);
        }
        OwnerFigures &o = owners[item.owner];
        o.owner = item.owner;
        ++o.open;
        o.overdue += overdue ? 1 : 0;
        note(o.reviews, listOf(ownerLists, item.owner), incident);
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
    // Foresight, each incident once; the matrix of the items that happened, with their incidents.
    QHash<qint64, int> order; // a counted postmortem's place, oldest first
    QStringList uuidAt; // a place's postmortem
    for (const InsightIncident &incident : data.incidents) {
        if (counted.contains(incident.reviewId) && !order.contains(incident.reviewId)) {
            order.insert(incident.reviewId, int(order.size()));
            uuidAt.append(incident.uuid);
        }
    }
    const auto oldestFirst = [&order, &counted](QList<qint64> ids) {
        std::sort(
            ids.begin(), ids.end(), [&order](qint64 a, qint64 b) { return order.value(a) < order.value(b); });
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QStringList uuids;
        for (const qint64 id : std::as_const(ids))
            uuids.append(counted.value(id)->uuid);
        return uuids;
    };
    QHash<qint64, ForesightVerdict> verdicts; // the worst a foreseen incident's items say
    QSet<qint64> related; // linked to a contingency item as related
    ForesightFigures &s = figures.foresight;
    QMap<std::pair<int, int>, ForesightCell> cells;
    QMap<std::pair<int, int>, QList<qint64>> cellReviews;
    for (const InsightLink &link : data.links) {
        if (!counted.contains(link.reviewId) || link.kind != LinkTargetKind::Contingency)
            continue;
        if (link.verdict == ForesightVerdict::Related) {
            related.insert(link.reviewId);
            continue;
        }
        ++s.ratings[{link.likelihood, link.impact}];
        if (!verdicts.contains(link.reviewId) || link.verdict == ForesightVerdict::DidNotHold)
            verdicts.insert(link.reviewId, link.verdict);
        if (link.likelihood < 1 || link.likelihood > 5 || link.impact < 1 || link.impact > 5)
            continue;
        const std::pair key {link.likelihood, link.impact};
        ForesightCell &cell = cells[key];
        cell.likelihood = link.likelihood;
        cell.impact = link.impact;
        ++cell.items;
        if (!cell.issues.contains(link.text))
            cell.issues.append(link.text);
        cellReviews[key].append(link.reviewId);
    }
    QList<qint64> worked, didNotHold, relatedOnly, notForeseen, unknown;
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        const qint64 id = it.key();
        if (const auto v = verdicts.constFind(id); v != verdicts.cend())
            (*v == ForesightVerdict::DidNotHold ? didNotHold : worked).append(id);
        else if (counted.value(id)->notForeseen)
            notForeseen.append(id);
        else if (related.contains(id))
            relatedOnly.append(id);
        else
            unknown.append(id);
    }
    s.worked = int(worked.size());
    s.didNotHold = int(didNotHold.size());
    s.relatedOnly = int(relatedOnly.size());
    s.notForeseen = int(notForeseen.size());
    s.unknown = int(unknown.size());
    s.workedReviews = oldestFirst(worked);
    s.didNotHoldReviews = oldestFirst(didNotHold);
    s.relatedOnlyReviews = oldestFirst(relatedOnly);
    s.notForeseenReviews = oldestFirst(notForeseen);
    s.unknownReviews = oldestFirst(unknown);
    // Likelihood from 5 down, impact from 5 down: as the matrix reads from its top left.
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        ForesightCell cell = it.value();
        cell.reviews = oldestFirst(cellReviews.value(it.key()));
        s.cells.prepend(cell);
    }

    // Remediation ideas that recur: similar texts of items of the postmortems counted.
    {
        QList<const InsightRemediation *> items;
        QList<int> placeOf; // by item: its postmortem's place, oldest first
        QStringList texts;
        for (const InsightRemediation &item : data.remediation) {
            const auto place = order.constFind(item.reviewId);
            if (place == order.cend())
                continue;
            items.append(&item);
            placeOf.append(*place);
            texts.append(item.text);
        }
        // A text's wording (spaces made single), that folded, and its words: worked out once however many
        // items write it.
        struct Wording
        {
            QString text;
            QString folded;
            QString words;
        };
        QHash<QString, Wording> wordingOf;
        const auto wordingFor = [&wordingOf](const QString &text) -> const Wording & {
            auto it = wordingOf.constFind(text);
            if (it == wordingOf.cend()) {
                Wording w;
                w.text = text.simplified();
                w.folded = w.text.toCaseFolded();
                w.words = SimilarTexts::tokens(w.text).join(u' ');
                it = wordingOf.insert(text, w);
            }
            return *it;
        };
        for (QList<int> group : SimilarTexts::group(texts)) {
            // Oldest postmortem first, then as written; the wording most of the group shares, else the first.
            std::stable_sort(group.begin(), group.end(),
                [&placeOf](int a, int b) { return placeOf.at(a) < placeOf.at(b); });
            RecurringRemediation r;
            QHash<QString, int> keys;
            QSet<QString> wordingsSeen; // case folded
            int bestCount = 0;
            int lastPlace = -1;
            for (const int i : std::as_const(group)) {
                const InsightRemediation *item = items.at(i);
                // Each postmortem once, oldest first: the group is in their order.
                if (placeOf.at(i) != lastPlace) {
                    lastPlace = placeOf.at(i);
                    r.reviews.append(uuidAt.at(lastPlace));
                }
                ++r.items;
                r.done += item->status == RemediationStatus::Done ? 1 : 0;
                const Wording &wording = wordingFor(item->text);
                if (!wordingsSeen.contains(wording.folded)) {
                    wordingsSeen.insert(wording.folded);
                    r.wordings.append(wording.text);
                }
                bestCount = std::max(bestCount, ++keys[wording.words]);
            }
            // The first wording of the most shared form (a later one only wins by being more often there).
            for (const int i : std::as_const(group)) {
                const Wording &wording = wordingFor(items.at(i)->text);
                if (keys.value(wording.words) == bestCount) {
                    r.text = wording.text;
                    break;
                }
            }
            r.postmortems = int(r.reviews.size());
            if (r.postmortems >= 2)
                figures.recurringRemediation.append(r);
        }
        std::stable_sort(figures.recurringRemediation.begin(), figures.recurringRemediation.end(),
            [](const RecurringRemediation &a, const RecurringRemediation &b) {
                if (a.postmortems != b.postmortems)
                    return a.postmortems > b.postmortems;
                if (a.items != b.items)
                    return a.items > b.items;
                return a.text < b.text;
            });
    }

    // New technologies and the incidents since. The counted incidents of each system (case and surrounding
    // spaces aside) in their oldest-first places, so that a departure takes those after its date with one
    // search instead of a look at every incident: thousands of departures meet thousands of incidents.
    struct SystemIncidents
    {
        QList<qint64> when; // ms since the epoch, nondecreasing when sorted
        QList<int> places; // in order, ascending
        QStringList uuids;
        bool sorted = true;
    };
    QHash<QString, SystemIncidents> bySystem;
    for (const InsightIncident &incident : data.incidents) {
        const auto place = order.constFind(incident.reviewId);
        if (place == order.cend())
            continue;
        if (!incident.when.isValid())
            continue;
        SystemIncidents &own = bySystem[incident.system.trimmed().toCaseFolded()];
        const qint64 when = incident.when.toMSecsSinceEpoch();
        own.sorted = own.sorted && (own.when.isEmpty() || own.when.constLast() <= when);
        own.when.append(when);
        own.places.append(*place);
        own.uuids.append(incident.uuid);
    }
    QHash<QString, QList<int>> linkedPlaces; // a departure's uuid -> the places of the postmortems linked
    for (const InsightLink &link : data.links) {
        const auto place = order.constFind(link.reviewId);
        if (link.kind == LinkTargetKind::Departure && place != order.cend())
            linkedPlaces[link.target].append(*place);
    }
    const auto uuidsOf = [&uuidAt](const QList<int> &places) {
        QStringList uuids;
        uuids.reserve(places.size());
        for (const int place : places)
            uuids.append(uuidAt.at(place));
        return uuids;
    };
    const QString systemFilter = filter.system.trimmed();
    QHash<std::pair<QString, qint64>, std::pair<QList<int>, QStringList>> sinceOnSystem;
    for (const InsightDeparture &departure : data.newDepartures) {
        const QString system = departure.system.trimmed();
        if (!systemFilter.isEmpty() && system.compare(systemFilter, Qt::CaseInsensitive) != 0)
            continue;
        if (filter.to.isValid() && departure.since.isValid() && departure.since.date() > filter.to)
            continue;
        NewTechnologyFigures t;
        t.departureUuid = departure.uuid;
        t.name = departure.name;
        t.kind = departure.kind;
        t.reviewUuid = departure.reviewUuid;
        t.reviewTitle = departure.reviewTitle;
        t.system = departure.system;
        t.since = departure.since;
        QList<int> onPlaces;
        const QString systemKey = system.toCaseFolded();
        const auto own = bySystem.constFind(systemKey);
        const qint64 since = departure.since.isValid() ? departure.since.toMSecsSinceEpoch() : 0;
        // The departures of one review share their system and date, and so their incidents: one list,
        // shared.
        const bool dated = !system.isEmpty() && departure.since.isValid();
        const auto known = dated ? sinceOnSystem.constFind({systemKey, since}) : sinceOnSystem.cend();
        if (known != sinceOnSystem.cend()) {
            onPlaces = known->first;
            t.onSystem = known->second;
        } else if (dated && own != bySystem.cend()) {
            if (own->sorted) {
                const qsizetype from
                    = std::upper_bound(own->when.cbegin(), own->when.cend(), since) - own->when.cbegin();
                onPlaces = own->places.mid(from);
                t.onSystem = own->uuids.mid(from);
            } else {
                for (qsizetype i = 0; i < own->when.size(); ++i) {
                    if (own->when.at(i) > since) {
                        onPlaces.append(own->places.at(i));
                        t.onSystem.append(own->uuids.at(i));
                    }
                }
            }
            sinceOnSystem.insert({systemKey, since}, {onPlaces, t.onSystem});
        }
        QList<int> linked = linkedPlaces.value(departure.uuid);
        std::sort(linked.begin(), linked.end());
        linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
        t.linked = uuidsOf(linked);
        // Both, each once, oldest first: the linked ones not on the system already, merged in.
        QList<int> extra;
        for (const int place : std::as_const(linked)) {
            if (!std::binary_search(onPlaces.cbegin(), onPlaces.cend(), place))
                extra.append(place);
        }
        if (extra.isEmpty()) {
            t.reviews = t.onSystem;
        } else {
            QList<int> all;
            all.reserve(onPlaces.size() + extra.size());
            std::merge(
                onPlaces.cbegin(), onPlaces.cend(), extra.cbegin(), extra.cend(), std::back_inserter(all));
            t.reviews = uuidsOf(all);
        }
        figures.newTechnology.append(t);
    }
    std::stable_sort(figures.newTechnology.begin(), figures.newTechnology.end(),
        [](const NewTechnologyFigures &a, const NewTechnologyFigures &b) {
            if (a.reviews.size() != b.reviews.size())
                return a.reviews.size() > b.reviews.size();
            if (a.since != b.since)
                return a.since > b.since;
            return a.name < b.name;
        });
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
