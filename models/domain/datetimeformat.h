// The one way dates and times are shown to people, in the current language: in views, delegates and
// editors, in reports and notices. Stored times are never written with it (see timestamp.h).
//
// A date is the language's numeric date with four-digit year and two-digit day and month
// ("03.03.2026" in German and Russian); where the language writes the month first (English), names
// the month, or is none (the C locale of a script) it is ISO 8601 ("2026-03-03"), which nobody reads
// the wrong way round. Times are on the 24-hour clock,
// with seconds where they were recorded to the second (a timeline).
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Inflection {

class DateTimeFormat
{
public:
    enum class Precision {
        Minutes,
        Seconds,
    };

    // Patterns for QLocale::toString and QDateTimeEdit::setDisplayFormat.
    static QString datePattern(const QLocale &locale = QLocale());
    static QString timePattern(Precision precision = Precision::Minutes);
    static QString dateTimePattern(
        Precision precision = Precision::Minutes, const QLocale &locale = QLocale());

    static QString date(const QDate &date, const QLocale &locale = QLocale());
    static QString time(const QTime &time, Precision precision = Precision::Minutes);
    // A wall-clock date and time as it is (no conversion).
    static QString dateTime(
        const QDateTime &time, Precision precision = Precision::Minutes, const QLocale &locale = QLocale());
    // A stored (UTC) time in the given zone.
    static QString dateTimeIn(const QDateTime &utc, const QTimeZone &zone,
        Precision precision = Precision::Minutes, const QLocale &locale = QLocale());
};

} // namespace Inflection
