// Settings stored in the workspace itself, so that everyone on a shared workspace sees the same.
#pragma once

#include "../domain/riskmatrix.h"

#include <QString>
#include <optional>

namespace Inflection {

class Workspace;

class WorkspaceSettings
{
public:
    explicit WorkspaceSettings(Workspace *workspace);

    std::optional<QString> value(const QString &key, QString *error = nullptr) const;
    bool setValue(const QString &key, const QString &value, QString *error);

    // The heatmap's matrix: the stored one, or the default.
    RiskMatrix riskMatrix() const;
    bool setRiskMatrix(const RiskMatrix &matrix, QString *error);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
