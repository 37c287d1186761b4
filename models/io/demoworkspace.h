// Fills a workspace with one worked example of each review kind.
#pragma once

#include "../domain/result.h"

namespace Inflection {

class Workspace;

class DemoWorkspace
{
public:
    static Result<> populate(Workspace *workspace);
};

} // namespace Inflection
