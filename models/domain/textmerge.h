// Three-way merge of a text edited in two places at once (the proposal): each side's edit is taken as
// the run of lines it changed between the lines common to the start and the end; when the two runs do
// not overlap (nor touch), both are applied. Linear in the length, so it can run on every save.
#pragma once

#include <QString>
#include <optional>

namespace Inflection {

// base: the text both started from; mine and theirs: the two edited versions. Returns the text with both
// edits, or nullopt when they overlap (the caller keeps both versions).
std::optional<QString> mergeTexts(const QString &base, const QString &mine, const QString &theirs);

} // namespace Inflection
