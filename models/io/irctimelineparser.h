// Reads timeline events from IRC logs: irssi ("HH:MM <nick> text", dates from "--- Log opened" and
// "--- Day changed" lines) and WeeChat ("YYYY-MM-DD HH:MM:SS<TAB>nick<TAB>text"). Joins, quits,
// mode and topic changes are skipped. Pure: bytes in, events out; never fails on any input.
#pragma once

#include "parsedtimeline.h"

#include <QByteArray>
#include <QTimeZone>

namespace Inflection {

class IrcTimelineParser
{
public:
    // Times in the log are read in zone (the logging machine's, usually the workspace's).
    static ParsedTimeline parse(const QByteArray &bytes, const QTimeZone &zone, const QString &source,
        const ImportProgress &progress = {});
};

} // namespace Inflection
