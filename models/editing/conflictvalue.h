// A stored value as a conflict notice shows it: as the user sees it in the page, not as stored.
#pragma once

#include <QString>
#include <QVariant>

namespace Inflection {

// Yes/no for flags, local time in the locale's format for times, "(empty)" for nothing, long texts
// shortened to their start.
QString conflictValueText(const QVariant &value);

} // namespace Inflection
