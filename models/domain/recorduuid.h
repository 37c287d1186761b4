// The uuid a new record is stored under.
#pragma once

#include <QString>

namespace Inflection {

// RFC 9562 version 7 (time-ordered): rows made together sit together in every uuid index, so a big
// import appends to it instead of writing all over it.
QString newRecordUuid();

} // namespace Inflection
