// The one way times are written to and read from a workspace: UTC ISO-8601 text with milliseconds and Z.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace Inflection {

QString timestampToText(const QDateTime &time);
QDateTime timestampFromText(const QString &text);
// The same from UTF-8 bytes (a row's text as SQLite keeps it), without a QString for the stored form.
QDateTime timestampFromUtf8(const char *text, qsizetype size);

// A time given to a record's field: in UTC, or invalid when none was given.
QDateTime utcOrInvalid(const QVariant &value);

// Stored times are UTC; people read and type them as the wall-clock time of the workspace's zone.
// A form's editors hold that wall-clock time as a plain date and time.
QDateTime wallClockIn(const QDateTime &utc, const QTimeZone &zone);
QDateTime fromWallClock(const QDateTime &shown, const QTimeZone &zone);

} // namespace Inflection
