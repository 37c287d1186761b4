// "Did we foresee it?": the contingency items of operability reviews that a postmortem's incident was
// (foreseen, the mitigation worked / did not hold, or related) and the departures of architecture
// reviews it involved — each shown with its text, its review and, for a contingency, how it was rated.
#pragma once

#include "domain/incidentlink.h"
#include "editing/orderedrecordmodel.h"
#include "store/incidentlinkrepository.h"

#include <QHash>

namespace Inflection {

class IncidentLinkModel : public OrderedRecordModel<IncidentLinkModel, IncidentLink, IncidentLinkRepository>
{
    Q_OBJECT
public:
    enum Column { ItemColumn, ReviewColumn, RatingColumn, VerdictColumn, ColumnCount };

    enum Roles {
        TargetRole = FirstOwnRole, // the linked item's uuid
        TargetKindRole, // its kind's key
        TargetReviewRole, // the uuid of the review it is in; empty when the item is gone
    };

    static constexpr int commandIdBase = 0xE000;
    static constexpr RecordNouns nouns = {"incident-link", QT_TR_NOOP("Link to this incident"),
        QT_TR_NOOP("Remove the link"), QT_TR_NOOP("Move the link"), QT_TR_NOOP("the link to “%1”")};
    static constexpr Field labelField = IncidentLinkField::Target;
    static constexpr const char *columnTitles[ColumnCount] = {QT_TR_NOOP("Foreseen as"),
        QT_TR_NOOP("In review"), QT_TR_NOOP("Rated"), QT_TR_NOOP("Did we foresee it?")};
    static QString fieldDisplayName(IncidentLinkField field)
    {
        return incidentLinkFields().displayName(field);
    }

    using OrderedRecordModel::OrderedRecordModel;

    // Only the verdict is edited in place.
    static std::optional<IncidentLinkField> fieldOfColumn(int column)
    {
        return column == VerdictColumn ? std::optional(IncidentLinkField::Verdict) : std::nullopt;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Links the incident to target (one undo step); the uuid of the link, empty when it was there already
    // or the store refused.
    QString link(const LinkTarget &target, ForesightVerdict verdict);
    bool removeItems(const QStringList &uuids);
    bool isLinked(const QString &targetUuid) const;
    // The item a link points at, when it is still there.
    std::optional<LinkTarget> target(const QString &targetUuid) const;
    // Whether any link says the incident was foreseen.
    bool anyForeseen() const;

    // The candidates to link: contingency items (or departures) with every word, the system's first.
    Result<QList<LinkTarget>> candidates(
        LinkTargetKind kind, const QString &system, const QString &words) const;

    QString describe(const IncidentLink &link) const;
    QString shownValue(IncidentLinkField field, const QVariant &value) const;

private:
    void recordsChanged() override;

    QHash<QString, LinkTarget> m_targets; // by uuid: what the links point at, as last read
};

} // namespace Inflection
