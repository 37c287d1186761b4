// The one way times are written to and read from a workspace: UTC ISO-8601 text with milliseconds and Z.
#pragma once

#include <QDateTime>
#include <QString>

namespace Inflection {

QString timestampToText(const QDateTime &time);
QDateTime timestampFromText(const QString &text);

} // namespace Inflection
