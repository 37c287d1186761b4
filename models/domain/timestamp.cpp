// UTC ISO-8601 conversion of stored times.
#include "timestamp.h"

#include <QTimeZone>

namespace Inflection {

QString timestampToText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Reads the exact form timestampToText writes ("2026-03-03T14:05:09.123Z") without the general
// ISO-8601 parser: loading a large workspace parses thousands of these.
static QDateTime parseStoredForm(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return {};
    auto number = [&text](int from, int length, bool *ok) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                *ok = false;
                return 0;
            }
            value = value * 10 + (c - u'0');
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

QDateTime timestampFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (QDateTime fast = parseStoredForm(text); fast.isValid())
        return fast;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace Inflection
