// How reports write times and empty values.
#pragma once

#include "../domain/datetimeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace Inflection::ReportFormat {

// In the workspace's time zone, with the zone named once in the header; as the app shows it.
inline QString time(const QDateTime &utc, const QTimeZone &zone,
    DateTimeFormat::Precision precision = DateTimeFormat::Precision::Minutes)
{
    if (!utc.isValid())
        return QCoreApplication::translate("Inflection::ReportFormat", "not set");
    return DateTimeFormat::dateTimeIn(utc, zone, precision);
}

inline QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? QCoreApplication::translate("Inflection::ReportFormat", "—") : text;
}

} // namespace Inflection::ReportFormat
