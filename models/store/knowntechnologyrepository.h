// The workspace's known technologies: the well-known tools a departure is measured against, each with its
// ring and quadrant on the organisation's tech radar.
#pragma once

#include "../domain/result.h"
#include "../domain/techradar.h"

#include <QString>
#include <QStringList>

namespace Inflection {

class Workspace;

class KnownTechnologyRepository
{
public:
    explicit KnownTechnologyRepository(Workspace *workspace);

    Result<QList<KnownTechnology>> list() const; // sorted by name, case aside
    Result<TechRadar> radar() const;
    Result<QStringList> names() const; // as stored, sorted
    // Nothing to do (and no error) when the radar names it already (see TechRadar::matchKey).
    Result<> add(const QString &kind, const QString &name);
    Result<> add(const KnownTechnology &technology);
    // The technology stored under storedName (case aside) becomes technology (renamed too).
    Result<> update(const QString &storedName, const KnownTechnology &technology);
    Result<> remove(const QString &name);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
