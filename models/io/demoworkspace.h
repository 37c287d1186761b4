// Fills a workspace with one worked example of each review kind, and a year of an organisation's reviews
// before today (DemoYear).
#pragma once

#include "../domain/result.h"

#include <QDate>

namespace Inflection {

class Workspace;

class DemoWorkspace
{
public:
    // The worked examples first (a list in the order written shows them first), then the year.
    static Result<> populate(Workspace *workspace, const QDate &today = QDate::currentDate());
};

} // namespace Inflection
