// Date and time patterns of the current language.
#include "datetimeformat.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString DateTimeFormat::datePattern(const QLocale &locale)
{
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    // Month first (read the wrong way round elsewhere), month names, or no language at all (C): ISO.
    if (shortFormat.isEmpty() || shortFormat.startsWith(u'M') || shortFormat.contains(u"MMM"_s)
        || locale.language() == QLocale::C)
        return u"yyyy-MM-dd"_s;
    // Day, month and year as numbers with all their digits, in the language's order and separators.
    QString pattern;
    for (qsizetype i = 0; i < shortFormat.size();) {
        const QChar c = shortFormat.at(i);
        qsizetype run = 1;
        while (i + run < shortFormat.size() && shortFormat.at(i + run) == c)
            ++run;
        if (c == u'd' && run <= 2)
            pattern += u"dd"_s;
        else if (c == u'M' && run <= 2)
            pattern += u"MM"_s;
        else if (c == u'y')
            pattern += u"yyyy"_s;
        else
            pattern += shortFormat.mid(i, run);
        i += run;
    }
    return pattern;
}

QString DateTimeFormat::timePattern(Precision precision)
{
    return precision == Precision::Seconds ? u"HH:mm:ss"_s : u"HH:mm"_s;
}

QString DateTimeFormat::dateTimePattern(Precision precision, const QLocale &locale)
{
    return datePattern(locale) + u' ' + timePattern(precision);
}

QString DateTimeFormat::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, datePattern(locale)) : QString();
}

QString DateTimeFormat::time(const QTime &time, Precision precision)
{
    return time.isValid() ? QLocale::c().toString(time, timePattern(precision)) : QString();
}

QString DateTimeFormat::dateTime(const QDateTime &time, Precision precision, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, dateTimePattern(precision, locale)) : QString();
}

QString DateTimeFormat::dateTimeIn(
    const QDateTime &utc, const QTimeZone &zone, Precision precision, const QLocale &locale)
{
    return utc.isValid() ? dateTime(utc.toTimeZone(zone), precision, locale) : QString();
}

} // namespace Inflection
