// Question templates of the review checklists, keyed by a stable key; the texts are translatable.
#pragma once

#include "keytable.h"

#include <QList>
#include <QString>

namespace Inflection {

enum class ChecklistAnswerValue {
    Open,
    Yes,
    No,
    NotApplicable,
};

// Keys: "open", "yes", "no", "n/a".
const KeyTable<ChecklistAnswerValue> &checklistAnswers();

struct ChecklistQuestion
{
    QString key;
    QString text; // translated
    QString parentKey; // a follow-up: shown only when the parent is answered yes
};

// The operability review's readiness questions, in the talk's words and order.
QList<ChecklistQuestion> operabilityReadinessQuestions();
// The postmortem's discussion questions, in the talk's words and order. The first one is asked of
// each decision on the timeline; its answers are kept with those events.
QList<ChecklistQuestion> postmortemDiscussionQuestions();
// The general questions an architecture review asks of every proposal.
QList<ChecklistQuestion> architectureGeneralQuestions();
QString whyItMadeSenseQuestion();

} // namespace Inflection
