// Fills a workspace with one worked example of each review kind.
#pragma once

#include <QString>

namespace Inflection {

class Workspace;

class DemoWorkspace
{
public:
    static bool populate(Workspace *workspace, QString *error);
};

} // namespace Inflection
