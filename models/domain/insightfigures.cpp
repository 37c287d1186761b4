// Filtering, percentiles and the figures as JSON.
#include "insightfigures.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Each name once whatever its case, the first spelling met, sorted.
QStringList distinctNames(
    const QList<InsightIncident> &incidents, QStringList (*namesOf)(const InsightIncident &))
{
    QMap<QString, QString> names;
    for (const InsightIncident &incident : incidents) {
        for (const QString &name : namesOf(incident)) {
            const QString trimmed = name.trimmed();
            const QString key = trimmed.toCaseFolded();
            if (!trimmed.isEmpty() && !names.contains(key))
                names.insert(key, trimmed);
        }
    }
    return names.values();
}

} // namespace

QStringList InsightsData::systems() const
{
    return distinctNames(
        incidents, [](const InsightIncident &incident) { return QStringList {incident.system}; });
}

QStringList InsightsData::tags() const
{
    return distinctNames(incidents, [](const InsightIncident &incident) { return incident.tags; });
}

bool InsightIncident::matches(const InsightsFilter &filter) const
{
    const QDate day = when.date();
    if (filter.from.isValid() && (!day.isValid() || day < filter.from))
        return false;
    if (filter.to.isValid() && (!day.isValid() || day > filter.to))
        return false;
    if (!filter.system.trimmed().isEmpty()
        && system.trimmed().compare(filter.system.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    if (!filter.tag.trimmed().isEmpty() && !tags.contains(filter.tag.trimmed(), Qt::CaseInsensitive))
        return false;
    if (!filter.severity.isEmpty() && severity.compare(filter.severity, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

std::optional<double> percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const auto above = qsizetype(std::ceil(rank));
    const double fraction = rank - double(below);
    return double(sorted.at(below)) + fraction * double(sorted.at(above) - sorted.at(below));
}

DurationFigures DurationFigures::of(QList<qint64> seconds)
{
    std::sort(seconds.begin(), seconds.end());
    DurationFigures figures;
    figures.count = int(seconds.size());
    if (const auto median = percentile(seconds, 50))
        figures.median = qint64(std::llround(*median));
    if (const auto p90 = percentile(seconds, 90))
        figures.p90 = qint64(std::llround(*p90));
    return figures;
}

namespace {

QJsonValue seconds(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject durationJson(const DurationFigures &d)
{
    return {
        {u"count"_s, d.count}, {u"median_seconds"_s, seconds(d.median)}, {u"p90_seconds"_s, seconds(d.p90)}};
}

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject InsightFigures::toJson() const
{
    QJsonArray months;
    for (const MonthFigures &m : byMonth)
        months.append(QJsonObject {{u"month"_s, m.month.toString(u"yyyy-MM"_s)}, {u"incidents"_s, m.total},
            {u"by_severity"_s, countsJson(m.bySeverity)}});
    QJsonArray categoryArray;
    for (const CategoryFigures &c : categories)
        categoryArray.append(QJsonObject {{u"key"_s, c.key}, {u"name"_s, c.name}, {u"factors"_s, c.count},
            {u"reviews"_s, QJsonArray::fromStringList(c.reviews)},
            {u"by_quarter"_s, countsJson(c.byQuarter)}});
    QJsonArray owners;
    for (const OwnerFigures &o : followThrough.byOwner)
        owners.append(QJsonObject {{u"owner"_s, o.owner}, {u"open"_s, o.open}, {u"overdue"_s, o.overdue},
            {u"oldest_open_days"_s, o.oldestOpenDays}});
    QJsonArray ratings;
    for (auto it = foresight.ratings.cbegin(); it != foresight.ratings.cend(); ++it)
        ratings.append(QJsonObject {
            {u"likelihood"_s, it.key().first}, {u"impact"_s, it.key().second}, {u"items"_s, it.value()}});
    QJsonArray cells;
    for (const ForesightCell &c : foresight.cells)
        cells.append(
            QJsonObject {{u"likelihood"_s, c.likelihood}, {u"impact"_s, c.impact}, {u"items"_s, c.items},
                {u"incidents"_s, c.reviews.size()}, {u"issues"_s, QJsonArray::fromStringList(c.issues)},
                {u"reviews"_s, QJsonArray::fromStringList(c.reviews)}});
    QJsonArray recurring;
    for (const RecurringRemediation &r : recurringRemediation)
        recurring.append(QJsonObject {{u"text"_s, r.text}, {u"postmortems"_s, r.postmortems},
            {u"items"_s, r.items}, {u"done"_s, r.done}, {u"reviews"_s, QJsonArray::fromStringList(r.reviews)},
            {u"wordings"_s, QJsonArray::fromStringList(r.wordings)}});
    QJsonArray technologies;
    for (const NewTechnologyFigures &t : newTechnology)
        technologies.append(QJsonObject {{u"departure"_s, t.departureUuid}, {u"name"_s, t.name},
            {u"kind"_s, t.kind}, {u"review"_s, t.reviewUuid}, {u"review_title"_s, t.reviewTitle},
            {u"system"_s, textOrNull(t.system)},
            {u"since"_s,
                t.since.isValid() ? QJsonValue(t.since.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {u"incidents"_s, t.reviews.size()}, {u"on_system"_s, QJsonArray::fromStringList(t.onSystem)},
            {u"linked"_s, QJsonArray::fromStringList(t.linked)},
            {u"reviews"_s, QJsonArray::fromStringList(t.reviews)}});
    const auto reviewsJson = [](const QStringList &uuids) {
        return QJsonArray::fromStringList(uuids);
    };
    const std::optional<double> share = foresight.share();
    return {
        {u"foresight"_s,
            QJsonObject {{u"foreseen"_s, foresight.foreseen()}, {u"mitigation_worked"_s, foresight.worked},
                {u"mitigation_did_not_hold"_s, foresight.didNotHold},
                {u"related_only"_s, foresight.relatedOnly}, {u"not_foreseen"_s, foresight.notForeseen},
                {u"unknown"_s, foresight.unknown},
                {u"share_foreseen"_s, share ? QJsonValue(*share) : QJsonValue(QJsonValue::Null)},
                {u"ratings"_s, ratings}, {u"matrix"_s, cells},
                {u"reviews"_s,
                    QJsonObject {{u"mitigation_worked"_s, reviewsJson(foresight.workedReviews)},
                        {u"mitigation_did_not_hold"_s, reviewsJson(foresight.didNotHoldReviews)},
                        {u"related_only"_s, reviewsJson(foresight.relatedOnlyReviews)},
                        {u"not_foreseen"_s, reviewsJson(foresight.notForeseenReviews)},
                        {u"unknown"_s, reviewsJson(foresight.unknownReviews)}}}}},
        {u"recurring_remediation"_s, recurring},
        {u"new_technology"_s, technologies},
        {u"filter"_s,
            QJsonObject {{u"from"_s, dateOrNull(filter.from)}, {u"to"_s, dateOrNull(filter.to)},
                {u"system"_s, textOrNull(filter.system)}, {u"tag"_s, textOrNull(filter.tag)},
                {u"severity"_s, textOrNull(filter.severity)}}},
        {u"incidents"_s, incidents},
        {u"reviews"_s, QJsonArray::fromStringList(reviews)},
        {u"by_month"_s, months},
        {u"time_to_detect"_s, durationJson(toDetect)},
        {u"time_to_mitigate"_s, durationJson(toMitigate)},
        {u"time_to_resolve"_s, durationJson(toResolve)},
        {u"contributing_factor_categories"_s, categoryArray},
        {u"follow_through"_s,
            QJsonObject {{u"items"_s, followThrough.items}, {u"done"_s, followThrough.done},
                {u"done_within_30_days"_s, followThrough.doneWithin30},
                {u"done_within_60_days"_s, followThrough.doneWithin60}, {u"open"_s, followThrough.open},
                {u"overdue"_s, followThrough.overdue}, {u"by_owner"_s, owners}}},
    };
}

} // namespace Inflection
