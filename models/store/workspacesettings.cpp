// Workspace-wide settings in the workspace_setting table.
#include "workspacesettings.h"

#include "recordwriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

static const auto riskMatrixKey = u"risk_matrix"_s;

WorkspaceSettings::WorkspaceSettings(Workspace *workspace)
    : m_workspace(workspace)
{ }

std::optional<QString> WorkspaceSettings::value(const QString &key, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT value FROM workspace_setting WHERE key = :key"_s);
    q.bindValue(u":key"_s, key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool WorkspaceSettings::setValue(const QString &key, const QString &value, QString *error)
{
    if (m_workspace->isReadOnly()) {
        *error = QCoreApplication::translate(
            "Inflection::WorkspaceSettings", "The workspace is read-only; the setting was not saved.");
        return false;
    }
    QSqlQuery q(m_workspace->database());
    q.prepare(u"INSERT INTO workspace_setting (key, value, updated_at, updated_by) VALUES (:key, :value, "
              u":now, :by) "
              u"ON CONFLICT (key) DO UPDATE SET value = excluded.value, revision = revision + 1, "
              u"updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s);
    q.bindValue(u":key"_s, key);
    q.bindValue(u":value"_s, RecordWriter::text(value));
    q.bindValue(u":now"_s, RecordWriter::now());
    q.bindValue(u":by"_s, RecordWriter::text(m_workspace->author()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

RiskMatrix WorkspaceSettings::riskMatrix() const
{
    const auto stored = value(riskMatrixKey);
    if (stored) {
        if (const auto matrix = RiskMatrix::fromText(*stored))
            return *matrix;
    }
    return RiskMatrix();
}

bool WorkspaceSettings::setRiskMatrix(const RiskMatrix &matrix, QString *error)
{
    return setValue(riskMatrixKey, matrix.toText(), error);
}

} // namespace Inflection
