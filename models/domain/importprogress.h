// How long work (reading a file, writing a million rows) reports progress and is cancelled.
#pragma once

#include <QtGlobal>
#include <functional>

namespace Inflection {

// Called now and then with the work done so far and the whole; returning false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace Inflection
