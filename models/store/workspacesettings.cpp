// Workspace-wide settings in the workspace_setting table.
#include "workspacesettings.h"

#include "recordwriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

static const auto riskMatrixKey = u"risk_matrix"_s;
static const auto timeZoneKey = u"time_zone"_s;
static const auto severityKey = u"severity_levels"_s;
static const auto ticketTemplateKey = u"ticket_url_template"_s;

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

QTimeZone WorkspaceSettings::timeZone() const
{
    if (const auto id = value(timeZoneKey)) {
        const QTimeZone zone(id->toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

bool WorkspaceSettings::setTimeZone(const QTimeZone &zone, QString *error)
{
    return setValue(timeZoneKey, QString::fromUtf8(zone.id()), error);
}

QList<SeverityLevel> WorkspaceSettings::severityLevels() const
{
    const auto stored = value(severityKey);
    if (!stored)
        return defaultSeverityLevels();
    QList<SeverityLevel> levels;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored->toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"key"_s).toString().isEmpty())
            levels.append({o.value(u"key"_s).toString(), o.value(u"name"_s).toString(),
                o.value(u"description"_s).toString()});
    }
    return levels.isEmpty() ? defaultSeverityLevels() : levels;
}

bool WorkspaceSettings::setSeverityLevels(const QList<SeverityLevel> &levels, QString *error)
{
    QJsonArray array;
    for (const SeverityLevel &level : levels)
        array.append(QJsonObject {
            {u"key"_s, level.key}, {u"name"_s, level.name}, {u"description"_s, level.description}});
    return setValue(
        severityKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)), error);
}

QString WorkspaceSettings::ticketUrlTemplate() const
{
    return value(ticketTemplateKey).value_or(u"https://tracker.example/browse/{key}"_s);
}

bool WorkspaceSettings::isValidTicketUrlTemplate(const QString &urlTemplate, QString *error)
{
    const QString trimmed = urlTemplate.trimmed();
    if (trimmed.contains(u"{key}"_s)
        && (trimmed.startsWith(u"https://"_s) || trimmed.startsWith(u"http://"_s)))
        return true;
    *error = QCoreApplication::translate("Inflection::WorkspaceSettings",
        "A ticket address starts with https:// and has {key} where the ticket's key goes, for example "
        "https://tracker.example/browse/{key}.");
    return false;
}

bool WorkspaceSettings::setTicketUrlTemplate(const QString &urlTemplate, QString *error)
{
    return isValidTicketUrlTemplate(urlTemplate, error)
        && setValue(ticketTemplateKey, urlTemplate.trimmed(), error);
}

} // namespace Inflection
