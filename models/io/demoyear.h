// A year of an organisation's reviews for the demo workspace: architecture reviews with their departures,
// operability reviews with their contingency items, and the postmortems of the incidents that followed,
// linked to what foresaw them — so that Insights has something true to show.
#pragma once

#include "../domain/result.h"

#include <QDate>

namespace Inflection {

class Workspace;

class DemoYear
{
public:
    // Writes the reviews of the twelve months before today, each with the times it was written and
    // changed (a remediation item done on the day it was done), in the interface's language.
    static Result<> populate(Workspace *workspace, const QDate &today);
};

} // namespace Inflection
