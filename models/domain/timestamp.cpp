// UTC ISO-8601 conversion of stored times.
#include "timestamp.h"

#include <QTimeZone>

namespace Inflection {

// Writes "2026-03-03T14:05:09.123Z" digit by digit: a big import writes a million of these, and
// QDateTime::toString is a general formatter.
QString timestampToText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 days = msecs >= 0 ? msecs / 86400000 : -((-msecs + 86399999) / 86400000);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    int ms = int(msecs - days * 86400000);
    char16_t text[24];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, y, 4);
    text[4] = u'-';
    put(5, m, 2);
    text[7] = u'-';
    put(8, d, 2);
    text[10] = u'T';
    put(11, ms / 3600000, 2);
    text[13] = u':';
    put(14, ms / 60000 % 60, 2);
    text[16] = u':';
    put(17, ms / 1000 % 60, 2);
    text[19] = u'.';
    put(20, ms % 1000, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

// Reads the exact form timestampToText writes ("2026-03-03T14:05:09.123Z") without the general
// ISO-8601 parser, from UTF-16 or from the bytes a row holds: loading a large workspace parses
// thousands of these.
template<typename Char>
static QDateTime parseStoredForm(const Char *text, qsizetype size)
{
    if (size != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':'
        || text[16] != ':' || text[19] != '.' || text[23] != 'Z')
        return {};
    auto number = [text](int from, int length, bool *ok) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const auto c = text[i];
            if (c < '0' || c > '9') {
                *ok = false;
                return 0;
            }
            value = value * 10 + int(c - '0');
        }
        return value;
    };
    bool ok = true;
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok), number(20, 3, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime timestampFromUtf8(const char *text, qsizetype size)
{
    if (size <= 0)
        return {};
    if (QDateTime fast = parseStoredForm(text, size); fast.isValid())
        return fast;
    return timestampFromText(QString::fromUtf8(text, size));
}

QDateTime timestampFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (QDateTime fast = parseStoredForm(text.utf16(), text.size()); fast.isValid())
        return fast;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QDateTime utcOrInvalid(const QVariant &value)
{
    const QDateTime time = value.toDateTime();
    return time.isValid() ? time.toUTC() : QDateTime();
}

QDateTime wallClockIn(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
    return QDateTime(local.date(), local.time());
}

QDateTime fromWallClock(const QDateTime &shown, const QTimeZone &zone)
{
    if (!shown.isValid())
        return {};
    return QDateTime(shown.date(), shown.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone()).toUTC();
}

} // namespace Inflection
