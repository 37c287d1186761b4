// The three kinds of review, with their stable storage keys and display names.
#pragma once

#include "keytable.h"

namespace Inflection {

enum class ReviewKind {
    Architecture,
    Operability,
    Postmortem,
};

const KeyTable<ReviewKind> &reviewKinds();

} // namespace Inflection
