// Light, dark or the system's look, chosen in the preferences and kept in QSettings.
#pragma once

#include <QString>

namespace Inflection::Appearance {

// "system", "light" or "dark".
QString stored();
void store(const QString &mode);
// Applies mode to the running application: the system's style and palette, or Fusion with a light or
// a dark palette.
void apply(const QString &mode);

} // namespace Inflection::Appearance
