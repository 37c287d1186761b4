// What every fuzz target needs once: a Qt application object (for plugins and resources).
#pragma once

#include <QCoreApplication>

namespace Fuzz {

inline void initialise(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer ends the process with exit(), after Qt's own globals are gone.
    // Still reachable through this pointer, so not a leak.
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv);
}

} // namespace Fuzz
