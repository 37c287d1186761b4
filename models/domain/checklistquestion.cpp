// Checklist answers and the question templates from the talk.
#include "checklistquestion.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<ChecklistAnswerValue> &checklistAnswers()
{
    static const KeyTable<ChecklistAnswerValue> table("Inflection::ChecklistAnswer",
        {
            {ChecklistAnswerValue::Open, "open", QT_TRANSLATE_NOOP("Inflection::ChecklistAnswer", "Open")},
            {ChecklistAnswerValue::Yes, "yes", QT_TRANSLATE_NOOP("Inflection::ChecklistAnswer", "Yes")},
            {ChecklistAnswerValue::No, "no", QT_TRANSLATE_NOOP("Inflection::ChecklistAnswer", "No")},
            {ChecklistAnswerValue::NotApplicable, "n/a",
                QT_TRANSLATE_NOOP("Inflection::ChecklistAnswer", "N/A")},
        });
    return table;
}

QList<ChecklistQuestion> operabilityReadinessQuestions()
{
    struct Template
    {
        const char *key;
        const char *text;
        const char *parent;
    };
    // From the talk ("Some Questions"), its grammar slips mended.
    static const Template templates[] = {
        {"tested-enough",
            QT_TRANSLATE_NOOP(
                "Inflection::Readiness", "Has the feature been tested enough to deploy to production?"),
            ""},
        {"go-live-known",
            QT_TRANSLATE_NOOP("Inflection::Readiness",
                "Does everyone know when it will go live, and who will push the feature?"),
            ""},
        {"communication-ready",
            QT_TRANSLATE_NOOP("Inflection::Readiness",
                "Is there communication about the feature ready to go out with the feature?"),
            ""},
        {"gradual-rollout",
            QT_TRANSLATE_NOOP("Inflection::Readiness",
                "Is it possible to turn up this feature on a percentage basis, dark launch, or gameday it?"),
            ""},
        {"new-infrastructure",
            QT_TRANSLATE_NOOP(
                "Inflection::Readiness", "Does the launch involve any new production infrastructure?"),
            ""},
        {"new-infrastructure-monitoring",
            QT_TRANSLATE_NOOP(
                "Inflection::Readiness", "If so, are those pieces in monitoring or metrics collection?"),
            "new-infrastructure"},
        {"new-infrastructure-pipeline",
            QT_TRANSLATE_NOOP("Inflection::Readiness", "If so, is there a deployment pipeline in place?"),
            "new-infrastructure"},
        {"new-infrastructure-dev-environment",
            QT_TRANSLATE_NOOP("Inflection::Readiness",
                "If so, is there a development environment set up to make it work in dev?"),
            "new-infrastructure"},
        {"new-infrastructure-ci",
            QT_TRANSLATE_NOOP(
                "Inflection::Readiness", "If so, are there tests that can be and are run on CI?"),
            "new-infrastructure"},
    };
    QList<ChecklistQuestion> questions;
    for (const Template &t : templates) {
        questions.append({QString::fromLatin1(t.key),
            QCoreApplication::translate("Inflection::Readiness", t.text), QString::fromLatin1(t.parent)});
    }
    return questions;
}

QString whyItMadeSenseQuestion()
{
    return QCoreApplication::translate("Inflection::Discussion",
        "Think back to what you knew at the time, why did that action make sense "
        "to you at the time?");
}

QList<ChecklistQuestion> postmortemDiscussionQuestions()
{
    // From the talk ("Discussion"), its grammar slips mended, after the per-decision question.
    static const std::pair<const char *, const char *> templates[] = {
        {"cleanup",
            QT_TRANSLATE_NOOP("Inflection::Discussion",
                "Did we clean up anything after we were stable, how long did it take?")},
        {"troubleshooting-fatigue",
            QT_TRANSLATE_NOOP("Inflection::Discussion", "Was there any troubleshooting fatigue?")},
        {"communication",
            QT_TRANSLATE_NOOP("Inflection::Discussion",
                "Did we do a good job with communication (site status, support, forums, etc.)?")},
        {"tools",
            QT_TRANSLATE_NOOP("Inflection::Discussion",
                "Were all tools on hand and working, ready to use when we needed them during the "
                "issue? Were there tools we would have liked to have?")},
        {"metrics-visibility",
            QT_TRANSLATE_NOOP(
                "Inflection::Discussion", "Did we have enough metrics visibility to diagnose the issue?")},
        {"collaborative-communication",
            QT_TRANSLATE_NOOP("Inflection::Discussion",
                "Was there collaborative and thoughtful communication during the issue?")},
    };
    QList<ChecklistQuestion> questions;
    for (const auto &[key, text] : templates)
        questions.append(
            {QString::fromLatin1(key), QCoreApplication::translate("Inflection::Discussion", text), {}});
    return questions;
}

QList<ChecklistQuestion> architectureGeneralQuestions()
{
    // From the talk ("Some General Questions"), its grammar slips mended.
    static const std::pair<const char *, const char *> templates[] = {
        {"departure-costs",
            QT_TRANSLATE_NOOP(
                "Inflection::GeneralQuestions", "Do we understand the costs of this departure?")},
        {"trade-offs",
            QT_TRANSLATE_NOOP(
                "Inflection::GeneralQuestions", "Have we asked hard questions about trade-offs?")},
        {"prohibits",
            QT_TRANSLATE_NOOP(
                "Inflection::GeneralQuestions", "What will this prohibit us from doing in the future?")},
        {"operability",
            QT_TRANSLATE_NOOP("Inflection::GeneralQuestions",
                "Are we impacting visibility, measurability, debuggability and other operability concerns?")},
        {"product-quality",
            QT_TRANSLATE_NOOP("Inflection::GeneralQuestions",
                "Are we impacting testability, security, translatability, performance and other product "
                "quality concerns?")},
        {"makes-sense", QT_TRANSLATE_NOOP("Inflection::GeneralQuestions", "Does it make sense?")},
    };
    QList<ChecklistQuestion> questions;
    for (const auto &[key, text] : templates)
        questions.append({QString::fromLatin1(key),
            QCoreApplication::translate("Inflection::GeneralQuestions", text), {}});
    return questions;
}

} // namespace Inflection
