// RFC 4180: fields separated by commas, records by CRLF or LF, quoted fields may hold commas,
// line breaks and doubled quotes.
#include "csvtimelineparser.h"

#include "csvtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using Record = CsvText::Record;

std::optional<TimelineKind> kindFromText(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return TimelineKind::Observation;
    for (const TimelineKind kind : timelineKinds().values()) {
        if (timelineKinds().key(kind).compare(wanted, Qt::CaseInsensitive) == 0
            || timelineKinds().displayName(kind).compare(wanted, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace

QDateTime CsvTimelineParser::parseTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(
        u"^\\s*(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})"
        u"(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = QString(m.captured(7) + u"000"_s).left(3);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString offset = m.captured(8);
    QDateTime result;
    if (offset.isEmpty()) {
        result = QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc());
    } else if (offset == u"Z"_s) {
        result = QDateTime(date, time, QTimeZone::utc());
    } else {
        QString digits = offset.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        const int seconds = (offset.startsWith(u'-') ? -1 : 1) * (hours * 3600 + minutes * 60);
        result = QDateTime(date, time, QTimeZone(seconds));
    }
    return result.isValid() ? result.toUTC() : QDateTime();
}

ParsedTimeline CsvTimelineParser::parse(
    const QByteArray &bytes, const QTimeZone &zone, const QString &source, const ImportProgress &progress)
{
    ParsedTimeline parsed;
    const QString text = CsvText::decode(bytes);
    qsizetype pos = 0;
    qint64 line = 1;

    // The header: the first record that is not blank.
    const Record header = CsvText::readHeader(text, &pos, &line);
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields.at(i).trimmed().toLower(), i);
    for (const QString &required : {u"time"_s, u"actor"_s, u"text"_s}) {
        if (!column.contains(required)) {
            parsed.error = QCoreApplication::translate("Inflection::CsvTimelineParser",
                "This is not a timeline CSV file: its first row must name the columns "
                "time, actor and text.");
            return parsed;
        }
    }
    const int timeColumn = column.value(u"time"_s);
    const int actorColumn = column.value(u"actor"_s);
    const int textColumn = column.value(u"text"_s);
    const int kindColumn = column.value(u"kind"_s, -1);
    const int sourceColumn = column.value(u"source"_s, -1);
    const qsizetype fieldCount = header.fields.size();

    int sinceProgress = 0;
    while (pos < text.size()) {
        const Record record = CsvText::readRecord(text, &pos, &line);
        if (progress && ++sinceProgress == 4096) {
            sinceProgress = 0;
            if (!progress(pos, text.size())) {
                parsed.cancelled = true;
                return parsed;
            }
        }
        if (record.isBlank())
            continue;
        if (record.unterminated || record.fields.size() != fieldCount) {
            parsed.addUnreadable(record.line);
            continue;
        }
        TimelineEvent event;
        event.occurredAt = parseTime(record.fields.at(timeColumn), zone);
        event.actor = record.fields.at(actorColumn).trimmed();
        event.text = record.fields.at(textColumn).trimmed();
        const auto kind = kindColumn >= 0 ? kindFromText(record.fields.at(kindColumn))
                                          : std::optional(TimelineKind::Observation);
        if (!event.occurredAt.isValid() || event.text.isEmpty() || !kind) {
            parsed.addUnreadable(record.line);
            continue;
        }
        event.kind = *kind;
        event.source = sourceColumn >= 0 ? record.fields.at(sourceColumn).trimmed() : QString();
        if (event.source.isEmpty())
            event.source = source;
        parsed.events.append(event);
    }
    if (progress)
        progress(text.size(), text.size());
    return parsed;
}

} // namespace Inflection
