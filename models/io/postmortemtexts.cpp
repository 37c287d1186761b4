// A postmortem's free-text fields from the store.
#include "postmortemtexts.h"

#include "../domain/checklistquestion.h"
#include "../store/checklistrepository.h"
#include "../store/incidentrepository.h"
#include "../store/lintdismissalrepository.h"
#include "../store/remediationrepository.h"
#include "../store/timelinerepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace { } // namespace

QString PostmortemTexts::summaryKey()
{
    return u"incident.summary"_s;
}

QString PostmortemTexts::impactKey()
{
    return u"incident.impact"_s;
}

QString PostmortemTexts::timelineKey(const QString &eventUuid, bool reasoning)
{
    return u"timeline_event:"_s + eventUuid + (reasoning ? u".reasoning"_s : u".text"_s);
}

QString PostmortemTexts::discussionKey(const QString &questionKey)
{
    return u"discussion:"_s + questionKey + u".notes"_s;
}

QString PostmortemTexts::remediationKey(const QString &itemUuid)
{
    return u"remediation:"_s + itemUuid + u".text"_s;
}

QString PostmortemTexts::parkingLotKey(const QString &ideaUuid)
{
    return u"parking_lot:"_s + ideaUuid + u".text"_s;
}

QList<FieldText> PostmortemTexts::read(Workspace *workspace, qint64 reviewId, QString *error)
{
    QString problem;
    const IncidentFacts facts = IncidentRepository(workspace).forReview(reviewId, &problem);
    QList<FieldText> texts {
        {summaryKey(), QCoreApplication::translate("Inflection::PostmortemTexts", "Summary"), facts.summary},
        {impactKey(), QCoreApplication::translate("Inflection::PostmortemTexts", "Impact"), facts.impact},
    };
    const QList<TimelineEvent> events = TimelineRepository(workspace).forReview(reviewId, &problem);
    for (const TimelineEvent &e : events)
        texts.append({timelineKey(e.uuid, false),
            QCoreApplication::translate("Inflection::PostmortemTexts", "Timeline"), e.text});
    for (const TimelineEvent &e : events) {
        if (!e.reasoning.isEmpty())
            texts.append({timelineKey(e.uuid, true),
                QCoreApplication::translate("Inflection::PostmortemTexts", "Decision, why it made sense"),
                e.reasoning});
    }
    QHash<QString, QString> notes;
    for (const ChecklistAnswer &a : ChecklistRepository(workspace).answers(reviewId, &problem))
        notes.insert(a.key, a.notes);
    for (const ChecklistQuestion &q : postmortemDiscussionQuestions())
        texts.append({discussionKey(q.key),
            QCoreApplication::translate("Inflection::PostmortemTexts", "Discussion"), notes.value(q.key)});
    for (const RemediationItem &item : RemediationRepository(workspace).forReview(reviewId, &problem))
        texts.append({remediationKey(item.uuid),
            QCoreApplication::translate("Inflection::PostmortemTexts", "Remediation"), item.text});
    for (const ParkedIdea &idea : ParkingLotRepository(workspace).forReview(reviewId, &problem))
        texts.append({parkingLotKey(idea.uuid),
            QCoreApplication::translate("Inflection::PostmortemTexts", "Parking lot"), idea.text});
    if (error)
        *error = problem;
    return texts;
}

QList<FieldFinding> PostmortemTexts::openFindings(Workspace *workspace, qint64 reviewId, QString *error)
{
    QSet<QString> dismissed;
    for (const LintDismissal &d : LintDismissalRepository(workspace).forReview(reviewId, error))
        dismissed.insert(d.key());
    return ReviewFindings::open(read(workspace, reviewId, error), dismissed);
}

} // namespace Inflection
