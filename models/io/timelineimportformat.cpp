// Names of the timeline import formats.
#include "timelineimportformat.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString timelineImportFormatKey(TimelineImportFormat format)
{
    switch (format) {
    case TimelineImportFormat::Csv:
        return u"csv"_s;
    case TimelineImportFormat::Slack:
        return u"slack"_s;
    case TimelineImportFormat::Irc:
        return u"irc"_s;
    }
    return {};
}

QString timelineImportFormatDisplayName(TimelineImportFormat format)
{
    switch (format) {
    case TimelineImportFormat::Csv:
        return QCoreApplication::translate("Inflection::TimelineImportFormat", "CSV (time, actor, text)");
    case TimelineImportFormat::Slack:
        return QCoreApplication::translate("Inflection::TimelineImportFormat", "Slack export");
    case TimelineImportFormat::Irc:
        return QCoreApplication::translate(
            "Inflection::TimelineImportFormat", "IRC log (irssi, WeeChat, ZNC)");
    }
    return {};
}

QStringList timelineImportFormatKeys()
{
    return {u"csv"_s, u"slack"_s, u"irc"_s};
}

std::optional<TimelineImportFormat> timelineImportFormatFromKey(const QString &key)
{
    for (const auto format :
        {TimelineImportFormat::Csv, TimelineImportFormat::Slack, TimelineImportFormat::Irc}) {
        if (timelineImportFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

TimelineImportFormat guessTimelineImportFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || info.suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0
        || info.suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0)
        return TimelineImportFormat::Slack;
    if (info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return TimelineImportFormat::Csv;
    return TimelineImportFormat::Irc;
}

} // namespace Inflection
