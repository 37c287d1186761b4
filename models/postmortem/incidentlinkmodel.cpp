// Incident links.
#include "postmortem/incidentlinkmodel.h"

#include "domain/contingencyitem.h"
#include "editing/conflictvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

void IncidentLinkModel::recordsChanged()
{
    QStringList uuids;
    for (const IncidentLink &link : std::as_const(m_records))
        uuids.append(link.target);
    QHash<QString, LinkTarget> targets;
    if (Result<QList<LinkTarget>> found = repository()->targets(uuids)) {
        for (const LinkTarget &t : std::as_const(*found))
            targets.insert(t.uuid, t);
    } else {
        reportError(found.message());
    }
    m_targets = targets;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<LinkTarget> IncidentLinkModel::target(const QString &targetUuid) const
{
    const auto it = m_targets.constFind(targetUuid);
    return it == m_targets.constEnd() ? std::nullopt : std::optional(*it);
}

QVariant IncidentLinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentLink &link = m_records.at(index.row());
    const std::optional<LinkTarget> t = target(link.target);
    switch (role) {
    case UuidRole:
        return link.uuid;
    case TargetRole:
        return link.target;
    case TargetKindRole:
        return linkTargetKinds().key(link.targetKind);
    case TargetReviewRole:
        return t ? t->reviewUuid : QString();
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        if (!t)
            return tr("An item no longer in the workspace");
        return link.targetKind == LinkTargetKind::Departure ? tr("Departure: %1").arg(t->text) : t->text;
    case ReviewColumn:
        return t ? t->reviewTitle : QString();
    case RatingColumn:
        if (!t || link.targetKind != LinkTargetKind::Contingency)
            return {};
        //: A contingency item's likelihood and impact, as rated before the launch.
        return tr("Likelihood: %1, impact: %2").arg(likelihoodLabel(t->likelihood), impactLabel(t->impact));
    case VerdictColumn:
        if (role == Qt::EditRole)
            return foresightVerdicts().key(link.verdict);
        return link.targetKind == LinkTargetKind::Departure ? tr("Involved")
                                                            : foresightVerdicts().displayName(link.verdict);
    default:
        return {};
    }
}

QString IncidentLinkModel::link(const LinkTarget &target, ForesightVerdict verdict)
{
    if (target.uuid.isEmpty() || isLinked(target.uuid))
        return {};
    IncidentLink link;
    link.target = target.uuid;
    link.targetKind = target.kind;
    link.verdict = target.kind == LinkTargetKind::Departure ? ForesightVerdict::Related : verdict;
    m_targets.insert(target.uuid, target);
    return addRecord(rowCount(), link);
}

bool IncidentLinkModel::removeItems(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Remove %n links", nullptr, int(uuids.size())));
}

bool IncidentLinkModel::isLinked(const QString &targetUuid) const
{
    return std::any_of(m_records.cbegin(), m_records.cend(),
        [&targetUuid](const IncidentLink &link) { return link.target == targetUuid; });
}

bool IncidentLinkModel::anyForeseen() const
{
    return std::any_of(m_records.cbegin(), m_records.cend(),
        [this](const IncidentLink &link) { return link.isForeseen() && m_targets.contains(link.target); });
}

Result<QList<LinkTarget>> IncidentLinkModel::candidates(
    LinkTargetKind kind, const QString &system, const QString &words) const
{
    return repository()->candidates(kind, system, words);
}

QString IncidentLinkModel::describe(const IncidentLink &link) const
{
    const std::optional<LinkTarget> t = target(link.target);
    return tr("the link to “%1”").arg(t ? t->text : link.target);
}

QString IncidentLinkModel::shownValue(IncidentLinkField field, const QVariant &value) const
{
    if (field == IncidentLinkField::Verdict)
        return foresightVerdicts().displayNameOfKey(value.toString());
    return conflictValueText(value);
}

} // namespace Inflection
