// A contributing factor of an incident: a condition that helped it happen or made it worse ("failure
// and success come from the same source"), in a category of the workspace's taxonomy, linked to the
// timeline events it shows in.
#pragma once

#include "keytable.h"
#include "storedrecord.h"
#include "timelineevent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Inflection {

enum class ContributingFactorField {
    Text,
    Category,
    Events,
};

// Keys: the column names.
const KeyTable<ContributingFactorField> &contributingFactorFields();

// A category of the workspace's taxonomy of contributing factors.
struct FactorCategory
{
    QString key; // as stored; never shown
    QString name;

    bool operator==(const FactorCategory &other) const { return key == other.key && name == other.name; }
    bool operator!=(const FactorCategory &other) const { return !(*this == other); }
};

// The default taxonomy, in the interface's language (a workspace can have its own).
QList<FactorCategory> defaultFactorCategories();
// The name of key among categories; key itself when none has it (a category since removed).
QString factorCategoryName(const QList<FactorCategory> &categories, const QString &key);
// The key a new category named name gets: its lowercase ASCII letters and digits, other characters
// making one dash ("Alerting noise" -> "alerting-noise"; accents dropped), "category-N" for a name
// without ASCII letters; a number appended when another category has it already (taken).
QString newFactorCategoryKey(const QString &name, const QStringList &taken);

struct ContributingFactor : ReviewPart
{
    using Field = ContributingFactorField;

    QString text;
    QString category; // a key of the taxonomy; empty when not chosen
    QStringList events; // uuids of timeline events, in the order they were linked
    QString position;

    // Events: a QStringList of uuids (a space-separated string is taken too).
    QVariant field(ContributingFactorField field) const;
    bool setField(ContributingFactorField field, const QVariant &value);
    bool operator==(const ContributingFactor &other) const;
    bool operator!=(const ContributingFactor &other) const { return !(*this == other); }
};

// The places (1 for the first) in timeline of the events factor shows in, in timeline order; a link to
// an event not in it (deleted, or of another review) is left out.
QList<int> factorEventPlaces(const ContributingFactor &factor, const QList<TimelineEvent> &timeline);
// Events by their places in the timeline, for people: "Event 4", "Events 2, 5"; empty when none.
QString eventPlacesText(QList<int> places);

} // namespace Inflection
