// Contributing factors' fields and the default taxonomy.
#include "contributingfactor.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<ContributingFactorField> &contributingFactorFields()
{
    static const KeyTable<ContributingFactorField> table("Inflection::ContributingFactorField",
        {
            {ContributingFactorField::Text, "text",
                QT_TRANSLATE_NOOP("Inflection::ContributingFactorField", "factor")},
            {ContributingFactorField::Category, "category",
                QT_TRANSLATE_NOOP("Inflection::ContributingFactorField", "category")},
            {ContributingFactorField::Events, "events",
                QT_TRANSLATE_NOOP("Inflection::ContributingFactorField", "timeline events")},
        });
    return table;
}

QList<FactorCategory> defaultFactorCategories()
{
    const auto name = [](const char *text) {
        return QCoreApplication::translate("Inflection::FactorCategory", text);
    };
    return {
        {u"monitoring"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Monitoring and detection"))},
        {u"capacity"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Capacity"))},
        {u"change"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Change and deployment"))},
        {u"dependency"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Dependency"))},
        {u"configuration"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Configuration"))},
        {u"knowledge"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Knowledge and expertise"))},
        {u"communication"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Communication"))},
        {u"tooling"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Tooling"))},
        {u"process"_s, name(QT_TRANSLATE_NOOP("Inflection::FactorCategory", "Process"))},
    };
}

QString factorCategoryName(const QList<FactorCategory> &categories, const QString &key)
{
    for (const FactorCategory &c : categories) {
        if (c.key == key)
            return c.name;
    }
    return key;
}

QString newFactorCategoryKey(const QString &name, const QStringList &taken)
{
    QString base;
    bool letters = false;
    // Decomposed, an accented letter is its ASCII letter and a mark that is dropped ("É" -> "e").
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        const bool letter = c >= u'a' && c <= u'z';
        letters = letters || letter;
        if (letter || (c >= u'0' && c <= u'9'))
            base += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    if (!letters) {
        for (int n = 1;; ++n) {
            const QString key = u"category-%1"_s.arg(n);
            if (!taken.contains(key))
                return key;
        }
    }
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = u"%1-%2"_s.arg(base).arg(n);
    return key;
}

QVariant ContributingFactor::field(ContributingFactorField f) const
{
    switch (f) {
    case ContributingFactorField::Text:
        return text;
    case ContributingFactorField::Category:
        return category;
    case ContributingFactorField::Events:
        return events;
    }
    return {};
}

bool ContributingFactor::setField(ContributingFactorField f, const QVariant &value)
{
    switch (f) {
    case ContributingFactorField::Text:
        text = value.toString();
        return true;
    case ContributingFactorField::Category:
        category = value.toString().trimmed();
        return true;
    case ContributingFactorField::Events: {
        QStringList uuids = value.typeId() == QMetaType::QStringList
            ? value.toStringList()
            : value.toString().split(u' ', Qt::SkipEmptyParts);
        uuids.removeAll(QString());
        uuids.removeDuplicates();
        events = uuids;
        return true;
    }
    }
    return false;
}

bool ContributingFactor::operator==(const ContributingFactor &o) const
{
    return sameReviewPart(o) && text == o.text && category == o.category && events == o.events
        && position == o.position;
}

QList<int> factorEventPlaces(const ContributingFactor &factor, const QList<TimelineEvent> &timeline)
{
    QHash<QString, int> places;
    for (qsizetype i = 0; i < timeline.size(); ++i)
        places.insert(timeline.at(i).uuid, int(i + 1));
    QList<int> found;
    for (const QString &uuid : factor.events) {
        if (const int place = places.value(uuid); place > 0)
            found.append(place);
    }
    std::sort(found.begin(), found.end());
    return found;
}

QString eventPlacesText(QList<int> places)
{
    if (places.isEmpty())
        return {};
    std::sort(places.begin(), places.end());
    QStringList numbers;
    for (const int place : std::as_const(places))
        numbers.append(QString::number(place));
    return (places.size() == 1 ? QCoreApplication::translate("Inflection::ContributingFactor", "Event %1")
                               : QCoreApplication::translate("Inflection::ContributingFactor", "Events %1"))
        .arg(numbers.join(u", "_s));
}

} // namespace Inflection
