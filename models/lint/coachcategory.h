// What the blameless coach says about each kind of phrase it points out, in the interface's language
// (the phrases themselves are found in the text's own language, from resources/lint/).
#pragma once

#include <QString>

namespace Inflection {

// For a category of the rules ("human-error", "root-cause", "counterfactual", "hindsight", "why-who"):
// why the phrase gets in the way of learning, and what to write instead. Empty for an unknown one.
QString coachExplanation(const QString &category);
QString coachSuggestion(const QString &category);

} // namespace Inflection
