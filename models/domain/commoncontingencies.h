// Starting points for a contingency checklist: what goes wrong with most launches.
#pragma once

#include "contingencyitem.h"

#include <QList>

namespace Inflection {

// Issues with their usual likelihood, impact and mitigation; translated.
QList<ContingencyItem> commonContingencies();

} // namespace Inflection
