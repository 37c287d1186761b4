// The coach's explanations, translated like every other text of the interface.
#include "coachcategory.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

struct CategoryTexts
{
    const char *key;
    const char *explanation;
    const char *suggestion;
};

constexpr CategoryTexts categories[] = {
    {"human-error",
        QT_TRANSLATE_NOOP("Inflection::BlamelessCoach",
            "Human error points at individuals; in complex systems, behaviour is driven by the system's "
            "goals "
            "and structure."),
        QT_TRANSLATE_NOOP("Inflection::BlamelessCoach",
            "Describe what the person knew and saw at the time, and how the system let this happen.")},
    {"root-cause",
        QT_TRANSLATE_NOOP("Inflection::BlamelessCoach",
            "A root cause gives a simplistic, linear account and ignores the complexity we want to learn "
            "from."),
        QT_TRANSLATE_NOOP(
            "Inflection::BlamelessCoach", "Name the contributing factors and how they combined.")},
    {"counterfactual",
        QT_TRANSLATE_NOOP("Inflection::BlamelessCoach",
            "A counterfactual describes what did not happen; it judges instead of explaining."),
        QT_TRANSLATE_NOOP(
            "Inflection::BlamelessCoach", "Describe what did happen and why it made sense at the time.")},
    {"hindsight",
        QT_TRANSLATE_NOOP("Inflection::BlamelessCoach",
            "Hindsight makes the event look predictable when there was little basis for predicting it."),
        QT_TRANSLATE_NOOP("Inflection::BlamelessCoach", "Say what was known at the time, and what was not.")},
    {"why-who",
        QT_TRANSLATE_NOOP("Inflection::BlamelessCoach",
            "Asking why of a person leads to who is responsible; asking how leads to what happened."),
        QT_TRANSLATE_NOOP(
            "Inflection::BlamelessCoach", "Ask how: \"How did it make sense at the time to …?\"")},
};

const CategoryTexts *find(const QString &category)
{
    for (const CategoryTexts &c : categories) {
        if (category == QLatin1StringView(c.key))
            return &c;
    }
    return nullptr;
}

} // namespace

QString coachExplanation(const QString &category)
{
    const CategoryTexts *c = find(category);
    return c ? QCoreApplication::translate("Inflection::BlamelessCoach", c->explanation) : QString();
}

QString coachSuggestion(const QString &category)
{
    const CategoryTexts *c = find(category);
    return c ? QCoreApplication::translate("Inflection::BlamelessCoach", c->suggestion) : QString();
}

} // namespace Inflection
