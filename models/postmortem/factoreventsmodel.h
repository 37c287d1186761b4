// The timeline's events as a checkable list for one contributing factor: each event by its place, time
// and text, checked when the factor shows in it; checking or unchecking links or unlinks it (one undo
// step). Follows the timeline (events added, moved, deleted, edited) and the factor's links (undo too).
#pragma once

#include <QIdentityProxyModel>
#include <QPointer>
#include <QString>

namespace Inflection {

class ContributingFactorModel;
class TimelineModel;

class FactorEventsModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    FactorEventsModel(ContributingFactorModel *factors, TimelineModel *timeline, QObject *parent = nullptr);

    // The factor whose links are shown (its uuid); none: nothing can be checked.
    void setFactor(const QString &uuid);
    QString factor() const { return m_factor; }
    // Read-only: the links are shown, not changed.
    void setReadOnly(bool readOnly);

    // Column 0 (the one a list shows): "3. 14:05:00 — Fail over", checked when linked.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The uuids of the events the factor is linked to (still in the timeline).
    QStringList linked() const;

private:
    bool hasFactor() const;
    void checksChanged();
    void factorsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void eventsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<ContributingFactorModel> m_factors;
    TimelineModel *m_timeline;
    QString m_factor;
    bool m_readOnly = false;
};

} // namespace Inflection
