// How reports write times and empty values.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Inflection::ReportFormat {

// In the workspace's time zone, with the zone named once in the header.
inline QString time(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QCoreApplication::translate("Inflection::ReportFormat", "not set");
    return QLocale::c().toString(utc.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm"));
}

inline QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? QCoreApplication::translate("Inflection::ReportFormat", "—") : text;
}

} // namespace Inflection::ReportFormat
