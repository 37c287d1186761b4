<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Inflection::AttendeeModel</name>
    <message numerus="yes">
        <source>Remove %n attendees</source>
        <translation>
            <numerusform>Remove %n attendee</numerusform>
            <numerusform>Remove %n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::CommandLine</name>
    <message numerus="yes">
        <source>“%1” is the start of %n reviews&apos; uuids; give more of it</source>
        <translation>
            <numerusform>“%1” is the start of %n review&apos;s uuid; give more of it</numerusform>
            <numerusform>“%1” is the start of %n reviews&apos; uuids; give more of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: healthy; schema version %2, journal mode %3, %4 file system, %n review(s)</source>
        <translation>
            <numerusform>%1: healthy; schema version %2, journal mode %3, %4 file system, %n review</numerusform>
            <numerusform>%1: healthy; schema version %2, journal mode %3, %4 file system, %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 review(s) copied to %2.</source>
        <translation>
            <numerusform>%n of %1 reviews copied to %2.</numerusform>
            <numerusform>%n of %1 reviews copied to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2, 90th percentile %3 (%n incidents)</source>
        <translation>
            <numerusform>%1: median %2, 90th percentile %3 (%n incident)</numerusform>
            <numerusform>%1: median %2, 90th percentile %3 (%n incidents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postmortems</source>
        <translation>
            <numerusform>%n postmortem</numerusform>
            <numerusform>%n postmortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %1, overdue %2, oldest %n days</source>
        <translation>
            <numerusform>open %1, overdue %2, oldest %n day</numerusform>
            <numerusform>open %1, overdue %2, oldest %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items done</source>
        <translation>
            <numerusform>%1 of %n item done</numerusform>
            <numerusform>%1 of %n items done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents (%1 on its system since, %2 linked)</source>
        <translation>
            <numerusform>%n incident (%1 on its system since, %2 linked)</numerusform>
            <numerusform>%n incidents (%1 on its system since, %2 linked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), </source>
        <translation>
            <numerusform>%n record, </numerusform>
            <numerusform>%n records, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n file written</numerusform>
            <numerusform>%n files written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added, </source>
        <translation>
            <numerusform>%n review added, </numerusform>
            <numerusform>%n reviews added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) copied to %1; %2 already there as they are; %3 changed later there.</source>
        <translation>
            <numerusform>%n review copied to %1; %2 already there as they are; %3 changed later there.</numerusform>
            <numerusform>%n reviews copied to %1; %2 already there as they are; %3 changed later there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) and %1 known technologies copied.</source>
        <translation>
            <numerusform>%n setting and %1 known technologies copied.</numerusform>
            <numerusform>%n settings and %1 known technologies copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::CommentPanel</name>
    <message numerus="yes">
        <source>%n reply(s), last: %1</source>
        <translation>
            <numerusform>%n reply, last: %1</numerusform>
            <numerusform>%n replies, last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::ContingencyModel</name>
    <message numerus="yes">
        <source>Add %n contingencies</source>
        <translation>
            <numerusform>Add %n contingency</numerusform>
            <numerusform>Add %n contingencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contingencies</source>
        <translation>
            <numerusform>Delete %n contingency</numerusform>
            <numerusform>Delete %n contingencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::ContributingFactorModel</name>
    <message numerus="yes">
        <source>Delete %n contributing factors</source>
        <translation>
            <numerusform>Delete %n contributing factor</numerusform>
            <numerusform>Delete %n contributing factors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordImportDialog</name>
    <message numerus="yes">
        <source>%n review(s) to add</source>
        <extracomment>The preview&apos;s summary: &quot;3 reviews to add, 2 to update, 1 file not readable&quot;.</extracomment>
        <translation>
            <numerusform>%n review to add</numerusform>
            <numerusform>%n reviews to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not readable</source>
        <translation>
            <numerusform>%n file not readable</numerusform>
            <numerusform>%n files not readable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supersede link(s)</source>
        <translation>
            <numerusform>%n supersede link</numerusform>
            <numerusform>%n supersede links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::DepartureModel</name>
    <message numerus="yes">
        <source>Delete %n departures</source>
        <translation>
            <numerusform>Delete %n departure</numerusform>
            <numerusform>Delete %n departures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::HeatmapWidget</name>
    <message numerus="yes">
        <source>Likelihood %1 (%2), impact %3 (%4): %5 risk, %n item(s)</source>
        <translation>
            <numerusform>Likelihood %1 (%2), impact %3 (%4): %5 risk, %n item</numerusform>
            <numerusform>Likelihood %1 (%2), impact %3 (%4): %5 risk, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; its items were %n incident(s)</source>
        <extracomment>After a heatmap cell&apos;s description: how many incidents its items were.</extracomment>
        <translation>
            <numerusform>%1; its items were %n incident</numerusform>
            <numerusform>%1; its items were %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::ImportEventsCommand</name>
    <message numerus="yes">
        <source>%n imported events were changed after the import and were kept.</source>
        <translation>
            <numerusform>%n imported event was changed after the import and was kept.</numerusform>
            <numerusform>%n imported events were changed after the import and were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentLinkModel</name>
    <message numerus="yes">
        <source>Remove %n links</source>
        <translation>
            <numerusform>Remove %n link</numerusform>
            <numerusform>Remove %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::InsightsPage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::LearningReport</name>
    <message numerus="yes">
        <source>Incidents a month, stacked by severity: %n in all</source>
        <translation>
            <numerusform>Incidents a month, stacked by severity: %n in all</numerusform>
            <numerusform>Incidents a month, stacked by severity: %n in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each incident once, by what its postmortem records; the shares are of all %n incidents counted.</source>
        <translation>
            <numerusform>Each incident once, by what its postmortem records; the share is of the %n incident counted.</numerusform>
            <numerusform>Each incident once, by what its postmortem records; the shares are of all %n incidents counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::MainWindow</name>
    <message numerus="yes">
        <source>Decision records imported: %n review(s) added</source>
        <extracomment>After File ▸ Import ▸ Decision Records…</extracomment>
        <translation>
            <numerusform>Decision records imported: %n review added</numerusform>
            <numerusform>Decision records imported: %n reviews added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unchanged.</numerusform>
            <numerusform>%n unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out.</source>
        <extracomment>After the import&apos;s summary; the files are named in the import dialog&apos;s preview.</extracomment>
        <translation>
            <numerusform>%n file could not be read and was left out.</numerusform>
            <numerusform>%n files could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::OperabilityView</name>
    <message numerus="yes">
        <source>%n contingencies. Click a heatmap cell to show only its items.</source>
        <translation>
            <numerusform>%n contingency. Click a heatmap cell to show only its items.</numerusform>
            <numerusform>%n contingencies. Click a heatmap cell to show only its items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemView</name>
    <message numerus="yes">
        <source>%n item(s) past their due date. Tasks should not linger.</source>
        <translation>
            <numerusform>%n item past its due date. Tasks should not linger.</numerusform>
            <numerusform>%n items past their due date. Tasks should not linger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), in order of time.</source>
        <translation>
            <numerusform>%n event, in order of time.</numerusform>
            <numerusform>%n events, in order of time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) earlier than the event above them, in bold. Is this the order in which events took place? “Sort by time” puts them in order.</source>
        <translation>
            <numerusform>%n event earlier than the event above it, in bold. Is this the order in which events took place? “Sort by time” puts them in order.</numerusform>
            <numerusform>%n events earlier than the event above them, in bold. Is this the order in which events took place? “Sort by time” puts them in order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n contributing factor(s) are filed under “%1”. They keep that category, shown by its key “%2”, until someone gives them another one.</source>
        <translation>
            <numerusform>%n contributing factor is filed under “%1”. It keeps that category, shown by its key “%2”, until someone gives it another one.</numerusform>
            <numerusform>%n contributing factors are filed under “%1”. They keep that category, shown by its key “%2”, until someone gives them another one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” adds %n technologies</source>
        <translation>
            <numerusform>“%1” adds %n technology</numerusform>
            <numerusform>“%1” adds %n technologies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It changes %n known technologies</source>
        <translation>
            <numerusform>It changes %n known technology</numerusform>
            <numerusform>It changes %n known technologies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read and are left out:</source>
        <translation>
            <numerusform>%n row could not be read and is left out:</numerusform>
            <numerusform>%n rows could not be read and are left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::PresentationWindow</name>
    <message numerus="yes">
        <source>Parking lot (%n more above)</source>
        <translation>
            <numerusform>Parking lot (%n more above)</numerusform>
            <numerusform>Parking lot (%n more above)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::ReconnectBanner</name>
    <message numerus="yes">
        <source>Trying again in %n second(s): %1</source>
        <translation>
            <numerusform>Trying again in %n second: %1</numerusform>
            <numerusform>Trying again in %n seconds: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationModel</name>
    <message numerus="yes">
        <source>Delete %n remediation items</source>
        <translation>
            <numerusform>Delete %n remediation item</numerusform>
            <numerusform>Delete %n remediation items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewListModel</name>
    <message numerus="yes">
        <source>%n remediation item(s) overdue: tasks should not linger</source>
        <translation>
            <numerusform>%n remediation item overdue: tasks should not linger</numerusform>
            <numerusform>%n remediation items overdue: tasks should not linger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::TextChange</name>
    <message numerus="yes">
        <source>%n lines now</source>
        <translation>
            <numerusform>%n line now</numerusform>
            <numerusform>%n lines now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines added after line %1; %2</source>
        <translation>
            <numerusform>%n line added after line %1; %2</numerusform>
            <numerusform>%n lines added after line %1; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines removed from line %1; %2</source>
        <translation>
            <numerusform>%n line removed from line %1; %2</numerusform>
            <numerusform>%n lines removed from line %1; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rewritten as %n lines; %2</source>
        <translation>
            <numerusform>%1 rewritten as %n line; %2</numerusform>
            <numerusform>%1 rewritten as %n lines; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineImportDialog</name>
    <message numerus="yes">
        <source>#%1 (%n days)</source>
        <translation>
            <numerusform>#%1 (%n day)</numerusform>
            <numerusform>#%1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The zip holds %n channels: choose the one to import from.</source>
        <translation>
            <numerusform>The zip holds %n channel: choose the one to import from.</numerusform>
            <numerusform>The zip holds %n channels: choose the one to import from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them with no date: the log has no “Log opened” or “Day changed” line and its file name no date</source>
        <translation>
            <numerusform>%n of them with no date: the log has no “Log opened” or “Day changed” line and its file name no date</numerusform>
            <numerusform>%n of them with no date: the log has no “Log opened” or “Day changed” line and its file name no date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineModel</name>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::Workspace</name>
    <message numerus="yes">
        <source> (and %n more difference(s): see “inflection check”)</source>
        <translation>
            <numerusform> (and %n more difference: see “inflection check”)</numerusform>
            <numerusform> (and %n more differences: see “inflection check”)</numerusform>
        </translation>
    </message>
</context>
</TS>
