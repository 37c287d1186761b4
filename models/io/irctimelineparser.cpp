// Line by line on the raw bytes: a million-line log is read in well under a second.
#include "irctimelineparser.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `count` digits at pos; -1 when they are not all digits.
int number(QByteArrayView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s.at(pos + i);
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "HH:MM" or "HH:MM:SS" (after a "[" when bracket, which s may start with), then "]" when bracket,
// then a space. Returns the length read, 0 if none.
qsizetype readClock(QByteArrayView s, QTime *time, bool bracket)
{
    qsizetype pos = 0;
    if (bracket && !s.isEmpty() && s.at(0) == '[')
        pos = 1;
    const int hour = number(s, pos, 2);
    if (hour < 0 || pos + 2 >= s.size() || s.at(pos + 2) != ':')
        return 0;
    const int minute = number(s, pos + 3, 2);
    if (minute < 0)
        return 0;
    pos += 5;
    int second = 0;
    if (pos < s.size() && s.at(pos) == ':') {
        second = number(s, pos + 1, 2);
        if (second < 0)
            return 0;
        pos += 3;
    }
    if (bracket) {
        if (pos >= s.size() || s.at(pos) != ']')
            return 0;
        ++pos;
    }
    if (pos >= s.size() || s.at(pos) != ' ')
        return 0;
    *time = QTime(hour, minute, second);
    return time->isValid() ? pos + 1 : 0;
}

int monthOf(QByteArrayView name)
{
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == QByteArrayView(months[i]))
            return i + 1;
    }
    return 0;
}

// "Tue Mar 03 14:00:00 2026" or "Wed Mar 04 2026": weekday, month, day, [time,] year.
QDate irssiDate(QByteArrayView rest)
{
    const QList<QByteArray> words = rest.toByteArray().simplified().split(' ');
    if (words.size() < 4)
        return {};
    const int month = monthOf(words.at(1));
    const int day = words.at(2).toInt();
    const int year = words.last().toInt();
    // Four-digit years only: a log's date, not a number that happens to follow "Day changed".
    return month && year >= 1000 && year <= 9999 ? QDate(year, month, day) : QDate();
}

// A nick without its mode prefix (@, +, %, ~, &) and padding.
QString nick(QByteArrayView raw)
{
    QByteArrayView n = raw.trimmed();
    while (!n.isEmpty()
        && (n.at(0) == '@' || n.at(0) == '+' || n.at(0) == '%' || n.at(0) == '~' || n.at(0) == '&'))
        n = n.sliced(1);
    return QString::fromUtf8(n.trimmed());
}

// Local times to UTC, with each hour's offset looked up once.
class ZoneConverter
{
public:
    explicit ZoneConverter(const QTimeZone &zone)
        : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    { }

    QDateTime toUtc(const QDate &date, const QTime &time)
    {
        const qint64 key = date.toJulianDay() * 24 + time.hour();
        auto it = m_offsets.constFind(key);
        if (it == m_offsets.constEnd())
            it = m_offsets.insert(key, QDateTime(date, QTime(time.hour(), 0), m_zone).offsetFromUtc());
        const qint64 local = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL
            + time.msecsSinceStartOfDay();
        return QDateTime::fromMSecsSinceEpoch(local - qint64(*it) * 1000, Qt::UTC);
    }

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsets;
};

// The channel a system line names: irssi's "-!- lin [~lin@host] has joined #ops", "Topic for #ops",
// WeeChat's "-->	lin (~lin@host) has joined #ops", "--	Channel #ops: 4 nicks".
QString channelIn(QByteArrayView line)
{
    static const QRegularExpression pattern(
        u"(?:has joined|Topic for|talking on|Join to|Channel|Now talking on) ([#&][^\\s:,]+)"_s);
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(line));
    return m.hasMatch() ? m.captured(1) : QString();
}

// An action ("/me raises max_connections") reads as a sentence with its actor: "lin raises …".
QString actionText(const QString &actor, QByteArrayView rest)
{
    const QString text = QString::fromUtf8(rest).trimmed();
    return text.isEmpty() ? QString() : QString(actor + u' ' + text);
}

enum class LineKind {
    Message,
    System,
    Date,
    Blank,
    Undated, // an irssi message before any line giving the date
    Unreadable,
};

} // namespace

QDate IrcTimelineParser::dateInName(const QString &fileName)
{
    // ZNC's "2026-03-03.log" and "net_#ops_20260303.log", irssi's "#ops-2026-03-03.log"…: the last date.
    static const QRegularExpression pattern(u"(\\d{4})-?(\\d{2})-?(\\d{2})(?!.*\\d{4}-?\\d{2}-?\\d{2})"_s);
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

ParsedTimeline IrcTimelineParser::parse(const QByteArray &bytes, const QTimeZone &zone, const QString &source,
    const ImportProgress &progress, const QDate &fileDate)
{
    ParsedTimeline parsed;
    ZoneConverter converter(zone);
    // From the last "Log opened" or "Day changed" line, a date on the line, else the file's name;
    // a day later when the clock goes back past midnight.
    QDate date = fileDate;
    QTime lastClock; // of the last line with a clock since the date was set
    qint64 recognised = 0;
    qint64 lineNumber = 0;
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    const QByteArrayView all(bytes);

    // A person who changes nick stays one actor: the nick they had when the log first met them.
    QHash<QString, QString> firstNick;
    const auto noteNickChange = [&firstNick](QByteArrayView line) {
        static const QRegularExpression change(u"(\\S+) is now known as (\\S+)"_s);
        const QRegularExpressionMatch m = change.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            return;
        const QString before = nick(m.captured(1).toUtf8());
        const QString after = nick(m.captured(2).toUtf8());
        if (!after.isEmpty() && after != before)
            firstNick.insert(after, firstNick.value(before, before));
    };
    auto addEvent = [&](const QDate &day, const QTime &time, QString actor, QString text) {
        TimelineEvent event;
        event.occurredAt = converter.toUtc(day, time);
        event.actor = firstNick.value(actor, actor);
        event.text = std::move(text);
        event.kind = TimelineKind::Communication;
        event.source = source;
        parsed.events.append(std::move(event));
    };

    while (pos < size) {
        qsizetype end = all.indexOf('\n', pos);
        if (end < 0)
            end = size;
        QByteArrayView line = all.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if ((lineNumber & 0xFFFF) == 0 && progress && !progress(pos, size)) {
            parsed.cancelled = true;
            return parsed;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);

        LineKind kind = LineKind::Unreadable;
        if (line.trimmed().isEmpty()) {
            kind = LineKind::Blank;
        } else if (line.startsWith("--- Log opened ") || line.startsWith("--- Day changed ")) {
            const QDate day = irssiDate(line.sliced(line.startsWith("--- Log") ? 15 : 16));
            if (day.isValid()) {
                date = day;
                lastClock = QTime();
                kind = LineKind::Date;
            }
        } else if (line.startsWith("--- Log closed")) {
            kind = LineKind::System;
        } else if (line.size() >= 20 && line.at(4) == '-' && line.at(7) == '-' && line.at(10) == ' '
            && line.at(19) == '\t') {
            // WeeChat: date, time, TAB, prefix, TAB, message.
            const QDate day(number(line, 0, 4), number(line, 5, 2), number(line, 8, 2));
            QTime time;
            const qsizetype clock
                = readClock(line.sliced(11, 9).toByteArray().replace('\t', ' '), &time, false);
            const qsizetype tab = line.indexOf('\t', 20);
            if (day.isValid() && clock && tab > 0) {
                const QByteArrayView prefix = line.sliced(20, tab - 20).trimmed();
                const QByteArrayView message = line.sliced(tab + 1);
                if (prefix == "*") {
                    const qsizetype space = message.indexOf(' ');
                    const QString actor = nick(space < 0 ? message : message.first(space));
                    addEvent(day, time, actor,
                        actionText(actor, space < 0 ? QByteArrayView() : message.sliced(space + 1)));
                    kind = LineKind::Message;
                } else if (prefix.isEmpty() || prefix == "-->" || prefix == "<--" || prefix == "--"
                    || prefix == "=!=" || prefix == "-") {
                    if (parsed.channel.isEmpty())
                        parsed.channel = channelIn(message);
                    noteNickChange(message);
                    kind = LineKind::System;
                } else {
                    addEvent(day, time, nick(prefix), QString::fromUtf8(message).trimmed());
                    kind = LineKind::Message;
                }
            }
        } else {
            // irssi, ZNC and the like: a clock ("HH:MM", "[HH:MM:SS]"), or a date and a clock
            // ("2026-03-03 14:01:00", "[2026-03-03 14:01:00]"), then "<nick> text", " * nick text",
            // "-!- system" or "-nick- notice".
            QTime time;
            QDate lineDay;
            qsizetype clock = 0;
            const qsizetype open = line.startsWith('[') ? 1 : 0;
            if (line.size() > open + 11 && line.at(open + 4) == '-' && line.at(open + 7) == '-'
                && (line.at(open + 10) == ' ' || line.at(open + 10) == 'T')) {
                lineDay = QDate(number(line, open, 4), number(line, open + 5, 2), number(line, open + 8, 2));
                const qsizetype start = open + 11;
                const qsizetype read
                    = lineDay.isValid() ? readClock(line.sliced(start), &time, open == 1) : 0;
                clock = read ? start + read : 0;
            } else {
                clock = readClock(line, &time, line.startsWith('['));
            }
            if (clock) {
                if (lineDay.isValid()) {
                    date = lineDay;
                } else if (date.isValid() && lastClock.isValid() && time.secsTo(lastClock) > 3600) {
                    // Back in time by more than an hour with no line saying the day changed: the
                    // log went past midnight (an hour leaves room for the clock going back in autumn).
                    date = date.addDays(1);
                }
                lastClock = time;
                const QByteArrayView rest = line.sliced(clock);
                const QByteArrayView body = rest.trimmed();
                if (rest.startsWith('<')) {
                    const qsizetype close = rest.indexOf('>');
                    if (close > 1 && !date.isValid()) {
                        kind = LineKind::Undated;
                    } else if (close > 1) {
                        addEvent(date, time, nick(rest.sliced(1, close - 1)),
                            QString::fromUtf8(rest.sliced(close + 1)).trimmed());
                        kind = LineKind::Message;
                    }
                } else if (body.startsWith("* ")) {
                    const QByteArrayView action = body.sliced(2).trimmed();
                    const qsizetype space = action.indexOf(' ');
                    if (space > 0 && !date.isValid()) {
                        kind = LineKind::Undated;
                    } else if (space > 0) {
                        const QString actor = nick(action.first(space));
                        addEvent(date, time, actor, actionText(actor, action.sliced(space + 1)));
                        kind = LineKind::Message;
                    }
                } else if (body.startsWith("-!-") || body.startsWith("***") || body.startsWith('-')) {
                    if (parsed.channel.isEmpty())
                        parsed.channel = channelIn(body);
                    noteNickChange(body);
                    kind = LineKind::System; // irssi's "-!-", ZNC's "*** Joins: …"
                }
            }
        }

        switch (kind) {
        case LineKind::Message:
            if (parsed.events.last().text.isEmpty()) {
                parsed.events.removeLast();
                parsed.addUnreadable(lineNumber);
            }
            ++recognised;
            break;
        case LineKind::System:
            ++parsed.skipped;
            ++recognised;
            break;
        case LineKind::Date:
            ++recognised;
            break;
        case LineKind::Blank:
            break;
        case LineKind::Undated:
            ++recognised;
            ++parsed.undated;
            parsed.addUnreadable(lineNumber);
            break;
        case LineKind::Unreadable:
            parsed.addUnreadable(lineNumber);
            break;
        }
    }
    if (recognised == 0 && parsed.unreadable > 0) {
        parsed = ParsedTimeline();
        parsed.error = QCoreApplication::translate("Inflection::IrcTimelineParser",
            "This is not an IRC log: no line has the form of an irssi or WeeChat log.");
    }
    if (!parsed.channel.isEmpty()) {
        // The source names the channel as well as the file: "IRC #ops (2026-03-03.log)".
        const QString named = source.startsWith(u"IRC "_s)
            ? QString(u"IRC "_s + parsed.channel + u" ("_s + source.mid(4) + u')')
            : QString(source + u" ("_s + parsed.channel + u')');
        for (TimelineEvent &event : parsed.events)
            event.source = named;
    }
    if (progress && !parsed.cancelled)
        progress(size, size);
    return parsed;
}

} // namespace Inflection
