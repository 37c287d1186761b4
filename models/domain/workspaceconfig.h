// The settings a workspace keeps for everyone who uses it: the time zone its times are shown in, the
// postmortems' severity levels and taxonomy of contributing factors, the heatmap's risk matrix, the
// ticket address and the known technologies.
#pragma once

#include "contributingfactor.h"
#include "incidentfacts.h"
#include "riskmatrix.h"
#include "techradar.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Inflection {

struct WorkspaceConfig
{
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QList<SeverityLevel> severityLevels = defaultSeverityLevels();
    QList<FactorCategory> factorCategories = defaultFactorCategories();
    RiskMatrix riskMatrix;
    QString ticketUrlTemplate = defaultTicketUrlTemplate();
    TechRadar knownTechnologies; // sorted by name, as stored

    static QString defaultTicketUrlTemplate();
    // Whether the known technologies name it (in any ring, Hold too): see TechRadar.
    bool isKnownTechnology(const QString &name) const;

    bool operator==(const WorkspaceConfig &other) const;
    bool operator!=(const WorkspaceConfig &other) const { return !(*this == other); }
};

bool sameSeverityLevels(const QList<SeverityLevel> &a, const QList<SeverityLevel> &b);

} // namespace Inflection
