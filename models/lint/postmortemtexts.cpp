// A postmortem's free-text fields.
#include "postmortemtexts.h"

#include "../domain/checklistquestion.h"
#include "../domain/datetimeformat.h"
#include "../domain/timestamp.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

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

QString PostmortemTexts::factorKey(const QString &factorUuid)
{
    return u"contributing_factor:"_s + factorUuid + u".text"_s;
}

QString PostmortemTexts::wentWellKey()
{
    return u"incident.went_well"_s;
}

QString PostmortemTexts::luckyKey()
{
    return u"incident.lucky"_s;
}

QString PostmortemTexts::parkingLotKey(const QString &ideaUuid)
{
    return u"parking_lot:"_s + ideaUuid + u".text"_s;
}

QString PostmortemTexts::timelineLabel(
    const TimelineEvent &event, int position, bool reasoning, const QTimeZone &zone)
{
    const QString when = event.occurredAt.isValid()
        ? DateTimeFormat::time(wallClockIn(event.occurredAt, zone).time(), DateTimeFormat::Precision::Seconds)
        : QString();
    if (reasoning) {
        return when.isEmpty()
            ? QCoreApplication::translate("Inflection::PostmortemTexts", "Decision %1, why it made sense")
                  .arg(position)
            : QCoreApplication::translate(
                "Inflection::PostmortemTexts", "Decision %1 at %2, why it made sense")
                  .arg(position)
                  .arg(when);
    }
    // The event's place in the timeline, then what it has of a time and an actor.
    QStringList known;
    for (const QString &part : {when, event.actor.simplified()}) {
        if (!part.isEmpty())
            known.append(part);
    }
    return known.isEmpty()
        ? QCoreApplication::translate("Inflection::PostmortemTexts", "Timeline, event %1").arg(position)
        : QCoreApplication::translate("Inflection::PostmortemTexts", "Timeline, event %1: %2")
              .arg(position)
              .arg(known.join(u' '));
}

QString PostmortemTexts::discussionLabel(const QString &questionText)
{
    return QCoreApplication::translate("Inflection::PostmortemTexts", "Discussion: %1").arg(questionText);
}

QStringList PostmortemTexts::people(const ReviewTree &tree)
{
    QStringList names;
    for (const Attendee &a : tree.attendees)
        names.append(a.name.simplified());
    for (const TimelineEvent &e : tree.timeline) {
        if (e.kind != TimelineKind::Alert)
            names.append(e.actor.simplified());
    }
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

QStringList PostmortemTexts::systems(const ReviewTree &tree)
{
    QStringList names {tree.review.system.simplified()};
    for (const TimelineEvent &e : tree.timeline) {
        if (e.kind == TimelineKind::Alert)
            names.append(e.actor.simplified());
    }
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

QList<FieldText> PostmortemTexts::of(const ReviewTree &tree, const QTimeZone &zone)
{
    const IncidentFacts facts = tree.incident.value_or(IncidentFacts());
    QList<FieldText> texts {
        {summaryKey(), QCoreApplication::translate("Inflection::PostmortemTexts", "Summary"), facts.summary},
        {impactKey(), QCoreApplication::translate("Inflection::PostmortemTexts", "Impact"), facts.impact},
    };
    for (qsizetype i = 0; i < tree.timeline.size(); ++i) {
        const TimelineEvent &e = tree.timeline.at(i);
        texts.append({timelineKey(e.uuid, false), timelineLabel(e, int(i + 1), false, zone), e.text});
    }
    for (qsizetype i = 0; i < tree.timeline.size(); ++i) {
        const TimelineEvent &e = tree.timeline.at(i);
        if (!e.reasoning.isEmpty() || e.kind == TimelineKind::Decision)
            texts.append({timelineKey(e.uuid, true), timelineLabel(e, int(i + 1), true, zone), e.reasoning});
    }
    QHash<QString, QString> notes;
    for (const ChecklistAnswer &a : tree.checklist)
        notes.insert(a.key, a.notes);
    for (const ChecklistQuestion &q : postmortemDiscussionQuestions())
        texts.append({discussionKey(q.key), discussionLabel(q.text), notes.value(q.key)});
    for (const RemediationItem &item : tree.remediation)
        texts.append({remediationKey(item.uuid),
            QCoreApplication::translate("Inflection::PostmortemTexts", "Remediation"), item.text});
    for (const ContributingFactor &factor : tree.contributingFactors)
        texts.append({factorKey(factor.uuid),
            QCoreApplication::translate("Inflection::PostmortemTexts", "Contributing factor"), factor.text});
    texts.append({wentWellKey(), QCoreApplication::translate("Inflection::PostmortemTexts", "What went well"),
        facts.wentWell});
    texts.append({luckyKey(),
        QCoreApplication::translate("Inflection::PostmortemTexts", "Where we got lucky"), facts.lucky});
    for (const ParkedIdea &idea : tree.parkingLot)
        texts.append({parkingLotKey(idea.uuid),
            QCoreApplication::translate("Inflection::PostmortemTexts", "Parking lot"), idea.text});
    const QStringList names = people(tree);
    const QStringList systemNames = systems(tree);
    for (FieldText &text : texts) {
        text.people = names;
        text.systems = systemNames;
    }
    return texts;
}

QList<FieldFinding> PostmortemTexts::openFindings(const ReviewTree &tree, const QTimeZone &zone)
{
    QSet<QString> dismissed;
    for (const LintDismissal &d : tree.lintDismissals)
        dismissed.insert(d.key());
    return ReviewFindings::open(of(tree, zone), dismissed);
}

} // namespace Inflection
