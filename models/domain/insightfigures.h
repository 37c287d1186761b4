// What the workspace's postmortems add up to over a period (Insights): the rows they are computed from,
// the filter that picks the postmortems, and the figures.
#pragma once

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

    bool matches(const InsightsFilter &filter) const;
};

struct InsightFactor
{
    qint64 reviewId = 0;
    QString category; // a key of the taxonomy
};

struct InsightRemediation
{
    qint64 reviewId = 0;
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
    QList<InsightRemediation> remediation;
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
};

// Remediation items of the postmortems counted: done within 30 and 60 days of the incident's start.
struct FollowThroughFigures
{
    int items = 0;
    int doneWithin30 = 0;
    int doneWithin60 = 0;
    int open = 0; // not done
    int overdue = 0;
    QList<OwnerFigures> byOwner; // most overdue first, then most open, then by name
};

struct InsightFigures
{
    InsightsFilter filter;
    int incidents = 0;
    QStringList reviews; // uuids of the postmortems counted, oldest first
    QList<MonthFigures> byMonth; // every month from the first incident's to the last's
    DurationFigures toDetect; // detected − started
    DurationFigures toMitigate; // mitigated − detected
    DurationFigures toResolve; // resolved − detected
    QList<CategoryFigures> categories; // most factors first
    FollowThroughFigures followThrough;

    QJsonObject toJson() const;
};

} // namespace Inflection
