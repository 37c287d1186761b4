// A postmortem's contributing factors, in the order the meeting put them: each a text, a category of
// the workspace's taxonomy and the timeline events it shows in (named by their place in the timeline).
#pragma once

#include "domain/contributingfactor.h"
#include "editing/orderedrecordmodel.h"
#include "store/contributingfactorrepository.h"

#include <QPointer>

namespace Inflection {

class TimelineModel;

class ContributingFactorModel
    : public OrderedRecordModel<ContributingFactorModel, ContributingFactor, ContributingFactorRepository>
{
    Q_OBJECT
public:
    // Columns follow ContributingFactorField.
    enum Column { TextColumn, CategoryColumn, EventsColumn, ColumnCount };

    enum Roles {
        LinkedEventsRole = FirstOwnRole, // QStringList: uuids of the linked events still in the timeline
    };

    static constexpr int commandIdBase = 0xD000;
    static constexpr RecordNouns nouns = {"contributing-factor", QT_TR_NOOP("Add contributing factor"),
        QT_TR_NOOP("Delete contributing factor"), QT_TR_NOOP("Move contributing factor"),
        QT_TR_NOOP("the contributing factor “%1”")};
    static constexpr Field labelField = ContributingFactorField::Text;
    static constexpr const char *columnTitles[ColumnCount]
        = {QT_TR_NOOP("Contributing factor"), QT_TR_NOOP("Category"), QT_TR_NOOP("Shows in")};
    static QString fieldDisplayName(ContributingFactorField field)
    {
        return contributingFactorFields().displayName(field);
    }

    ContributingFactorModel(
        ContributingFactorRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    // The workspace's taxonomy: the categories' names.
    void setCategories(const QList<FactorCategory> &categories);
    const QList<FactorCategory> &categories() const { return m_categories; }
    // The timeline whose events the factors link to: their places name them; a link to an event no
    // longer in it is not shown.
    void setTimeline(TimelineModel *timeline);

    // Category: its name (edit role: its key). Shows in: "Events 2, 5" by place in the timeline.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Shows in is not typed: links are made with setLinked.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Links the factor to the event, or unlinks it: one undo step.
    bool setLinked(const QString &factorUuid, const QString &eventUuid, bool linked);
    bool removeItems(const QStringList &uuids);
    // The linked events still in the timeline, in timeline order.
    QStringList linkedEvents(const ContributingFactor &factor) const;
    // "Events 2, 5"; empty when none.
    QString eventsText(const ContributingFactor &factor) const;

    QString shownValue(ContributingFactorField field, const QVariant &value) const;

private:
    void timelineChanged();

    QList<FactorCategory> m_categories = defaultFactorCategories();
    QPointer<TimelineModel> m_timeline;
};

} // namespace Inflection
