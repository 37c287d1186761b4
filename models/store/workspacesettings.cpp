// Workspace-wide settings in the workspace_setting table.
#include "workspacesettings.h"

#include "knowntechnologyrepository.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "sqldialect.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
const auto riskMatrixKey = u"risk_matrix"_s;
const auto timeZoneKey = u"time_zone"_s;
const auto severityKey = u"severity_levels"_s;
const auto ticketTemplateKey = u"ticket_url_template"_s;
const auto factorCategoriesKey = u"factor_categories"_s;

QList<SeverityLevel> severityLevelsFromText(const QString &text)
{
    QList<SeverityLevel> levels;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        levels.append({o.value(u"key"_s).toString(), o.value(u"name"_s).toString(),
            o.value(u"description"_s).toString()});
    }
    return levels;
}
QList<FactorCategory> factorCategoriesFromText(const QString &text)
{
    QList<FactorCategory> categories;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        categories.append({o.value(u"key"_s).toString(), o.value(u"name"_s).toString()});
    }
    return categories;
}
} // namespace

WorkspaceSettings::WorkspaceSettings(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<WorkspaceConfig> WorkspaceSettings::read() const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM workspace_setting"_s))
        return Result<WorkspaceConfig>::failure(q.lastError().text());
    QHash<QString, QString> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());

    WorkspaceConfig config;
    if (const auto matrix = RiskMatrix::fromText(stored.value(riskMatrixKey)))
        config.riskMatrix = *matrix;
    if (const QString id = stored.value(timeZoneKey); !id.isEmpty()) {
        const QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            config.timeZone = zone;
    }
    // Each setting as the file holds it is checked as if it had been typed in; one that could not have
    // been is not used (its default is), and is left in the file as it is.
    if (const QList<SeverityLevel> levels = severityLevelsFromText(stored.value(severityKey));
        checkSeverityLevels(levels))
        config.severityLevels = levels;
    if (const QList<FactorCategory> categories = factorCategoriesFromText(stored.value(factorCategoriesKey));
        checkFactorCategories(categories))
        config.factorCategories = categories;
    if (const QString ticket = stored.value(ticketTemplateKey); checkTicketUrlTemplate(ticket))
        config.ticketUrlTemplate = ticket;
    Result<TechRadar> known = KnownTechnologyRepository(m_workspace).radar();
    if (!known)
        return Result<WorkspaceConfig>::errorOf(known);
    config.knownTechnologies = *known;
    return config;
}

Result<> WorkspaceSettings::setValue(const QString &key, const QString &value)
{
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly,
            QCoreApplication::translate(
                "Inflection::WorkspaceSettings", "The workspace is read-only; the setting was not saved."));
    QSqlQuery q(m_workspace->database());
    q.prepare(
        u"INSERT INTO workspace_setting (key, value, updated_at, updated_by) VALUES (:key, :value, "
        u":now, :by) "
        u"ON CONFLICT (key) DO UPDATE SET value = excluded.value, revision = workspace_setting.revision + 1, "
        u"updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s);
    q.bindValue(u":key"_s, key);
    q.bindValue(u":value"_s, RecordWriter::text(value));
    q.bindValue(u":now"_s, RecordWriter::now());
    q.bindValue(u":by"_s, RecordWriter::text(m_workspace->author()));
    if (!q.exec()) // on a server, only an admin may: say so, not the server's own words
        return Result<>::failure(m_workspace->dialect().describeWriteError(q.lastError()));
    return {};
}

Result<> WorkspaceSettings::check(const WorkspaceConfig &config)
{
    if (Result<> levels = checkSeverityLevels(config.severityLevels); !levels)
        return levels;
    if (Result<> categories = checkFactorCategories(config.factorCategories); !categories)
        return categories;
    if (Result<> known = checkKnownTechnologies(config.knownTechnologies); !known)
        return known;
    return checkTicketUrlTemplate(config.ticketUrlTemplate);
}

Result<> WorkspaceSettings::checkKnownTechnologies(const TechRadar &radar)
{
    QHash<QString, QString> nameOfKey;
    for (const KnownTechnology &t : radar.technologies()) {
        if (TechRadar::matchKey(t.name).isEmpty())
            return Result<>::failure(ErrorKind::Refused,
                QCoreApplication::translate(
                    "Inflection::WorkspaceSettings", "A known technology needs a name."));
        for (const QString &written : QStringList {t.name} + t.aliases) {
            const QString key = TechRadar::matchKey(written);
            if (key.isEmpty())
                continue;
            const auto other = nameOfKey.constFind(key);
            if (other != nameOfKey.cend() && *other != t.name)
                return Result<>::failure(ErrorKind::Refused,
                    QCoreApplication::translate("Inflection::WorkspaceSettings",
                        "“%1” and “%2” are the same technology to Inflection (“%3”): keep one, or make the "
                        "name an alias of the other.")
                        .arg(*other, t.name, written));
            nameOfKey.insert(key, t.name);
        }
    }
    return {};
}

Result<> WorkspaceSettings::checkSeverityLevels(const QList<SeverityLevel> &levels)
{
    if (levels.isEmpty())
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate(
                "Inflection::WorkspaceSettings", "A workspace needs at least one severity level."));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const SeverityLevel &level = levels.at(i);
        if (level.key.trimmed().isEmpty() || level.name.trimmed().isEmpty())
            return Result<>::failure(ErrorKind::Refused,
                QCoreApplication::translate(
                    "Inflection::WorkspaceSettings", "Severity level %1 needs a key and a name.")
                    .arg(i + 1));
    }
    return {};
}

Result<> WorkspaceSettings::checkFactorCategories(const QList<FactorCategory> &categories)
{
    if (categories.isEmpty())
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate("Inflection::WorkspaceSettings",
                "A workspace needs at least one category of contributing factors."));
    QStringList keys;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const FactorCategory &category = categories.at(i);
        if (category.key.trimmed().isEmpty() || category.name.trimmed().isEmpty())
            return Result<>::failure(ErrorKind::Refused,
                QCoreApplication::translate(
                    "Inflection::WorkspaceSettings", "Category %1 of contributing factors needs a name.")
                    .arg(i + 1));
        if (keys.contains(category.key.trimmed()))
            return Result<>::failure(ErrorKind::Refused,
                QCoreApplication::translate("Inflection::WorkspaceSettings",
                    "Two categories of contributing factors have the key “%1”.")
                    .arg(category.key.trimmed()));
        keys.append(category.key.trimmed());
    }
    return {};
}

Result<> WorkspaceSettings::write(const WorkspaceConfig &wanted)
{
    if (Result<> valid = check(wanted); !valid)
        return valid;
    const Result<WorkspaceConfig> stored = read();
    if (!stored)
        return Result<>::errorOf(stored);
    if (m_workspace->isReadOnly())
        return Result<>::failure(ErrorKind::ReadOnly,
            QCoreApplication::translate(
                "Inflection::WorkspaceSettings", "The workspace is read-only; the setting was not saved."));
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return begun;
    Result<> written;
    if (wanted.timeZone.isValid() && wanted.timeZone != stored->timeZone)
        written = setTimeZone(wanted.timeZone);
    if (written && !sameSeverityLevels(wanted.severityLevels, stored->severityLevels))
        written = setSeverityLevels(wanted.severityLevels);
    if (written && wanted.factorCategories != stored->factorCategories)
        written = setFactorCategories(wanted.factorCategories);
    if (written && wanted.riskMatrix != stored->riskMatrix)
        written = setRiskMatrix(wanted.riskMatrix);
    if (written && wanted.ticketUrlTemplate.trimmed() != stored->ticketUrlTemplate)
        written = setTicketUrlTemplate(wanted.ticketUrlTemplate);
    // Known technologies by name (case aside): those no longer wanted go first, so that a name or an
    // alias they held is free for another; then each is changed where it differs, or added.
    KnownTechnologyRepository known(m_workspace);
    const auto wantedNamed = [&wanted](const QString &name) -> const KnownTechnology * {
        for (const KnownTechnology &t : wanted.knownTechnologies.technologies()) {
            if (t.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return &t;
        }
        return nullptr;
    };
    for (const KnownTechnology &t : stored->knownTechnologies.technologies()) {
        if (written && !wantedNamed(t.name))
            written = known.remove(t.name);
    }
    for (const KnownTechnology &t : wanted.knownTechnologies.technologies()) {
        const auto storedOne = std::find_if(stored->knownTechnologies.technologies().cbegin(),
            stored->knownTechnologies.technologies().cend(), [&t](const KnownTechnology &s) {
                return s.name.compare(t.name.trimmed(), Qt::CaseInsensitive) == 0;
            });
        if (!written)
            break;
        if (storedOne == stored->knownTechnologies.technologies().cend())
            written = known.add(t);
        else if (*storedOne != t)
            written = known.update(storedOne->name, t);
    }
    if (!written)
        return written;
    return transaction.commit();
}

Result<> WorkspaceSettings::setRiskMatrix(const RiskMatrix &matrix)
{
    return setValue(riskMatrixKey, matrix.toText());
}

Result<> WorkspaceSettings::setTimeZone(const QTimeZone &zone)
{
    return setValue(timeZoneKey, QString::fromUtf8(zone.id()));
}

Result<> WorkspaceSettings::setSeverityLevels(const QList<SeverityLevel> &levels)
{
    QJsonArray array;
    for (const SeverityLevel &level : levels)
        array.append(QJsonObject {
            {u"key"_s, level.key}, {u"name"_s, level.name}, {u"description"_s, level.description}});
    return setValue(severityKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

Result<> WorkspaceSettings::setFactorCategories(const QList<FactorCategory> &categories)
{
    if (Result<> valid = checkFactorCategories(categories); !valid)
        return valid;
    QJsonArray array;
    for (const FactorCategory &category : categories)
        array.append(QJsonObject {{u"key"_s, category.key.trimmed()}, {u"name"_s, category.name.trimmed()}});
    return setValue(
        factorCategoriesKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

Result<> WorkspaceSettings::checkTicketUrlTemplate(const QString &urlTemplate)
{
    const QString trimmed = urlTemplate.trimmed();
    if (trimmed.contains(u"{key}"_s)
        && (trimmed.startsWith(u"https://"_s) || trimmed.startsWith(u"http://"_s)))
        return {};
    return Result<>::failure(ErrorKind::Refused,
        QCoreApplication::translate("Inflection::WorkspaceSettings",
            "A ticket address starts with https:// and has {key} where the ticket's key goes, for example "
            "https://tracker.example/browse/{key}."));
}

Result<> WorkspaceSettings::setTicketUrlTemplate(const QString &urlTemplate)
{
    if (Result<> valid = checkTicketUrlTemplate(urlTemplate); !valid)
        return valid;
    return setValue(ticketTemplateKey, urlTemplate.trimmed());
}

} // namespace Inflection
