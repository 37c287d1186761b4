// Reads timeline events from CSV (RFC 4180) with a header row naming time, actor and text, and
// optionally kind and source. Pure: bytes in, events out; never fails on any input.
#pragma once

#include "parsedtimeline.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace Inflection {

class CsvTimelineParser
{
public:
    // Times without an offset are read in zone; source is used where the file has none.
    static ParsedTimeline parse(const QByteArray &bytes, const QTimeZone &zone, const QString &source,
        const ImportProgress &progress = {});

    // ISO-8601 ("2026-03-03T14:02:00Z", "…+01:00", "…T14:02") or "2026-03-03 14:02[:05]"; without an
    // offset the time is in zone. Invalid when it is none of these. Returned in UTC.
    static QDateTime parseTime(const QString &text, const QTimeZone &zone);
};

} // namespace Inflection
