// Copies a whole workspace into another, a file or a server either way: every review with its parts and
// history, the workspace's settings and known technologies, keeping uuids, revisions, times and authors.
#pragma once

#include "../domain/result.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace Inflection {

class Workspace;

class WorkspaceCopier
{
public:
    struct Outcome
    {
        QStringList copied; // "title (uuid)" of each review written to the destination
        QStringList newerAtDestination; // reviews the destination changed later: left as they are
        int unchanged = 0; // reviews the destination already holds as they are
        int reviews = 0; // in the source
        int settingsCopied = 0;
        QStringList settingsNewerAtDestination; // the keys the destination changed later
        int technologiesCopied = 0;
        bool authorsKept = true; // false: the server stamped the copying login instead (not an admin)
    };
    // Called after each review: how many of how many are done.
    using Progress = std::function<void(int done, int total)>;

    // Copies source into destination. A review is matched by its uuid: one the destination does not
    // hold is added; one the destination holds in an older state is replaced by the source's; one the
    // destination changed later is left alone and named. Each review is written in one transaction,
    // so a failure leaves every review either as it was or fully copied. Running it again changes nothing.
    [[nodiscard]] static Result<Outcome> copy(
        const Workspace &source, const Workspace &destination, const Progress &progress = {});
};

} // namespace Inflection
