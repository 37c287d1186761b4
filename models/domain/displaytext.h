// How a value read from a workspace is shown where one line of it stands for the whole (a title in a
// list, a tab, a heading, a window's title): a file may hold text no one typed — control characters,
// bidirectional overrides, a title longer than any screen. The value itself is never changed.
#pragma once

#include <QString>

namespace Inflection::DisplayText {

// Default length of a line that stands for a value: a title, a system, a name.
constexpr int lineLength = 200;

// The value as one harmless line: control characters shown as their visible symbols (␇, ␛, ␊),
// bidirectional controls kept inside an isolate so that they reorder only the value and never the
// text around it (U+2068 … U+2069), and no more than maxChars characters ("…" after them).
QString line(const QString &value, int maxChars = lineLength);

// The text with a place to break (a zero-width space) inside every run of more than maxRun characters
// without one: a "word" of thousands of characters from a crafted file wraps on a printed page instead
// of running off it and pushing the rest out. Real words are far shorter and never broken.
QString breakable(const QString &text, int maxRun = 60);

// Whether the value holds anything line() changes.
bool needsCare(const QString &value, int maxChars = lineLength);

} // namespace Inflection::DisplayText
