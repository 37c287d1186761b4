// Reads timeline events from IRC logs: irssi ("HH:MM <nick> text", dates from "--- Log opened" and
// "--- Day changed" lines), WeeChat ("YYYY-MM-DD HH:MM:SS<TAB>nick<TAB>text"), ZNC and other
// bouncers ("[HH:MM:SS] <nick> text" in a file named by its day) and logs with a date on each line
// ("[YYYY-MM-DD HH:MM:SS] <nick> text"). Where no line says the day changed, a clock that goes back
// past midnight starts the next day. Joins, quits, mode and topic changes are skipped. Pure: bytes
// in, events out; never fails on any input.
#pragma once

#include "parsedtimeline.h"

#include <QByteArray>
#include <QTimeZone>

namespace Inflection {

class IrcTimelineParser
{
public:
    // Times in the log are read in zone (the logging machine's, usually the workspace's).
    // fileDate: the day the log starts on when no line says it (from the file's name).
    static ParsedTimeline parse(const QByteArray &bytes, const QTimeZone &zone, const QString &source,
        const ImportProgress &progress = {}, const QDate &fileDate = {});
    // The date in a log file's name ("2026-03-03.log", "freenode_#ops_20260303.log"); invalid if none.
    static QDate dateInName(const QString &fileName);
};

} // namespace Inflection
