// What the workspace's postmortems add up to over a period (Insights): the rows they are computed from,
// the filter that picks the postmortems, and the figures.
#pragma once

#include "incidentlink.h"
#include "remediationitem.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Inflection {

// Which postmortems count: those whose incident began within [from, to] (either end open when invalid),
// of the system, with the tag and of the severity when these are given (case aside).
struct InsightsFilter
{
    QDate from;
    QDate to;
    QString system;
    QString tag;
    QString severity; // a severity level's key
};

// A postmortem as Insights reads it. when: the incident's start, else the meeting, else the review's
// creation (a postmortem is counted in the period it happened in).
struct InsightIncident
{
    qint64 reviewId = 0;
    QString uuid;
    QString title;
    QString system;
    QStringList tags;
    QString severity;
    QDateTime when;
    QDateTime startedAt;
    QDateTime detectedAt;
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    bool notForeseen = false; // recorded as foreseen by no contingency item

    bool matches(const InsightsFilter &filter) const;
};

struct InsightFactor
{
    qint64 reviewId = 0;
    QString category; // a key of the taxonomy
};

// A postmortem's link to a contingency item or a departure that is still in the workspace.
struct InsightLink
{
    qint64 reviewId = 0;
    LinkTargetKind kind = LinkTargetKind::Contingency;
    ForesightVerdict verdict = ForesightVerdict::Related;
    int likelihood = 0; // the contingency item's ratings
    int impact = 0;
    QString target {}; // the uuid of the contingency item or the departure
    QString text {}; // the contingency item's issue, the departure's name
};

// A departure of an architecture review that the workspace's known technologies do not name (a new
// technology), with its review's system and date (the meeting, else when the review was written).
struct InsightDeparture
{
    QString uuid;
    QString name;
    QString kind; // the departure's kind key: language, database, pattern, tool, other
    QString reviewUuid;
    QString reviewTitle;
    QString system;
    QDateTime since;
};

struct InsightRemediation
{
    qint64 reviewId = 0;
    QString text;
    QString owner;
    RemediationStatus status = RemediationStatus::Open;
    QDate due;
    QDateTime createdAt;
    QDateTime doneAt; // invalid unless done
};

struct InsightsData
{
    QList<InsightIncident> incidents; // oldest first
    QList<InsightFactor> factors;
    QList<InsightLink> links;
    QList<InsightRemediation> remediation;
    QList<InsightDeparture> newDepartures; // oldest review first

    // The systems and the tags the postmortems name, each once whatever its case (as first written), in
    // alphabetical order: what a filter can choose from.
    QStringList systems() const;
    QStringList tags() const;
};

// The p-th percentile (0–100) of sorted values, interpolated linearly between the nearest ranks (the
// median of 1, 2, 3, 4 is 2.5); nothing for no values.
std::optional<double> percentile(const QList<qint64> &sorted, double p);

// A distribution of durations in seconds: incident durations are skewed, so a median and a 90th
// percentile, never a mean.
struct DurationFigures
{
    int count = 0;
    std::optional<qint64> median;
    std::optional<qint64> p90;

    static DurationFigures of(QList<qint64> seconds);
};

struct MonthFigures
{
    QDate month; // its first day
    int total = 0;
    QMap<QString, int> bySeverity; // severity key ('' when none) -> incidents
};

struct CategoryFigures
{
    QString key;
    QString name;
    int count = 0; // contributing factors
    QStringList reviews; // uuids of the postmortems behind them, oldest first
    QMap<QString, int> byQuarter; // "2026-Q1" -> factors
};

struct OwnerFigures
{
    QString owner; // '' for items nobody owns
    int open = 0;
    int overdue = 0;
    int oldestOpenDays = 0; // since the oldest open item was written down
    QStringList reviews; // the postmortems of the open items, oldest first
};

// Remediation items of the postmortems counted: done within 30 and 60 days of the incident's start.
struct FollowThroughFigures
{
    int items = 0;
    int done = 0; // at any time
    int doneWithin30 = 0;
    int doneWithin60 = 0;
    int open = 0; // not done
    int overdue = 0;
    // The postmortems behind each count, oldest first.
    QStringList doneReviews, within30Reviews, within60Reviews, openReviews, overdueReviews;
    QList<OwnerFigures> byOwner; // most overdue first, then most open, then by name
};

// One cell of the likelihood × impact matrix: the contingency items rated so that the incidents were (linked
// as worked or did not hold; a related item is not counted), and those incidents.
struct ForesightCell
{
    int likelihood = 0; // 1–5
    int impact = 0; // 1–5
    int items = 0; // links to items of this rating (an item linked from two postmortems counts twice)
    QStringList issues; // the items' issues, each once, in the order first linked
    QStringList reviews; // uuids of the postmortems, oldest first; incidents = reviews.size()
};

// Did we foresee it? Each incident counted once: foreseen when a contingency item that it was is linked
// (did not hold when any such item's mitigation did not, else worked), not foreseen when so recorded,
// related only when it is linked to contingency items only as related, unknown (not marked) otherwise.
// share: foreseen of those recorded as foreseen or not (related only says neither).
struct ForesightFigures
{
    int worked = 0;
    int didNotHold = 0;
    int relatedOnly = 0;
    int notForeseen = 0;
    int unknown = 0;
    int foreseen() const { return worked + didNotHold; }
    std::optional<double> share() const
    {
        const int recorded = foreseen() + notForeseen;
        return recorded > 0 ? std::optional(double(foreseen()) / recorded) : std::nullopt;
    }
    // How the items that happened had been rated: (likelihood, impact) -> items linked as foreseen.
    QMap<std::pair<int, int>, int> ratings;
    // The same by cell, with the incidents: likelihood from 5 down, impact from 5 down; only cells with
    // an incident.
    QList<ForesightCell> cells;
    // The postmortems behind each count, oldest first.
    QStringList workedReviews, didNotHoldReviews, relatedOnlyReviews, notForeseenReviews, unknownReviews;
};

// A remediation idea that recurs: items of different postmortems whose texts are alike (see
// SimilarTexts), grouped. Only groups from two postmortems or more are kept.
struct RecurringRemediation
{
    QString text; // the wording most items of the group share (case and punctuation aside), else the first
    int postmortems = 0; // reviews.size()
    int items = 0;
    int done = 0; // items done
    QStringList reviews; // uuids of the postmortems, oldest first
    QStringList wordings; // each distinct text of the group once, in the order of the postmortems
};

// A new technology and what happened since: incidents of its architecture review's system (case aside)
// that began after that review's date, and those linked to the departure.
struct NewTechnologyFigures
{
    QString departureUuid;
    QString name;
    QString kind; // a departure kind key
    QString reviewUuid; // the architecture review
    QString reviewTitle;
    QString system;
    QDateTime since; // the review's meeting, else its creation
    QStringList onSystem; // postmortems of the same system begun after since, oldest first
    QStringList linked; // postmortems linked to the departure, oldest first
    QStringList reviews; // both, each once, oldest first
};

struct InsightFigures
{
    InsightsFilter filter;
    int incidents = 0;
    QStringList reviews; // uuids of the postmortems counted, oldest first
    // Every month of the filter's period, or (an end left open) from the first incident's to the last's.
    QList<MonthFigures> byMonth;
    DurationFigures toDetect; // detected − started
    DurationFigures toMitigate; // mitigated − detected
    DurationFigures toResolve; // resolved − detected
    QList<CategoryFigures> categories; // most factors first
    FollowThroughFigures followThrough;
    ForesightFigures foresight;
    QList<RecurringRemediation> recurringRemediation; // most postmortems first, then most items
    // Departures of the workspace marked new whose review is not after the period's end and, with a system
    // chosen, of that system: most postmortems first, then the latest review first.
    QList<NewTechnologyFigures> newTechnology;

    QJsonObject toJson() const;
};

} // namespace Inflection
