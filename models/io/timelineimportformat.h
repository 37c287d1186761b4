// The files a timeline can be imported from.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Inflection {

enum class TimelineImportFormat {
    Csv, // RFC 4180 with a header row: time, actor, text (kind, source optional)
    Slack, // a Slack export: its zip, a channel folder of YYYY-MM-DD.json day files, or one of them
    Irc, // irssi or WeeChat logs
};

QString timelineImportFormatKey(TimelineImportFormat format); // "csv", "slack", "irc"
QString timelineImportFormatDisplayName(TimelineImportFormat format);
std::optional<TimelineImportFormat> timelineImportFormatFromKey(const QString &key);
QStringList timelineImportFormatKeys();
// A guess from the path: a folder, a .json or a .zip file is Slack, .csv is CSV, anything else IRC.
TimelineImportFormat guessTimelineImportFormat(const QString &path);

} // namespace Inflection
