// Settings stored in the workspace itself, so that everyone on a shared workspace sees the same.
#pragma once

#include "../domain/result.h"
#include "../domain/workspaceconfig.h"

namespace Inflection {

class Workspace;

class WorkspaceSettings
{
public:
    explicit WorkspaceSettings(Workspace *workspace);

    // Every setting as stored, or its default where none is stored (or the stored one is not usable).
    Result<WorkspaceConfig> read() const;

    // Writes the settings of wanted that differ from the stored ones, in one transaction: all or none.
    // Refused (nothing written) when one of them could not be typed in: see check().
    Result<> write(const WorkspaceConfig &wanted);
    // Whether every setting is one a person could have typed in: at least one severity level, each with
    // a key and a name, and an http(s) ticket address with {key} in it.
    static Result<> check(const WorkspaceConfig &config);
    // At least one severity level, each with a key and a name.
    static Result<> checkSeverityLevels(const QList<SeverityLevel> &levels);
    // Each known technology with a name, and no name or alias naming two of them (see TechRadar).
    static Result<> checkKnownTechnologies(const TechRadar &radar);
    // At least one category, each with a name and a key of its own.
    static Result<> checkFactorCategories(const QList<FactorCategory> &categories);

    Result<> setRiskMatrix(const RiskMatrix &matrix);
    Result<> setTimeZone(const QTimeZone &zone);
    Result<> setSeverityLevels(const QList<SeverityLevel> &levels);
    Result<> setFactorCategories(const QList<FactorCategory> &categories);
    // Refused unless it is an http(s) address with {key} in it.
    Result<> setTicketUrlTemplate(const QString &urlTemplate);
    static Result<> checkTicketUrlTemplate(const QString &urlTemplate);

private:
    Result<> setValue(const QString &key, const QString &value);

    Workspace *m_workspace;
};

} // namespace Inflection
