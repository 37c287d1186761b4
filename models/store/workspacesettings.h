// Settings stored in the workspace itself, so that everyone on a shared workspace sees the same.
#pragma once

#include "../domain/incidentfacts.h"
#include "../domain/riskmatrix.h"

#include <QList>
#include <QString>
#include <QTimeZone>
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

    // The time zone the workspace's times are shown and entered in (stored times are UTC): the
    // stored IANA id, or this computer's zone.
    QTimeZone timeZone() const;
    bool setTimeZone(const QTimeZone &zone, QString *error);

    // A postmortem's severity levels, with their descriptions: the stored list, or the default one.
    QList<SeverityLevel> severityLevels() const;
    bool setSeverityLevels(const QList<SeverityLevel> &levels, QString *error);

    // How a ticket key becomes a link: "https://tracker.example/browse/{key}" unless set.
    QString ticketUrlTemplate() const;
    // Refused (false, error set) unless it is an http(s) address with {key} in it.
    static bool isValidTicketUrlTemplate(const QString &urlTemplate, QString *error);
    bool setTicketUrlTemplate(const QString &urlTemplate, QString *error);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
