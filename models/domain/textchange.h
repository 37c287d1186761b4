// How a long text changed, in a sentence: which lines, how many before and after. Linear in the
// text's length (common first and last lines set aside), so it can run on every save.
#pragma once

#include <QString>

namespace Inflection {

// Texts longer than this are summarised in the change log rather than kept whole.
constexpr int longTextLength = 200;

QString describeTextChange(const QString &before, const QString &after);

} // namespace Inflection
