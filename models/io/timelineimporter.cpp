// Reading, filtering, de-duplicating and placing imported timeline events.
#include "timelineimporter.h"

#include "../domain/fractionalkey.h"
#include "../store/incidentrepository.h"
#include "../store/timelinerepository.h"
#include "../store/workspace.h"
#include "csvtimelineparser.h"
#include "irctimelineparser.h"
#include "slacktimelineparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Same time (to the millisecond), same person, same words: the same event.
QString identity(const TimelineEvent &e)
{
    return QString::number(e.occurredAt.toMSecsSinceEpoch()) + u'\x1f' + e.actor + u'\x1f' + e.text;
}

} // namespace

TimelineImporter::TimelineImporter(Workspace *workspace)
    : m_workspace(workspace)
{ }

ParsedTimeline TimelineImporter::read(const QString &path, TimelineImportFormat format, const QTimeZone &zone,
    const ImportProgress &progress, const QString &channel)
{
    if (format == TimelineImportFormat::Slack)
        return SlackTimelineParser::parsePath(path, progress, channel);
    ParsedTimeline parsed;
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        parsed.error = QCoreApplication::translate("Inflection::TimelineImporter", "Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(path),
                               QFileInfo(path).isDir() ? QCoreApplication::translate(
                                   "Inflection::TimelineImporter", "it is a folder")
                                                       : file.errorString());
        return parsed;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    if (format == TimelineImportFormat::Csv)
        return CsvTimelineParser::parse(bytes, zone, u"CSV "_s + name, progress);
    return IrcTimelineParser::parse(
        bytes, zone, u"IRC "_s + name, progress, IrcTimelineParser::dateInName(name));
}

QString TimelineImporter::describe(const QString &path, qsizetype events)
{
    return QCoreApplication::translate("Inflection::TimelineImporter", "%1 (%2 events)")
        .arg(QFileInfo(path).fileName())
        .arg(events);
}

Result<TimelineImporter::Window> TimelineImporter::incidentWindow(qint64 reviewId) const
{
    const Result<IncidentFacts> facts = IncidentRepository(m_workspace).ofReview(reviewId);
    if (!facts)
        return Result<Window>::errorOf(facts);
    return Window {facts->startedAt, facts->resolvedAt};
}

Result<TimelineImporter::Plan> TimelineImporter::plan(qint64 reviewId, const QList<TimelineEvent> &parsed,
    const Window &window, const QList<QDateTime> &orderTimes) const
{
    const bool ordered = orderTimes.size() == parsed.size();
    Plan plan;
    const Result<QList<TimelineEvent>> stored = TimelineRepository(m_workspace).forReview(reviewId);
    if (!stored)
        return Result<Plan>::errorOf(stored);
    const QList<TimelineEvent> &existing = *stored;
    QSet<QString> known;
    known.reserve(existing.size());
    // The timed events already there, by time, with the furthest row at or before each time.
    QList<std::pair<qint64, int>> timed;
    for (int row = 0; row < existing.size(); ++row) {
        const TimelineEvent &e = existing.at(row);
        known.insert(identity(e));
        if (e.occurredAt.isValid())
            timed.append({e.occurredAt.toMSecsSinceEpoch(), row});
    }
    std::sort(timed.begin(), timed.end());
    for (int i = 1; i < timed.size(); ++i)
        timed[i].second = std::max(timed[i].second, timed[i - 1].second);

    struct Placed
    {
        int gap; // goes before existing row `gap` (existing.size(): at the end)
        qint64 time; // what places it
        qint64 own; // its own time, after that
        qsizetype index;
    };
    QList<Placed> placed;
    placed.reserve(parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const TimelineEvent &e = parsed.at(i);
        if (!window.contains(e.occurredAt)) {
            ++plan.outsideWindow;
            continue;
        }
        if (known.contains(identity(e))) {
            ++plan.duplicates;
            continue;
        }
        const qint64 own = e.occurredAt.toMSecsSinceEpoch();
        const qint64 time
            = ordered && orderTimes.at(i).isValid() ? orderTimes.at(i).toMSecsSinceEpoch() : own;
        const auto after
            = std::upper_bound(timed.cbegin(), timed.cend(), std::pair<qint64, int>(time, INT_MAX));
        const int gap = after == timed.cbegin() ? 0 : std::prev(after)->second + 1;
        placed.append({gap, time, own, i});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return a.gap != b.gap ? a.gap < b.gap : a.time != b.time ? a.time < b.time : a.own < b.own;
    });

    plan.events.reserve(placed.size());
    for (qsizetype first = 0; first < placed.size();) {
        const int gap = placed.at(first).gap;
        qsizetype last = first;
        while (last < placed.size() && placed.at(last).gap == gap)
            ++last;
        const QString before = gap > 0 ? existing.at(gap - 1).position : QString();
        const QString after = gap < existing.size() ? existing.at(gap).position : QString();
        const QStringList keys = FractionalKey::spread(int(last - first), before, after);
        for (qsizetype i = first; i < last; ++i) {
            TimelineEvent e = parsed.at(placed.at(i).index);
            e.reviewId = reviewId;
            e.position = keys.value(i - first);
            plan.events.append(e);
        }
        first = last;
    }
    return plan;
}

Result<> TimelineImporter::write(
    qint64 reviewId, Plan *plan, const QString &what, const ImportProgress &progress)
{
    return TimelineRepository(m_workspace).importEvents(reviewId, &plan->events, what, progress);
}

void TimelineImporter::releaseThread() const
{
    m_workspace->releaseThreadConnection();
}

} // namespace Inflection
