// Defaults and comparisons of the workspace's settings.
#include "workspaceconfig.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString WorkspaceConfig::defaultTicketUrlTemplate()
{
    return u"https://tracker.example/browse/{key}"_s;
}

bool WorkspaceConfig::isKnownTechnology(const QString &name) const
{
    return knownTechnologies.names(name);
}

bool sameSeverityLevels(const QList<SeverityLevel> &a, const QList<SeverityLevel> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).key != b.at(i).key || a.at(i).name != b.at(i).name
            || a.at(i).description != b.at(i).description)
            return false;
    }
    return true;
}

bool WorkspaceConfig::operator==(const WorkspaceConfig &o) const
{
    return timeZone == o.timeZone && sameSeverityLevels(severityLevels, o.severityLevels)
        && factorCategories == o.factorCategories && riskMatrix == o.riskMatrix
        && ticketUrlTemplate == o.ticketUrlTemplate && knownTechnologies == o.knownTechnologies;
}

} // namespace Inflection
