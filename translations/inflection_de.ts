<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Inflection::ArchitectureDocument</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>Inflection::ArchitectureReport</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Outcome of the meeting</source>
        <translation>Ergebnis des Treffens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Agreements on tricky components</source>
        <translation>Vereinbarungen zu heiklen Komponenten</translation>
    </message>
    <message>
        <source>Learnings and questions</source>
        <translation>Erkenntnisse und Fragen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Allgemeine Fragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Technology or pattern</source>
        <translation>Technologie oder Muster</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>What it prohibits later</source>
        <translation>Was sie später ausschließt</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>No departures from known technology.</source>
        <translation>Keine Abweichungen von bekannter Technologie.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No questions were collected.</source>
        <translation>Es wurden keine Fragen gesammelt.</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Zitierter Text</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>Open comment threads</source>
        <translation>Offene Kommentar-Threads</translation>
    </message>
    <message>
        <source>Open: %1 · resolved: %2 (listed in the appendix)</source>
        <translation>Offen: %1 · erledigt: %2 (im Anhang aufgeführt)</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>Der Vorschlag</translation>
    </message>
    <message>
        <source>Appendix: resolved comment threads</source>
        <translation>Anhang: erledigte Kommentar-Threads</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>new technology</source>
        <translation>neue Technologie</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>auf Hold</translation>
    </message>
</context>
<context>
    <name>Inflection::ArchitectureView</name>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Departures</source>
        <translation>A&amp;bweichungen</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Proposal preview</source>
        <translation>Vorschau des Vorschlags</translation>
    </message>
    <message>
        <source>Add &amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <source>Comment on the selected text (Ctrl+Alt+M)</source>
        <translation>Den markierten Text kommentieren (Strg+Alt+M)</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Er&amp;ledigen</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Delete Thread</source>
        <translation>Thread löschen</translation>
    </message>
    <message>
        <source>Show Resolved</source>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vor&amp;schau</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>&amp;Add departure</source>
        <translation>Abweichung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Mark as &amp;Known Technology</source>
        <translation>Als &amp;bekannte Technologie markieren</translation>
    </message>
    <message>
        <source>Add this technology to the workspace's well-known tools</source>
        <translation>Diese Technologie zu den bekannten Werkzeugen des Arbeitsbereichs hinzufügen</translation>
    </message>
    <message>
        <source>A departure is a new technology or pattern (a new language, database system, templating pattern…) that deviates from the known ways of operating the system. What does it cost, what are its trade-offs, what will it prohibit later?</source>
        <translation>Eine Abweichung ist eine neue Technologie oder ein neues Muster (eine neue Sprache, ein Datenbanksystem, ein Template-Muster …), das von den bekannten Arten abweicht, das System zu betreiben. Was kostet sie, welche Abwägungen bringt sie mit, was wird sie später ausschließen?</translation>
    </message>
    <message>
        <source>Questions for the meeting</source>
        <translation>Fragen für das Treffen</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>&amp;Ask a Question…</source>
        <translation>Frage &amp;stellen…</translation>
    </message>
    <message>
        <source>Ask a Question</source>
        <translation>Frage stellen</translation>
    </message>
    <message>
        <source>Your question for the meeting:</source>
        <translation>Ihre Frage für das Treffen:</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Abstimmen</translation>
    </message>
    <message>
        <source>One vote per person and question; again to take it back (Space)</source>
        <translation>Eine Stimme pro Person und Frage; erneut, um sie zurückzunehmen (Leertaste)</translation>
    </message>
    <message>
        <source>Mark &amp;Answered…</source>
        <translation>Als &amp;beantwortet markieren…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Questions collected before the meeting, most votes first. Each person has one vote a question. Answered in the meeting, a question moves to the list below.</source>
        <translation>Vor dem Treffen gesammelte Fragen, die mit den meisten Stimmen zuerst. Jede Person hat eine Stimme pro Frage. Im Treffen beantwortet, wandert eine Frage in die Liste darunter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beantwortet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Allgemeine Fragen</translation>
    </message>
    <message>
        <source>The presenter, the stakeholders and the working group.</source>
        <translation>Die vortragende Person, die Beteiligten und die Arbeitsgruppe.</translation>
    </message>
    <message>
        <source>The general questions the meeting asks of every proposal.</source>
        <translation>Die allgemeinen Fragen, die das Treffen jedem Vorschlag stellt.</translation>
    </message>
    <message>
        <source>Why this decision</source>
        <translation>Warum diese Entscheidung</translation>
    </message>
    <message>
        <source>Detailed notes of the meeting</source>
        <translation>Ausführliche Notizen des Treffens</translation>
    </message>
    <message>
        <source>What was agreed on the tricky components</source>
        <translation>Was zu den heiklen Komponenten vereinbart wurde</translation>
    </message>
    <message>
        <source>What we learned, and the questions still open</source>
        <translation>Was wir gelernt haben, und die noch offenen Fragen</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Ents&amp;cheidung:</translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>A&amp;greements:</source>
        <translation>&amp;Vereinbarungen:</translation>
    </message>
    <message>
        <source>&amp;Learnings and questions:</source>
        <translation>Erkenntnisse und &amp;Fragen:</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Kommentar zu „%1“:</translation>
    </message>
    <message>
        <source>No new technology: every departure is a known technology.</source>
        <translation>Keine neue Technologie: Jede Abweichung ist eine bekannte Technologie.</translation>
    </message>
    <message>
        <source>No new technology.</source>
        <translation>Keine neue Technologie.</translation>
    </message>
    <message>
        <source>On hold on the radar: %1.</source>
        <translation>Auf dem Radar auf Hold: %1.</translation>
    </message>
    <message>
        <source>New technology in this proposal: %1.</source>
        <translation>Neue Technologie in diesem Vorschlag: %1.</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeeField</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>Anwesenheit</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeeModel</name>
    <message>
        <source>Add attendee</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attendees</source>
        <translation>
            <numerusform>%n Teilnehmer entfernen</numerusform>
            <numerusform>%n Teilnehmer entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move attendee</source>
        <translation>Teilnehmer verschieben</translation>
    </message>
    <message>
        <source>attendee “%1”</source>
        <translation>Teilnehmer „%1“</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeeRole</name>
    <message>
        <source>Presenter</source>
        <translation>Vortragende Person</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Community/Support</source>
        <translation>Community/Support</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeesPanel</name>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>Teilnehmer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Inflection::BlamelessCoach</name>
    <message>
        <source>Human error points at individuals; in complex systems, behaviour is driven by the system's goals and structure.</source>
        <translation>„Menschliches Versagen“ zeigt auf Einzelne; in komplexen Systemen wird Verhalten von den Zielen und dem Aufbau des Systems bestimmt.</translation>
    </message>
    <message>
        <source>Describe what the person knew and saw at the time, and how the system let this happen.</source>
        <translation>Beschreiben Sie, was die Person damals wusste und sah und wie das System dies zuließ.</translation>
    </message>
    <message>
        <source>A root cause gives a simplistic, linear account and ignores the complexity we want to learn from.</source>
        <translation>Eine „Grundursache“ liefert eine vereinfachte, lineare Erklärung und übergeht die Komplexität, aus der wir lernen wollen.</translation>
    </message>
    <message>
        <source>Name the contributing factors and how they combined.</source>
        <translation>Nennen Sie die beitragenden Faktoren und wie sie zusammenwirkten.</translation>
    </message>
    <message>
        <source>A counterfactual describes what did not happen; it judges instead of explaining.</source>
        <translation>Eine kontrafaktische Aussage beschreibt, was nicht geschah; sie urteilt, statt zu erklären.</translation>
    </message>
    <message>
        <source>Describe what did happen and why it made sense at the time.</source>
        <translation>Beschreiben Sie, was tatsächlich geschah und warum es damals sinnvoll erschien.</translation>
    </message>
    <message>
        <source>Hindsight makes the event look predictable when there was little basis for predicting it.</source>
        <translation>Der Rückblick lässt das Ereignis vorhersehbar wirken, obwohl es wenig Grundlage gab, es vorherzusagen.</translation>
    </message>
    <message>
        <source>Say what was known at the time, and what was not.</source>
        <translation>Sagen Sie, was damals bekannt war und was nicht.</translation>
    </message>
    <message>
        <source>Asking why of a person leads to who is responsible; asking how leads to what happened.</source>
        <translation>Wer eine Person nach dem Warum fragt, sucht nach Schuldigen; wer nach dem Wie fragt, findet heraus, was geschah.</translation>
    </message>
    <message>
        <source>Ask how: "How did it make sense at the time to …?"</source>
        <translation>Fragen Sie nach dem Wie: „Wie kam es, dass es damals sinnvoll erschien, …?“</translation>
    </message>
</context>
<context>
    <name>Inflection::BlamelessHighlighter</name>
    <message>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <source>&amp;Dismiss “%1” Here</source>
        <translation>„%1“ hier &amp;ausblenden</translation>
    </message>
</context>
<context>
    <name>Inflection::BulkInserter</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Inflection::ChangeLog</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>overwrote</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>voted on</source>
        <translation>abgestimmt über</translation>
    </message>
    <message>
        <source>took back a vote on</source>
        <translation>Stimme zurückgenommen bei</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>Eventualfall</translation>
    </message>
    <message>
        <source>timeline event</source>
        <translation>Zeitleisten-Ereignis</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>remediation item</source>
        <translation>Behebungsmaßnahme</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>launch plan</source>
        <translation>Startplan</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>parked idea</source>
        <translation>geparkte Idee</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A changed field in a review's history: the kind of record, then its field ("contingency: impact")</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>beitragender Faktor</translation>
    </message>
    <message>
        <source>linked item</source>
        <translation>verknüpfter Eintrag</translation>
    </message>
    <message>
        <source>dismissed finding</source>
        <translation>ausgeblendeter Hinweis</translation>
    </message>
</context>
<context>
    <name>Inflection::ChecklistAnswer</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
</context>
<context>
    <name>Inflection::ChecklistField</name>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Inflection::ChecklistModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>the question “%1”</source>
        <translation>die Frage „%1“</translation>
    </message>
</context>
<context>
    <name>Inflection::CommandLine</name>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>no review's uuid starts with “%1”</source>
        <translation>keine uuid eines Reviews beginnt mit „%1“</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the start of %n reviews' uuids; give more of it</source>
        <translation>
            <numerusform>„%1“ ist der Anfang der uuids von %n Reviews; geben Sie mehr davon an</numerusform>
            <numerusform>„%1“ ist der Anfang der uuids von %n Reviews; geben Sie mehr davon an</numerusform>
        </translation>
    </message>
    <message>
        <source>demo takes one argument: the workspace file to create</source>
        <translation>demo erwartet ein Argument: die anzulegende Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>“%1” already exists; give the name of a new file</source>
        <translation>„%1“ existiert bereits; geben Sie den Namen einer neuen Datei an</translation>
    </message>
    <message>
        <source>the demo workspace could not be written: %1</source>
        <translation>der Demo-Arbeitsbereich konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>check takes one argument: the workspace file</source>
        <translation>check erwartet ein Argument: die Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>“%1” cannot be checked: %2</source>
        <translation>„%1“ kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1: healthy; schema version %2 (this version of Inflection upgrades it to %3 when it opens it for writing), journal mode %4, %5 file system</source>
        <translation>%1: in Ordnung; Schemaversion %2 (diese Version von Inflection aktualisiert es auf %3, wenn sie es zum Schreiben öffnet), Journalmodus %4, %5 Dateisystem</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk-</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokales</translation>
    </message>
    <message numerus="yes">
        <source>%1: healthy; schema version %2, journal mode %3, %4 file system, %n review(s)</source>
        <translation>
            <numerusform>%1: in Ordnung; Schemaversion %2, Journalmodus %3, %4 Dateisystem, %n Review</numerusform>
            <numerusform>%1: in Ordnung; Schemaversion %2, Journalmodus %3, %4 Dateisystem, %n Reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown option “%1”</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>list takes one argument: the workspace file</source>
        <translation>list erwartet ein Argument: die Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>export takes a workspace, a review and -o FILE</source>
        <translation>export erwartet einen Arbeitsbereich, ein Review und -o DATEI</translation>
    </message>
    <message>
        <source>“%1” was not written: %2</source>
        <translation>„%1“ wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>import takes a workspace and a file</source>
        <translation>import erwartet einen Arbeitsbereich und eine Datei</translation>
    </message>
    <message>
        <source>Import with --force to replace it.</source>
        <translation>Importieren Sie mit --force, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>import-timeline takes a workspace, a review and a file</source>
        <translation>import-timeline erwartet einen Arbeitsbereich, ein Review und eine Datei</translation>
    </message>
    <message>
        <source>--all cannot be given with --from or --to</source>
        <translation>--all kann nicht zusammen mit --from oder --to angegeben werden</translation>
    </message>
    <message>
        <source>“%1” is not a timeline format; use csv, slack or irc</source>
        <translation>„%1“ ist kein Zeitleistenformat; verwenden Sie csv, slack oder irc</translation>
    </message>
    <message>
        <source>“%1” is not a postmortem; only a postmortem has a timeline</source>
        <translation>„%1“ ist kein Postmortem; nur ein Postmortem hat eine Zeitleiste</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 2026-03-03T14:05 or 2026-03-03 14:05[:00], with an offset or in the workspace's time zone</source>
        <translation>„%1“ ist keine Zeitangabe; schreiben Sie sie als 2026-03-03T14:05 oder 2026-03-03 14:05[:00], mit Zeitversatz oder in der Zeitzone des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Events added to “%1”: %2</source>
        <translation>Zu „%1“ hinzugefügte Ereignisse: %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>dem Ende</translation>
    </message>
    <message>
        <source>Left out, outside %1 – %2 (--all takes them): %3</source>
        <translation>Ausgelassen, außerhalb von %1 – %2 (--all nimmt sie mit): %3</translation>
    </message>
    <message>
        <source>Already in the timeline: %1</source>
        <translation>Schon in der Zeitleiste: %1</translation>
    </message>
    <message>
        <source>System messages skipped (joins, leaves, topic and mode changes): %1</source>
        <translation>Übersprungene Systemmeldungen (Beitritte, Austritte, Themen- und Moduswechsel): %1</translation>
    </message>
    <message>
        <source>Lines that could not be read: %1 (%2)</source>
        <translation>Zeilen, die nicht gelesen werden konnten: %1 (%2)</translation>
    </message>
    <message>
        <source>lint takes one file, or - for standard input</source>
        <translation>lint erwartet eine Datei oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>“%1” is not a language the coach knows; use %2</source>
        <translation>„%1“ ist keine Sprache, die der Coach kennt; verwenden Sie %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Architecture reviews, operability reviews and blameless postmortems.</source>
        <translation>Architektur-Reviews, Betriebsbereitschafts-Reviews und schuldfreie Postmortems.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ARBEITSBEREICH</translation>
    </message>
    <message>
        <source>The workspace file to open in the window (default: the local workspace).</source>
        <translation>Die Arbeitsbereichsdatei, die das Fenster öffnet (Vorgabe: der lokale Arbeitsbereich).</translation>
    </message>
    <message>
        <source>WORKSPACE is a new file; the examples are written in the environment's language.</source>
        <translation>ARBEITSBEREICH ist eine neue Datei; die Beispiele sind in der Sprache der Umgebung geschrieben.</translation>
    </message>
    <message>
        <source>Check a workspace's integrity, schema and journal mode.</source>
        <translation>Integrität, Schema und Journalmodus eines Arbeitsbereichs prüfen.</translation>
    </message>
    <message>
        <source>Exits with 0 when the workspace is healthy. The file is only read, never written.</source>
        <translation>Endet mit 0, wenn der Arbeitsbereich in Ordnung ist. Die Datei wird nur gelesen, nie geschrieben.</translation>
    </message>
    <message>
        <source>List the reviews in a workspace.</source>
        <translation>Die Reviews eines Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>One review a line: uuid, kind, status, updated_at and title, separated by tabs. The file is only read, never written.</source>
        <translation>Ein Review pro Zeile: uuid, Art, Status, updated_at und Titel, durch Tabulatoren getrennt. Die Datei wird nur gelesen, nie geschrieben.</translation>
    </message>
    <message>
        <source>Write the list as JSON.</source>
        <translation>Die Liste als JSON schreiben.</translation>
    </message>
    <message>
        <source>WORKSPACE REVIEW</source>
        <translation>ARBEITSBEREICH REVIEW</translation>
    </message>
    <message>
        <source>Write a review to a PDF, Markdown or JSON file.</source>
        <translation>Ein Review in eine PDF-, Markdown- oder JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>The file's format; by default the output file's suffix says it (.pdf, .md, otherwise json).</source>
        <translation>Das Format der Datei; ohne Angabe bestimmt es die Endung der Ausgabedatei (.pdf, .md, sonst json).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>WORKSPACE FILE.json</source>
        <translation>ARBEITSBEREICH DATEI.json</translation>
    </message>
    <message>
        <source>Add or update a review from an interchange file.</source>
        <translation>Ein Review aus einer Austauschdatei hinzufügen oder aktualisieren.</translation>
    </message>
    <message>
        <source>The file is checked against the interchange format first. A review whose uuid the workspace already has is replaced, unless the workspace's copy was changed after the file's.</source>
        <translation>Die Datei wird zuerst gegen das Austauschformat geprüft. Ein Review, dessen uuid der Arbeitsbereich schon hat, wird ersetzt, außer die Kopie im Arbeitsbereich wurde nach der in der Datei geändert.</translation>
    </message>
    <message>
        <source>Replace the workspace's copy even when it was changed after the file's.</source>
        <translation>Die Kopie im Arbeitsbereich auch dann ersetzen, wenn sie nach der in der Datei geändert wurde.</translation>
    </message>
    <message>
        <source>WORKSPACE REVIEW FILE</source>
        <translation>ARBEITSBEREICH REVIEW DATEI</translation>
    </message>
    <message>
        <source>Add events to a postmortem's timeline from a chat or CSV.</source>
        <translation>Ereignisse aus einem Chat oder einer CSV-Datei zur Zeitleiste eines Postmortems hinzufügen.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Only events from this time on (2026-03-03T14:05, or 2026-03-03 14:05 in the workspace's time zone) instead of from the incident's start.</source>
        <translation>Nur Ereignisse ab dieser Zeit (2026-03-03T14:05 oder 2026-03-03 14:05 in der Zeitzone des Arbeitsbereichs) statt ab dem Beginn der Störung.</translation>
    </message>
    <message>
        <source>Only events up to this time instead of up to the incident's resolution.</source>
        <translation>Nur Ereignisse bis zu dieser Zeit statt bis zur Behebung der Störung.</translation>
    </message>
    <message>
        <source>Every event, whatever its time.</source>
        <translation>Jedes Ereignis, gleich zu welcher Zeit.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>DATEI|-</translation>
    </message>
    <message>
        <source>Find blame language in a text.</source>
        <translation>Schuldzuweisungen in einem Text finden.</translation>
    </message>
    <message>
        <source>[SUBCOMMAND]</source>
        <translation>[UNTERBEFEHL]</translation>
    </message>
    <message>
        <source>Describe the subcommands, or one of them.</source>
        <translation>Die Unterbefehle beschreiben oder einen davon.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>“inflection help SUBCOMMAND” or “inflection SUBCOMMAND --help” describes one.</source>
        <translation>„inflection help UNTERBEFEHL“ oder „inflection UNTERBEFEHL --help“ beschreibt einen.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>To open a workspace file of that name, or to create one, give its path: inflection ./%1</source>
        <translation>Um eine Arbeitsbereichsdatei dieses Namens zu öffnen oder anzulegen, geben Sie ihren Pfad an: inflection ./%1</translation>
    </message>
    <message>
        <source>help takes at most one argument: a subcommand</source>
        <translation>help erwartet höchstens ein Argument: einen Unterbefehl</translation>
    </message>
    <message>
        <source>Inflection does not open “%1”; “inflection salvage” copies its reviews into a new workspace.</source>
        <translation>Inflection öffnet „%1“ nicht; „inflection salvage“ kopiert seine Reviews in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>WORKSPACE NEW_WORKSPACE</source>
        <translation>ARBEITSBEREICH NEUER_ARBEITSBEREICH</translation>
    </message>
    <message>
        <source>Copy the reviews out of a workspace Inflection refuses to open.</source>
        <translation>Die Reviews aus einem Arbeitsbereich kopieren, den Inflection nicht öffnet.</translation>
    </message>
    <message>
        <source>For a workspace whose schema holds something Inflection did not make (see check). Each review is read without running anything the file holds, checked as an interchange file and written to NEW_WORKSPACE, a new file. Prints what was copied and what was not; exits with 1 when a review could not be copied. WORKSPACE is only read, never written.</source>
        <translation>Für einen Arbeitsbereich, dessen Schema etwas enthält, das Inflection nicht angelegt hat (siehe check). Jedes Review wird gelesen, ohne etwas auszuführen, das die Datei enthält, wie eine Austauschdatei geprüft und in NEUER_ARBEITSBEREICH geschrieben, eine neue Datei. Gibt aus, was kopiert wurde und was nicht; endet mit 1, wenn ein Review nicht kopiert werden konnte. ARBEITSBEREICH wird nur gelesen, nie geschrieben.</translation>
    </message>
    <message>
        <source>salvage takes two arguments: the workspace and a new file</source>
        <translation>salvage erwartet zwei Argumente: den Arbeitsbereich und eine neue Datei</translation>
    </message>
    <message>
        <source>Left behind: %1</source>
        <translation>Zurückgelassen: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Copied: the workspace's settings</source>
        <translation>Kopiert: die Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Not copied: the workspace's settings: %1</source>
        <translation>Nicht kopiert: die Einstellungen des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>Not copied: each review's history of changes, which the interchange format does not carry.</source>
        <translation>Nicht kopiert: der Änderungsverlauf jedes Reviews, den das Austauschformat nicht enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 review(s) copied to %2.</source>
        <translation>
            <numerusform>%n von %1 Review nach %2 kopiert.</numerusform>
            <numerusform>%n von %1 Reviews nach %2 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>WORKSPACE WORDS…</source>
        <translation>ARBEITSBEREICH WÖRTER…</translation>
    </message>
    <message>
        <source>Find the reviews that contain every word.</source>
        <translation>Die Reviews finden, die jedes Wort enthalten.</translation>
    </message>
    <message>
        <source>Searches everything a review holds, from its title to its parking lot; each word also matches words it begins, accents and case aside. One review a line, best match first: uuid, kind, title, where it matched and the text there, separated by tabs. Exits with 1 when no review matches. The file is only read, never written.</source>
        <translation>Durchsucht alles, was ein Review enthält, vom Titel bis zum Parkplatz; jedes Wort findet auch Wörter, die mit ihm beginnen, ohne Rücksicht auf Akzente und Groß- und Kleinschreibung. Ein Review pro Zeile, der beste Treffer zuerst: UUID, Art, Titel, wo es gefunden wurde und der Text dort, durch Tabulatoren getrennt. Endet mit 1, wenn kein Review passt. Die Datei wird nur gelesen, nie geschrieben.</translation>
    </message>
    <message>
        <source>Write the matches as JSON.</source>
        <translation>Die Treffer als JSON schreiben.</translation>
    </message>
    <message>
        <source>search takes the workspace file and at least one word</source>
        <translation>search erwartet die Arbeitsbereichsdatei und mindestens ein Wort</translation>
    </message>
    <message>
        <source>“%1” has no word to search for</source>
        <translation>„%1“ enthält kein Wort, nach dem gesucht werden kann</translation>
    </message>
    <message>
        <source>no review matches “%1”</source>
        <translation>kein Review passt zu „%1“</translation>
    </message>
    <message>
        <source>Print what the workspace's postmortems add up to.</source>
        <translation>Zeigt, was die Postmortems des Arbeitsbereichs zusammen ergeben.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Only incidents from this day on (2026-01-01).</source>
        <translation>Nur Vorfälle ab diesem Tag (2026-01-01).</translation>
    </message>
    <message>
        <source>Only incidents up to this day, itself included.</source>
        <translation>Nur Vorfälle bis zu diesem Tag, einschließlich.</translation>
    </message>
    <message>
        <source>Only postmortems of this system.</source>
        <translation>Nur Postmortems dieses Systems.</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>SYSTEM</translation>
    </message>
    <message>
        <source>Only postmortems with this tag.</source>
        <translation>Nur Postmortems mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <source>Only incidents of this severity level (its key, sev1).</source>
        <translation>Nur Vorfälle dieses Schweregrads (sein Schlüssel, sev1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Write the figures as JSON.</source>
        <translation>Die Zahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>insights takes one argument: the workspace file</source>
        <translation>insights erwartet ein Argument: die Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>--%1 takes a day such as 2026-01-31, not “%2”</source>
        <translation>--%1 erwartet einen Tag wie 2026-01-31, nicht „%2“</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>ohne Schweregrad</translation>
    </message>
    <message>
        <source>Postmortems: %1</source>
        <translation>Postmortems: %1</translation>
    </message>
    <message>
        <source>Incidents by month:</source>
        <translation>Vorfälle nach Monat:</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2, 90th percentile %3 (%n incidents)</source>
        <translation>
            <numerusform>%1: Median %2, 90. Perzentil %3 (%n Vorfall)</numerusform>
            <numerusform>%1: Median %2, 90. Perzentil %3 (%n Vorfälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing factors by category:</source>
        <translation>Beitragende Faktoren nach Kategorie:</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message numerus="yes">
        <source>%n postmortems</source>
        <translation>
            <numerusform>%n Postmortem</numerusform>
            <numerusform>%n Postmortems</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation items: %1; done within 30 days %2, within 60 days %3; open %4, overdue %5</source>
        <translation>Abhilfemaßnahmen: %1; erledigt binnen 30 Tagen %2, binnen 60 Tagen %3; offen %4, überfällig %5</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ohne Verantwortliche)</translation>
    </message>
    <message numerus="yes">
        <source>open %1, overdue %2, oldest %n days</source>
        <translation>
            <numerusform>offen %1, überfällig %2, älteste %n Tag</numerusform>
            <numerusform>offen %1, überfällig %2, älteste %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents by month and severity; time to detect, to mitigate and to resolve as a median and a 90th percentile; contributing factors by category; whether operability reviews foresaw the incidents; how remediation items were followed through, by owner. A postmortem counts in the period its incident began. The file is only read, never written (an older workspace is upgraded first).</source>
        <translation>Vorfälle nach Monat und Schweregrad; Zeit bis zur Erkennung, Eindämmung und Behebung als Median und 90. Perzentil; beitragende Faktoren nach Kategorie; ob Betriebsbereitschafts-Reviews die Vorfälle vorhergesehen haben; wie Abhilfemaßnahmen umgesetzt wurden, nach Verantwortlichen. Ein Postmortem zählt in dem Zeitraum, in dem sein Vorfall begann. Die Datei wird nur gelesen, nie geschrieben (ein älterer Arbeitsbereich wird zuerst aktualisiert).</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>the workspace has no severity level “%1”; its levels are %2</source>
        <translation>der Arbeitsbereich hat keinen Schweregrad „%1“; seine Schweregrade sind %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>system “%1”</source>
        <translation>System „%1“</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>Schlagwort „%1“</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Postmortems (%1): %2</source>
        <translation>Postmortems (%1): %2</translation>
    </message>
    <message>
        <source>Create a workspace with an example of each kind of review and a year of an organisation's reviews.</source>
        <translation>Einen Arbeitsbereich mit einem Beispiel jeder Art von Review und einem Jahr der Reviews einer Organisation anlegen.</translation>
    </message>
    <message>
        <source>With -o, the file's format: the learning report as a PDF or Markdown, or the figures as JSON; by default the output file's suffix says it (.pdf, .md, .json).</source>
        <translation>Mit -o das Format der Datei: der Lernbericht als PDF oder Markdown oder die Zahlen als JSON; ohne Angabe bestimmt es die Endung der Ausgabedatei (.pdf, .md, .json).</translation>
    </message>
    <message>
        <source>Write the learning report (or the figures) to this file instead of printing the figures.</source>
        <translation>Den Lernbericht (oder die Zahlen) in diese Datei schreiben, statt die Zahlen auszugeben.</translation>
    </message>
    <message>
        <source>Created %1 with a worked example of each kind of review and a year of an organisation's reviews.</source>
        <translation>%1 mit einem ausgearbeiteten Beispiel jeder Art von Review und einem Jahr der Reviews einer Organisation angelegt.</translation>
    </message>
    <message>
        <source>--format says the format of -o FILE</source>
        <translation>--format gibt das Format von -o DATEI an</translation>
    </message>
    <message>
        <source>“%1” has no suffix that names a format; say --format pdf, markdown or json</source>
        <translation>„%1“ hat keine Endung, die ein Format nennt; geben Sie --format pdf, markdown oder json an</translation>
    </message>
    <message>
        <source>Foreseen: %1 (mitigation worked %2, did not hold %3); related items only %4; not foreseen %5; not recorded %6</source>
        <translation>Vorhergesehen: %1 (Eindämmung griff %2, hielt nicht %3); nur verwandte Punkte %4; nicht vorhergesehen %5; nicht erfasst %6</translation>
    </message>
    <message>
        <source>How the items that happened had been rated (likelihood × impact):</source>
        <translation>Wie die eingetretenen Punkte bewertet worden waren (Wahrscheinlichkeit × Auswirkung):</translation>
    </message>
    <message>
        <source>%1 (%2) × %3 (%4)</source>
        <translation>%1 (%2) × %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation ideas that recur:</source>
        <translation>Wiederkehrende Behebungsideen:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items done</source>
        <translation>
            <numerusform>%1 von %n Maßnahme erledigt</numerusform>
            <numerusform>%1 von %n Maßnahmen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>New technology and incidents since:</source>
        <translation>Neue Technologien und Vorfälle seither:</translation>
    </message>
    <message>
        <source>(no system)</source>
        <translation>(kein System)</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents (%1 on its system since, %2 linked)</source>
        <translation>
            <numerusform>%n Vorfall (%1 seither auf ihrem System, %2 verknüpft)</numerusform>
            <numerusform>%n Vorfälle (%1 seither auf ihrem System, %2 verknüpft)</numerusform>
        </translation>
    </message>
    <message>
        <source>REVIEW is a review's uuid, or the start of one. A PDF is a printable summary, Markdown a summary for a wiki, JSON the interchange file that import reads; madr and nygard write an architecture review as an architecture decision record (MADR 4, or Michael Nygard's as adr-tools writes it) that import-adr reads back.</source>
        <translation>REVIEW ist die UUID eines Reviews oder ihr Anfang. Ein PDF ist eine druckbare Zusammenfassung, Markdown eine Zusammenfassung für ein Wiki, JSON die Austauschdatei, die import liest; madr und nygard schreiben ein Architektur-Review als Architecture Decision Record (MADR 4 oder nach Michael Nygard, wie adr-tools ihn schreibt), den import-adr wieder liest.</translation>
    </message>
    <message>
        <source>WORKSPACE DIR</source>
        <translation>ARBEITSBEREICH ORDNER</translation>
    </message>
    <message>
        <source>Write every architecture review as a decision record into a folder.</source>
        <translation>Jedes Architektur-Review als Decision Record in einen Ordner schreiben.</translation>
    </message>
    <message>
        <source>The records' format.</source>
        <translation>Das Format der Records.</translation>
    </message>
    <message>
        <source>WORKSPACE DIR|FILE</source>
        <translation>ARBEITSBEREICH ORDNER|DATEI</translation>
    </message>
    <message>
        <source>Add or update architecture reviews from decision records.</source>
        <translation>Architektur-Reviews aus Decision Records hinzufügen oder aktualisieren.</translation>
    </message>
    <message>
        <source>Reads a folder's *.md records (its README, index and templates left out) or one file: MADR 2, 3 and 4, with or without front matter, log4brains, Michael Nygard's and adr-tools'. Each record becomes an architecture review with its title, status and decision, date, people and text; "Superseded by" and "Supersedes" links become the reviews' Superseded by. Importing again updates the same reviews. A file that cannot be read is named with the reason, and the others are imported; the exit status is then 1.</source>
        <translation>Liest die *.md-Records eines Ordners (ohne README, Index und Vorlagen) oder eine Datei: MADR 2, 3 und 4, mit oder ohne Front Matter, log4brains, nach Michael Nygard und von adr-tools. Jeder Record wird ein Architektur-Review mit Titel, Status und Entscheidung, Datum, Personen und Text; Links „Superseded by“ und „Supersedes“ werden zu „Ersetzt durch“ der Reviews. Erneutes Importieren aktualisiert dieselben Reviews. Eine Datei, die sich nicht lesen lässt, wird mit dem Grund genannt, die übrigen werden importiert; der Exit-Status ist dann 1.</translation>
    </message>
    <message>
        <source>Print what would be added and updated; write nothing.</source>
        <translation>Ausgeben, was hinzugefügt und aktualisiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>WORKSPACE import|export FILE</source>
        <translation>ARBEITSBEREICH import|export DATEI</translation>
    </message>
    <message>
        <source>Read or write the workspace's known technologies as a tech radar.</source>
        <translation>Die bekannten Technologien des Arbeitsbereichs als Tech-Radar lesen oder schreiben.</translation>
    </message>
    <message>
        <source>“inflection help %1” says more.</source>
        <translation>„inflection help %1“ sagt mehr.</translation>
    </message>
    <message>
        <source>“%1” is not an export format; use pdf, markdown, json, madr or nygard</source>
        <translation>„%1“ ist kein Exportformat; pdf, markdown, json, madr oder nygard verwenden</translation>
    </message>
    <message>
        <source>no postmortem names the system “%1”; none names a system</source>
        <translation>kein Postmortem nennt das System „%1“; keines nennt ein System</translation>
    </message>
    <message>
        <source>no postmortem names the system “%1”; they name %2</source>
        <translation>kein Postmortem nennt das System „%1“; sie nennen %2</translation>
    </message>
    <message>
        <source>export-adr takes a workspace and a folder</source>
        <translation>export-adr braucht einen Arbeitsbereich und einen Ordner</translation>
    </message>
    <message>
        <source>“%1” is not a decision record format; use madr or nygard</source>
        <translation>„%1“ ist kein Format für Decision Records; madr oder nygard verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), </source>
        <translation>
            <numerusform>%n Record, </numerusform>
            <numerusform>%n Records, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n Datei geschrieben</numerusform>
            <numerusform>%n Dateien geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>import-adr takes a workspace and a folder or file</source>
        <translation>import-adr braucht einen Arbeitsbereich und einen Ordner oder eine Datei</translation>
    </message>
    <message>
        <source>“%1” is not a decision record format; use auto, madr or nygard</source>
        <translation>„%1“ ist kein Format für Decision Records; auto, madr oder nygard verwenden</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>superseded by “%1”</source>
        <translation>ersetzt durch „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added, </source>
        <translation>
            <numerusform>%n Review hinzugefügt, </numerusform>
            <numerusform>%n Reviews hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>radar takes a workspace, import or export, and a file</source>
        <translation>radar erwartet einen Arbeitsbereich, import oder export und eine Datei</translation>
    </message>
    <message>
        <source>Known technologies written: %1</source>
        <translation>Bekannte Technologien geschrieben: %1</translation>
    </message>
    <message>
        <source>Known technologies added: %1</source>
        <translation>Bekannte Technologien hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Known technologies changed: %1</source>
        <translation>Bekannte Technologien geändert: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>Ausgelassene Zeilen: %1</translation>
    </message>
    <message>
        <source>FILE is a CSV file (time,actor,text[,kind,source]), a Slack export (the export's zip as Slack gives it, a channel folder or one day file) or an irssi or WeeChat log. From a zip, --channel names the channel to read (needed when it holds more than one). Only events between the incident's start and its resolution are added, unless --from, --to or --all says otherwise; events already in the timeline are not added again; lines that cannot be read are counted and their numbers printed.</source>
        <translation>DATEI ist eine CSV-Datei (time,actor,text[,kind,source]), ein Slack-Export (die Zip-Datei des Exports, wie Slack sie liefert, ein Kanalordner oder eine Tagesdatei) oder ein irssi- oder WeeChat-Log. Aus einer Zip-Datei liest man den mit --channel genannten Kanal (nötig, wenn sie mehr als einen enthält). Nur Ereignisse zwischen Beginn und Behebung der Störung werden hinzugefügt, außer --from, --to oder --all sagen anderes; Ereignisse, die schon in der Zeitleiste stehen, werden nicht noch einmal hinzugefügt; unlesbare Zeilen werden gezählt und ihre Nummern ausgegeben.</translation>
    </message>
    <message>
        <source>The file's format; by default a folder, a .json or a .zip file is a Slack export, a .csv file CSV, anything else an IRC log.</source>
        <translation>Das Format der Datei; ohne Angabe ist ein Ordner, eine .json- oder eine .zip-Datei ein Slack-Export, eine .csv-Datei CSV, alles andere ein IRC-Log.</translation>
    </message>
    <message>
        <source>The channel to read from a Slack export zip (its folder's name).</source>
        <translation>Der Kanal, der aus der Zip-Datei eines Slack-Exports gelesen wird (der Name seines Ordners).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--channel is for a Slack export zip; %1 is not one</source>
        <translation>--channel gilt für die Zip-Datei eines Slack-Exports; %1 ist keine</translation>
    </message>
    <message>
        <source>%1 holds several channels; name one with --channel: %2</source>
        <translation>%1 enthält mehrere Kanäle; nennen Sie einen mit --channel: %2</translation>
    </message>
    <message>
        <source>Each review becomes DIR/NNNN-title-in-dashes.md, with an index of every record in DIR in DIR/README.md. A review keeps its number and file name on the next run (the file records the review's uuid); a review imported from DIR updates the file it came from, in that file's format; only the files of reviews that changed are written. A README.md that Inflection did not write is left as it is, and no index is written. Prints the files written.</source>
        <translation>Jedes Review wird zu DIR/NNNN-titel-mit-bindestrichen.md, mit einem Verzeichnis aller Entscheidungsprotokolle in DIR in DIR/README.md. Ein Review behält beim nächsten Lauf seine Nummer und seinen Dateinamen (die Datei vermerkt die UUID des Reviews); ein aus DIR importiertes Review aktualisiert die Datei, aus der es kam, in deren Format; geschrieben werden nur die Dateien von Reviews, die sich geändert haben. Eine README.md, die Inflection nicht geschrieben hat, bleibt, wie sie ist, und es wird kein Verzeichnis geschrieben. Gibt die geschriebenen Dateien aus.</translation>
    </message>
    <message>
        <source>The dialect to report for a file that shows none (no front matter, no Status line or section); every file is read by what it shows, whatever this says.</source>
        <translation>Der Dialekt, der für eine Datei genannt wird, die keinen erkennen lässt (kein Front Matter, keine Status-Zeile oder -Abschnitt); jede Datei wird gelesen, wie sie sich zeigt, was immer hier steht.</translation>
    </message>
    <message>
        <source>FILE is the CSV (name,ring,quadrant,isNew,description[,aliases]) or JSON that "Build your own radar" reads; a .json name means JSON. import adds the technologies the file names and changes those it names differently, in one step, keeping the others; rows that cannot be read are printed with their line and left out, and the exit status is then 1. import prints each technology added or changed. export writes every known technology.</source>
        <translation>DATEI ist die CSV (name,ring,quadrant,isNew,description[,aliases]) oder das JSON, das „Build your own radar“ liest; ein Name auf .json bedeutet JSON. import fügt die Technologien hinzu, die die Datei nennt, und ändert die, die sie anders nennt, in einem Schritt, und behält die übrigen; Zeilen, die nicht gelesen werden können, werden mit ihrer Zeilennummer ausgegeben und ausgelassen, der Exit-Status ist dann 1. import gibt jede hinzugefügte oder geänderte Technologie aus. export schreibt jede bekannte Technologie.</translation>
    </message>
    <message>
        <source>Human error, root cause, counterfactuals, hindsight, "why" asked of a person: one finding a line, as LINE:COLUMN: CATEGORY: PHRASE: explanation, and what to write instead on an indented line below it. Exits with 1 when there are findings. The text is checked in English, Russian and German at once unless --lang names one. With - for FILE, the text is read from standard input.</source>
        <translation>Menschliches Versagen, Grundursache, kontrafaktische Aussagen, Rückschaufehler, an eine Person gerichtetes „Warum“: ein Fund je Zeile, als ZEILE:SPALTE: KATEGORIE: PHRASE: Erklärung, und darunter eingerückt, was man stattdessen schreiben kann. Endet mit 1, wenn es Funde gibt. Der Text wird auf Englisch, Russisch und Deutsch zugleich geprüft, außer --lang nennt eine Sprache. Mit - als DATEI wird der Text von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Check the text in this language only (default: all three).</source>
        <translation>Den Text nur in dieser Sprache prüfen (Vorgabe: alle drei).</translation>
    </message>
    <message>
        <source>SOURCE DESTINATION</source>
        <translation>QUELLE ZIEL</translation>
    </message>
    <message>
        <source>Copy a whole workspace between a file and a server, either way.</source>
        <translation>Einen ganzen Arbeitsbereich zwischen einer Datei und einem Server kopieren, in beide Richtungen.</translation>
    </message>
    <message>
        <source>SOURCE and DESTINATION are each a file or a server connection (a postgresql:// URI or service=NAME); DESTINATION is made when it does not exist. Every review is copied with its parts and history, keeping uuids, revisions, times and authors, and so are the workspace's settings and known technologies. A review is matched by its uuid: one DESTINATION changed later is left as it is and named; running it again changes nothing. Each review is written in one transaction. On a server, authors are kept when the login is the workspace's administrator; otherwise the server records the login. SOURCE is only read.</source>
        <translation>QUELLE und ZIEL sind jeweils eine Datei oder eine Serververbindung (eine postgresql://-URI oder service=NAME); ZIEL wird angelegt, wenn es nicht existiert. Jede Review wird mit ihren Teilen und ihrem Verlauf kopiert, mit UUIDs, Revisionen, Zeiten und Autoren, ebenso die Einstellungen und bekannten Technologien des Arbeitsbereichs. Eine Review wird über ihre UUID zugeordnet: Eine, die in ZIEL später geändert wurde, bleibt, wie sie ist, und wird genannt; ein zweiter Aufruf ändert nichts. Jede Review wird in einer Transaktion geschrieben. Auf einem Server bleiben die Autoren erhalten, wenn die Anmeldung Administrator des Arbeitsbereichs ist; sonst vermerkt der Server die Anmeldung. QUELLE wird nur gelesen.</translation>
    </message>
    <message>
        <source>init SERVER | grant SERVER LOGIN reader|editor|admin | revoke SERVER LOGIN</source>
        <translation>init SERVER | grant SERVER ANMELDUNG reader|editor|admin | revoke SERVER ANMELDUNG</translation>
    </message>
    <message>
        <source>Make a workspace on a PostgreSQL server, and give people roles in it.</source>
        <translation>Einen Arbeitsbereich auf einem PostgreSQL-Server anlegen und Personen Rollen darin geben.</translation>
    </message>
    <message>
        <source>SERVER is a libpq URI (postgresql://host/database?sslmode=verify-full) or connection string (service=NAME); the password comes from ~/.pgpass or pg_service.conf, as libpq finds it. init brings the database's schema up to date and makes its three roles (reader, editor, admin), as a login that may create roles; running it again changes nothing. grant makes LOGIN, a login the server already has, a reader (reads only), an editor (writes reviews) or an admin (also changes the workspace's settings) of the workspace, and nothing else of it; revoke takes its role away. The server enforces the roles. Run them as the workspace's owner, a login with CREATEROLE or a superuser.</source>
        <translation>SERVER ist eine libpq-URI (postgresql://host/datenbank?sslmode=verify-full) oder Verbindungszeichenkette (service=NAME); das Passwort kommt aus ~/.pgpass oder pg_service.conf, wie libpq es findet. init bringt das Schema der Datenbank auf den neuesten Stand und legt ihre drei Rollen an (reader, editor, admin), mit einer Anmeldung, die Rollen anlegen darf; ein zweiter Aufruf ändert nichts. grant macht ANMELDUNG, eine Anmeldung, die der Server schon hat, zum Leser (reader: nur lesen), Bearbeiter (editor: schreibt Reviews) oder Administrator (admin: ändert auch die Einstellungen des Arbeitsbereichs) des Arbeitsbereichs, und zu nichts anderem darin; revoke nimmt ihr die Rolle. Der Server setzt die Rollen durch. Rufen Sie sie als Eigentümer des Arbeitsbereichs, als Anmeldung mit CREATEROLE oder als Superuser auf.</translation>
    </message>
    <message>
        <source>copy takes two workspaces: the source and the destination</source>
        <translation>copy erwartet zwei Arbeitsbereiche: die Quelle und das Ziel</translation>
    </message>
    <message>
        <source>the source and the destination are the same workspace</source>
        <translation>Quelle und Ziel sind derselbe Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 of %2 reviews…</source>
        <translation>%1 von %2 Reviews …</translation>
    </message>
    <message>
        <source>Not copied, changed later at the destination: %1</source>
        <translation>Nicht kopiert, im Ziel später geändert: %1</translation>
    </message>
    <message>
        <source>Not copied, changed later at the destination: the setting %1</source>
        <translation>Nicht kopiert, im Ziel später geändert: die Einstellung %1</translation>
    </message>
    <message>
        <source>The server recorded this login as the author of what was copied: only the workspace's administrator keeps the authors.</source>
        <translation>Der Server hat diese Anmeldung als Autor des Kopierten vermerkt: Nur der Administrator des Arbeitsbereichs behält die Autoren bei.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) copied to %1; %2 already there as they are; %3 changed later there.</source>
        <translation>
            <numerusform>%n Review nach %1 kopiert; %2 schon unverändert dort; %3 dort später geändert.</numerusform>
            <numerusform>%n Reviews nach %1 kopiert; %2 schon unverändert dort; %3 dort später geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) and %1 known technologies copied.</source>
        <translation>
            <numerusform>%n Einstellung und %1 bekannte Technologien kopiert.</numerusform>
            <numerusform>%n Einstellungen und %1 bekannte Technologien kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>server takes init SERVER, grant SERVER LOGIN reader|editor|admin, or revoke SERVER LOGIN</source>
        <translation>server erwartet init SERVER, grant SERVER ANMELDUNG reader|editor|admin oder revoke SERVER ANMELDUNG</translation>
    </message>
    <message>
        <source>“%1” is not a level: give reader, editor or admin</source>
        <translation>„%1“ ist keine Stufe: Geben Sie reader, editor oder admin an</translation>
    </message>
    <message>
        <source>“%1” is not a server connection: give a postgresql:// URI or service=NAME</source>
        <translation>„%1“ ist keine Serververbindung: Geben Sie eine postgresql://-URI oder service=NAME an</translation>
    </message>
    <message>
        <source>%1: schema version %2, with the roles reader, editor and admin</source>
        <translation>%1: Schemaversion %2, mit den Rollen reader, editor und admin</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 ist jetzt %2 von %3.</translation>
    </message>
    <message>
        <source>%1 has no role in %2 any more.</source>
        <translation>%1 hat keine Rolle mehr in %2.</translation>
    </message>
    <message>
        <source>%1 was not written by Inflection: left as it is, and no index written.</source>
        <translation>%1 wurde nicht von Inflection geschrieben: unverändert gelassen, kein Verzeichnis geschrieben.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <source>The server asks for a password, and a command does not ask for one. Give it to libpq in one of these ways:
  - a line in ~/.pgpass, a file only you may read (chmod 0600 ~/.pgpass), in the form
    host:port:database:user:password
    for this server (* matches anything):
    %1
  - the same line in another file, named by the environment variable PGPASSFILE;
  - a service in ~/.pg_service.conf (or the file PGSERVICEFILE names), with password=… among its lines and the file only you may read, given as service=NAME.
A password written into the postgresql:// address works too, but then it shows in the process list and in the shell's history.</source>
        <extracomment>%1 a line for this server in the format host:port:database:user:password</extracomment>
        <translation>Der Server verlangt ein Passwort, und ein Befehl fragt nicht danach. Geben Sie es libpq auf eine dieser Arten:
  - als Zeile in ~/.pgpass, einer Datei, die nur Sie lesen dürfen (chmod 0600 ~/.pgpass), in der Form
    host:port:database:user:password
    für diesen Server (* passt auf alles):
    %1
  - dieselbe Zeile in einer anderen Datei, die die Umgebungsvariable PGPASSFILE nennt;
  - ein Dienst in ~/.pg_service.conf (oder der Datei, die PGSERVICEFILE nennt) mit password=… unter seinen Zeilen, die Datei nur für Sie lesbar, angegeben als service=NAME.
Ein Passwort in der postgresql://-Adresse funktioniert auch, ist dann aber in der Prozessliste und im Verlauf der Shell zu sehen.</translation>
    </message>
</context>
<context>
    <name>Inflection::CommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Delete comment thread</source>
        <translation>Kommentar-Thread löschen</translation>
    </message>
    <message>
        <source>Resolve comment thread</source>
        <translation>Kommentar-Thread erledigen</translation>
    </message>
    <message>
        <source>Reopen comment thread</source>
        <translation>Kommentar-Thread wieder öffnen</translation>
    </message>
</context>
<context>
    <name>Inflection::CommentModel</name>
    <message>
        <source>%1 changed this comment while you were deleting it, so it was kept.</source>
        <translation>%1 hat diesen Kommentar geändert, während Sie ihn löschen wollten; er bleibt deshalb erhalten.</translation>
    </message>
    <message>
        <source>%1 changed this thread before you; it is shown as they left it.</source>
        <translation>%1 hat diesen Thread vor Ihnen geändert; er wird so gezeigt, wie er ihn hinterlassen hat.</translation>
    </message>
</context>
<context>
    <name>Inflection::CommentPanel</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>No comments. Select text and press Ctrl+Alt+M to comment on it.</source>
        <translation>Keine Kommentare. Markieren Sie Text und drücken Sie Strg+Alt+M, um ihn zu kommentieren.</translation>
    </message>
    <message>
        <source>No comments on the text shown.</source>
        <translation>Keine Kommentare zum gezeigten Text.</translation>
    </message>
    <message>
        <source>Text gone: “%1”</source>
        <translation>Text nicht mehr vorhanden: „%1“</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Erledigt von %1</translation>
    </message>
    <message>
        <source>Fold the thread</source>
        <translation>Diskussion einklappen</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s), last: %1</source>
        <translation>
            <numerusform>%n Antwort, zuletzt: %1</numerusform>
            <numerusform>%n Antworten, zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
</context>
<context>
    <name>Inflection::CommonContingencies</name>
    <message>
        <source>A service the feature depends on is down</source>
        <translation>Ein Dienst, von dem die Funktion abhängt, ist ausgefallen</translation>
    </message>
    <message>
        <source>Degrade gracefully: hide the feature and keep the rest of the page working</source>
        <translation>Kontrolliert abschwächen: die Funktion ausblenden, der Rest der Seite funktioniert weiter</translation>
    </message>
    <message>
        <source>Forum post: the feature is temporarily unavailable, nothing else is affected</source>
        <translation>Forumsbeitrag: Die Funktion ist vorübergehend nicht verfügbar, sonst ist nichts betroffen</translation>
    </message>
    <message>
        <source>The database is overloaded</source>
        <translation>Die Datenbank ist überlastet</translation>
    </message>
    <message>
        <source>Turn off the feature's writes with its config flag; serve reads from the cache</source>
        <translation>Die Schreibzugriffe der Funktion per Konfigurationsschalter abschalten; Lesezugriffe aus dem Cache bedienen</translation>
    </message>
    <message>
        <source>Status page and forum post if pages slow down</source>
        <translation>Statusseite und Forumsbeitrag, falls Seiten langsamer werden</translation>
    </message>
    <message>
        <source>Traffic is ten times the estimate</source>
        <translation>Der Verkehr ist zehnmal so hoch wie geschätzt</translation>
    </message>
    <message>
        <source>Ramp down the percentage rollout; add capacity before ramping up again</source>
        <translation>Den prozentualen Rollout zurückfahren; Kapazität hinzufügen, bevor wieder hochgefahren wird</translation>
    </message>
    <message>
        <source>None unless users notice slowness</source>
        <translation>Keine, außer Nutzer bemerken Langsamkeit</translation>
    </message>
    <message>
        <source>The feature must be turned off</source>
        <translation>Die Funktion muss abgeschaltet werden</translation>
    </message>
    <message>
        <source>Config flag to turn it off without a deploy; tested before launch</source>
        <translation>Konfigurationsschalter zum Abschalten ohne Deployment; vor dem Start getestet</translation>
    </message>
    <message>
        <source>Blog and forum post explaining the pause and when it comes back</source>
        <translation>Blog- und Forumsbeitrag, der die Pause erklärt und sagt, wann es weitergeht</translation>
    </message>
</context>
<context>
    <name>Inflection::Conflict</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>Inflection::ConnectServerDialog</name>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, set up with “inflection server init”. Give its host and database, or paste a connection such as postgresql://host/database or service=name.</source>
        <translation>Ein Arbeitsbereich auf einem PostgreSQL-Server, eingerichtet mit „inflection server init“. Geben Sie Host und Datenbank an oder fügen Sie eine Verbindung ein, etwa postgresql://host/datenbank oder service=name.</translation>
    </message>
    <message>
        <source>postgresql://host/database or service=name</source>
        <translation>postgresql://host/datenbank oder service=name</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>your login on this computer</source>
        <translation>Ihre Anmeldung auf diesem Computer</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Choose the certificate of the authority that signed the server's</source>
        <translation>Das Zertifikat der Stelle wählen, die das des Servers signiert hat</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>only when the server asks for one</source>
        <translation>nur, wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>Keep the password in the desktop's keyring, never in Inflection's settings</source>
        <translation>Das Passwort im Schlüsselbund der Arbeitsumgebung aufbewahren, nie in den Einstellungen von Inflection</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Root cert&amp;ificate:</source>
        <translation>Stammzert&amp;ifikat:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>“%1” is not a server connection: paste a postgresql:// address or service=name, or clear the field and fill in the ones below.</source>
        <translation>„%1“ ist keine Serververbindung: Fügen Sie eine postgresql://-Adresse oder service=name ein, oder leeren Sie das Feld und füllen Sie die darunter aus.</translation>
    </message>
    <message>
        <source>Give the name of the workspace's database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank des Arbeitsbereichs auf dem Server an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
</context>
<context>
    <name>Inflection::ContingencyField</name>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Technische Maßnahme</translation>
    </message>
    <message>
        <source>Onsite messaging</source>
        <translation>Kommunikation vor Ort</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
</context>
<context>
    <name>Inflection::ContingencyModel</name>
    <message>
        <source>Add contingency</source>
        <translation>Eventualfall hinzufügen</translation>
    </message>
    <message>
        <source>Delete contingency</source>
        <translation>Eventualfall löschen</translation>
    </message>
    <message>
        <source>Move contingency</source>
        <translation>Eventualfall verschieben</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>Is PR needed for the contingency (i.e. larger scale failure)</source>
        <translation>Ist für den Eventualfall PR nötig (d. h. ein Ausfall größeren Ausmaßes)?</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>What could possibly go wrong with the feature launched in production?</source>
        <translation>Was könnte bei der in Produktion gestarteten Funktion alles schiefgehen?</translation>
    </message>
    <message>
        <source>What is the likelihood of each item going wrong?</source>
        <translation>Wie wahrscheinlich ist es, dass der jeweilige Punkt schiefgeht?</translation>
    </message>
    <message>
        <source>This is just a measure of how impactful this will be if it does actually turn out to be a concern.</source>
        <translation>Das ist nur ein Maß dafür, wie groß die Auswirkung wäre, wenn es sich tatsächlich als Problem herausstellt.</translation>
    </message>
    <message>
        <source>Any comments about the item?</source>
        <translation>Gibt es Anmerkungen zu diesem Punkt?</translation>
    </message>
    <message>
        <source>What do we do to mitigate the issue with the item (i.e. can we gracefully degrade?)</source>
        <translation>Was tun wir, um das Problem bei diesem Punkt abzumildern (d. h. können wir kontrolliert abschwächen)?</translation>
    </message>
    <message>
        <source>What is the messaging to the user in the forums, blog, and social media if this needs graceful degradation?</source>
        <translation>Wie lautet die Nachricht an die Nutzer in Foren, Blog und sozialen Medien, falls kontrolliert abgeschwächt werden muss?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contingencies</source>
        <translation>
            <numerusform>%n Eventualfall hinzufügen</numerusform>
            <numerusform>%n Eventualfälle hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contingencies</source>
        <translation>
            <numerusform>%n Eventualfall löschen</numerusform>
            <numerusform>%n Eventualfälle löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>the contingency “%1”</source>
        <translation>der Eventualfall „%1“</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Technische Maßnahme</translation>
    </message>
    <message>
        <source>Onsite messaging</source>
        <translation>Kommunikation vor Ort</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An incident linked to a contingency item: the postmortem's title and what it says of the item.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incidents that were this item (double-click opens the postmortem):
%1</source>
        <translation>Störungen, die dieser Eintrag waren (Doppelklick öffnet das Postmortem):
%1</translation>
    </message>
    <message>
        <source>The incidents whose postmortems say they were this item, and whether its mitigation held</source>
        <translation>Die Störungen, deren Postmortems sagen, dass sie dieser Eintrag waren, und ob seine Eindämmung hielt</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
</context>
<context>
    <name>Inflection::ContributingFactor</name>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>Events %1</source>
        <translation>Ereignisse %1</translation>
    </message>
</context>
<context>
    <name>Inflection::ContributingFactorField</name>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Inflection::ContributingFactorModel</name>
    <message>
        <source>Link a contributing factor to an event</source>
        <translation>Einen beitragenden Faktor mit einem Ereignis verknüpfen</translation>
    </message>
    <message>
        <source>Unlink a contributing factor from an event</source>
        <translation>Die Verknüpfung eines beitragenden Faktors mit einem Ereignis lösen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contributing factors</source>
        <translation>
            <numerusform>%n beitragenden Faktor löschen</numerusform>
            <numerusform>%n beitragende Faktoren löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add contributing factor</source>
        <translation>Beitragenden Faktor hinzufügen</translation>
    </message>
    <message>
        <source>Delete contributing factor</source>
        <translation>Beitragenden Faktor löschen</translation>
    </message>
    <message>
        <source>Move contributing factor</source>
        <translation>Beitragenden Faktor verschieben</translation>
    </message>
    <message>
        <source>the contributing factor “%1”</source>
        <translation>der beitragende Faktor „%1“</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Beitragender Faktor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Shows in</source>
        <translation>Zeigt sich in</translation>
    </message>
</context>
<context>
    <name>Inflection::CsvTimelineParser</name>
    <message>
        <source>This is not a timeline CSV file: its first row must name the columns time, actor and text.</source>
        <translation>Das ist keine Zeitleisten-CSV-Datei: Ihre erste Zeile muss die Spalten time, actor und text benennen.</translation>
    </message>
</context>
<context>
    <name>Inflection::DateTimeDelegate</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordCollection</name>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Der Ordner „%1“ lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordFormat</name>
    <message>
        <source>Recognised per file</source>
        <translation>Für jede Datei erkannt</translation>
    </message>
    <message>
        <source>MADR (*.md)</source>
        <translation>MADR (*.md)</translation>
    </message>
    <message>
        <source>Nygard / adr-tools (*.md)</source>
        <translation>Nygard / adr-tools (*.md)</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordImportDialog</name>
    <message>
        <source>Import Decision Records</source>
        <translation>Decision Records importieren</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Folder of Decision Records</source>
        <translation>Ordner mit Decision Records</translation>
    </message>
    <message>
        <source>Decision Record</source>
        <translation>Decision Record</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) to add</source>
        <extracomment>The preview's summary: "3 reviews to add, 2 to update, 1 file not readable".</extracomment>
        <translation>
            <numerusform>%n Review hinzuzufügen</numerusform>
            <numerusform>%n Reviews hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not readable</source>
        <translation>
            <numerusform>%n Datei nicht lesbar</numerusform>
            <numerusform>%n Dateien nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supersede link(s)</source>
        <translation>
            <numerusform>%n Ersetzungs-Link</numerusform>
            <numerusform>%n Ersetzungs-Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;le…</source>
        <translation>&amp;Datei…</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordImporter</name>
    <message>
        <source>“%1” is not there.</source>
        <translation>„%1“ ist nicht da.</translation>
    </message>
    <message>
        <source>the workspace has its uuid as another kind of review</source>
        <translation>der Arbeitsbereich hat seine UUID als Review einer anderen Art</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordParser</name>
    <message>
        <source>too large for a decision record</source>
        <translation>zu groß für einen Decision Record</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>keine Textdatei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no title (a first “# …” heading)</source>
        <translation>kein Titel (eine erste Überschrift „# …“)</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordWriter</name>
    <message>
        <source>Only an architecture review is a decision record.</source>
        <translation>Nur ein Architektur-Review ist ein Decision Record.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::DemoWorkspace</name>
    <message>
        <source>Move search indexing to a queue</source>
        <translation>Suchindizierung in eine Warteschlange verlagern</translation>
    </message>
    <message>
        <source>Launch of gift cards in the checkout</source>
        <translation>Start der Geschenkkarten im Checkout</translation>
    </message>
    <message>
        <source>Primary database failover on March 3</source>
        <translation>Failover der primären Datenbank am 3. März</translation>
    </message>
    <message>
        <source>Two weeks behind a staff-only flag; load test at 3× peak.</source>
        <translation>Zwei Wochen hinter einem Schalter nur für Mitarbeitende; Lasttest mit dem Dreifachen der Spitzenlast.</translation>
    </message>
    <message>
        <source>Tuesday 10:00 ET, pushed by Marcus from the deploy room.</source>
        <translation>Dienstag 10:00 ET, ausgerollt von Marcus aus dem Deploy-Raum.</translation>
    </message>
    <message>
        <source>Seller handbook page still in review with Support.</source>
        <translation>Seite im Verkäuferhandbuch noch in Prüfung beim Support.</translation>
    </message>
    <message>
        <source>Config flag ramps 1% → 10% → 50% → 100%.</source>
        <translation>Konfigurationsschalter steigt 1 % → 10 % → 50 % → 100 %.</translation>
    </message>
    <message>
        <source>A new balance service and its database.</source>
        <translation>Ein neuer Guthabendienst und seine Datenbank.</translation>
    </message>
    <message>
        <source>Graphs and alerts for latency, errors and balance drift.</source>
        <translation>Graphen und Alarme für Latenz, Fehler und Guthabenabweichung.</translation>
    </message>
    <message>
        <source>Works against a shared stub only; ticket open.</source>
        <translation>Funktioniert nur gegen einen gemeinsamen Stub; Ticket offen.</translation>
    </message>
    <message>
        <source>Balance service is down</source>
        <translation>Der Guthabendienst ist ausgefallen</translation>
    </message>
    <message>
        <source>Hide gift cards at checkout; orders go through without them</source>
        <translation>Geschenkkarten im Checkout ausblenden; Bestellungen gehen ohne sie durch</translation>
    </message>
    <message>
        <source>Forum post: gift cards paused, balances are safe</source>
        <translation>Forumsbeitrag: Geschenkkarten pausiert, Guthaben sind sicher</translation>
    </message>
    <message>
        <source>Balance database overloaded at the sale peak</source>
        <translation>Guthabendatenbank zur Verkaufsspitze überlastet</translation>
    </message>
    <message>
        <source>Load test stopped at 3× peak</source>
        <translation>Lasttest beim Dreifachen der Spitzenlast beendet</translation>
    </message>
    <message>
        <source>Read balances from the replica; queue redemptions</source>
        <translation>Guthaben vom Replikat lesen; Einlösungen in eine Warteschlange stellen</translation>
    </message>
    <message>
        <source>Traffic is ten times the estimate</source>
        <translation>Der Verkehr ist zehnmal so hoch wie geschätzt</translation>
    </message>
    <message>
        <source>Ramp the flag back to 10%; add balance-service hosts</source>
        <translation>Den Schalter auf 10 % zurückfahren; Hosts für den Guthabendienst hinzufügen</translation>
    </message>
    <message>
        <source>Double redemption of one card</source>
        <translation>Doppelte Einlösung einer Karte</translation>
    </message>
    <message>
        <source>Idempotency keys tested; never seen in staging</source>
        <translation>Idempotenzschlüssel getestet; in Staging nie beobachtet</translation>
    </message>
    <message>
        <source>Nightly reconciliation job flags and reverses</source>
        <translation>Nächtlicher Abgleich markiert und storniert</translation>
    </message>
    <message>
        <source>Email affected buyers and sellers directly</source>
        <translation>Betroffene Käufer und Verkäufer direkt per E-Mail benachrichtigen</translation>
    </message>
    <message>
        <source>Card codes guessed by brute force</source>
        <translation>Kartencodes durch Ausprobieren erraten</translation>
    </message>
    <message>
        <source>Rate limit code checks per account and per IP</source>
        <translation>Codeprüfungen pro Konto und pro IP begrenzen</translation>
    </message>
    <message>
        <source>Checkout page slower with the gift-card field</source>
        <translation>Checkout-Seite mit dem Geschenkkartenfeld langsamer</translation>
    </message>
    <message>
        <source>Load the field after the page; budget 50 ms</source>
        <translation>Das Feld nach der Seite laden; Budget 50 ms</translation>
    </message>
    <message>
        <source>Currency rounding differs from the ledger</source>
        <translation>Rundung der Währung weicht vom Hauptbuch ab</translation>
    </message>
    <message>
        <source>Only for JPY and KRW</source>
        <translation>Nur bei JPY und KRW</translation>
    </message>
    <message>
        <source>Round in the ledger only; display what it says</source>
        <translation>Nur im Hauptbuch runden; anzeigen, was dort steht</translation>
    </message>
    <message>
        <source>Support cannot look up a card's history</source>
        <translation>Der Support kann den Verlauf einer Karte nicht nachschlagen</translation>
    </message>
    <message>
        <source>Admin page lists redemptions by code</source>
        <translation>Admin-Seite listet Einlösungen nach Code</translation>
    </message>
    <message>
        <source>Macro for Support with the lookup steps</source>
        <translation>Makro für den Support mit den Schritten zum Nachschlagen</translation>
    </message>
    <message>
        <source>Emails with the card code land in spam</source>
        <translation>E-Mails mit dem Kartencode landen im Spam</translation>
    </message>
    <message>
        <source>Codes also shown on the order page</source>
        <translation>Codes werden auch auf der Bestellseite angezeigt</translation>
    </message>
    <message>
        <source>Help article: where to find your gift card</source>
        <translation>Hilfeartikel: Wo Sie Ihre Geschenkkarte finden</translation>
    </message>
    <message>
        <source>Payment provider declines card purchases as fraud</source>
        <translation>Zahlungsanbieter lehnt Kartenkäufe als Betrug ab</translation>
    </message>
    <message>
        <source>Category code agreed with the provider in advance</source>
        <translation>Kategoriecode vorab mit dem Anbieter vereinbart</translation>
    </message>
    <message>
        <source>The feature must be turned off</source>
        <translation>Die Funktion muss abgeschaltet werden</translation>
    </message>
    <message>
        <source>Config flag off without a deploy; rehearsed on Friday</source>
        <translation>Konfigurationsschalter aus ohne Deployment; am Freitag geprobt</translation>
    </message>
    <message>
        <source>Blog post explaining the pause and when it returns</source>
        <translation>Blogbeitrag, der die Pause erklärt und wann es weitergeht</translation>
    </message>
    <message>
        <source>Metrics dashboards miss the new service</source>
        <translation>Metrik-Dashboards erfassen den neuen Dienst nicht</translation>
    </message>
    <message>
        <source>Dashboard reviewed in this meeting</source>
        <translation>Dashboard in diesem Treffen geprüft</translation>
    </message>
    <message>
        <source>Replication lag alert on db-listings-02 (replica): 45 s behind the primary</source>
        <translation>Alarm zur Replikationsverzögerung auf db-listings-02 (Replikat): 45 s hinter dem Primärserver</translation>
    </message>
    <message>
        <source>Lin acknowledges the page and opens the replication dashboard</source>
        <translation>Lin bestätigt den Alarm und öffnet das Replikations-Dashboard</translation>
    </message>
    <message>
        <source>Lag keeps growing, 90 s; the primary's disk write latency is at 40 ms</source>
        <translation>Die Verzögerung wächst weiter, 90 s; die Schreiblatenz der Platten des Primärservers liegt bei 40 ms</translation>
    </message>
    <message>
        <source>Lin asks in #ops for a second pair of eyes on db-listings</source>
        <translation>Lin bittet in #ops um ein zweites Paar Augen für db-listings</translation>
    </message>
    <message>
        <source>Dana joins and checks the primary: the RAID controller reports a degraded battery</source>
        <translation>Dana kommt dazu und prüft den Primärserver: Der RAID-Controller meldet eine geschwächte Batterie</translation>
    </message>
    <message>
        <source>The controller switched to write-through when its battery failed; every write now waits on the disks</source>
        <translation>Der Controller hat beim Ausfall seiner Batterie auf Write-through umgeschaltet; jeder Schreibvorgang wartet jetzt auf die Platten</translation>
    </message>
    <message>
        <source>Dana decides to fail over to db-listings-02 once the lag is under 5 s</source>
        <translation>Dana entscheidet, auf db-listings-02 umzuschalten, sobald die Verzögerung unter 5 s liegt</translation>
    </message>
    <message>
        <source>The runbook says to fail over when the primary's hardware is degraded, and the replica had caught up in every past drill within minutes.</source>
        <translation>Das Runbook sieht ein Failover vor, wenn die Hardware des Primärservers geschwächt ist, und das Replikat hatte in jeder bisherigen Übung binnen Minuten aufgeholt.</translation>
    </message>
    <message>
        <source>Lin throttles the listing indexer to lower the write load</source>
        <translation>Lin drosselt den Angebotsindexer, um die Schreiblast zu senken</translation>
    </message>
    <message>
        <source>Lag falls to 30 s</source>
        <translation>Die Verzögerung sinkt auf 30 s</translation>
    </message>
    <message>
        <source>Support sees forum posts about new listings not showing up in shop pages</source>
        <translation>Der Support sieht Forumsbeiträge, dass neue Angebote nicht in den Shopseiten erscheinen</translation>
    </message>
    <message>
        <source>Sam posts on the status page: listing updates may be delayed</source>
        <translation>Sam schreibt auf der Statusseite: Aktualisierungen von Angeboten können sich verzögern</translation>
    </message>
    <message>
        <source>Lag at 4 s</source>
        <translation>Verzögerung bei 4 s</translation>
    </message>
    <message>
        <source>Dana runs the failover script against db-listings-02</source>
        <translation>Dana startet das Failover-Skript gegen db-listings-02</translation>
    </message>
    <message>
        <source>Connection errors from the web tier: 'too many connections' on db-listings-02</source>
        <translation>Verbindungsfehler aus der Web-Schicht: „too many connections“ auf db-listings-02</translation>
    </message>
    <message>
        <source>The replica's max_connections is 500; the primary's was raised to 2000 last year and the replica was not</source>
        <translation>max_connections des Replikats ist 500; das des Primärservers wurde letztes Jahr auf 2000 erhöht, das des Replikats nicht</translation>
    </message>
    <message>
        <source>Dana raises max_connections on the new primary rather than failing back</source>
        <translation>Dana erhöht max_connections auf dem neuen Primärserver, statt zurückzuschalten</translation>
    </message>
    <message>
        <source>Failing back meant writing to a primary in write-through mode again; raising a limit was a one-line change that could be undone.</source>
        <translation>Zurückschalten hätte bedeutet, wieder auf einen Primärserver im Write-through-Modus zu schreiben; ein Limit zu erhöhen war eine einzeilige Änderung, die sich rückgängig machen ließ.</translation>
    </message>
    <message>
        <source>max_connections set to 2000 on db-listings-02</source>
        <translation>max_connections auf db-listings-02 auf 2000 gesetzt</translation>
    </message>
    <message>
        <source>Connection errors stop; page latency back to normal</source>
        <translation>Verbindungsfehler hören auf; Seitenlatenz wieder normal</translation>
    </message>
    <message>
        <source>The listing indexer is still throttled; its queue has 180,000 jobs</source>
        <translation>Der Angebotsindexer ist noch gedrosselt; seine Warteschlange hat 180.000 Aufträge</translation>
    </message>
    <message>
        <source>Lin removes the throttle gradually, 25% every five minutes</source>
        <translation>Lin hebt die Drosselung schrittweise auf, 25 % alle fünf Minuten</translation>
    </message>
    <message>
        <source>The new primary had never taken the full write load; a gradual ramp showed problems while they were small.</source>
        <translation>Der neue Primärserver hatte noch nie die volle Schreiblast getragen; ein schrittweises Hochfahren zeigte Probleme, solange sie klein waren.</translation>
    </message>
    <message>
        <source>Indexer at 25%</source>
        <translation>Indexer bei 25 %</translation>
    </message>
    <message>
        <source>Indexer at 50%</source>
        <translation>Indexer bei 50 %</translation>
    </message>
    <message>
        <source>Write latency on the new primary steady at 3 ms</source>
        <translation>Schreiblatenz auf dem neuen Primärserver stabil bei 3 ms</translation>
    </message>
    <message>
        <source>Indexer at 75%</source>
        <translation>Indexer bei 75 %</translation>
    </message>
    <message>
        <source>Indexer back to 100%</source>
        <translation>Indexer wieder bei 100 %</translation>
    </message>
    <message>
        <source>Status page: listing updates are catching up</source>
        <translation>Statusseite: Aktualisierungen von Angeboten holen auf</translation>
    </message>
    <message>
        <source>Indexer queue drained</source>
        <translation>Indexer-Warteschlange abgearbeitet</translation>
    </message>
    <message>
        <source>Status page: resolved</source>
        <translation>Statusseite: behoben</translation>
    </message>
    <message>
        <source>Dana opens a ticket with the hardware vendor for the controller battery</source>
        <translation>Dana eröffnet beim Hardwarehersteller ein Ticket zur Controller-Batterie</translation>
    </message>
    <message>
        <source>The config management template for database replicas does not set max_connections at all</source>
        <translation>Die Vorlage der Konfigurationsverwaltung für Datenbank-Replikate setzt max_connections überhaupt nicht</translation>
    </message>
    <message>
        <source>This was human error: the limit should have been copied to the replica last year</source>
        <translation>Das war menschliches Versagen: Das Limit hätte letztes Jahr auf das Replikat übertragen werden sollen</translation>
    </message>
    <message>
        <source>Marcus adds max_connections to the replica template</source>
        <translation>Marcus nimmt max_connections in die Replikatvorlage auf</translation>
    </message>
    <message>
        <source>Lin rebuilds db-listings-01 as a replica of the new primary</source>
        <translation>Lin baut db-listings-01 als Replikat des neuen Primärservers neu auf</translation>
    </message>
    <message>
        <source>db-listings-01 caught up as a replica</source>
        <translation>db-listings-01 hat als Replikat aufgeholt</translation>
    </message>
    <message>
        <source>Obviously the battery alert from last week was the root cause</source>
        <translation>Offensichtlich war der Batteriealarm von letzter Woche die Grundursache</translation>
    </message>
    <message>
        <source>Priya schedules the postmortem for Thursday</source>
        <translation>Priya setzt das Postmortem für Donnerstag an</translation>
    </message>
    <message>
        <source>Forum threads about missing listings: 14, all answered by 15:30</source>
        <translation>Forumsthreads zu fehlenden Angeboten: 14, alle bis 15:30 beantwortet</translation>
    </message>
    <message>
        <source>The failover script printed no warning about differing settings between primary and replica</source>
        <translation>Das Failover-Skript gab keine Warnung zu abweichenden Einstellungen zwischen Primärserver und Replikat aus</translation>
    </message>
    <message>
        <source>Battery warnings had been logged by the controller since February 24, at info level</source>
        <translation>Batteriewarnungen hatte der Controller seit dem 24. Februar protokolliert, auf Info-Ebene</translation>
    </message>
    <message>
        <source>Nobody on the call knew the replica had a lower connection limit</source>
        <translation>Niemand in der Runde wusste, dass das Replikat ein niedrigeres Verbindungslimit hatte</translation>
    </message>
    <message>
        <source>Alert when a RAID controller's battery degrades</source>
        <translation>Alarmieren, wenn die Batterie eines RAID-Controllers nachlässt</translation>
    </message>
    <message>
        <source>Set max_connections in the replica template</source>
        <translation>max_connections in der Replikatvorlage setzen</translation>
    </message>
    <message>
        <source>Make the failover script compare settings between primary and replica</source>
        <translation>Das Failover-Skript die Einstellungen von Primärserver und Replikat vergleichen lassen</translation>
    </message>
    <message>
        <source>Tell Support in #ops when the status page changes</source>
        <translation>Den Support in #ops informieren, wenn sich die Statusseite ändert</translation>
    </message>
    <message>
        <source>Rebuilding db-listings-01 as a replica took two hours, the next afternoon.</source>
        <translation>Der Neuaufbau von db-listings-01 als Replikat dauerte am nächsten Nachmittag zwei Stunden.</translation>
    </message>
    <message>
        <source>No: the incident took under an hour and four people shared it.</source>
        <translation>Nein: Die Störung dauerte unter einer Stunde und vier Personen teilten sie sich.</translation>
    </message>
    <message>
        <source>The status page went up 15 minutes after the first alert, after Support saw forum posts; Operations did not know Support was watching.</source>
        <translation>Die Statusseite ging 15 Minuten nach dem ersten Alarm online, nachdem der Support Forumsbeiträge gesehen hatte; der Betrieb wusste nicht, dass der Support mitlas.</translation>
    </message>
    <message>
        <source>The failover script worked but compares no settings between the two servers.</source>
        <translation>Das Failover-Skript funktionierte, vergleicht aber keine Einstellungen zwischen den beiden Servern.</translation>
    </message>
    <message>
        <source>Replication lag and write latency were graphed; the controller battery was only in syslog.</source>
        <translation>Replikationsverzögerung und Schreiblatenz waren als Graphen da; die Controller-Batterie stand nur im Syslog.</translation>
    </message>
    <message>
        <source>Yes, in #ops; decisions were said out loud before acting.</source>
        <translation>Ja, in #ops; Entscheidungen wurden laut ausgesprochen, bevor gehandelt wurde.</translation>
    </message>
    <message>
        <source>Sellers ask about this weekly; can we say a minute on the help page once this ships?</source>
        <translation>Verkäufer fragen jede Woche danach; können wir auf der Hilfeseite eine Minute angeben, sobald das live ist?</translation>
    </message>
    <message>
        <source>After the rehearsal, yes.</source>
        <translation>Nach der Probe, ja.</translation>
    </message>
    <message>
        <source>How do we notice a stuck worker? Queue depth alone will not tell us which one.</source>
        <translation>Wie bemerken wir einen hängenden Worker? Die Länge der Warteschlange allein sagt uns nicht, welcher es ist.</translation>
    </message>
    <message>
        <source>Each worker reports the age of the last event it finished; we alert on that.</source>
        <translation>Jeder Worker meldet das Alter des zuletzt abgeschlossenen Ereignisses; darauf alarmieren wir.</translation>
    </message>
    <message>
        <source>Good; add it to the runbook.</source>
        <translation>Gut; nehmt es ins Runbook auf.</translation>
    </message>
    <message>
        <source>Is a hosted queue an option? We would not run the cluster ourselves.</source>
        <translation>Ist eine gehostete Warteschlange eine Option? Den Cluster würden wir nicht selbst betreiben.</translation>
    </message>
    <message>
        <source>Who is on call for the broker?</source>
        <translation>Wer hat Bereitschaft für den Broker?</translation>
    </message>
    <message>
        <source>Operations, with Search as second line for a quarter.</source>
        <translation>Der Betrieb, mit der Suche als zweiter Ebene für ein Quartal.</translation>
    </message>
    <message>
        <source>What happens to search freshness while the broker is down?</source>
        <translation>Was passiert mit der Aktualität der Suche, während der Broker ausgefallen ist?</translation>
    </message>
    <message>
        <source>Can the batch indexer and the workers run at the same time?</source>
        <translation>Können der Batch-Indexer und die Worker gleichzeitig laufen?</translation>
    </message>
    <message>
        <source>Cluster, monitoring, runbook and training are costed.</source>
        <translation>Cluster, Monitoring, Runbook und Schulung sind eingeplant.</translation>
    </message>
    <message>
        <source>A hosted queue later would mean rewriting acknowledgements.</source>
        <translation>Eine gehostete Warteschlange würde später bedeuten, die Bestätigungen neu zu schreiben.</translation>
    </message>
    <message>
        <source>Worker lag is graphed and alerted on.</source>
        <translation>Die Verzögerung der Worker wird als Graph gezeigt und alarmiert.</translation>
    </message>
    <message>
        <source># Goals

Listings should be searchable within a minute of being saved. Today the indexer runs every fifteen minutes and rebuilds whole shards, so a new listing can take half an hour to show up.

# Design

The listing service writes an *index event* to a queue whenever a listing changes. A pool of index workers reads the queue and updates the search index one document at a time.

- Goal "within a minute": a worker picks an event up in seconds.
- Goal "no full rebuilds": shards are only rebuilt when the schema changes.

```php
$queue-&gt;publish('listing.changed', ['id' =&gt; $listing-&gt;id, 'version' =&gt; $listing-&gt;version]);
```

Workers are idempotent: an event carries the listing's version, and an older version never overwrites a newer one.

# Departures from current technology

RabbitMQ as the queue. We run no message broker today; the alternatives below show why the database is not a good queue at this volume.

# Alternatives considered

1. **A jobs table in MySQL**: polling at this rate loads the primary.
2. **Gearman**, which we already run for image resizing: it keeps no messages across a restart.

# Costs and pain points

A broker cluster to run, with its own monitoring and on-call runbook. Re-indexing everything still needs the old batch path, so both stay for a while.
</source>
        <translation># Ziele

Angebote sollen innerhalb einer Minute nach dem Speichern durchsuchbar sein. Heute läuft der Indexer alle fünfzehn Minuten und baut ganze Shards neu auf, sodass ein neues Angebot eine halbe Stunde brauchen kann, bis es erscheint.

# Entwurf

Der Angebotsdienst schreibt ein *Index-Ereignis* in eine Warteschlange, sobald sich ein Angebot ändert. Ein Pool von Index-Workern liest die Warteschlange und aktualisiert den Suchindex Dokument für Dokument.

- Ziel „innerhalb einer Minute“: Ein Worker nimmt ein Ereignis binnen Sekunden auf.
- Ziel „keine vollständigen Neuaufbauten“: Shards werden nur neu aufgebaut, wenn sich das Schema ändert.

```php
$queue-&gt;publish('listing.changed', ['id' =&gt; $listing-&gt;id, 'version' =&gt; $listing-&gt;version]);
```

Worker sind idempotent: Ein Ereignis trägt die Version des Angebots, und eine ältere Version überschreibt nie eine neuere.

# Abweichungen von der aktuellen Technologie

RabbitMQ als Warteschlange. Wir betreiben heute keinen Message-Broker; die Alternativen unten zeigen, warum die Datenbank bei diesem Volumen keine gute Warteschlange ist.

# Erwogene Alternativen

1. **Eine Auftragstabelle in MySQL**: Abfragen in dieser Frequenz belasten den Primärserver.
2. **Gearman**, das wir schon für die Bildskalierung betreiben: Es behält keine Nachrichten über einen Neustart hinweg.

# Kosten und Schmerzpunkte

Ein Broker-Cluster, der betrieben werden will, mit eigenem Monitoring und Bereitschafts-Runbook. Ein vollständiges Neuindizieren braucht weiterhin den alten Batch-Weg, also bleiben beide eine Weile bestehen.
</translation>
    </message>
    <message>
        <source>Proceed, with Operations owning the broker from day one and the batch path kept until a full re-index through the queue has been rehearsed.</source>
        <translation>Weitermachen, wobei der Betrieb den Broker vom ersten Tag an verantwortet und der Batch-Weg bleibt, bis ein vollständiges Neuindizieren über die Warteschlange geprobt wurde.</translation>
    </message>
    <message>
        <source>Priya presented; Lin asked how a stuck worker would be noticed; Marcus walked through the versioning of events.</source>
        <translation>Priya hat vorgestellt; Lin fragte, wie ein hängender Worker bemerkt würde; Marcus erklärte die Versionierung der Ereignisse.</translation>
    </message>
    <message>
        <source>Events carry the listing version; workers drop older versions. The queue is durable; at-least-once delivery is enough.</source>
        <translation>Ereignisse tragen die Version des Angebots; Worker verwerfen ältere Versionen. Die Warteschlange ist dauerhaft; mindestens einmalige Zustellung genügt.</translation>
    </message>
    <message>
        <source>We have no broker expertise yet: two people go to training. Open: how long may the queue grow before we page someone?</source>
        <translation>Wir haben noch keine Broker-Erfahrung: Zwei Personen gehen zur Schulung. Offen: Wie lang darf die Warteschlange werden, bevor wir jemanden alarmieren?</translation>
    </message>
    <message>
        <source>A three-node cluster, monitoring, an on-call runbook, training for two people.</source>
        <translation>Ein Cluster aus drei Knoten, Monitoring, ein Bereitschafts-Runbook, Schulung für zwei Personen.</translation>
    </message>
    <message>
        <source>Fresh search results against one more system that can fail.</source>
        <translation>Frische Suchergebnisse gegen ein weiteres System, das ausfallen kann.</translation>
    </message>
    <message>
        <source>Moving to a hosted queue later means rewriting the workers' acknowledgements.</source>
        <translation>Ein späterer Wechsel zu einer gehosteten Warteschlange bedeutet, die Bestätigungen der Worker neu zu schreiben.</translation>
    </message>
    <message>
        <source>Document-at-a-time updates instead of whole shards: more, smaller commits.</source>
        <translation>Aktualisierungen Dokument für Dokument statt ganzer Shards: mehr, kleinere Commits.</translation>
    </message>
    <message>
        <source>Commit frequency against index freshness.</source>
        <translation>Commit-Frequenz gegen Aktualität des Index.</translation>
    </message>
    <message>
        <source>a nightly batch as a fallback</source>
        <translation>einen nächtlichen Batch als Rückfallebene</translation>
    </message>
    <message>
        <source>Re-indexing everything uses </source>
        <translation>Ein vollständiges Neuindizieren nutzt </translation>
    </message>
    <message>
        <source>Nightly is too slow for a fallback; the fifteen-minute job would be better.</source>
        <translation>Nächtlich ist zu langsam als Rückfallebene; der Fünfzehn-Minuten-Auftrag wäre besser.</translation>
    </message>
    <message>
        <source>within a minute of being saved</source>
        <translation>innerhalb einer Minute nach dem Speichern</translation>
    </message>
    <message>
        <source>A pool of index workers</source>
        <translation>Ein Pool von Index-Workern</translation>
    </message>
    <message>
        <source>RabbitMQ as the queue</source>
        <translation>RabbitMQ als Warteschlange</translation>
    </message>
    <message>
        <source>The controller's battery warnings went to syslog at info level for a week; no alert or graph showed them</source>
        <translation>Die Batteriewarnungen des Controllers gingen eine Woche lang auf Info-Ebene ins Syslog; kein Alarm und kein Graph zeigte sie</translation>
    </message>
    <message>
        <source>The replica template does not set max_connections, so raising the primary's limit last year left the replica at 500</source>
        <translation>Die Replikatvorlage setzt max_connections nicht, sodass das Replikat bei 500 blieb, als letztes Jahr das Limit des Primärservers erhöht wurde</translation>
    </message>
    <message>
        <source>The failover script compares no settings between primary and replica, so the lower limit showed only once the traffic arrived</source>
        <translation>Das Failover-Skript vergleicht keine Einstellungen zwischen Primärserver und Replikat, sodass sich das niedrigere Limit erst zeigte, als der Verkehr ankam</translation>
    </message>
    <message>
        <source>Support learned of the delays from the forums; Operations did not know Support was watching, and the status page went up 15 minutes after the first alert</source>
        <translation>Der Support erfuhr von den Verzögerungen aus den Foren; der Betrieb wusste nicht, dass der Support mitlas, und die Statusseite ging 15 Minuten nach dem ersten Alarm online</translation>
    </message>
    <message>
        <source>Split payments into a service of its own</source>
        <translation>Zahlungen in einen eigenen Dienst auslagern</translation>
    </message>
    <message>
        <source># Goals

Payments change weekly while the rest of checkout changes daily. A service of its own lets the payments team deploy on its own schedule and keeps card data out of the main application.

# Design

A payments service written in Go, with its own PostgreSQL database. Checkout calls it over HTTP with an idempotency key per order.
</source>
        <translation># Ziele

Zahlungen ändern sich wöchentlich, der Rest des Checkouts täglich. Ein eigener Dienst lässt das Zahlungsteam nach eigenem Plan deployen und hält Kartendaten aus der Hauptanwendung heraus.

# Entwurf

Ein Zahlungsdienst in Go mit eigener PostgreSQL-Datenbank. Der Checkout ruft ihn über HTTP auf, mit einem Idempotenzschlüssel pro Bestellung.
</translation>
    </message>
    <message>
        <source>Proceed, with a load test at three times the busiest hour before the launch review.</source>
        <translation>Weitermachen, mit einem Lasttest beim Dreifachen der stärksten Stunde vor dem Launch-Review.</translation>
    </message>
    <message>
        <source>Build and deploy tooling for a second language; training for three developers.</source>
        <translation>Build- und Deploy-Werkzeuge für eine zweite Sprache; Schulung für drei Entwickler.</translation>
    </message>
    <message>
        <source>A second kind of database to back up, monitor and upgrade.</source>
        <translation>Eine zweite Art Datenbank, die gesichert, überwacht und aktualisiert werden muss.</translation>
    </message>
    <message>
        <source>Send push notifications through a hosted provider</source>
        <translation>Push-Benachrichtigungen über einen gehosteten Anbieter senden</translation>
    </message>
    <message>
        <source># Goals

Order updates reach the app within a minute, on both mobile platforms.

# Design

Notification workers hand messages to Firebase Cloud Messaging, which delivers them to both platforms. Device tokens stay in our database.
</source>
        <translation># Ziele

Bestellupdates erreichen die App innerhalb einer Minute, auf beiden Mobilplattformen.

# Entwurf

Benachrichtigungs-Worker übergeben Nachrichten an Firebase Cloud Messaging, das sie an beide Plattformen ausliefert. Gerätetokens bleiben in unserer Datenbank.
</translation>
    </message>
    <message>
        <source>Proceed; the workers send an idempotency key with every message.</source>
        <translation>Weitermachen; die Worker senden mit jeder Nachricht einen Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>A contract with the provider, and delivery that depends on the provider's status.</source>
        <translation>Ein Vertrag mit dem Anbieter, und die Zustellung hängt vom Zustand des Anbieters ab.</translation>
    </message>
    <message>
        <source>Cache search results at the edge</source>
        <translation>Suchergebnisse am Edge cachen</translation>
    </message>
    <message>
        <source># Goals

Search answers in under 200 ms for nine searches in ten, and the search cluster takes a third of today's load.

# Design

Varnish at the edge caches result pages for popular queries; Memcached keeps the per-listing data it assembles them from.
</source>
        <translation># Ziele

Die Suche antwortet bei neun von zehn Suchen in unter 200 ms, und der Suchcluster trägt ein Drittel der heutigen Last.

# Entwurf

Varnish am Edge cacht Ergebnisseiten beliebter Suchanfragen; Memcached hält die Daten je Angebot, aus denen sie zusammengesetzt werden.
</translation>
    </message>
    <message>
        <source>More information first: how a removed listing leaves the cache, and how a cleared cache refills without overloading the cluster.</source>
        <translation>Erst mehr Informationen: wie ein entferntes Angebot aus dem Cache verschwindet und wie sich ein geleerter Cache füllt, ohne den Cluster zu überlasten.</translation>
    </message>
    <message>
        <source>A cache layer to run, and purges to wire into every change of a listing.</source>
        <translation>Eine Cache-Schicht, die betrieben werden muss, und Purges, die an jede Änderung eines Angebots gekoppelt werden müssen.</translation>
    </message>
    <message>
        <source>More memory for the existing cluster.</source>
        <translation>Mehr Speicher für den bestehenden Cluster.</translation>
    </message>
    <message>
        <source>A GraphQL gateway for the mobile API</source>
        <translation>Ein GraphQL-Gateway für die Mobile-API</translation>
    </message>
    <message>
        <source># Goals

The app loads a screen with one request instead of five.

# Design

A gateway in Node.js answers GraphQL queries by calling the existing services.
</source>
        <translation># Ziele

Die App lädt einen Bildschirm mit einer Anfrage statt mit fünf.

# Entwurf

Ein Gateway in Node.js beantwortet GraphQL-Abfragen, indem es die bestehenden Dienste aufruft.
</translation>
    </message>
    <message>
        <source>Rethink: the same goal is within reach by adding two combined endpoints to the existing API, without a new language and a new service.</source>
        <translation>Neu überdenken: Dasselbe Ziel ist mit zwei kombinierten Endpunkten in der bestehenden API erreichbar, ohne neue Sprache und ohne neuen Dienst.</translation>
    </message>
    <message>
        <source>Query cost limits and caching work differently from the REST endpoints we know.</source>
        <translation>Kostenlimits für Abfragen und Caching funktionieren anders als bei den REST-Endpunkten, die wir kennen.</translation>
    </message>
    <message>
        <source>A third language in production, with its own on-call knowledge.</source>
        <translation>Eine dritte Sprache in Produktion, mit eigenem Bereitschaftswissen.</translation>
    </message>
    <message>
        <source>A retry queue for checkout webhooks</source>
        <translation>Eine Wiederholungswarteschlange für Checkout-Webhooks</translation>
    </message>
    <message>
        <source># Goals

Sellers' webhooks for new orders arrive even when a seller's server is down for an hour.

# Design

Failed webhooks go to a retry queue in Redis, retried with growing intervals for a day. The order itself stays in MySQL.
</source>
        <translation># Ziele

Die Webhooks der Verkäufer für neue Bestellungen kommen auch an, wenn der Server eines Verkäufers eine Stunde lang nicht erreichbar ist.

# Entwurf

Fehlgeschlagene Webhooks kommen in eine Wiederholungswarteschlange in Redis und werden einen Tag lang in wachsenden Abständen wiederholt. Die Bestellung selbst bleibt in MySQL.
</translation>
    </message>
    <message>
        <source>Proceed; retries are capped at a day and sellers see the failures in their shop settings.</source>
        <translation>Weitermachen; Wiederholungen enden nach einem Tag, und Verkäufer sehen die Fehlschläge in ihren Shop-Einstellungen.</translation>
    </message>
    <message>
        <source>Persistence settings to get right; a new failover drill.</source>
        <translation>Persistenzeinstellungen, die stimmen müssen; eine neue Failover-Übung.</translation>
    </message>
    <message>
        <source>One more table on the orders database.</source>
        <translation>Eine weitere Tabelle in der Bestelldatenbank.</translation>
    </message>
    <message>
        <source>Launch of the payments service</source>
        <translation>Launch des Zahlungsdienstes</translation>
    </message>
    <message>
        <source>The payments service times out under load</source>
        <translation>Der Zahlungsdienst läuft unter Last in Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>Load shedding switch for saved-card checks; checkout retries once</source>
        <translation>Schalter zum Lastabwurf für Prüfungen gespeicherter Karten; der Checkout wiederholt einmal</translation>
    </message>
    <message>
        <source>Refunds are sent twice</source>
        <translation>Erstattungen werden doppelt ausgezahlt</translation>
    </message>
    <message>
        <source>Idempotency key per refund; nightly reconciliation</source>
        <translation>Idempotenzschlüssel je Erstattung; nächtlicher Abgleich</translation>
    </message>
    <message>
        <source>The card provider's test system differs from production</source>
        <translation>Das Testsystem des Kartenanbieters weicht von der Produktion ab</translation>
    </message>
    <message>
        <source>First 1% of traffic watched by the payments team</source>
        <translation>Das erste 1 % des Verkehrs beobachtet das Zahlungsteam</translation>
    </message>
    <message>
        <source>Rolling back needs a database change</source>
        <translation>Ein Rollback braucht eine Datenbankänderung</translation>
    </message>
    <message>
        <source>Both schemas supported for two weeks</source>
        <translation>Beide Schemata werden zwei Wochen lang unterstützt</translation>
    </message>
    <message>
        <source>Launch of push notifications</source>
        <translation>Launch der Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>The provider throttles our sends</source>
        <translation>Der Anbieter drosselt unsere Sendungen</translation>
    </message>
    <message>
        <source>Queue and send at the provider's rate</source>
        <translation>In die Warteschlange stellen und im Takt des Anbieters senden</translation>
    </message>
    <message>
        <source>Duplicate pushes after a retry</source>
        <translation>Doppelte Pushes nach einer Wiederholung</translation>
    </message>
    <message>
        <source>Idempotency key on every message</source>
        <translation>Idempotenzschlüssel an jeder Nachricht</translation>
    </message>
    <message>
        <source>Device tokens expire in bulk after an app update</source>
        <translation>Gerätetokens laufen nach einem App-Update massenhaft ab</translation>
    </message>
    <message>
        <source>Refresh tokens when the app starts</source>
        <translation>Tokens beim Start der App erneuern</translation>
    </message>
    <message>
        <source>Launch of edge-cached search</source>
        <translation>Launch der Suche mit Edge-Cache</translation>
    </message>
    <message>
        <source>Removed listings stay in cached results</source>
        <translation>Entfernte Angebote bleiben in gecachten Ergebnissen</translation>
    </message>
    <message>
        <source>Purge a listing's cached searches when it is removed</source>
        <translation>Beim Entfernen eines Angebots seine gecachten Suchen löschen</translation>
    </message>
    <message>
        <source>Every search reaches the cluster at once after the cache is cleared</source>
        <translation>Nach dem Leeren des Caches erreicht jede Suche gleichzeitig den Cluster</translation>
    </message>
    <message>
        <source>Request coalescing at the edge</source>
        <translation>Request Coalescing am Edge</translation>
    </message>
    <message>
        <source>The edge provider has an outage</source>
        <translation>Der Edge-Anbieter hat einen Ausfall</translation>
    </message>
    <message>
        <source>DNS switch back to the origin</source>
        <translation>DNS-Umschaltung zurück auf den Ursprung</translation>
    </message>
    <message>
        <source>Launch of one-page checkout</source>
        <translation>Launch des einseitigen Checkouts</translation>
    </message>
    <message>
        <source>The address validation service is slow</source>
        <translation>Der Dienst zur Adressprüfung ist langsam</translation>
    </message>
    <message>
        <source>Accept unvalidated addresses after two seconds</source>
        <translation>Ungeprüfte Adressen nach zwei Sekunden annehmen</translation>
    </message>
    <message>
        <source>Tax totals differ from the old checkout</source>
        <translation>Steuersummen weichen vom alten Checkout ab</translation>
    </message>
    <message>
        <source>Both checkouts compute every order for a week and compare</source>
        <translation>Beide Checkouts berechnen eine Woche lang jede Bestellung und vergleichen</translation>
    </message>
    <message>
        <source>Carts are lost during the switch</source>
        <translation>Warenkörbe gehen beim Umschalten verloren</translation>
    </message>
    <message>
        <source>Carts stay in the database</source>
        <translation>Warenkörbe bleiben in der Datenbank</translation>
    </message>
    <message>
        <source>Launch of version 3 of the mobile API</source>
        <translation>Launch von Version 3 der Mobile-API</translation>
    </message>
    <message>
        <source>Old app versions call removed endpoints</source>
        <translation>Alte App-Versionen rufen entfernte Endpunkte auf</translation>
    </message>
    <message>
        <source>Compatibility shim for the removed endpoints, ready to deploy</source>
        <translation>Kompatibilitätsschicht für die entfernten Endpunkte, bereit zum Deployen</translation>
    </message>
    <message>
        <source>The login rate limit blocks shared office networks</source>
        <translation>Das Login-Ratenlimit sperrt gemeinsam genutzte Büronetze</translation>
    </message>
    <message>
        <source>Raise the limit per network on request</source>
        <translation>Das Limit je Netz auf Anfrage erhöhen</translation>
    </message>
    <message>
        <source>Responses grow past the mobile size budget</source>
        <translation>Antworten wachsen über das Größenbudget für Mobilgeräte</translation>
    </message>
    <message>
        <source>Size checked in the API's tests</source>
        <translation>Größe wird in den Tests der API geprüft</translation>
    </message>
    <message>
        <source>Readiness for the holiday sale</source>
        <translation>Bereitschaft für den Weihnachtsverkauf</translation>
    </message>
    <message>
        <source>Traffic at five times a normal day</source>
        <translation>Verkehr in fünffacher Höhe eines normalen Tages</translation>
    </message>
    <message>
        <source>Extra hosts from the day before; static pages for the sale</source>
        <translation>Zusätzliche Hosts ab dem Vortag; statische Seiten für den Verkauf</translation>
    </message>
    <message>
        <source>The card provider slows down during the sale</source>
        <translation>Der Kartenanbieter wird während des Verkaufs langsamer</translation>
    </message>
    <message>
        <source>Switch new payments to the second provider, rehearsed</source>
        <translation>Neue Zahlungen auf den zweiten Anbieter umschalten, geprobt</translation>
    </message>
    <message>
        <source>Order confirmation emails are delayed</source>
        <translation>Bestellbestätigungen per E-Mail verzögern sich</translation>
    </message>
    <message>
        <source>The order page shows the confirmation too</source>
        <translation>Die Bestellseite zeigt die Bestätigung ebenfalls</translation>
    </message>
    <message>
        <source>The Support queue overflows</source>
        <translation>Die Support-Warteschlange läuft über</translation>
    </message>
    <message>
        <source>Macros ready; two more people on shift</source>
        <translation>Textbausteine bereit; zwei Personen mehr in der Schicht</translation>
    </message>
    <message>
        <source>Carts emptied by a session store restart</source>
        <translation>Warenkörbe durch einen Neustart des Sitzungsspeichers geleert</translation>
    </message>
    <message>
        <source>Restarting the session store during the monthly maintenance signed every buyer out and emptied their carts.</source>
        <translation>Der Neustart des Sitzungsspeichers bei der monatlichen Wartung hat alle Käufer abgemeldet und ihre Warenkörbe geleert.</translation>
    </message>
    <message>
        <source>For 25 minutes buyers saw an empty cart and had to sign in again; about 1,200 carts were lost.</source>
        <translation>25 Minuten lang sahen Käufer einen leeren Warenkorb und mussten sich neu anmelden; etwa 1.200 Warenkörbe gingen verloren.</translation>
    </message>
    <message>
        <source>Support saw the pattern in the tickets within minutes and told #ops at once.</source>
        <translation>Der Support erkannte das Muster in den Tickets innerhalb von Minuten und sagte sofort in #ops Bescheid.</translation>
    </message>
    <message>
        <source>It happened early in the morning, a quiet hour for orders.</source>
        <translation>Es geschah früh am Morgen, zu einer ruhigen Stunde für Bestellungen.</translation>
    </message>
    <message>
        <source>The session store is restarted for the monthly maintenance</source>
        <translation>Der Sitzungsspeicher wird für die monatliche Wartung neu gestartet</translation>
    </message>
    <message>
        <source>Support reports a wave of tickets about empty carts</source>
        <translation>Der Support meldet eine Welle von Tickets zu leeren Warenkörben</translation>
    </message>
    <message>
        <source>Sessions are restored from the morning's snapshot</source>
        <translation>Die Sitzungen werden aus dem Snapshot vom Morgen wiederhergestellt</translation>
    </message>
    <message>
        <source>The maintenance runbook does not say that carts live only in the session store</source>
        <translation>Das Wartungs-Runbook sagt nicht, dass Warenkörbe nur im Sitzungsspeicher liegen</translation>
    </message>
    <message>
        <source>No alert watches the number of active sessions</source>
        <translation>Kein Alarm überwacht die Zahl aktiver Sitzungen</translation>
    </message>
    <message>
        <source>Keep carts in the database as well as in the session</source>
        <translation>Warenkörbe zusätzlich zur Sitzung in der Datenbank halten</translation>
    </message>
    <message>
        <source>Alert when active sessions halve within five minutes</source>
        <translation>Alarm, wenn sich die aktiven Sitzungen binnen fünf Minuten halbieren</translation>
    </message>
    <message>
        <source>Card payments declined for 48 minutes</source>
        <translation>Kartenzahlungen 48 Minuten lang abgelehnt</translation>
    </message>
    <message>
        <source>The client certificate for the card provider expired; every card payment was declined until a new one was installed.</source>
        <translation>Das Client-Zertifikat für den Kartenanbieter ist abgelaufen; jede Kartenzahlung wurde abgelehnt, bis ein neues installiert war.</translation>
    </message>
    <message>
        <source>No card payments for 48 minutes at the evening peak; about 3,000 orders were not placed.</source>
        <translation>48 Minuten lang keine Kartenzahlungen zur abendlichen Spitze; etwa 3.000 Bestellungen kamen nicht zustande.</translation>
    </message>
    <message>
        <source>A maintenance notice went up at checkout within ten minutes, so buyers knew to come back.</source>
        <translation>Innerhalb von zehn Minuten erschien im Checkout ein Wartungshinweis, sodass Käufer wussten, dass sie wiederkommen können.</translation>
    </message>
    <message>
        <source>The provider's support line answered at once and confirmed the expiry.</source>
        <translation>Die Support-Hotline des Anbieters meldete sich sofort und bestätigte den Ablauf.</translation>
    </message>
    <message>
        <source>Card authorisations drop to zero</source>
        <translation>Kartenautorisierungen fallen auf null</translation>
    </message>
    <message>
        <source>The provider's handshake log shows an expired certificate</source>
        <translation>Das Handshake-Protokoll des Anbieters zeigt ein abgelaufenes Zertifikat</translation>
    </message>
    <message>
        <source>A new certificate is installed and payments resume</source>
        <translation>Ein neues Zertifikat wird installiert, und Zahlungen laufen wieder</translation>
    </message>
    <message>
        <source>Certificate renewals were tracked in one person's calendar</source>
        <translation>Zertifikatserneuerungen standen im Kalender einer einzigen Person</translation>
    </message>
    <message>
        <source>The alert on authorisations fires only once they reach zero</source>
        <translation>Der Alarm für Autorisierungen löst erst aus, wenn sie null erreichen</translation>
    </message>
    <message>
        <source>Warn 30 days before any certificate expires</source>
        <translation>30 Tage vor dem Ablauf jedes Zertifikats warnen</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>Zertifikate automatisch erneuern</translation>
    </message>
    <message>
        <source>Alert when authorisations fall by a quarter</source>
        <translation>Alarm, wenn die Autorisierungen um ein Viertel fallen</translation>
    </message>
    <message>
        <source>Search suggestions empty for an hour</source>
        <translation>Suchvorschläge eine Stunde lang leer</translation>
    </message>
    <message>
        <source>A deploy of the suggestion service shipped an empty dictionary; suggestions stopped while search itself kept working.</source>
        <translation>Ein Deploy des Vorschlagsdienstes lieferte ein leeres Wörterbuch aus; die Vorschläge blieben aus, während die Suche selbst weiter funktionierte.</translation>
    </message>
    <message>
        <source>For 70 minutes search offered no suggestions; searches per visit fell by 8%.</source>
        <translation>70 Minuten lang bot die Suche keine Vorschläge; die Suchen pro Besuch fielen um 8 %.</translation>
    </message>
    <message>
        <source>Rolling back took four minutes once the deploy was found.</source>
        <translation>Das Zurückrollen dauerte vier Minuten, sobald der Deploy gefunden war.</translation>
    </message>
    <message>
        <source>The dictionary build had kept the previous version, so nothing needed rebuilding.</source>
        <translation>Der Wörterbuch-Build hatte die vorige Version behalten, sodass nichts neu gebaut werden musste.</translation>
    </message>
    <message>
        <source>Suggestion service 4.2 is deployed</source>
        <translation>Vorschlagsdienst 4.2 wird deployt</translation>
    </message>
    <message>
        <source>Priya notices that search suggestions are empty</source>
        <translation>Priya bemerkt, dass die Suchvorschläge leer sind</translation>
    </message>
    <message>
        <source>The deploy is rolled back; suggestions return</source>
        <translation>Der Deploy wird zurückgerollt; die Vorschläge sind wieder da</translation>
    </message>
    <message>
        <source>The deploy checks pass with an empty dictionary: none of them looks at its size</source>
        <translation>Die Deploy-Prüfungen bestehen mit einem leeren Wörterbuch: keine sieht auf seine Größe</translation>
    </message>
    <message>
        <source>Suggestions per search are graphed but not alerted on</source>
        <translation>Vorschläge pro Suche werden grafisch dargestellt, aber nicht alarmiert</translation>
    </message>
    <message>
        <source>Refuse to deploy a dictionary under half the size of the previous one</source>
        <translation>Deploys eines Wörterbuchs ablehnen, das kleiner als die Hälfte des vorigen ist</translation>
    </message>
    <message>
        <source>Alert when suggestions per search fall below one</source>
        <translation>Alarm, wenn die Vorschläge pro Suche unter eins fallen</translation>
    </message>
    <message>
        <source>Payments slow at the month-end peak</source>
        <translation>Zahlungen langsam zur Monatsendspitze</translation>
    </message>
    <message>
        <source>At the month-end peak the payments service ran out of database connections; payments took up to 30 seconds.</source>
        <translation>Zur Monatsendspitze gingen dem Zahlungsdienst die Datenbankverbindungen aus; Zahlungen dauerten bis zu 30 Sekunden.</translation>
    </message>
    <message>
        <source>For 35 minutes one payment in five timed out; most buyers retried.</source>
        <translation>35 Minuten lang lief jede fünfte Zahlung in eine Zeitüberschreitung; die meisten Käufer versuchten es erneut.</translation>
    </message>
    <message>
        <source>The load-shedding switch planned at the launch review was used within minutes.</source>
        <translation>Der beim Launch-Review geplante Schalter zum Lastabwurf wurde binnen Minuten genutzt.</translation>
    </message>
    <message>
        <source>The peak fell on a weekday, with the payments team in the office.</source>
        <translation>Die Spitze fiel auf einen Werktag, mit dem Zahlungsteam im Büro.</translation>
    </message>
    <message>
        <source>Payment latency above five seconds</source>
        <translation>Zahlungslatenz über fünf Sekunden</translation>
    </message>
    <message>
        <source>Dana turns on load shedding for saved-card checks</source>
        <translation>Dana schaltet den Lastabwurf für Prüfungen gespeicherter Karten ein</translation>
    </message>
    <message>
        <source>The service's connection pool is capped at 20 per host</source>
        <translation>Der Verbindungspool des Dienstes ist auf 20 je Host begrenzt</translation>
    </message>
    <message>
        <source>The connection pool was sized for the launch traffic, not for the month-end peak</source>
        <translation>Der Verbindungspool war für den Launch-Verkehr bemessen, nicht für die Monatsendspitze</translation>
    </message>
    <message>
        <source>The pool size is set in code, so raising it needs a deploy</source>
        <translation>Die Poolgröße steht im Code, also braucht eine Erhöhung einen Deploy</translation>
    </message>
    <message>
        <source>Size the connection pool from the load test and make it a setting</source>
        <translation>Den Verbindungspool nach dem Lasttest bemessen und zur Einstellung machen</translation>
    </message>
    <message>
        <source>Load test at the month-end peak every quarter</source>
        <translation>Jedes Quartal einen Lasttest mit der Monatsendspitze</translation>
    </message>
    <message>
        <source>Repeated push notifications after slow responses</source>
        <translation>Wiederholte Push-Benachrichtigungen nach langsamen Antworten</translation>
    </message>
    <message>
        <source>Slow responses from the push provider made the workers retry, and buyers received the same notification up to five times.</source>
        <translation>Langsame Antworten des Push-Anbieters ließen die Worker wiederholen, und Käufer erhielten dieselbe Benachrichtigung bis zu fünfmal.</translation>
    </message>
    <message>
        <source>About 40,000 buyers got repeated order updates for an hour; 300 turned notifications off.</source>
        <translation>Etwa 40.000 Käufer erhielten eine Stunde lang wiederholte Bestellupdates; 300 schalteten Benachrichtigungen ab.</translation>
    </message>
    <message>
        <source>Turning retries off stopped the repeats within a minute.</source>
        <translation>Das Abschalten der Wiederholungen stoppte die Wiederholungen innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>The repeated messages were order updates, not marketing.</source>
        <translation>Die wiederholten Nachrichten waren Bestellupdates, keine Werbung.</translation>
    </message>
    <message>
        <source>The push provider's response time reaches eight seconds</source>
        <translation>Die Antwortzeit des Push-Anbieters erreicht acht Sekunden</translation>
    </message>
    <message>
        <source>Support forwards screenshots of repeated notifications</source>
        <translation>Der Support leitet Screenshots wiederholter Benachrichtigungen weiter</translation>
    </message>
    <message>
        <source>Retries are turned off until the provider recovers</source>
        <translation>Wiederholungen werden abgeschaltet, bis sich der Anbieter erholt</translation>
    </message>
    <message>
        <source>The provider slowed down without returning errors</source>
        <translation>Der Anbieter wurde langsamer, ohne Fehler zurückzugeben</translation>
    </message>
    <message>
        <source>Workers retry after a timeout even when the provider has accepted the message</source>
        <translation>Worker wiederholen nach einer Zeitüberschreitung, auch wenn der Anbieter die Nachricht schon angenommen hat</translation>
    </message>
    <message>
        <source>Send an idempotency key with every push</source>
        <translation>Mit jedem Push einen Idempotenzschlüssel senden</translation>
    </message>
    <message>
        <source>Show the provider's response times on the notifications dashboard</source>
        <translation>Die Antwortzeiten des Anbieters im Benachrichtigungs-Dashboard zeigen</translation>
    </message>
    <message>
        <source>Near miss: the mobile API's certificate renewed a day before expiry</source>
        <translation>Beinahe-Vorfall: Zertifikat der Mobile-API einen Tag vor Ablauf erneuert</translation>
    </message>
    <message>
        <source>The new expiry warning flagged the mobile API's certificate; it was renewed a day before it expired.</source>
        <translation>Die neue Ablaufwarnung meldete das Zertifikat der Mobile-API; es wurde einen Tag vor dem Ablauf erneuert.</translation>
    </message>
    <message>
        <source>None for users.</source>
        <translation>Keine für Nutzer.</translation>
    </message>
    <message>
        <source>The warning added after the card payments incident caught it.</source>
        <translation>Die nach dem Vorfall mit den Kartenzahlungen eingeführte Warnung hat es bemerkt.</translation>
    </message>
    <message>
        <source>The one person who knew the renewal steps was not on holiday.</source>
        <translation>Die einzige Person, die die Schritte der Erneuerung kannte, war nicht im Urlaub.</translation>
    </message>
    <message>
        <source>Certificate expiry warning for the mobile API</source>
        <translation>Ablaufwarnung für das Zertifikat der Mobile-API</translation>
    </message>
    <message>
        <source>Ana renews the certificate</source>
        <translation>Ana erneuert das Zertifikat</translation>
    </message>
    <message>
        <source>Every host serves the new certificate</source>
        <translation>Jeder Host liefert das neue Zertifikat aus</translation>
    </message>
    <message>
        <source>The mobile API's certificate is renewed by hand, outside the payments team's process</source>
        <translation>Das Zertifikat der Mobile-API wird von Hand erneuert, außerhalb des Prozesses des Zahlungsteams</translation>
    </message>
    <message>
        <source>Renew all certificates automatically</source>
        <translation>Alle Zertifikate automatisch erneuern</translation>
    </message>
    <message>
        <source>Search slow after the edge cache was cleared</source>
        <translation>Suche langsam, nachdem der Edge-Cache geleert wurde</translation>
    </message>
    <message>
        <source>A deploy cleared the whole edge cache and every search went to the search cluster at once; searches took up to 12 seconds.</source>
        <translation>Ein Deploy leerte den gesamten Edge-Cache, und jede Suche ging gleichzeitig an den Suchcluster; Suchen dauerten bis zu 12 Sekunden.</translation>
    </message>
    <message>
        <source>For 22 minutes most searches were slow and one in ten did not return.</source>
        <translation>22 Minuten lang waren die meisten Suchen langsam, und jede zehnte kam nicht zurück.</translation>
    </message>
    <message>
        <source>Request coalescing, the mitigation listed at the launch review, was on within minutes.</source>
        <translation>Request Coalescing, die beim Launch-Review genannte Gegenmaßnahme, war binnen Minuten aktiv.</translation>
    </message>
    <message>
        <source>The cache was cleared at a quiet hour.</source>
        <translation>Der Cache wurde zu einer ruhigen Stunde geleert.</translation>
    </message>
    <message>
        <source>The search deploy clears the edge cache</source>
        <translation>Der Deploy der Suche leert den Edge-Cache</translation>
    </message>
    <message>
        <source>Search latency above five seconds</source>
        <translation>Suchlatenz über fünf Sekunden</translation>
    </message>
    <message>
        <source>Request coalescing is turned on at the edge; latency falls</source>
        <translation>Request Coalescing wird am Edge eingeschaltet; die Latenz sinkt</translation>
    </message>
    <message>
        <source>The search deploy clears the whole edge cache rather than the changed pages</source>
        <translation>Der Deploy der Suche leert den ganzen Edge-Cache statt der geänderten Seiten</translation>
    </message>
    <message>
        <source>The search cluster can take a third of the uncached traffic</source>
        <translation>Der Suchcluster verkraftet ein Drittel des ungecachten Verkehrs</translation>
    </message>
    <message>
        <source>Clear only the changed pages on deploy</source>
        <translation>Beim Deploy nur die geänderten Seiten leeren</translation>
    </message>
    <message>
        <source>Keep request coalescing on by default</source>
        <translation>Request Coalescing standardmäßig eingeschaltet lassen</translation>
    </message>
    <message>
        <source>Discount codes refused after a settings change</source>
        <translation>Rabattcodes nach einer Einstellungsänderung abgewiesen</translation>
    </message>
    <message>
        <source>A change to the promotion settings moved every discount code's end date into the past; checkout refused the codes.</source>
        <translation>Eine Änderung der Aktionseinstellungen verschob das Enddatum jedes Rabattcodes in die Vergangenheit; der Checkout wies die Codes ab.</translation>
    </message>
    <message>
        <source>For 50 minutes buyers could not use discount codes; Support refunded 180 discounts.</source>
        <translation>50 Minuten lang konnten Käufer keine Rabattcodes einlösen; der Support erstattete 180 Rabatte.</translation>
    </message>
    <message>
        <source>The change was found in the audit log ten minutes after the first ticket.</source>
        <translation>Die Änderung wurde zehn Minuten nach dem ersten Ticket im Audit-Log gefunden.</translation>
    </message>
    <message>
        <source>No campaign email had gone out that day.</source>
        <translation>An diesem Tag war keine Kampagnen-E-Mail verschickt worden.</translation>
    </message>
    <message>
        <source>Promotion settings are updated with the new time zone</source>
        <translation>Die Aktionseinstellungen werden mit der neuen Zeitzone aktualisiert</translation>
    </message>
    <message>
        <source>Support reports discount codes refused at checkout</source>
        <translation>Der Support meldet im Checkout abgewiesene Rabattcodes</translation>
    </message>
    <message>
        <source>The previous settings are restored</source>
        <translation>Die vorigen Einstellungen werden wiederhergestellt</translation>
    </message>
    <message>
        <source>End dates are stored without a time zone, and the change read them as UTC</source>
        <translation>Enddaten werden ohne Zeitzone gespeichert, und die Änderung las sie als UTC</translation>
    </message>
    <message>
        <source>How end dates are read was known only to the team that built promotions</source>
        <translation>Wie Enddaten gelesen werden, wusste nur das Team, das die Aktionen gebaut hat</translation>
    </message>
    <message>
        <source>Support heard of the problem from buyers before anyone else</source>
        <translation>Der Support erfuhr von dem Problem vor allen anderen, durch Käufer</translation>
    </message>
    <message>
        <source>Store end dates with their time zone</source>
        <translation>Enddaten mit ihrer Zeitzone speichern</translation>
    </message>
    <message>
        <source>Preview which codes a settings change ends</source>
        <translation>Vorschau, welche Codes eine Einstellungsänderung beendet</translation>
    </message>
    <message>
        <source>One-page checkout down for 20 minutes</source>
        <translation>Einseitiger Checkout 20 Minuten lang ausgefallen</translation>
    </message>
    <message>
        <source>The address validation service stopped answering; checkout waited on it and every order timed out.</source>
        <translation>Der Dienst zur Adressprüfung antwortete nicht mehr; der Checkout wartete auf ihn, und jede Bestellung lief in eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>No orders for 20 minutes at midday; about 2,500 orders were not placed.</source>
        <translation>20 Minuten lang keine Bestellungen zur Mittagszeit; etwa 2.500 Bestellungen kamen nicht zustande.</translation>
    </message>
    <message>
        <source>Five people joined the call within five minutes and agreed on roles at once.</source>
        <translation>Fünf Personen kamen innerhalb von fünf Minuten in den Call und einigten sich sofort auf Rollen.</translation>
    </message>
    <message>
        <source>The validation provider recovered shortly after.</source>
        <translation>Der Prüfanbieter erholte sich kurz darauf.</translation>
    </message>
    <message>
        <source>Checkout error rate above 50%</source>
        <translation>Fehlerrate im Checkout über 50 %</translation>
    </message>
    <message>
        <source>Checkout requests wait 30 seconds on address validation</source>
        <translation>Checkout-Anfragen warten 30 Sekunden auf die Adressprüfung</translation>
    </message>
    <message>
        <source>Address validation is switched off; orders go through</source>
        <translation>Die Adressprüfung wird abgeschaltet; Bestellungen gehen durch</translation>
    </message>
    <message>
        <source>Checkout waited on address validation with no timeout of its own</source>
        <translation>Der Checkout wartete auf die Adressprüfung ohne eigene Zeitbegrenzung</translation>
    </message>
    <message>
        <source>The fallback planned at the launch review could only be turned on by a deploy</source>
        <translation>Die beim Launch-Review geplante Ausweichlösung ließ sich nur per Deploy einschalten</translation>
    </message>
    <message>
        <source>Give address validation a two-second timeout with a fallback</source>
        <translation>Der Adressprüfung eine Zeitbegrenzung von zwei Sekunden mit Ausweichlösung geben</translation>
    </message>
    <message>
        <source>Make the validation fallback a config flag</source>
        <translation>Die Ausweichlösung der Prüfung zu einem Konfigurationsschalter machen</translation>
    </message>
    <message>
        <source>Near miss: refund job paused by a full disk</source>
        <translation>Beinahe-Vorfall: Erstattungsjob durch volle Festplatte angehalten</translation>
    </message>
    <message>
        <source>The nightly refund job stopped when its host's disk filled with logs; it was restarted before any refund was late.</source>
        <translation>Der nächtliche Erstattungsjob hielt an, als sich die Festplatte seines Hosts mit Logs füllte; er wurde neu gestartet, bevor eine Erstattung verspätet war.</translation>
    </message>
    <message>
        <source>None for buyers; refunds ran three hours later than usual, within the promised day.</source>
        <translation>Keine für Käufer; Erstattungen liefen drei Stunden später als sonst, innerhalb des zugesagten Tages.</translation>
    </message>
    <message>
        <source>The job's own check reported that it had not finished.</source>
        <translation>Die eigene Prüfung des Jobs meldete, dass er nicht fertig geworden war.</translation>
    </message>
    <message>
        <source>The disk filled on a night with few refunds.</source>
        <translation>Die Festplatte lief in einer Nacht mit wenigen Erstattungen voll.</translation>
    </message>
    <message>
        <source>The refund job stops writing progress</source>
        <translation>Der Erstattungsjob schreibt keinen Fortschritt mehr</translation>
    </message>
    <message>
        <source>The refund job has not finished on schedule</source>
        <translation>Der Erstattungsjob ist nicht planmäßig fertig geworden</translation>
    </message>
    <message>
        <source>Old logs are removed and the job restarted</source>
        <translation>Alte Logs werden entfernt und der Job neu gestartet</translation>
    </message>
    <message>
        <source>Debug logging from a test run stayed on and filled the disk in a week</source>
        <translation>Debug-Logging aus einem Testlauf blieb an und füllte die Festplatte in einer Woche</translation>
    </message>
    <message>
        <source>Rotate the refund host's logs daily</source>
        <translation>Die Logs des Erstattungshosts täglich rotieren</translation>
    </message>
    <message>
        <source>Alert at 80% disk use on every job host</source>
        <translation>Alarm bei 80 % Festplattenbelegung auf jedem Job-Host</translation>
    </message>
    <message>
        <source>Older app versions showed no orders</source>
        <translation>Ältere App-Versionen zeigten keine Bestellungen</translation>
    </message>
    <message>
        <source>Version 3 of the mobile API removed an endpoint that app versions older than six months still called.</source>
        <translation>Version 3 der Mobile-API entfernte einen Endpunkt, den App-Versionen älter als sechs Monate noch aufriefen.</translation>
    </message>
    <message>
        <source>For two days about 9% of app users saw an empty order list.</source>
        <translation>Zwei Tage lang sahen etwa 9 % der App-Nutzer eine leere Bestellliste.</translation>
    </message>
    <message>
        <source>The compatibility shim planned at the launch review was ready and went out within the hour.</source>
        <translation>Die beim Launch-Review geplante Kompatibilitätsschicht war bereit und ging innerhalb einer Stunde live.</translation>
    </message>
    <message>
        <source>Most of the people affected also use the website, where their orders showed.</source>
        <translation>Die meisten Betroffenen nutzen auch die Website, wo ihre Bestellungen angezeigt wurden.</translation>
    </message>
    <message>
        <source>Version 3 of the mobile API is rolled out to everyone</source>
        <translation>Version 3 der Mobile-API wird für alle ausgerollt</translation>
    </message>
    <message>
        <source>Support links a rise in app reviews about missing orders to version 3</source>
        <translation>Der Support bringt mehr App-Bewertungen über fehlende Bestellungen mit Version 3 in Verbindung</translation>
    </message>
    <message>
        <source>The compatibility shim for the old endpoint is deployed</source>
        <translation>Die Kompatibilitätsschicht für den alten Endpunkt wird deployt</translation>
    </message>
    <message>
        <source>Errors by app version are on no dashboard, so the rise was spread thin</source>
        <translation>Fehler nach App-Version stehen auf keinem Dashboard, daher verteilte sich der Anstieg unauffällig</translation>
    </message>
    <message>
        <source>The launch checklist counts users by app version but not by endpoint</source>
        <translation>Die Launch-Checkliste zählt Nutzer nach App-Version, aber nicht nach Endpunkt</translation>
    </message>
    <message>
        <source>Graph API errors by app version</source>
        <translation>API-Fehler nach App-Version grafisch darstellen</translation>
    </message>
    <message>
        <source>Keep removed endpoints answering until their traffic is under 1%</source>
        <translation>Entfernte Endpunkte weiter antworten lassen, bis ihr Verkehr unter 1 % liegt</translation>
    </message>
    <message>
        <source>Removed listings kept showing in search</source>
        <translation>Entfernte Angebote erschienen weiter in der Suche</translation>
    </message>
    <message>
        <source>Listings removed by their sellers stayed in cached search results for up to six hours.</source>
        <translation>Von ihren Verkäufern entfernte Angebote blieben bis zu sechs Stunden in gecachten Suchergebnissen.</translation>
    </message>
    <message>
        <source>About 600 searches a day showed a listing that could no longer be bought; 35 tickets.</source>
        <translation>Etwa 600 Suchen am Tag zeigten ein Angebot, das nicht mehr gekauft werden konnte; 35 Tickets.</translation>
    </message>
    <message>
        <source>Support had a macro ready from the launch review's on-site messaging.</source>
        <translation>Der Support hatte einen Textbaustein aus der Kundenkommunikation des Launch-Reviews bereit.</translation>
    </message>
    <message>
        <source>None of the listings had been removed for legal reasons.</source>
        <translation>Keines der Angebote war aus rechtlichen Gründen entfernt worden.</translation>
    </message>
    <message>
        <source>The cache lifetime of search results is raised to six hours</source>
        <translation>Die Cache-Lebensdauer der Suchergebnisse wird auf sechs Stunden erhöht</translation>
    </message>
    <message>
        <source>Support reports buyers finding removed listings</source>
        <translation>Der Support meldet Käufer, die entfernte Angebote finden</translation>
    </message>
    <message>
        <source>Removing a listing now purges its cached searches</source>
        <translation>Das Entfernen eines Angebots löscht jetzt seine gecachten Suchen</translation>
    </message>
    <message>
        <source>The cache lifetime was raised without a purge on removal</source>
        <translation>Die Cache-Lebensdauer wurde ohne Löschen beim Entfernen erhöht</translation>
    </message>
    <message>
        <source>Purge cached searches when a listing is removed</source>
        <translation>Gecachte Suchen löschen, wenn ein Angebot entfernt wird</translation>
    </message>
    <message>
        <source>Test removals against the edge cache in staging</source>
        <translation>Entfernen gegen den Edge-Cache im Staging testen</translation>
    </message>
    <message>
        <source>Order confirmation emails delayed by two hours</source>
        <translation>Bestellbestätigungen per E-Mail zwei Stunden verzögert</translation>
    </message>
    <message>
        <source>The email provider queued our messages during an incident of its own; confirmations arrived up to two hours late.</source>
        <translation>Der E-Mail-Anbieter stellte unsere Nachrichten während eines eigenen Vorfalls zurück; Bestätigungen kamen bis zu zwei Stunden später an.</translation>
    </message>
    <message>
        <source>About 18,000 buyers waited for their confirmation; 420 asked Support.</source>
        <translation>Etwa 18.000 Käufer warteten auf ihre Bestätigung; 420 fragten beim Support nach.</translation>
    </message>
    <message>
        <source>The order page already showed the confirmation, as planned at the readiness review.</source>
        <translation>Die Bestellseite zeigte die Bestätigung bereits, wie beim Bereitschafts-Review geplant.</translation>
    </message>
    <message>
        <source>Orders themselves were not affected.</source>
        <translation>Die Bestellungen selbst waren nicht betroffen.</translation>
    </message>
    <message>
        <source>The email provider's status page reports delays</source>
        <translation>Die Statusseite des E-Mail-Anbieters meldet Verzögerungen</translation>
    </message>
    <message>
        <source>Confirmation emails queued for more than ten minutes</source>
        <translation>Bestätigungs-E-Mails über zehn Minuten in der Warteschlange</translation>
    </message>
    <message>
        <source>Status page: confirmations are delayed, orders are safe</source>
        <translation>Statusseite: Bestätigungen verzögern sich, Bestellungen sind sicher</translation>
    </message>
    <message>
        <source>All email goes through one provider</source>
        <translation>Alle E-Mails gehen über einen Anbieter</translation>
    </message>
    <message>
        <source>Support heard of the delay from buyers before the status page said it</source>
        <translation>Der Support erfuhr von der Verzögerung durch Käufer, bevor die Statusseite sie nannte</translation>
    </message>
    <message>
        <source>Send confirmations through a second provider when the first one queues</source>
        <translation>Bestätigungen über einen zweiten Anbieter senden, wenn der erste zurückstellt</translation>
    </message>
    <message>
        <source>Post the email provider's incidents to #support automatically</source>
        <translation>Vorfälle des E-Mail-Anbieters automatisch in #support posten</translation>
    </message>
    <message>
        <source>Card provider timeouts during the sale</source>
        <translation>Zeitüberschreitungen beim Kartenanbieter während des Verkaufs</translation>
    </message>
    <message>
        <source>The card provider slowed down at the sale's peak; one payment in ten timed out.</source>
        <translation>Der Kartenanbieter wurde zur Spitze des Verkaufs langsamer; jede zehnte Zahlung lief in eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>For 40 minutes one card payment in ten did not go through at the first try; most buyers retried.</source>
        <translation>40 Minuten lang ging jede zehnte Kartenzahlung beim ersten Versuch nicht durch; die meisten Käufer versuchten es erneut.</translation>
    </message>
    <message>
        <source>New payments went to the second provider after 15 minutes, as rehearsed.</source>
        <translation>Neue Zahlungen gingen nach 15 Minuten an den zweiten Anbieter, wie geprobt.</translation>
    </message>
    <message>
        <source>The provider recovered before the evening peak.</source>
        <translation>Der Anbieter erholte sich vor der abendlichen Spitze.</translation>
    </message>
    <message>
        <source>Card payment timeouts above 5%</source>
        <translation>Zeitüberschreitungen bei Kartenzahlungen über 5 %</translation>
    </message>
    <message>
        <source>Dana routes new payments to the second provider</source>
        <translation>Dana leitet neue Zahlungen an den zweiten Anbieter</translation>
    </message>
    <message>
        <source>Timeouts back under 0.5%</source>
        <translation>Zeitüberschreitungen wieder unter 0,5 %</translation>
    </message>
    <message>
        <source>The card provider's capacity is shared with its other customers' sales</source>
        <translation>Die Kapazität des Kartenanbieters wird mit den Verkäufen seiner anderen Kunden geteilt</translation>
    </message>
    <message>
        <source>Switching providers is a manual step of the runbook</source>
        <translation>Das Umschalten des Anbieters ist ein manueller Schritt im Runbook</translation>
    </message>
    <message>
        <source>Switch providers automatically when timeouts stay above 2%</source>
        <translation>Anbieter automatisch umschalten, wenn Zeitüberschreitungen über 2 % bleiben</translation>
    </message>
    <message>
        <source>Share the sale calendar with the card provider</source>
        <translation>Den Verkaufskalender mit dem Kartenanbieter teilen</translation>
    </message>
    <message>
        <source>Near miss: the login rate limit slowed one office's sign-ins</source>
        <translation>Beinahe-Vorfall: Das Login-Ratenlimit verlangsamte die Anmeldungen eines Büros</translation>
    </message>
    <message>
        <source>Sign-ins from one business customer's office network came close to the login rate limit; it was raised before anyone was locked out.</source>
        <translation>Anmeldungen aus dem Büronetz eines Geschäftskunden kamen nahe an das Login-Ratenlimit; es wurde erhöht, bevor jemand ausgesperrt war.</translation>
    </message>
    <message>
        <source>No one was locked out; sign-ins from one office took a few seconds longer.</source>
        <translation>Niemand wurde ausgesperrt; Anmeldungen aus einem Büro dauerten ein paar Sekunden länger.</translation>
    </message>
    <message>
        <source>The limit per network, planned at the launch review, was raised in minutes.</source>
        <translation>Das beim Launch-Review geplante Limit je Netz wurde binnen Minuten erhöht.</translation>
    </message>
    <message>
        <source>The customer told Support before the limit was reached.</source>
        <translation>Der Kunde meldete sich beim Support, bevor das Limit erreicht war.</translation>
    </message>
    <message>
        <source>Sign-ins from one address come close to the rate limit</source>
        <translation>Anmeldungen von einer Adresse kommen nahe an das Ratenlimit</translation>
    </message>
    <message>
        <source>A business customer asks why signing in is slow</source>
        <translation>Ein Geschäftskunde fragt, warum die Anmeldung langsam ist</translation>
    </message>
    <message>
        <source>The limit for that network is raised</source>
        <translation>Das Limit für dieses Netz wird erhöht</translation>
    </message>
    <message>
        <source>The rate limit counts by address, and an office shares one</source>
        <translation>Das Ratenlimit zählt nach Adresse, und ein Büro teilt sich eine</translation>
    </message>
    <message>
        <source>Count sign-in attempts by account as well as by address</source>
        <translation>Anmeldeversuche nach Konto wie nach Adresse zählen</translation>
    </message>
</context>
<context>
    <name>Inflection::Departure</name>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>what it prohibits later</source>
        <translation>was sie später ausschließt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Database system</source>
        <translation>Datenbanksystem</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Inflection::DepartureModel</name>
    <message>
        <source>Add departure</source>
        <translation>Abweichung hinzufügen</translation>
    </message>
    <message>
        <source>Delete departure</source>
        <translation>Abweichung löschen</translation>
    </message>
    <message>
        <source>Move departure</source>
        <translation>Abweichung verschieben</translation>
    </message>
    <message>
        <source>the departure “%1”</source>
        <translation>die Abweichung „%1“</translation>
    </message>
    <message>
        <source>New technology: not among the workspace's known technologies</source>
        <translation>Neue Technologie: nicht unter den bekannten Technologien des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Technology or pattern</source>
        <translation>Technologie oder Muster</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>What it prohibits later</source>
        <translation>Was sie später ausschließt</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n departures</source>
        <translation>
            <numerusform>%n Abweichung löschen</numerusform>
            <numerusform>%n Abweichungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents that involved this departure (double-click opens the postmortem):
%1</source>
        <translation>Störungen, an denen diese Abweichung beteiligt war (Doppelklick öffnet das Postmortem):
%1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>On hold: the radar puts “%1” in the ring Hold</source>
        <translation>Auf Hold: Das Radar führt „%1“ im Ring Hold</translation>
    </message>
    <message>
        <source>A known technology: “%1” in the ring %2</source>
        <translation>Eine bekannte Technologie: „%1“ im Ring %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>auf Hold</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
</context>
<context>
    <name>Inflection::Discussion</name>
    <message>
        <source>Think back to what you knew at the time, why did that action make sense to you at the time?</source>
        <translation>Denken Sie daran zurück, was Sie damals wussten: Warum erschien Ihnen diese Handlung damals sinnvoll?</translation>
    </message>
    <message>
        <source>Did we clean up anything after we were stable, how long did it take?</source>
        <translation>Haben wir nach der Stabilisierung etwas aufgeräumt, und wie lange hat es gedauert?</translation>
    </message>
    <message>
        <source>Was there any troubleshooting fatigue?</source>
        <translation>Gab es Ermüdung bei der Fehlersuche?</translation>
    </message>
    <message>
        <source>Did we do a good job with communication (site status, support, forums, etc.)?</source>
        <translation>Haben wir gut kommuniziert (Seitenstatus, Support, Foren usw.)?</translation>
    </message>
    <message>
        <source>Were all tools on hand and working, ready to use when we needed them during the issue? Were there tools we would have liked to have?</source>
        <translation>Waren alle Werkzeuge zur Hand und funktionsfähig, bereit, als wir sie während des Problems brauchten? Gab es Werkzeuge, die wir gern gehabt hätten?</translation>
    </message>
    <message>
        <source>Did we have enough metrics visibility to diagnose the issue?</source>
        <translation>Hatten wir genug Einblick in Metriken, um das Problem zu diagnostizieren?</translation>
    </message>
    <message>
        <source>Was there collaborative and thoughtful communication during the issue?</source>
        <translation>Gab es während des Problems eine gemeinsame und umsichtige Kommunikation?</translation>
    </message>
</context>
<context>
    <name>Inflection::DismissFindingCommand</name>
    <message>
        <source>Dismiss “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
</context>
<context>
    <name>Inflection::Duration</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Inflection::ExportFormat</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Inflection review (*.json)</source>
        <translation>Inflection-Review (*.json)</translation>
    </message>
</context>
<context>
    <name>Inflection::FactorCategory</name>
    <message>
        <source>Monitoring and detection</source>
        <translation>Überwachung und Erkennung</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Change and deployment</source>
        <translation>Änderung und Auslieferung</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Knowledge and expertise</source>
        <translation>Wissen und Erfahrung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
</context>
<context>
    <name>Inflection::FactorEventsModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
</context>
<context>
    <name>Inflection::ForesightPanel</name>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Not foreseen: no contingency item of an operability review foresaw this incident</source>
        <translation>Nicht vorhergesehen: kein Eventualfall eines Betriebsbereitschafts-Reviews hat diese Störung vorhergesehen</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <source>Open its review</source>
        <translation>Sein Review öffnen</translation>
    </message>
    <message>
        <source>Open the review the linked item is in (Enter)</source>
        <translation>Das Review öffnen, in dem der verknüpfte Eintrag steht (Eingabe)</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected links (Delete)</source>
        <translation>Die ausgewählten Verknüpfungen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Contingency items of operability reviews</source>
        <translation>Eventualfälle aus Betriebsbereitschafts-Reviews</translation>
    </message>
    <message>
        <source>Departures of architecture reviews</source>
        <translation>Abweichungen aus Architektur-Reviews</translation>
    </message>
    <message>
        <source>What to link</source>
        <translation>Was verknüpft wird</translation>
    </message>
    <message>
        <source>Search all reviews (Enter links the chosen one)</source>
        <translation>Alle Reviews durchsuchen (Eingabe verknüpft den gewählten Eintrag)</translation>
    </message>
    <message>
        <source>Search items to link</source>
        <translation>Einträge zum Verknüpfen suchen</translation>
    </message>
    <message>
        <source>Items to link</source>
        <translation>Einträge zum Verknüpfen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Was this incident one of the contingency items an operability review foresaw? Link each it was, with whether its mitigation held, and the departures (new technologies) it involved.</source>
        <translation>War diese Störung einer der Eventualfälle, die ein Betriebsbereitschafts-Review vorhergesehen hat? Verknüpfen Sie jeden, der sie war, mit der Angabe, ob seine Eindämmung hielt, und die Abweichungen (neue Technologien), die beteiligt waren.</translation>
    </message>
    <message>
        <source>Linked to this incident:</source>
        <translation>Mit dieser Störung verknüpft:</translation>
    </message>
    <message>
        <source>Find items to link:</source>
        <translation>Einträge zum Verknüpfen finden:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Als:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A candidate to link: the item's text, its review's title and the review's system.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1
In “%2”. Likelihood: %3, impact: %4</source>
        <translation>%1
In „%2“. Wahrscheinlichkeit: %3, Auswirkung: %4</translation>
    </message>
    <message>
        <source>%1
In “%2”</source>
        <translation>%1
In „%2“</translation>
    </message>
    <message>
        <source>“%1” is linked already.</source>
        <translation>„%1“ ist bereits verknüpft.</translation>
    </message>
    <message>
        <source>Link “%1”</source>
        <translation>„%1“ verknüpfen</translation>
    </message>
    <message>
        <source>A linked contingency item says this incident was foreseen.</source>
        <translation>Ein verknüpfter Eventualfall sagt, dass diese Störung vorhergesehen wurde.</translation>
    </message>
    <message>
        <source>Check when none of the operability reviews' contingency items was this incident.</source>
        <translation>Ankreuzen, wenn keiner der Eventualfälle der Betriebsbereitschafts-Reviews diese Störung war.</translation>
    </message>
    <message>
        <source>Recorded as not foreseen, yet a linked contingency item says it was foreseen: clear “Not foreseen” or change the item's verdict.</source>
        <translation>Als nicht vorhergesehen erfasst, doch ein verknüpfter Eventualfall sagt, sie wurde vorhergesehen: „Nicht vorhergesehen“ abwählen oder das Urteil des Eintrags ändern.</translation>
    </message>
    <message>
        <source>Foreseen: a contingency item linked above was this incident.</source>
        <translation>Vorhergesehen: ein oben verknüpfter Eventualfall war diese Störung.</translation>
    </message>
    <message>
        <source>Recorded as not foreseen.</source>
        <translation>Als nicht vorhergesehen erfasst.</translation>
    </message>
    <message>
        <source>Not recorded yet whether this incident was foreseen.</source>
        <translation>Noch nicht erfasst, ob diese Störung vorhergesehen wurde.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>No operability review has contingency items yet.</source>
        <translation>Noch hat kein Betriebsbereitschafts-Review Punkte der Eventualfall-Checkliste.</translation>
    </message>
    <message>
        <source>No architecture review has departures yet.</source>
        <translation>Noch hat kein Architektur-Review Abweichungen.</translation>
    </message>
</context>
<context>
    <name>Inflection::ForesightVerdict</name>
    <message>
        <source>Foreseen, the mitigation worked</source>
        <translation>Vorhergesehen, die Eindämmung griff</translation>
    </message>
    <message>
        <source>Foreseen, the mitigation did not hold</source>
        <translation>Vorhergesehen, die Eindämmung hielt nicht</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
</context>
<context>
    <name>Inflection::FormDelegate</name>
    <message>
        <source>Someone else changed %1 while you were typing. Theirs is shown; yours, not saved: “%2”.</source>
        <extracomment>A form's field (its name) saved by someone else while the user typed; the user's text.</extracomment>
        <translation>Jemand anderes hat %1 geändert, während Sie tippten. Deren Fassung wird angezeigt; Ihre, nicht gespeichert: „%2“.</translation>
    </message>
</context>
<context>
    <name>Inflection::GeneralQuestions</name>
    <message>
        <source>Do we understand the costs of this departure?</source>
        <translation>Verstehen wir die Kosten dieser Abweichung?</translation>
    </message>
    <message>
        <source>Have we asked hard questions about trade-offs?</source>
        <translation>Haben wir harte Fragen zu den Abwägungen gestellt?</translation>
    </message>
    <message>
        <source>What will this prohibit us from doing in the future?</source>
        <translation>Was wird uns das in Zukunft verwehren?</translation>
    </message>
    <message>
        <source>Are we impacting visibility, measurability, debuggability and other operability concerns?</source>
        <translation>Beeinträchtigen wir Sichtbarkeit, Messbarkeit, Debugbarkeit und andere Belange des Betriebs?</translation>
    </message>
    <message>
        <source>Are we impacting testability, security, translatability, performance and other product quality concerns?</source>
        <translation>Beeinträchtigen wir Testbarkeit, Sicherheit, Übersetzbarkeit, Leistung und andere Belange der Produktqualität?</translation>
    </message>
    <message>
        <source>Does it make sense?</source>
        <translation>Ergibt das Sinn?</translation>
    </message>
</context>
<context>
    <name>Inflection::GridColumns</name>
    <message>
        <source>Fit columns to their content</source>
        <translation>Spalten an ihren Inhalt anpassen</translation>
    </message>
</context>
<context>
    <name>Inflection::HeatmapRenderer</name>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
</context>
<context>
    <name>Inflection::HeatmapWidget</name>
    <message>
        <source>Risk heatmap</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 (%2), impact %3 (%4): %5 risk, %n item(s)</source>
        <translation>
            <numerusform>Wahrscheinlichkeit %1 (%2), Auswirkung %3 (%4): Risiko %5, %n Punkt</numerusform>
            <numerusform>Wahrscheinlichkeit %1 (%2), Auswirkung %3 (%4): Risiko %5, %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>The grid shows only this cell's items; press Space to show all.</source>
        <translation>Das Raster zeigt nur die Punkte dieser Zelle; Leertaste zeigt alle.</translation>
    </message>
    <message>
        <source>Arrow keys move between cells; Space shows only a cell's items.</source>
        <translation>Pfeiltasten wechseln zwischen den Zellen; Leertaste zeigt nur die Punkte einer Zelle.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk level of this cell</source>
        <translation>Risikostufe dieser Zelle</translation>
    </message>
    <message>
        <source>Likelihood %1 (%2), impact %3 (%4): %5 risk, %6</source>
        <translation>Wahrscheinlichkeit %1 (%2), Auswirkung %3 (%4): Risiko %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%1; its items were %n incident(s)</source>
        <extracomment>After a heatmap cell's description: how many incidents its items were.</extracomment>
        <translation>
            <numerusform>%1; seine Einträge waren %n Störung</numerusform>
            <numerusform>%1; seine Einträge waren %n Störungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between cells; Enter opens what a cell counts.</source>
        <translation>Pfeiltasten wechseln die Zelle; Eingabe öffnet, was eine Zelle zählt.</translation>
    </message>
    <message>
        <source>⚡%1</source>
        <extracomment>A heatmap cell's badge: the number of incidents, after a lightning sign.</extracomment>
        <translation>⚡%1</translation>
    </message>
</context>
<context>
    <name>Inflection::HistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Inflection::Impact</name>
    <message>
        <source>Negligible</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
</context>
<context>
    <name>Inflection::ImportEventsCommand</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n imported events were changed after the import and were kept.</source>
        <translation>
            <numerusform>%n importiertes Ereignis wurde nach dem Import geändert und blieb erhalten.</numerusform>
            <numerusform>%n importierte Ereignisse wurden nach dem Import geändert und blieben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentDurations</name>
    <message>
        <source>Detected before it started.</source>
        <translation>Vor dem Beginn erkannt.</translation>
    </message>
    <message>
        <source>Resolved before it was detected.</source>
        <translation>Behoben, bevor es erkannt wurde.</translation>
    </message>
    <message>
        <source>Resolved before it started.</source>
        <translation>Behoben, bevor es begann.</translation>
    </message>
    <message>
        <source>Mitigated before it was detected.</source>
        <translation>Eingedämmt, bevor er erkannt wurde.</translation>
    </message>
    <message>
        <source>Resolved before it was mitigated.</source>
        <translation>Behoben, bevor er eingedämmt wurde.</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentField</name>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>status page time</source>
        <translation>Zeit der Statusseite</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>agreement on the order</source>
        <translation>Einigkeit über die Reihenfolge</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>what went well</source>
        <translation>was gut lief</translation>
    </message>
    <message>
        <source>where we got lucky</source>
        <translation>wo wir Glück hatten</translation>
    </message>
    <message>
        <source>not foreseen</source>
        <translation>nicht vorhergesehen</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentLinkField</name>
    <message>
        <source>linked item</source>
        <translation>verknüpfter Eintrag</translation>
    </message>
    <message>
        <source>kind of linked item</source>
        <translation>Art des verknüpften Eintrags</translation>
    </message>
    <message>
        <source>foresight</source>
        <translation>Voraussicht</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentLinkModel</name>
    <message>
        <source>An item no longer in the workspace</source>
        <translation>Ein Eintrag, der nicht mehr im Arbeitsbereich ist</translation>
    </message>
    <message>
        <source>Departure: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>Likelihood: %1, impact: %2</source>
        <extracomment>A contingency item's likelihood and impact, as rated before the launch.</extracomment>
        <translation>Wahrscheinlichkeit: %1, Auswirkung: %2</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Beteiligt</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n links</source>
        <translation>
            <numerusform>%n Verknüpfung entfernen</numerusform>
            <numerusform>%n Verknüpfungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>the link to “%1”</source>
        <translation>die Verknüpfung mit „%1“</translation>
    </message>
    <message>
        <source>Link to this incident</source>
        <translation>Mit diesem Vorfall verknüpfen</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Move the link</source>
        <translation>Verknüpfung verschieben</translation>
    </message>
    <message>
        <source>Foreseen as</source>
        <translation>Vorhergesehen als</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Did we foresee it?</source>
        <translation>Haben wir es vorhergesehen?</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentModel</name>
    <message>
        <source>the incident</source>
        <translation>die Störung</translation>
    </message>
</context>
<context>
    <name>Inflection::InsightPanel</name>
    <message>
        <source>%1 (chart)</source>
        <translation>%1 (Diagramm)</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Shows the figures of “%1” as a table</source>
        <translation>Zeigt die Zahlen von „%1“ als Tabelle</translation>
    </message>
</context>
<context>
    <name>Inflection::InsightTableModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Ohne Schweregrad</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation>Postmortems</translation>
    </message>
    <message>
        <source>Remediation items</source>
        <translation>Behebungsmaßnahmen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Done within 30 days</source>
        <translation>Innerhalb von 30 Tagen erledigt</translation>
    </message>
    <message>
        <source>Done within 60 days</source>
        <translation>Innerhalb von 60 Tagen erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Oldest open, days</source>
        <translation>Älteste offene, Tage</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Foresight</source>
        <translation>Voraussicht</translation>
    </message>
    <message>
        <source>Foreseen, the mitigation worked</source>
        <translation>Vorhergesehen, die Eindämmung griff</translation>
    </message>
    <message>
        <source>Foreseen, the mitigation did not hold</source>
        <translation>Vorhergesehen, die Eindämmung hielt nicht</translation>
    </message>
    <message>
        <source>Related items only</source>
        <translation>Nur verwandte Punkte</translation>
    </message>
    <message>
        <source>Not foreseen</source>
        <translation>Nicht vorhergesehen</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remediation idea</source>
        <translation>Behebungsidee</translation>
    </message>
    <message>
        <source>New technology</source>
        <translation>Neue Technologie</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Begutachtet</translation>
    </message>
    <message>
        <source>Incidents since</source>
        <translation>Vorfälle seither</translation>
    </message>
    <message>
        <source>On its system</source>
        <translation>Auf ihrem System</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
</context>
<context>
    <name>Inflection::InsightsPage</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>Sch&amp;lagwort:</translation>
    </message>
    <message>
        <source>Seve&amp;rity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Incidents by month and severity</source>
        <translation>Vorfälle nach Monat und Schweregrad</translation>
    </message>
    <message>
        <source>Time to detect, mitigate and resolve</source>
        <translation>Zeit bis zur Erkennung, Eindämmung und Lösung</translation>
    </message>
    <message>
        <source>Contributing factors by category</source>
        <translation>Beitragende Faktoren nach Kategorie</translation>
    </message>
    <message>
        <source>Follow-through of remediation items</source>
        <translation>Umsetzung der Behebungsmaßnahmen</translation>
    </message>
    <message>
        <source>Open and overdue items by owner</source>
        <translation>Offene und überfällige Maßnahmen nach Zuständigen</translation>
    </message>
    <message>
        <source>Any system</source>
        <translation>Jedes System</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>No postmortem yet: Insights add up what postmortems record.</source>
        <translation>Noch kein Postmortem: Erkenntnisse fassen zusammen, was Postmortems festhalten.</translation>
    </message>
    <message>
        <source>Postmortems counted: %1</source>
        <translation>Gezählte Postmortems: %1</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem ohne Titel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No postmortem in this period matches the filters: widen the period or clear a filter.</source>
        <translation>Kein Postmortem in diesem Zeitraum passt zu den Filtern: den Zeitraum erweitern oder einen Filter aufheben.</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Print the learning report of the period and filters chosen</source>
        <translation>Den Lernbericht des gewählten Zeitraums und der gewählten Filter drucken</translation>
    </message>
    <message>
        <source>Save the learning report of the period and filters chosen as a PDF</source>
        <translation>Den Lernbericht des gewählten Zeitraums und der gewählten Filter als PDF speichern</translation>
    </message>
    <message>
        <source>Save the learning report of the period and filters chosen as Markdown, for a wiki</source>
        <translation>Den Lernbericht des gewählten Zeitraums und der gewählten Filter als Markdown speichern, für ein Wiki</translation>
    </message>
    <message>
        <source>Were the incidents foreseen?</source>
        <translation>Waren die Vorfälle vorhergesehen?</translation>
    </message>
    <message>
        <source>How the items that happened had been rated</source>
        <translation>Wie die eingetretenen Punkte bewertet worden waren</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>How the foreseen items had been rated</source>
        <translation>Wie die vorhergesehenen Punkte bewertet worden waren</translation>
    </message>
    <message>
        <source>Incidents linked to contingency items as foreseen, by how the items had been rated. Click a cell to open its postmortems.</source>
        <translation>Vorfälle, die mit Notfallpunkten als vorhergesehen verknüpft sind, nach der Bewertung der Punkte. Ein Klick auf eine Zelle öffnet ihre Postmortems.</translation>
    </message>
    <message>
        <source>Remediation ideas that recur</source>
        <translation>Wiederkehrende Behebungsideen</translation>
    </message>
    <message>
        <source>New technology and the incidents since</source>
        <translation>Neue Technologien und die Vorfälle seither</translation>
    </message>
    <message>
        <source>Learning report</source>
        <translation>Lernbericht</translation>
    </message>
    <message>
        <source>Learning report %1 – %2</source>
        <translation>Lernbericht %1 – %2</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>None for these filters</source>
        <translation>Keine für diese Filter</translation>
    </message>
</context>
<context>
    <name>Inflection::IrcTimelineParser</name>
    <message>
        <source>This is not an IRC log: no line has the form of an irssi or WeeChat log.</source>
        <translation>Das ist kein IRC-Log: Keine Zeile hat die Form eines irssi- oder WeeChat-Logs.</translation>
    </message>
</context>
<context>
    <name>Inflection::JsonSchemaValidator</name>
    <message>
        <source>%1 is not of type %2</source>
        <translation>%1 ist nicht vom Typ %2</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist nicht eines von %2</translation>
    </message>
    <message>
        <source>%1 is less than the minimum, %2</source>
        <translation>%1 ist kleiner als das Minimum %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum, %2</source>
        <translation>%1 ist größer als das Maximum %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is not in the expected form</source>
        <translation>%1 hat nicht die erwartete Form</translation>
    </message>
    <message>
        <source>%1 is not a date and time such as 2026-03-03T14:05:00Z</source>
        <translation>%1 ist kein Datum mit Uhrzeit wie 2026-03-03T14:05:00Z</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>ist kein Feld dieses Formats</translation>
    </message>
</context>
<context>
    <name>Inflection::KnownTechnology</name>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
</context>
<context>
    <name>Inflection::KnownTechnologyCommand</name>
    <message>
        <source>Mark “%1” as known</source>
        <translation>„%1“ als bekannt markieren</translation>
    </message>
</context>
<context>
    <name>Inflection::LaunchDecision</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>No go</source>
        <translation>Kein Start</translation>
    </message>
</context>
<context>
    <name>Inflection::LaunchField</name>
    <message>
        <source>go-live time</source>
        <translation>Zeitpunkt des Starts</translation>
    </message>
    <message>
        <source>who pushes it</source>
        <translation>wer ihn ausrollt</translation>
    </message>
    <message>
        <source>rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
</context>
<context>
    <name>Inflection::LaunchPlanModel</name>
    <message>
        <source>the launch plan</source>
        <translation>der Startplan</translation>
    </message>
</context>
<context>
    <name>Inflection::LearningReport</name>
    <message>
        <source>No severity</source>
        <translation>Ohne Schweregrad</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter of a year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Incidents by month and severity</source>
        <translation>Vorfälle nach Monat und Schweregrad</translation>
    </message>
    <message>
        <source>No postmortem in this period matches the filters.</source>
        <translation>Kein Postmortem in diesem Zeitraum passt zu den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>Incidents a month, stacked by severity: %n in all</source>
        <translation>
            <numerusform>Vorfälle je Monat, gestapelt nach Schweregrad: %n insgesamt</numerusform>
            <numerusform>Vorfälle je Monat, gestapelt nach Schweregrad: %n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to detect, mitigate and resolve</source>
        <translation>Zeit bis zur Erkennung, Eindämmung und Behebung</translation>
    </message>
    <message>
        <source>No postmortem counted records when its incident was detected, mitigated or resolved.</source>
        <translation>Kein gezähltes Postmortem hält fest, wann sein Vorfall erkannt, eingedämmt oder behoben wurde.</translation>
    </message>
    <message>
        <source>To detect: from the incident's start to its detection; to mitigate and to resolve: from its detection. Incidents take skewed times, so the median and the 90th percentile, not the mean.</source>
        <translation>Bis zur Erkennung: vom Beginn des Vorfalls bis zu seiner Erkennung; bis zur Eindämmung und Behebung: ab seiner Erkennung. Vorfälle dauern sehr ungleich lang, daher Median und 90. Perzentil, nicht der Mittelwert.</translation>
    </message>
    <message>
        <source>Contributing factors by category</source>
        <translation>Beitragende Faktoren nach Kategorie</translation>
    </message>
    <message>
        <source>No contributing factor is recorded in the postmortems counted.</source>
        <translation>Die gezählten Postmortems halten keinen beitragenden Faktor fest.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Factors by the quarter their incident began in, the last six quarters of the period.</source>
        <translation>Faktoren nach dem Quartal, in dem ihr Vorfall begann, die letzten sechs Quartale des Zeitraums.</translation>
    </message>
    <message>
        <source>Factors by the quarter their incident began in.</source>
        <translation>Faktoren nach dem Quartal, in dem ihr Vorfall begann.</translation>
    </message>
    <message>
        <source>Follow-through of remediation items</source>
        <translation>Umsetzung der Behebungsmaßnahmen</translation>
    </message>
    <message>
        <source>The postmortems counted have no remediation items.</source>
        <translation>Die gezählten Postmortems haben keine Behebungsmaßnahmen.</translation>
    </message>
    <message>
        <source>Done within 30 and 60 days of the incident's start; overdue: open past its due day.</source>
        <translation>Erledigt innerhalb von 30 und 60 Tagen nach Beginn des Vorfalls; überfällig: nach dem Fälligkeitstag noch offen.</translation>
    </message>
    <message>
        <source>Open and overdue items by owner</source>
        <translation>Offene und überfällige Maßnahmen nach Zuständigen</translation>
    </message>
    <message>
        <source>No remediation item is open.</source>
        <translation>Keine Behebungsmaßnahme ist offen.</translation>
    </message>
    <message>
        <source>Foresight</source>
        <translation>Voraussicht</translation>
    </message>
    <message>
        <source>No postmortem counted records whether a contingency item of an operability review foresaw its incident.</source>
        <translation>Kein gezähltes Postmortem hält fest, ob ein Eventualfall eines Betriebsbereitschafts-Reviews seinen Vorfall vorhergesehen hat.</translation>
    </message>
    <message>
        <source>How the contingency items that happened had been rated: the cells of the likelihood × impact matrix with an incident.</source>
        <translation>Wie die eingetretenen Eventualfälle bewertet worden waren: die Zellen der Matrix aus Wahrscheinlichkeit × Auswirkung mit einem Vorfall.</translation>
    </message>
    <message>
        <source>Remediation ideas that recur</source>
        <translation>Wiederkehrende Abhilfeideen</translation>
    </message>
    <message>
        <source>No remediation idea recurs in two or more of the postmortems counted.</source>
        <translation>Keine Abhilfeidee kehrt in zwei oder mehr der gezählten Postmortems wieder.</translation>
    </message>
    <message>
        <source>Items of different postmortems that say the same thing in other words, with the wording most of them share.</source>
        <translation>Punkte verschiedener Postmortems, die dasselbe mit anderen Worten sagen, mit der Formulierung, die die meisten teilen.</translation>
    </message>
    <message>
        <source>New technology and the incidents since</source>
        <translation>Neue Technologien und die Vorfälle seither</translation>
    </message>
    <message>
        <source>No architecture review brought in a technology the workspace does not know.</source>
        <translation>Kein Architektur-Review hat eine Technologie eingeführt, die der Arbeitsbereich nicht kennt.</translation>
    </message>
    <message>
        <source>Departures not among the known technologies, with the incidents of their review's system that began after the review, and those linked to them.</source>
        <translation>Abweichungen, die nicht unter den bekannten Technologien sind, mit den Vorfällen im System ihres Reviews, die nach dem Review begannen, und den mit ihnen verknüpften.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3)</source>
        <comment>a quarter of a year, then its days</comment>
        <translation>Q%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a year, then its days</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Learning report</source>
        <translation>Lernbericht</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>What this report counts</source>
        <translation>Was dieser Bericht zählt</translation>
    </message>
    <message>
        <source>What the workspace's postmortems add up to. A postmortem counts in the period its incident began in.</source>
        <translation>Was die Postmortems des Arbeitsbereichs ergeben. Ein Postmortem zählt in dem Zeitraum, in dem sein Vorfall begann.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Postmortems counted</source>
        <translation>Gezählte Postmortems</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>by %1 on %2 (times in %3)</source>
        <translation>von %1 am %2 (Zeiten in %3)</translation>
    </message>
    <message numerus="yes">
        <source>Each incident once, by what its postmortem records; the shares are of all %n incidents counted.</source>
        <translation>
            <numerusform>Jede Störung einmal, nach dem, was ihr Postmortem festhält; die Anteile beziehen sich auf die %n gezählte Störung.</numerusform>
            <numerusform>Jede Störung einmal, nach dem, was ihr Postmortem festhält; die Anteile beziehen sich auf alle %n gezählten Störungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the incidents marked either foreseen or not foreseen had been foreseen by a contingency item (%2 of %3); those linked to related items only are not in this share.</source>
        <translation>%1 der Vorfälle, die als vorhergesehen oder nicht vorhergesehen markiert sind, hatte ein Eventualfall vorhergesehen (%2 von %3); die nur mit verwandten Punkten verknüpften zählen hier nicht mit.</translation>
    </message>
</context>
<context>
    <name>Inflection::Likelihood</name>
    <message>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Fast sicher</translation>
    </message>
</context>
<context>
    <name>Inflection::LinkTargetKind</name>
    <message>
        <source>Contingency</source>
        <translation>Eventualfall</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>Inflection::MainWindow</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>Verlauf des Reviews</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;Architecture Review</source>
        <translation>Neues &amp;Architektur-Review</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Publish &amp;to Workspace</source>
        <translation>In Arbeitsbereich &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Copy the review with everything in it to another workspace, such as a shared one</source>
        <translation>Das Review mit allem, was dazugehört, in einen anderen Arbeitsbereich kopieren, etwa einen gemeinsamen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druckvorscha&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange)…</source>
        <translation>&amp;JSON (Austauschformat)…</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>Review s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Inflection</source>
        <translation>&amp;Über Inflection</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Inflection workspaces (*.inflection)</source>
        <translation>Inflection-Arbeitsbereiche (*.inflection)</translation>
    </message>
    <message>
        <source>Inflection workspaces (*.inflection);;All files (*)</source>
        <translation>Inflection-Arbeitsbereiche (*.inflection);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Shared workspace · read-only</source>
        <translation>Gemeinsamer Arbeitsbereich · schreibgeschützt</translation>
    </message>
    <message>
        <source>Local workspace · read-only</source>
        <translation>Lokaler Arbeitsbereich · schreibgeschützt</translation>
    </message>
    <message>
        <source>Shared workspace · WAL journal</source>
        <translation>Gemeinsamer Arbeitsbereich · WAL-Journal</translation>
    </message>
    <message>
        <source>Shared workspace · rollback journal</source>
        <translation>Gemeinsamer Arbeitsbereich · Rollback-Journal</translation>
    </message>
    <message>
        <source>Local workspace · WAL journal</source>
        <translation>Lokaler Arbeitsbereich · WAL-Journal</translation>
    </message>
    <message>
        <source>Local workspace · rollback journal</source>
        <translation>Lokaler Arbeitsbereich · Rollback-Journal</translation>
    </message>
    <message>
        <source>%1 — Inflection</source>
        <translation>%1 — Inflection</translation>
    </message>
    <message>
        <source>Inflection</source>
        <translation>Inflection</translation>
    </message>
    <message>
        <source>About Inflection</source>
        <translation>Über Inflection</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Inflection %1&lt;/h3&gt;&lt;p&gt;Architecture reviews, operability reviews and blameless postmortems: learning from failure at its three inflection points.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inflection %1&lt;/h3&gt;&lt;p&gt;Architektur-Reviews, Betriebsbereitschafts-Reviews und schuldfreie Postmortems: aus Fehlern lernen, an ihren drei Wendepunkten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>“%1” is not there. If it is on a shared or removable drive, is the drive mounted and reachable? Nothing was changed; the workspace open now stays open.</source>
        <translation>„%1“ ist nicht vorhanden. Falls es auf einem gemeinsamen oder Wechsellaufwerk liegt: Ist das Laufwerk eingehängt und erreichbar? Nichts wurde geändert; der jetzt geöffnete Arbeitsbereich bleibt offen.</translation>
    </message>
    <message>
        <source>&amp;Other Workspace…</source>
        <translation>&amp;Anderer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Publish to Workspace</source>
        <translation>In Arbeitsbereich veröffentlichen</translation>
    </message>
    <message>
        <source>%1

Replace their copy with yours? Their changes stay in that review's history.</source>
        <translation>%1

Deren Kopie durch Ihre ersetzen? Ihre Änderungen bleiben im Verlauf dieses Reviews.</translation>
    </message>
    <message>
        <source>Published to %1 as a new review.</source>
        <translation>Als neues Review in %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Published to %1: their copy was updated.</source>
        <translation>In %1 veröffentlicht: Deren Kopie wurde aktualisiert.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Angehalten; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”. Create a new workspace there?</source>
        <translation>Unter „%1“ gibt es keinen Arbeitsbereich. Dort einen neuen Arbeitsbereich anlegen?</translation>
    </message>
    <message>
        <source>Nothing was created at “%1”; the default workspace is open.</source>
        <translation>Unter „%1“ wurde nichts angelegt; der Standard-Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Status of the open reviews</source>
        <translation>Status der geöffneten Reviews</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Erkenntnisse</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>What the postmortems add up to: incidents by month, time to detect and resolve, contributing factors and follow-through</source>
        <translation>Was die Postmortems ergeben: Vorfälle nach Monat, Zeit bis zur Erkennung und Lösung, beitragende Faktoren und Umsetzung</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>&amp;Decision Record…</source>
        <translation>&amp;Decision Record…</translation>
    </message>
    <message>
        <source>The architecture review as an architecture decision record (MADR or Nygard's) for the code's repository</source>
        <translation>Das Architektur-Review als Architecture Decision Record (MADR oder nach Nygard) für das Repository des Codes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Decision Records…</source>
        <translation>&amp;Decision Records…</translation>
    </message>
    <message>
        <source>Architecture decision records (MADR, Nygard, adr-tools, log4brains) as architecture reviews</source>
        <translation>Architecture Decision Records (MADR, Nygard, adr-tools, log4brains) als Architektur-Reviews</translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation>Decision Record exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Decision records imported: %n review(s) added</source>
        <extracomment>After File ▸ Import ▸ Decision Records…</extracomment>
        <translation>
            <numerusform>Decision Records importiert: %n Review hinzugefügt</numerusform>
            <numerusform>Decision Records importiert: %n Reviews hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unverändert.</numerusform>
            <numerusform>%n unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Team &amp;Server…</source>
        <translation>Mit Team&amp;server verbinden …</translation>
    </message>
    <message>
        <source>Open a workspace on a PostgreSQL server</source>
        <translation>Einen Arbeitsbereich auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>The server of “%1” asks for a password: type it to connect.</source>
        <translation>Der Server von „%1“ verlangt ein Passwort: Geben Sie es ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>%1 · admin · read-only</source>
        <translation>%1 · Administrator · schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 · admin</source>
        <translation>%1 · Administrator</translation>
    </message>
    <message>
        <source>%1 · editor · read-only</source>
        <translation>%1 · Bearbeiter · schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 · editor</source>
        <translation>%1 · Bearbeiter</translation>
    </message>
    <message>
        <source>%1 · reader</source>
        <translation>%1 · Leser</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · schreibgeschützt</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>The server of “%1” asks for a password: type it to connect. %2</source>
        <translation>Der Server von „%1“ verlangt ein Passwort: Geben Sie es ein, um sich zu verbinden. %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Connected to the server again: the workspace is editable, and what was kept in its fields is saved.</source>
        <translation>Wieder mit dem Server verbunden: Der Arbeitsbereich ist bearbeitbar, und was in seinen Feldern erhalten blieb, ist gespeichert.</translation>
    </message>
    <message>
        <source>Your login may change the workspace again, and what was kept in its fields is saved.</source>
        <translation>Ihre Anmeldung darf den Arbeitsbereich wieder ändern, und was in seinen Feldern erhalten blieb, ist gespeichert.</translation>
    </message>
    <message>
        <source>%1 The earlier notice: %2</source>
        <translation>%1 Der frühere Hinweis: %2</translation>
    </message>
    <message>
        <source>&amp;Timeline Events…</source>
        <translation>&amp;Zeitleisten-Ereignisse…</translation>
    </message>
    <message>
        <source>Add events to the postmortem's timeline from a CSV file, a Slack export or an IRC log</source>
        <translation>Ereignisse aus einer CSV-Datei, einem Slack-Export oder einem IRC-Log in die Zeitleiste des Postmortems übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out.</source>
        <extracomment>After the import's summary; the files are named in the import dialog's preview.</extracomment>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Operabilit&amp;y Review</source>
        <translation>Neues Betriebsbereitschafts-&amp;Review</translation>
    </message>
    <message>
        <source>New Post&amp;mortem</source>
        <translation>Neues &amp;Postmortem</translation>
    </message>
</context>
<context>
    <name>Inflection::MessageBanner</name>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meins behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
        <source>Save your value over theirs, as a new change (undoable)</source>
        <translation>Ihren Wert über deren speichern, als neue Änderung (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Keep their value, which is shown now</source>
        <translation>Deren Wert behalten, der jetzt angezeigt wird</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Inflection::Migrator</name>
    <message>
        <source>Schema step %1 is missing from the application.</source>
        <translation>Schemaschritt %1 fehlt in der Anwendung.</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation>Schemaschritt %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>A workspace file has no roles: only a server has.</source>
        <translation>Eine Arbeitsbereichsdatei hat keine Rollen: Nur ein Server hat sie.</translation>
    </message>
    <message>
        <source>The server's roles are missing from the application.</source>
        <translation>Die Rollen des Servers fehlen in der Anwendung.</translation>
    </message>
    <message>
        <source>The server's roles could not be made: %1</source>
        <translation>Die Rollen des Servers konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Inflection::OperabilityDocument</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>Inflection::OperabilityReport</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Launch plan</source>
        <translation>Startplan</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pushed by</source>
        <translation>Ausgerollt von</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Go / no-go</source>
        <translation>Los / kein Start</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>Contingencies by likelihood and impact: %1 in all</source>
        <translation>Eventualfälle nach Wahrscheinlichkeit und Auswirkung: insgesamt %1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Engineering mitigation</source>
        <translation>Technische Abmilderung</translation>
    </message>
    <message>
        <source>Onsite messaging</source>
        <translation>Kommunikation vor Ort</translation>
    </message>
    <message>
        <source>PR needed</source>
        <translation>PR nötig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Contingency checklist, by score</source>
        <translation>Eventualfall-Checkliste, nach Bewertung</translation>
    </message>
    <message>
        <source>No contingencies yet.</source>
        <translation>Noch keine Eventualfälle.</translation>
    </message>
    <message>
        <source>Likelihood / impact</source>
        <translation>Wahrscheinlichkeit / Auswirkung</translation>
    </message>
</context>
<context>
    <name>Inflection::OperabilityView</name>
    <message>
        <source>Rea&amp;diness</source>
        <translation>Bereit&amp;schaft</translation>
    </message>
    <message>
        <source>Cont&amp;ingency checklist</source>
        <translation>Eventualfall-C&amp;heckliste</translation>
    </message>
    <message>
        <source>&amp;Launch plan</source>
        <translation>&amp;Startplan</translation>
    </message>
    <message>
        <source>Atte&amp;ndees</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <source>Readiness questions</source>
        <translation>Fragen zur Bereitschaft</translation>
    </message>
    <message>
        <source>Right before launch: how the system could break, how we will know, and how we will react. Answer each question; the follow-ups appear when the launch brings new production infrastructure.</source>
        <translation>Direkt vor dem Start: wie das System brechen könnte, wie wir es merken und wie wir reagieren. Beantworten Sie jede Frage; die Anschlussfragen erscheinen, wenn der Start neue Produktionsinfrastruktur mitbringt.</translation>
    </message>
    <message>
        <source>Contingency checklist</source>
        <translation>Eventualfall-Checkliste</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add &amp;common contingencies</source>
        <translation>&amp;Übliche Eventualfälle hinzufügen</translation>
    </message>
    <message>
        <source>A dependency is down, the database is overloaded, traffic is ten times the estimate, the feature must be turned off</source>
        <translation>Eine Abhängigkeit ist ausgefallen, die Datenbank ist überlastet, der Verkehr ist zehnmal so hoch wie geschätzt, die Funktion muss abgeschaltet werden</translation>
    </message>
    <message>
        <source>&amp;Manual order</source>
        <translation>&amp;Manuelle Reihenfolge</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Who will push the feature</source>
        <translation>Wer die Funktion ausrollt</translation>
    </message>
    <message>
        <source>What goes out with the feature, where and when</source>
        <translation>Was mit der Funktion live geht, wo und wann</translation>
    </message>
    <message>
        <source>Why go, or what must happen before going</source>
        <translation>Warum es losgeht, oder was vor dem Start passieren muss</translation>
    </message>
    <message>
        <source>&amp;Goes live:</source>
        <translation>&amp;Geht live:</translation>
    </message>
    <message>
        <source>&amp;Pushed by:</source>
        <translation>Ausgerollt &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Rollout:</source>
        <translation>Roll&amp;out:</translation>
    </message>
    <message>
        <source>C&amp;ommunication plan:</source>
        <translation>K&amp;ommunikationsplan:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Ents&amp;cheidung:</translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation>Gr&amp;ünde:</translation>
    </message>
    <message>
        <source>Representatives from Product, Development, Operations, Community/Support and QA.</source>
        <translation>Vertreter aus Produkt, Entwicklung, Betrieb, Community/Support und QA.</translation>
    </message>
    <message numerus="yes">
        <source>%n contingencies. Click a heatmap cell to show only its items.</source>
        <translation>
            <numerusform>%n Eventualfall. Klicken Sie auf eine Zelle der Heatmap, um nur deren Punkte zu zeigen.</numerusform>
            <numerusform>%n Eventualfälle. Klicken Sie auf eine Zelle der Heatmap, um nur deren Punkte zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a contingency below the current one (Ctrl+Enter); while the grid shows one heatmap cell, the new item is in that cell</source>
        <translation>Einen Eventualfall unter dem aktuellen hinzufügen (Strg+Eingabe); solange die Tabelle ein Feld der Heatmap zeigt, kommt der neue Eintrag in dieses Feld</translation>
    </message>
    <message>
        <source>Showing %1 of %2: likelihood %3 (%4), impact %5 (%6). New items are added to this cell.</source>
        <translation>%1 von %2 angezeigt: Wahrscheinlichkeit %3 (%4), Auswirkung %5 (%6). Neue Einträge kommen in dieses Feld.</translation>
    </message>
    <message>
        <source>Show incidents</source>
        <translation>Störungen zeigen</translation>
    </message>
    <message>
        <source>Mark the cells whose items were incidents, with how many</source>
        <translation>Die Zellen markieren, deren Einträge Störungen waren, mit ihrer Anzahl</translation>
    </message>
</context>
<context>
    <name>Inflection::OrderedRecordModel</name>
    <message>
        <source>%1 changed %2 while you were deleting it, so it was kept. Delete it again if it should go.</source>
        <translation>%1 hat %2 geändert, während Sie es löschen wollten; es bleibt deshalb erhalten. Löschen Sie es erneut, falls es weg soll.</translation>
    </message>
    <message>
        <source>%1 moved %2 before you; it stays where they put it.</source>
        <translation>%1 hat %2 vor Ihnen verschoben; es bleibt, wo es hingestellt wurde.</translation>
    </message>
</context>
<context>
    <name>Inflection::ParkedIdeaField</name>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
</context>
<context>
    <name>Inflection::ParkingLotModel</name>
    <message>
        <source>Park idea</source>
        <translation>Idee parken</translation>
    </message>
    <message>
        <source>Remove parked idea</source>
        <translation>Geparkte Idee entfernen</translation>
    </message>
    <message>
        <source>Move parked idea</source>
        <translation>Geparkte Idee verschieben</translation>
    </message>
    <message>
        <source>the parked idea “%1”</source>
        <translation>die geparkte Idee „%1“</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemDocument</name>
    <message>
        <source>Move “%1” into remediation</source>
        <translation>„%1“ in die Behebung übernehmen</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemReport</name>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>Impact time</source>
        <translation>Dauer der Auswirkung</translation>
    </message>
    <message>
        <source>Time undetected</source>
        <translation>Zeit unbemerkt</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>Bekannt bei</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why it made sense at the time</source>
        <translation>Warum es damals sinnvoll erschien</translation>
    </message>
    <message>
        <source>Remediation item</source>
        <translation>Behebungsmaßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>No remediation items yet.</source>
        <translation>Noch keine Behebungsmaßnahmen.</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Nothing parked.</source>
        <translation>Nichts geparkt.</translation>
    </message>
    <message>
        <source>Blameless language</source>
        <translation>Schuldfreie Sprache</translation>
    </message>
    <message>
        <source>Open findings of the blameless coach: %1</source>
        <translation>Offene Funde des Schuldfrei-Coachs: %1</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Why it gets in the way</source>
        <translation>Warum sie dem Lernen im Weg steht</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>Stattdessen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Beitragender Faktor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Shows in</source>
        <translation>Zeigt sich in</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemTexts</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>Diskussion: %1</translation>
    </message>
    <message>
        <source>Decision %1, why it made sense</source>
        <translation>Entscheidung %1, warum sie sinnvoll erschien</translation>
    </message>
    <message>
        <source>Decision %1 at %2, why it made sense</source>
        <translation>Entscheidung %1 um %2, warum sie sinnvoll erschien</translation>
    </message>
    <message>
        <source>Timeline, event %1</source>
        <translation>Zeitleiste, Ereignis %1</translation>
    </message>
    <message>
        <source>Timeline, event %1: %2</source>
        <translation>Zeitleiste, Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Beitragender Faktor</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemView</name>
    <message>
        <source>I&amp;ncident</source>
        <translation>Stö&amp;rung</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Dis&amp;cussion</source>
        <translation>Dis&amp;kussion</translation>
    </message>
    <message>
        <source>Remed&amp;iation</source>
        <translation>Be&amp;hebung</translation>
    </message>
    <message>
        <source>Blameless coach</source>
        <translation>Schuldfrei-Coach</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>Was geschah, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>Who was affected, and how</source>
        <translation>Wer betroffen war, und wie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Dauern</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Begonnen:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Erkannt:</translation>
    </message>
    <message>
        <source>Res&amp;olved:</source>
        <translation>Beh&amp;oben:</translation>
    </message>
    <message>
        <source>Seve&amp;rity:</source>
        <translation>Schwe&amp;regrad:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <source>Im&amp;pact:</source>
        <translation>Aus&amp;wirkung:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an event below the current one, with its time (Enter)</source>
        <translation>Ein Ereignis unter dem aktuellen hinzufügen, mit seiner Zeit (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Sort by time</source>
        <translation>Nach Zeit &amp;sortieren</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Vorführen</translation>
    </message>
    <message>
        <source>Show the timeline full screen on the projector (F5)</source>
        <translation>Die Zeitleiste im Vollbild auf dem Projektor zeigen (F5)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, this computer)</source>
        <translation>%1 (%2 × %3, dieser Rechner)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Eve&amp;ryone agrees this is the order in which events took place</source>
        <translation>Alle sind sich einig, dass die Ereignisse in dieser &amp;Reihenfolge stattfanden</translation>
    </message>
    <message>
        <source>Facts known at the time, in the order they happened. What are we missing? Does everyone agree this is the order in which events took place?</source>
        <translation>Damals bekannte Fakten, in der Reihenfolge, in der sie geschahen. Was fehlt uns? Sind sich alle einig, dass die Ereignisse in dieser Reihenfolge stattfanden?</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <source>Remediation items</source>
        <translation>Behebungsmaßnahmen</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a remediation item at the end (Insert)</source>
        <translation>Eine Behebungsmaßnahme am Ende hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Ticket ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) past their due date. Tasks should not linger.</source>
        <translation>
            <numerusform>%n Maßnahme ist überfällig. Aufgaben sollten nicht liegen bleiben.</numerusform>
            <numerusform>%n Maßnahmen sind überfällig. Aufgaben sollten nicht liegen bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Park an idea</source>
        <translation>Eine Idee parken</translation>
    </message>
    <message>
        <source>&amp;Move into remediation</source>
        <translation>In die Behebung &amp;übernehmen</translation>
    </message>
    <message>
        <source>What things could we do to prevent this exact thing from happening in the future? What things could we do to make troubleshooting similar incidents in the future easier?</source>
        <translation>Was könnten wir tun, um genau das künftig zu verhindern? Was könnten wir tun, um die Fehlersuche bei ähnlichen Störungen künftig zu erleichtern?</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), in order of time.</source>
        <translation>
            <numerusform>%n Ereignis, in zeitlicher Reihenfolge.</numerusform>
            <numerusform>%n Ereignisse, in zeitlicher Reihenfolge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) earlier than the event above them, in bold. Is this the order in which events took place? “Sort by time” puts them in order.</source>
        <translation>
            <numerusform>%n Ereignis ist früher als das Ereignis darüber, fett gedruckt. Ist das die Reihenfolge, in der die Ereignisse stattfanden? „Nach Zeit sortieren“ bringt sie in Ordnung.</numerusform>
            <numerusform>%n Ereignisse sind früher als das Ereignis darüber, fett gedruckt. Ist das die Reihenfolge, in der die Ereignisse stattfanden? „Nach Zeit sortieren“ bringt sie in Ordnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Blameless coach: nothing to look at</source>
        <translation>Schuldfrei-Coach: nichts zu prüfen</translation>
    </message>
    <message>
        <source>No phrase points at people instead of the system.</source>
        <translation>Keine Formulierung zeigt auf Menschen statt auf das System.</translation>
    </message>
    <message>
        <source>Blameless coach, phrases to look at: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Schuldfrei-Coach, zu prüfende Formulierungen: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Stop Presenting</source>
        <translation>Vorführung beenden</translation>
    </message>
    <message>
        <source>Close the presentation on the projector (Shift+F5, or Esc there)</source>
        <translation>Die Vorführung auf dem Projektor schließen (Umschalt+F5, oder dort Esc)</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Larger text on the projector (Ctrl+=)</source>
        <translation>Größere Schrift auf dem Projektor (Strg+=)</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Smaller text on the projector (Ctrl+−)</source>
        <translation>Kleinere Schrift auf dem Projektor (Strg+−)</translation>
    </message>
    <message>
        <source>Actual Text Size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <source>The text size the projector's screen gives (Ctrl+0)</source>
        <translation>Die Schriftgröße, die der Bildschirm des Projektors ergibt (Strg+0)</translation>
    </message>
    <message>
        <source>Park This Thought</source>
        <translation>Gedanken parken</translation>
    </message>
    <message>
        <source>Put the idea typed here in the parking lot, or go here to type one (Ctrl+Shift+K, also on the projector). It waits there for the remediation, and the room sees it at once.</source>
        <translation>Die hier eingegebene Idee auf den Parkplatz stellen, oder hierher gehen, um eine einzugeben (Strg+Umschalt+K, auch auf dem Projektor). Sie wartet dort auf die Behebung, und der Raum sieht sie sofort.</translation>
    </message>
    <message>
        <source>● Presenting on %1, text at %2 %. The room sees %3: %4</source>
        <translation>● Vorführung auf %1, Schrift bei %2 %. Der Raum sieht %3: %4</translation>
    </message>
    <message>
        <source>Presenting “%1”: %2</source>
        <translation>Vorführung „%1“: %2</translation>
    </message>
    <message>
        <source>Parking lot: ideas held until now (add one with “Park This Thought”, on every tab)</source>
        <translation>Parkplatz: bis jetzt zurückgestellte Ideen (eine neue mit „Gedanken parken“, auf jedem Reiter)</translation>
    </message>
    <message>
        <source>Hold that thought (Enter parks it)</source>
        <translation>Gedanken festhalten (Eingabe parkt ihn)</translation>
    </message>
    <message>
        <source>Learnin&amp;g</source>
        <translation>&amp;Gelerntes</translation>
    </message>
    <message>
        <source>When the impact stopped (a rollback, a failover), before the cause was fixed</source>
        <translation>Wann die Auswirkung endete (ein Rollback, ein Failover), bevor die Ursache behoben war</translation>
    </message>
    <message>
        <source>Mitigated:</source>
        <translation>Eingedämmt:</translation>
    </message>
    <message>
        <source>Status page:</source>
        <translation>Statusseite:</translation>
    </message>
    <message>
        <source>Impact: &lt;b&gt;%1&lt;/b&gt; · undetected: &lt;b&gt;%2&lt;/b&gt; · to mitigate: &lt;b&gt;%3&lt;/b&gt; · to resolve: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Auswirkung: &lt;b&gt;%1&lt;/b&gt; · unbemerkt: &lt;b&gt;%2&lt;/b&gt; · bis zur Eindämmung: &lt;b&gt;%3&lt;/b&gt; · bis zur Behebung: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>Faktor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a contributing factor at the end (Insert)</source>
        <translation>Einen beitragenden Faktor am Ende hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Shows in</source>
        <translation>Zeigt sich in</translation>
    </message>
    <message>
        <source>&amp;Shows in:</source>
        <translation>&amp;Zeigt sich in:</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What helped: an alert that fired, a runbook that worked, people who knew where to look</source>
        <translation>Was geholfen hat: ein Alarm, der auslöste, ein Runbook, das funktionierte, Leute, die wussten, wo sie suchen mussten</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>What could have made it worse, and did not this time</source>
        <translation>Was es schlimmer hätte machen können und es diesmal nicht tat</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Was gut lief:</translation>
    </message>
    <message>
        <source>Whe&amp;re we got lucky:</source>
        <translation>Wo wir Glück &amp;hatten:</translation>
    </message>
    <message>
        <source>What conditions helped this incident happen, or made it worse? Name each without blame, in a category, and check the events on the timeline where it shows.</source>
        <translation>Welche Bedingungen haben diese Störung begünstigt oder verschlimmert? Benennen Sie jede ohne Schuldzuweisung, in einer Kategorie, und haken Sie die Ereignisse der Zeitleiste ab, in denen sie sich zeigt.</translation>
    </message>
    <message>
        <source>Add a contributing factor, then check the events it shows in.</source>
        <translation>Fügen Sie einen beitragenden Faktor hinzu und haken Sie dann die Ereignisse ab, in denen er sich zeigt.</translation>
    </message>
    <message>
        <source>Choose a contributing factor to check the events it shows in.</source>
        <translation>Wählen Sie einen beitragenden Faktor, um die Ereignisse abzuhaken, in denen er sich zeigt.</translation>
    </message>
    <message>
        <source>The events the new factor shows in:</source>
        <translation>Die Ereignisse, in denen sich der neue Faktor zeigt:</translation>
    </message>
    <message>
        <source>The events “%1” shows in:</source>
        <translation>Die Ereignisse, in denen sich „%1“ zeigt:</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Beitragender Faktor</translation>
    </message>
    <message>
        <source>Did we foresee it?</source>
        <translation>Haben wir es vorhergesehen?</translation>
    </message>
    <message>
        <source>Blameless coach: reading the review…</source>
        <translation>Schuldfrei-Coach: liest das Review …</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add events from a CSV file, a Slack export or an IRC log (%1, or File ▸ Import ▸ Timeline Events…)</source>
        <translation>Ereignisse aus einer CSV-Datei, einem Slack-Export oder einem IRC-Log übernehmen (%1, oder Datei ▸ Importieren ▸ Zeitleisten-Ereignisse…)</translation>
    </message>
</context>
<context>
    <name>Inflection::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Sie</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>The name your changes, comments and votes carry</source>
        <translation>Der Name, den Ihre Änderungen, Kommentare und Stimmen tragen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the default workspace</source>
        <translation>Den vorgegebenen Arbeitsbereich wählen</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>Vorgegebener Arbeitsbereich</translation>
    </message>
    <message>
        <source>Inflection workspaces (*.inflection)</source>
        <translation>Inflection-Arbeitsbereiche (*.inflection)</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Default workspace:</source>
        <translation>&amp;Vorgegebener Arbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Times in this workspace are shown and entered in this zone</source>
        <translation>Zeiten in diesem Arbeitsbereich werden in dieser Zone gezeigt und eingegeben</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Severity levels</source>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <source>Add Le&amp;vel</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Level</source>
        <translation>Stufe &amp;entfernen</translation>
    </message>
    <message>
        <source>Likelihood ↓ / impact →</source>
        <translation>Wahrscheinlichkeit ↓ / Auswirkung →</translation>
    </message>
    <message>
        <source>Risk level for likelihood %1, impact %2</source>
        <translation>Risikostufe für Wahrscheinlichkeit %1, Auswirkung %2</translation>
    </message>
    <message>
        <source>How a remediation item's ticket key becomes a link: {key} is replaced by the key</source>
        <translation>Wie der Ticketschlüssel einer Behebungsmaßnahme zum Link wird: {key} wird durch den Schlüssel ersetzt</translation>
    </message>
    <message>
        <source>Known technologies</source>
        <translation>Bekannte Technologien</translation>
    </message>
    <message>
        <source>Re&amp;move Technology</source>
        <translation>Technologie ent&amp;fernen</translation>
    </message>
    <message>
        <source>Kept in the workspace “%1”: everyone who opens it sees the same.</source>
        <translation>Im Arbeitsbereich „%1“ gespeichert: Alle, die ihn öffnen, sehen dasselbe.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Severity levels:</source>
        <translation>Sch&amp;weregrade:</translation>
    </message>
    <message>
        <source>Risk &amp;matrix:</source>
        <translation>Risiko&amp;matrix:</translation>
    </message>
    <message>
        <source>Ticket add&amp;ress:</source>
        <translation>Ticketa&amp;dresse:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Categories of contributing factors</source>
        <translation>Kategorien beitragender Faktoren</translation>
    </message>
    <message>
        <source>The categories a postmortem's contributing factors are filed under; a renamed category keeps its factors</source>
        <translation>Die Kategorien, denen die beitragenden Faktoren eines Postmortems zugeordnet werden; eine umbenannte Kategorie behält ihre Faktoren</translation>
    </message>
    <message>
        <source>Add Cate&amp;gory</source>
        <translation>Kate&amp;gorie hinzufügen</translation>
    </message>
    <message>
        <source>Remove Cat&amp;egory</source>
        <translation>Kategorie entfe&amp;rnen</translation>
    </message>
    <message numerus="yes">
        <source>%n contributing factor(s) are filed under “%1”. They keep that category, shown by its key “%2”, until someone gives them another one.</source>
        <translation>
            <numerusform>%n beitragender Faktor ist „%1“ zugeordnet. Er behält diese Kategorie, angezeigt mit ihrem Schlüssel „%2“, bis ihm jemand eine andere gibt.</numerusform>
            <numerusform>%n beitragende Faktoren sind „%1“ zugeordnet. Sie behalten diese Kategorie, angezeigt mit ihrem Schlüssel „%2“, bis ihnen jemand eine andere gibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put It Back</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Categories of contributing &amp;factors:</source>
        <translation>Kategorien beitragender &amp;Faktoren:</translation>
    </message>
    <message>
        <source>&amp;Known Technologies</source>
        <translation>&amp;Bekannte Technologien</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Auch geschrieben</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Technologies the organisation already knows, by their ring on its tech radar: a departure the radar does not name is new technology, one in the ring Hold is on hold</source>
        <translation>Technologien, die die Organisation schon kennt, mit ihrem Ring auf ihrem Tech-Radar: Eine Abweichung, die das Radar nicht nennt, ist neue Technologie, eine im Ring Hold ist auf Hold</translation>
    </message>
    <message>
        <source>Other names people write it under, separated by semicolons: Postgres; pg</source>
        <translation>Andere Namen, unter denen man sie schreibt, durch Semikolons getrennt: Postgres; pg</translation>
    </message>
    <message>
        <source>Add &amp;Technology</source>
        <translation>&amp;Technologie hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import Radar…</source>
        <translation>Radar &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a tech radar's CSV or JSON file (as “Build your own radar” reads it): what it adds and changes is shown first</source>
        <translation>Die CSV- oder JSON-Datei eines Tech-Radars lesen (wie „Build your own radar“ sie liest): Was sie hinzufügt und ändert, wird zuerst gezeigt</translation>
    </message>
    <message>
        <source>E&amp;xport Radar…</source>
        <translation>Radar e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the known technologies as a tech radar's CSV or JSON file</source>
        <translation>Die bekannten Technologien als CSV- oder JSON-Datei eines Tech-Radars schreiben</translation>
    </message>
    <message>
        <source>The technologies the organisation knows, as its tech radar lists them. A departure the radar does not name is new technology; one in the ring Hold is on hold. Names match whatever their case, spaces and punctuation, and under any name in “Also written”.</source>
        <translation>Die Technologien, die die Organisation kennt, wie ihr Tech-Radar sie aufführt. Eine Abweichung, die das Radar nicht nennt, ist neue Technologie; eine im Ring Hold ist auf Hold. Namen passen unabhängig von Groß- und Kleinschreibung, Leerzeichen und Satzzeichen, und unter jedem Namen in „Auch geschrieben“.</translation>
    </message>
    <message>
        <source>Import Radar</source>
        <translation>Radar importieren</translation>
    </message>
    <message>
        <source>Tech radars (*.csv *.json);;All files (*)</source>
        <translation>Tech-Radare (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Radar</source>
        <translation>Radar exportieren</translation>
    </message>
    <message>
        <source>Radar CSV (*.csv);;Radar JSON (*.json)</source>
        <translation>Radar-CSV (*.csv);;Radar-JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” adds %n technologies</source>
        <translation>
            <numerusform>„%1“ fügt %n Technologie hinzu</numerusform>
            <numerusform>„%1“ fügt %n Technologien hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It changes %n known technologies</source>
        <translation>
            <numerusform>Sie ändert %n bekannte Technologie</numerusform>
            <numerusform>Sie ändert %n bekannte Technologien</numerusform>
        </translation>
    </message>
    <message>
        <source>Those it does not name stay as they are.</source>
        <translation>Die sie nicht nennt, bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read and are left out:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und bleibt weg:</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und bleiben weg:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Imported from “%1”: %2 added, %3 changed. OK or Apply stores them in the workspace.</source>
        <translation>Aus „%1“ importiert: %2 hinzugefügt, %3 geändert. OK oder Anwenden speichert sie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The known technologies are written to “%1”.</source>
        <translation>Die bekannten Technologien sind nach „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Only an admin of the workspace on “%1” may change its settings; your login is an editor there.</source>
        <translation>Nur ein Administrator des Arbeitsbereichs auf „%1“ darf seine Einstellungen ändern; Ihre Anmeldung ist dort Bearbeiter.</translation>
    </message>
    <message>
        <source>Only an admin of the workspace on “%1” may change its settings; your login is a reader there.</source>
        <translation>Nur ein Administrator des Arbeitsbereichs auf „%1“ darf seine Einstellungen ändern; Ihre Anmeldung ist dort Leser.</translation>
    </message>
    <message>
        <source>The workspace opened at start: a file, or a team server as postgresql://host/database or service=name (never with a password)</source>
        <translation>Der Arbeitsbereich, der beim Start geöffnet wird: eine Datei oder ein Teamserver als postgresql://host/datenbank oder service=name (nie mit Passwort)</translation>
    </message>
    <message>
        <source>Choose a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei wählen</translation>
    </message>
    <message>
        <source>Use Current</source>
        <translation>Aktuellen verwenden</translation>
    </message>
    <message>
        <source>Use the open workspace as the default</source>
        <translation>Den geöffneten Arbeitsbereich als Standard verwenden</translation>
    </message>
    <message>
        <source>Open this workspace at start: %1</source>
        <translation>Diesen Arbeitsbereich beim Start öffnen: %1</translation>
    </message>
    <message>
        <source>On “%1” your changes carry your login, %2, whatever this name says. The name is used in workspace files.</source>
        <translation>Auf „%1“ tragen Ihre Änderungen Ihre Anmeldung, %2, was auch immer dieser Name sagt. Der Name wird in Arbeitsbereichsdateien verwendet.</translation>
    </message>
    <message>
        <source>On “%1” your changes carry your server login, whatever this name says. The name is used in workspace files.</source>
        <translation>Auf „%1“ tragen Ihre Änderungen Ihre Server-Anmeldung, was auch immer dieser Name sagt. Der Name wird in Arbeitsbereichsdateien verwendet.</translation>
    </message>
</context>
<context>
    <name>Inflection::PresentationWindow</name>
    <message>
        <source>%1 — presentation</source>
        <translation>%1 — Vorführung</translation>
    </message>
    <message>
        <source>Postmortem presentation</source>
        <translation>Postmortem-Vorführung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>%1, nothing to show yet</source>
        <translation>%1, noch nichts zu zeigen</translation>
    </message>
    <message>
        <source>%1, event %2 of %3</source>
        <translation>%1, Ereignis %2 von %3</translation>
    </message>
    <message>
        <source>%1, question %2 of %3</source>
        <translation>%1, Frage %2 von %3</translation>
    </message>
    <message>
        <source>%1, item %2 of %3</source>
        <translation>%1, Maßnahme %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>Parking lot (%n more above)</source>
        <translation>
            <numerusform>Parkplatz (%n weitere oben)</numerusform>
            <numerusform>Parkplatz (%n weitere oben)</numerusform>
        </translation>
    </message>
    <message>
        <source>↑↓ item · Home/End first/last · PgUp/PgDn phase · Ctrl+= Ctrl+− text size · Ctrl+Shift+K park a thought · Esc leave</source>
        <translation>↑↓ Eintrag · Pos1/Ende erster/letzter · Bild↑/Bild↓ Phase · Strg+= Strg+− Schriftgröße · Strg+Umschalt+K Gedanken parken · Esc verlassen</translation>
    </message>
    <message>
        <source>Park an idea</source>
        <translation>Eine Idee parken</translation>
    </message>
    <message>
        <source>An idea for later</source>
        <translation>Eine Idee für später</translation>
    </message>
    <message>
        <source>Started %1&lt;br&gt;Detected %2&lt;br&gt;Resolved %3&lt;p style="margin-top:6px"&gt;Impact &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Undetected &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;To mitigate &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;To resolve &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;</source>
        <translation>Begonnen %1&lt;br&gt;Erkannt %2&lt;br&gt;Behoben %3&lt;p style="margin-top:6px"&gt;Auswirkung &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Unbemerkt &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;Bis zur Eindämmung &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;Bis zur Behebung &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inflection::PresentingBanner</name>
    <message>
        <source>Presenting</source>
        <translation>Vorführung läuft</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Vorführung</translation>
    </message>
</context>
<context>
    <name>Inflection::Proposal</name>
    <message>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>reasoning of the decision</source>
        <translation>Begründung der Entscheidung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>agreements on tricky components</source>
        <translation>Vereinbarungen zu heiklen Komponenten</translation>
    </message>
    <message>
        <source>learnings and questions</source>
        <translation>Erkenntnisse und Fragen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Stop and rethink</source>
        <translation>Anhalten und neu überdenken</translation>
    </message>
    <message>
        <source>Gather more information</source>
        <translation>Mehr Informationen sammeln</translation>
    </message>
    <message>
        <source># Goals

What this change is for, and how we will know it worked.

# Design

The design, mapped onto the goals.

# Departures from current technology

New languages, database systems, patterns or tools, and why the ones we know will not do.

# Alternatives considered

What else we looked at, and why it was not chosen.

# Costs and pain points

What this will cost to build, run and change, and where it will hurt.
</source>
        <translation># Ziele

Wozu diese Änderung dient und woran wir merken, dass sie funktioniert hat.

# Entwurf

Der Entwurf, auf die Ziele abgebildet.

# Abweichungen von der aktuellen Technologie

Neue Sprachen, Datenbanksysteme, Muster oder Werkzeuge, und warum die bekannten nicht genügen.

# Erwogene Alternativen

Was wir uns sonst angesehen haben, und warum es nicht gewählt wurde.

# Kosten und Schmerzpunkte

Was es kosten wird, dies zu bauen, zu betreiben und zu ändern, und wo es wehtun wird.
</translation>
    </message>
</context>
<context>
    <name>Inflection::ProposalModel</name>
    <message>
        <source>%1 changed another part of the proposal while you were writing; their changes and yours are merged.</source>
        <translation>%1 hat einen anderen Teil des Vorschlags geändert, während Sie schrieben; deren und Ihre Änderungen sind zusammengeführt.</translation>
    </message>
    <message>
        <source>%1 changed the same part of the proposal while you were writing. Your text was saved; theirs is kept whole in the review's history.</source>
        <translation>%1 hat denselben Teil des Vorschlags geändert, während Sie schrieben. Ihr Text wurde gespeichert; deren Text bleibt vollständig im Verlauf des Reviews.</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>der Vorschlag</translation>
    </message>
</context>
<context>
    <name>Inflection::QuestionCommand</name>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation>Stimme zurücknehmen</translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation>Frage beantworten</translation>
    </message>
</context>
<context>
    <name>Inflection::QuestionModel</name>
    <message>
        <source>No votes yet</source>
        <translation>Noch keine Stimmen</translation>
    </message>
    <message>
        <source>Voted: %1</source>
        <translation>Abgestimmt: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 changed the question “%2” while you were deleting it, so it was kept.</source>
        <translation>%1 hat die Frage „%2“ geändert, während Sie sie löschen wollten; sie bleibt deshalb erhalten.</translation>
    </message>
    <message>
        <source>%1 answered “%2” before you. Theirs: “%3”. Yours, not saved: “%4”.</source>
        <translation>%1 hat „%2“ vor Ihnen beantwortet. Deren Antwort: „%3“. Ihre, nicht gespeichert: „%4“.</translation>
    </message>
</context>
<context>
    <name>Inflection::Readiness</name>
    <message>
        <source>Has the feature been tested enough to deploy to production?</source>
        <translation>Wurde die Funktion ausreichend getestet, um sie in Produktion auszurollen?</translation>
    </message>
    <message>
        <source>Does everyone know when it will go live, and who will push the feature?</source>
        <translation>Wissen alle, wann sie live geht und wer die Funktion ausrollt?</translation>
    </message>
    <message>
        <source>Is there communication about the feature ready to go out with the feature?</source>
        <translation>Ist Kommunikation zur Funktion bereit, die mit der Funktion hinausgeht?</translation>
    </message>
    <message>
        <source>Is it possible to turn up this feature on a percentage basis, dark launch, or gameday it?</source>
        <translation>Lässt sich diese Funktion prozentual hochfahren, verdeckt starten oder in einem Gameday erproben?</translation>
    </message>
    <message>
        <source>Does the launch involve any new production infrastructure?</source>
        <translation>Bringt der Start neue Produktionsinfrastruktur mit sich?</translation>
    </message>
    <message>
        <source>If so, are those pieces in monitoring or metrics collection?</source>
        <translation>Falls ja: Sind diese Teile im Monitoring oder in der Metrikerfassung?</translation>
    </message>
    <message>
        <source>If so, is there a deployment pipeline in place?</source>
        <translation>Falls ja: Gibt es eine Deployment-Pipeline?</translation>
    </message>
    <message>
        <source>If so, is there a development environment set up to make it work in dev?</source>
        <translation>Falls ja: Gibt es eine Entwicklungsumgebung, damit es in der Entwicklung funktioniert?</translation>
    </message>
    <message>
        <source>If so, are there tests that can be and are run on CI?</source>
        <translation>Falls ja: Gibt es Tests, die in der CI laufen können und laufen?</translation>
    </message>
</context>
<context>
    <name>Inflection::ReconnectBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>Verbindung zum Server</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s): %1</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde: %1</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>Jetzt &amp;neu verbinden</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting for the next attempt</source>
        <translation>Den Server jetzt zu erreichen versuchen, statt auf den nächsten Versuch zu warten</translation>
    </message>
</context>
<context>
    <name>Inflection::RecordRows</name>
    <message>
        <source>It is not in the workspace (any more).</source>
        <translation>Es ist nicht (mehr) im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Inflection::RecordTable</name>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>It has no valid place in the list.</source>
        <translation>Es hat keinen gültigen Platz in der Liste.</translation>
    </message>
</context>
<context>
    <name>Inflection::RecordUpdate</name>
    <message>
        <source>The workspace is read-only; the change was not saved.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else deleted this in the meantime; the change was not saved.</source>
        <translation>Jemand anderes hat dies inzwischen gelöscht; die Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationField</name>
    <message>
        <source>item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationModel</name>
    <message>
        <source>Add remediation item</source>
        <translation>Behebungsmaßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete remediation item</source>
        <translation>Behebungsmaßnahme löschen</translation>
    </message>
    <message>
        <source>Move remediation item</source>
        <translation>Behebungsmaßnahme verschieben</translation>
    </message>
    <message>
        <source>the remediation item “%1”</source>
        <translation>die Behebungsmaßnahme „%1“</translation>
    </message>
    <message>
        <source>Overdue: tasks should not linger</source>
        <translation>Überfällig: Aufgaben sollten nicht liegen bleiben</translation>
    </message>
    <message>
        <source>Remediation item</source>
        <translation>Behebungsmaßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n remediation items</source>
        <translation>
            <numerusform>%n Behebungsmaßnahme löschen</numerusform>
            <numerusform>%n Behebungsmaßnahmen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationType</name>
    <message>
        <source>Prevent this from happening again</source>
        <translation>Verhindern, dass das wieder passiert</translation>
    </message>
    <message>
        <source>Make troubleshooting similar incidents easier</source>
        <translation>Fehlersuche bei ähnlichen Störungen erleichtern</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Inflection::ReplyBox</name>
    <message>
        <source>Reply to %1 on “%2”</source>
        <translation>Antwort an %1 zu „%2“</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Escape cancels</source>
        <translation>Strg+Eingabe sendet, Esc bricht ab</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>Inflection::ReportFormat</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Inflection::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>Das PDF wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewDocument</name>
    <message>
        <source>Superseded by</source>
        <translation>Ersetzt durch</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewExporter</name>
    <message>
        <source>There is no review %1.</source>
        <translation>Es gibt kein Review %1.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewField</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>meeting time</source>
        <translation>Termin des Treffens</translation>
    </message>
    <message>
        <source>superseding review</source>
        <translation>ersetzendes Review</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewFilterProxyModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Where a search found a review, and the text there; in the review list.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewImporter</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>Updated “%1”.</source>
        <translation>„%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>The server recorded this login as the author of what was written: only the workspace's administrator keeps the authors.</source>
        <translation>Der Server hat diese Anmeldung als Autor des Geschriebenen vermerkt: Nur der Administrator des Arbeitsbereichs behält die Autoren bei.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewKind</name>
    <message>
        <source>Architecture review</source>
        <translation>Architektur-Review</translation>
    </message>
    <message>
        <source>Operability review</source>
        <translation>Betriebsbereitschafts-Review</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewListModel</name>
    <message>
        <source>%1 · new technology</source>
        <translation>%1 · neue Technologie</translation>
    </message>
    <message>
        <source>Brings new technology: departures not among the known technologies: %1</source>
        <translation>Bringt neue Technologie mit: Abweichungen, die nicht unter den bekannten Technologien sind: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remediation item(s) overdue: tasks should not linger</source>
        <translation>
            <numerusform>%n Behebungsmaßnahme überfällig: Aufgaben sollten nicht liegen bleiben</numerusform>
            <numerusform>%n Behebungsmaßnahmen überfällig: Aufgaben sollten nicht liegen bleiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>the review “%1”</source>
        <translation>das Review „%1“</translation>
    </message>
    <message>
        <source>%1 · technology on hold</source>
        <translation>%1 · Technologie auf Hold</translation>
    </message>
    <message>
        <source>Departs to technology the radar puts on hold: %1</source>
        <translation>Weicht auf Technologie aus, die das Radar auf Hold setzt: %1</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewPage</name>
    <message>
        <source>What is this review about?</source>
        <translation>Worum geht es in diesem Review?</translation>
    </message>
    <message>
        <source>The system or component concerned</source>
        <translation>Das betroffene System oder die Komponente</translation>
    </message>
    <message>
        <source>Who leads this review</source>
        <translation>Wer dieses Review leitet</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation>Ersetzt &amp;durch:</translation>
    </message>
    <message>
        <source>The review that replaces this one</source>
        <translation>Das Review, das dieses ersetzt</translation>
    </message>
    <message>
        <source>Who else has this review open</source>
        <translation>Wer dieses Review sonst noch geöffnet hat</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>Also open by %1. Changes show here within seconds; where you both change the same thing, you choose whose to keep.</source>
        <translation>Auch geöffnet von %1. Änderungen erscheinen hier binnen Sekunden; wo Sie beide dasselbe ändern, wählen Sie, wessen Änderung bleibt.</translation>
    </message>
    <message>
        <source>This review was deleted.</source>
        <translation>Dieses Review wurde gelöscht.</translation>
    </message>
    <message>
        <source>Not superseded</source>
        <translation>Nicht ersetzt</translation>
    </message>
    <message>
        <source>%1 · created %2 · last changed %3 by %4</source>
        <translation>%1 · angelegt %2 · zuletzt geändert %3 von %4</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Show the review's owner, tags and other details (%1)</source>
        <translation>Verantwortliche, Schlagwörter und weitere Details des Reviews zeigen (%1)</translation>
    </message>
    <message>
        <source>Fold the review's details to one line, to leave more room below (%1)</source>
        <translation>Die Details des Reviews auf eine Zeile einklappen, um darunter mehr Platz zu lassen (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Supersede&amp;s:</source>
        <translation>E&amp;rsetzt:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the review that replaces this one</source>
        <translation>Das Review öffnen, das dieses ersetzt</translation>
    </message>
    <message>
        <source>A review not in this workspace (%1)</source>
        <extracomment>A successor this workspace does not have (yet): a decision record's link to a record not imported.</extracomment>
        <translation>Ein Review, das nicht in diesem Arbeitsbereich ist (%1)</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewReport</name>
    <message>
        <source>There is no such review.</source>
        <translation>Ein solches Review gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>by %1 on %2 (times in %3)</source>
        <translation>von %1 am %2 (Zeiten in %3)</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewRepository</name>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Angesetzt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Abgehalten</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewTreeStore</name>
    <message>
        <source>The workspace is read-only; nothing was imported.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The workspace has review %1 as another kind of review; nothing was imported.</source>
        <translation>Der Arbeitsbereich hat Review %1 als eine andere Art von Review; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The workspace copy of “%1” is newer (changed %2) than the one being imported (%3); nothing was imported.</source>
        <translation>Die Kopie von „%1“ im Arbeitsbereich ist neuer (geändert %2) als die importierte (%3); nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewView</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Set the review's status to Decided as well?</source>
        <translation>Den Status des Reviews auch auf „Entschieden“ setzen?</translation>
    </message>
</context>
<context>
    <name>Inflection::RiskLevel</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
</context>
<context>
    <name>Inflection::RiskMatrixCommand</name>
    <message>
        <source>Change the risk matrix</source>
        <translation>Risikomatrix ändern</translation>
    </message>
</context>
<context>
    <name>Inflection::Rollout</name>
    <message>
        <source>All at once</source>
        <translation>Alles auf einmal</translation>
    </message>
    <message>
        <source>On a percentage basis</source>
        <translation>Prozentual</translation>
    </message>
    <message>
        <source>Dark launch</source>
        <translation>Verdeckter Start</translation>
    </message>
    <message>
        <source>Gameday</source>
        <translation>Gameday</translation>
    </message>
</context>
<context>
    <name>Inflection::RowListEditor</name>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Moves the chosen row up (Alt+Up)</source>
        <translation>Verschiebt die gewählte Zeile nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Moves the chosen row down (Alt+Down)</source>
        <translation>Verschiebt die gewählte Zeile nach unten (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>Inflection::SafeLink</name>
    <message>
        <source>“%1” is not a valid address; it was not opened.</source>
        <translation>„%1“ ist keine gültige Adresse; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>“%1” was not opened: Inflection opens only https, http and mailto addresses, not %2.</source>
        <translation>„%1“ wurde nicht geöffnet: Inflection öffnet nur https-, http- und mailto-Adressen, keine mit %2.</translation>
    </message>
</context>
<context>
    <name>Inflection::SchemaVerifier</name>
    <message>
        <source>“%1” has a table Inflection did not make: %2</source>
        <translation>„%1“ enthält eine Tabelle, die Inflection nicht angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” has an index Inflection did not make: %2</source>
        <translation>„%1“ enthält einen Index, den Inflection nicht angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” has a trigger Inflection did not make: %2</source>
        <translation>„%1“ enthält einen Trigger, den Inflection nicht angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” has a view Inflection did not make: %2</source>
        <translation>„%1“ enthält eine Sicht, die Inflection nicht angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” lacks a table Inflection makes: %2</source>
        <translation>„%1“ fehlt eine Tabelle, die Inflection anlegt: %2</translation>
    </message>
    <message>
        <source>“%1” lacks an index Inflection makes: %2</source>
        <translation>„%1“ fehlt ein Index, den Inflection anlegt: %2</translation>
    </message>
    <message>
        <source>“%1” lacks a trigger Inflection makes: %2</source>
        <translation>„%1“ fehlt ein Trigger, den Inflection anlegt: %2</translation>
    </message>
    <message>
        <source>“%1” lacks a view Inflection makes: %2</source>
        <translation>„%1“ fehlt eine Sicht, die Inflection anlegt: %2</translation>
    </message>
    <message>
        <source>“%1” has a table changed from what Inflection made: %2</source>
        <translation>„%1“ enthält eine Tabelle, die anders ist, als Inflection sie angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” has an index changed from what Inflection made: %2</source>
        <translation>„%1“ enthält einen Index, der anders ist, als Inflection ihn angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” has a trigger changed from what Inflection made: %2</source>
        <translation>„%1“ enthält einen Trigger, der anders ist, als Inflection ihn angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” has a view changed from what Inflection made: %2</source>
        <translation>„%1“ enthält eine Sicht, die anders ist, als Inflection sie angelegt hat: %2</translation>
    </message>
    <message>
        <source>“%1” has a %2 where Inflection makes a %3: %4</source>
        <translation>„%1“ enthält ein Objekt vom Typ %2, wo Inflection eines vom Typ %3 anlegt: %4</translation>
    </message>
    <message>
        <source>“%1” says it has schema version %2, but its tables are those of version %3</source>
        <translation>„%1“ gibt Schemaversion %2 an, seine Tabellen sind aber die der Version %3</translation>
    </message>
</context>
<context>
    <name>Inflection::SearchHit</name>
    <message>
        <source>General questions</source>
        <translation>Allgemeine Fragen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Launch plan</source>
        <translation>Startplan</translation>
    </message>
    <message>
        <source>Contingencies</source>
        <translation>Eventualfälle</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
</context>
<context>
    <name>Inflection::SearchResultDelegate</name>
    <message>
        <source>%1:</source>
        <extracomment>Under a review's title in the review list: where a search found it (%1), before the text there.</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Inflection::ServerConnection</name>
    <message>
        <source>The server “%1” cannot be reached: %2</source>
        <translation>Der Server „%1“ ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::ServerKeyring</name>
    <message>
        <source>No keyring is running on this desktop, so Inflection cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>Auf dieser Arbeitsumgebung läuft kein Schlüsselbund, daher kann sich Inflection das Passwort nicht merken: Geben Sie es jedes Mal ein oder legen Sie es stattdessen in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The desktop's keyring refused (it may be locked), so Inflection cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung hat abgelehnt (vielleicht ist er gesperrt), daher kann sich Inflection das Passwort nicht merken: Geben Sie es jedes Mal ein oder legen Sie es stattdessen in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The desktop's keyring did not answer, so Inflection cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung hat nicht geantwortet, daher kann sich Inflection das Passwort nicht merken: Geben Sie es jedes Mal ein oder legen Sie es stattdessen in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>This build of Inflection has no keyring support, so it cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>Diese Ausgabe von Inflection kann keinen Schlüsselbund nutzen und sich das Passwort daher nicht merken: Geben Sie es jedes Mal ein oder legen Sie es stattdessen in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>%1 (Details: %2)</source>
        <extracomment>%1 a plain sentence, %2 the keyring's own message (technical)</extracomment>
        <translation>%1 (Einzelheiten: %2)</translation>
    </message>
</context>
<context>
    <name>Inflection::ServerLogin</name>
    <message>
        <source>Inflection cannot connect to “%1”: %2</source>
        <translation>Inflection kann sich nicht mit „%1“ verbinden: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::ServerRoles</name>
    <message>
        <source>Roles belong to a workspace on a server; a file has none.</source>
        <translation>Rollen gehören zu einem Arbeitsbereich auf einem Server; eine Datei hat keine.</translation>
    </message>
    <message>
        <source>“%1” is not a level of a workspace: give reader, editor or admin.</source>
        <translation>„%1“ ist keine Stufe eines Arbeitsbereichs: Geben Sie reader, editor oder admin an.</translation>
    </message>
    <message>
        <source>The server has no login “%1”: create it first (CREATE ROLE … LOGIN).</source>
        <translation>Der Server hat keine Anmeldung „%1“: Legen Sie sie zuerst an (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>Your login may not give or take roles on this server: connect as the workspace's owner, a login with CREATEROLE or a superuser.</source>
        <translation>Ihre Anmeldung darf auf diesem Server keine Rollen vergeben oder entziehen: Verbinden Sie sich als Eigentümer des Arbeitsbereichs, als Anmeldung mit CREATEROLE oder als Superuser.</translation>
    </message>
    <message>
        <source>The workspace on this server has no roles yet: run “inflection server init” first.</source>
        <translation>Der Arbeitsbereich auf diesem Server hat noch keine Rollen: Führen Sie zuerst „inflection server init“ aus.</translation>
    </message>
</context>
<context>
    <name>Inflection::SetFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>%1 (Your %2: “%3”.)</source>
        <translation>%1 (Ihr Wert für %2: „%3“.)</translation>
    </message>
    <message>
        <source>%1 saved a change first: %2, %3. Theirs: “%4”. Yours, not saved: “%5”.</source>
        <extracomment>Someone else saved the same field first: who, which record, which field, their value, yours.</extracomment>
        <translation>%1 hat zuerst eine Änderung gespeichert: %2, %3. Deren Wert: „%4“. Ihrer, nicht gespeichert: „%5“.</translation>
    </message>
</context>
<context>
    <name>Inflection::Severity</name>
    <message>
        <source>SEV 1</source>
        <translation>SEV 1</translation>
    </message>
    <message>
        <source>The site or a core flow (search, checkout) is down or unusable for most people</source>
        <translation>Die Website oder ein Kernablauf (Suche, Checkout) ist für die meisten ausgefallen oder unbenutzbar</translation>
    </message>
    <message>
        <source>SEV 2</source>
        <translation>SEV 2</translation>
    </message>
    <message>
        <source>A core flow is degraded, or a feature is down for many people</source>
        <translation>Ein Kernablauf ist beeinträchtigt, oder eine Funktion ist für viele ausgefallen</translation>
    </message>
    <message>
        <source>SEV 3</source>
        <translation>SEV 3</translation>
    </message>
    <message>
        <source>A feature is degraded for some people; a workaround exists</source>
        <translation>Eine Funktion ist für manche beeinträchtigt; es gibt einen Umweg</translation>
    </message>
    <message>
        <source>SEV 4</source>
        <translation>SEV 4</translation>
    </message>
    <message>
        <source>No visible impact; a near miss worth learning from</source>
        <translation>Keine sichtbare Auswirkung; ein Beinahe-Vorfall, aus dem es sich zu lernen lohnt</translation>
    </message>
</context>
<context>
    <name>Inflection::SlackTimelineParser</name>
    <message>
        <source>%1 is not a Slack channel folder: it has no day files (YYYY-MM-DD.json).</source>
        <translation>%1 ist kein Slack-Kanalordner: Er enthält keine Tagesdateien (JJJJ-MM-TT.json).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Slack export day file.</source>
        <translation>%1 ist keine Tagesdatei eines Slack-Exports.</translation>
    </message>
    <message>
        <source>None of the day files in %1 is a Slack export day file.</source>
        <translation>Keine der Tagesdateien in %1 ist eine Tagesdatei eines Slack-Exports.</translation>
    </message>
    <message>
        <source>%1 is not a Slack export: it has no channel folders of day files (YYYY-MM-DD.json).</source>
        <translation>%1 ist kein Slack-Export: Darin gibt es keine Kanalordner mit Tagesdateien (JJJJ-MM-TT.json).</translation>
    </message>
    <message>
        <source>%1 holds several channels; choose one of them: %2.</source>
        <translation>%1 enthält mehrere Kanäle; wählen Sie einen davon: %2.</translation>
    </message>
    <message>
        <source>%1 has no channel “%2”; its channels: %3.</source>
        <translation>%1 enthält keinen Kanal „%2“; enthaltene Kanäle: %3.</translation>
    </message>
    <message>
        <source>shared a file: %1</source>
        <translation>hat eine Datei geteilt: %1</translation>
    </message>
    <message>
        <source>%1 (shared a file: %2)</source>
        <translation>%1 (hat eine Datei geteilt: %2)</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>↳ In a thread: %1</source>
        <translation>↳ In einem Thread: %1</translation>
    </message>
    <message>
        <source>↳ In reply to %1: %2</source>
        <translation>↳ Antwort an %1: %2</translation>
    </message>
    <message>
        <source>%1 is a whole Slack export: choose one of its channel folders (%2), or the export's zip file.</source>
        <translation>%1 ist ein ganzer Slack-Export: Wählen Sie einen seiner Kanalordner (%2) oder die ZIP-Datei des Exports.</translation>
    </message>
</context>
<context>
    <name>Inflection::SqlDialect</name>
    <message>
        <source>The server does not allow your login to make this change, so it was not saved.</source>
        <translation>Der Server erlaubt Ihrer Anmeldung diese Änderung nicht, daher wurde sie nicht gespeichert.</translation>
    </message>
    <message>
        <source>The server has no room left on its disk, so the change was not saved.</source>
        <translation>Auf dem Datenträger des Servers ist kein Platz mehr, daher wurde die Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so the change was not saved.</source>
        <translation>Die Verbindung zum Server ist abgebrochen, daher wurde die Änderung nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Inflection::SqliteSupport</name>
    <message>
        <source>There is no room left on the disk that holds the workspace, so the change was not saved. Free some space, then make the change again.</source>
        <translation>Auf dem Datenträger mit dem Arbeitsbereich ist kein Platz mehr, daher wurde die Änderung nicht gespeichert. Schaffen Sie etwas Platz und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>The workspace file can no longer be written (it has become read-only), so the change was not saved.</source>
        <translation>Die Arbeitsbereichsdatei kann nicht mehr beschrieben werden (sie ist schreibgeschützt geworden), daher wurde die Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>The workspace file could not be written, so the change was not saved. If the disk is full, free some space; if the workspace is on a shared or removable drive, check that it is still there.</source>
        <translation>Die Arbeitsbereichsdatei konnte nicht geschrieben werden, daher wurde die Änderung nicht gespeichert. Ist der Datenträger voll, schaffen Sie etwas Platz; liegt der Arbeitsbereich auf einem gemeinsamen oder Wechsellaufwerk, prüfen Sie, ob es noch da ist.</translation>
    </message>
    <message>
        <source>Someone else is writing to the workspace and did not finish in time, so the change was not saved. Try again in a moment.</source>
        <translation>Jemand anderes schreibt gerade in den Arbeitsbereich und ist nicht rechtzeitig fertig geworden, daher wurde die Änderung nicht gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Inflection::TechRadar</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>auf Hold</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
</context>
<context>
    <name>Inflection::TechRadarFile</name>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>the ring “%1” is none of Adopt, Trial, Assess and Hold</source>
        <translation>der Ring „%1“ ist keiner von Adopt, Trial, Assess und Hold</translation>
    </message>
    <message>
        <source>isNew is “%1”, neither TRUE nor FALSE</source>
        <translation>isNew ist „%1“, weder TRUE noch FALSE</translation>
    </message>
    <message>
        <source>“%1” names the same technology as line %2</source>
        <translation>„%1“ nennt dieselbe Technologie wie Zeile %2</translation>
    </message>
    <message>
        <source>This is not a radar CSV file: its first row must name the columns name, ring, quadrant, isNew and description.</source>
        <translation>Das ist keine Radar-CSV-Datei: Ihre erste Zeile muss die Spalten name, ring, quadrant, isNew und description nennen.</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>sie hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>This is not a radar JSON file: %1 (at byte %2).</source>
        <translation>Das ist keine Radar-JSON-Datei: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not a radar JSON file: it must be an array of technologies, each with a name and a ring.</source>
        <translation>Das ist keine Radar-JSON-Datei: Sie muss ein Array von Technologien sein, jede mit Namen und Ring.</translation>
    </message>
    <message>
        <source>it is not an object with a name and a ring</source>
        <translation>es ist kein Objekt mit Namen und Ring</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::TextChange</name>
    <message numerus="yes">
        <source>%n lines now</source>
        <translation>
            <numerusform>jetzt %n Zeile</numerusform>
            <numerusform>jetzt %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged; %1</source>
        <translation>Unverändert; %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines added after line %1; %2</source>
        <translation>
            <numerusform>%n Zeile nach Zeile %1 hinzugefügt; %2</numerusform>
            <numerusform>%n Zeilen nach Zeile %1 hinzugefügt; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines removed from line %1; %2</source>
        <translation>
            <numerusform>%n Zeile ab Zeile %1 entfernt; %2</numerusform>
            <numerusform>%n Zeilen ab Zeile %1 entfernt; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 rewritten as %n lines; %2</source>
        <translation>
            <numerusform>%1 umgeschrieben zu %n Zeile; %2</numerusform>
            <numerusform>%1 umgeschrieben zu %n Zeilen; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineField</name>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wer</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>was geschah</translation>
    </message>
    <message>
        <source>known by</source>
        <translation>bekannt bei</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Einigkeit</translation>
    </message>
    <message>
        <source>why it made sense</source>
        <translation>warum es sinnvoll erschien</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineImportDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Import into the Timeline</source>
        <translation>In die Zeitleiste importieren</translation>
    </message>
    <message>
        <source>A channel folder of a Slack export (its day files are read)</source>
        <translation>Ein Kanalordner eines Slack-Exports (seine Tagesdateien werden gelesen)</translation>
    </message>
    <message>
        <source>Slack Channel Folder</source>
        <translation>Slack-Kanalordner</translation>
    </message>
    <message>
        <source>(%1; the incident's start and resolution unless changed)</source>
        <translation>(%1; Beginn und Behebung der Störung, sofern nicht geändert)</translation>
    </message>
    <message>
        <source>Events to import</source>
        <translation>Zu importierende Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation>&amp;Gelesen:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading was stopped; nothing was imported.</source>
        <translation>Das Lesen wurde angehalten; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Der Import wurde angehalten; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Choose a file to see what it would add.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was sie hinzufügen würde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To add: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hinzuzufügen: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>outside the time window: %1</source>
        <translation>außerhalb des Zeitfensters: %1</translation>
    </message>
    <message>
        <source>already in the timeline: %1</source>
        <translation>schon in der Zeitleiste: %1</translation>
    </message>
    <message>
        <source>system messages skipped: %1</source>
        <translation>übersprungene Systemmeldungen: %1</translation>
    </message>
    <message>
        <source>lines that could not be read: %1 (%2)</source>
        <translation>Zeilen, die nicht gelesen werden konnten: %1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>A CSV file, a Slack export (its zip, a channel folder or a day file), an IRC log</source>
        <translation>Eine CSV-Datei, ein Slack-Export (seine Zip-Datei, ein Kanalordner oder eine Tagesdatei), ein IRC-Log</translation>
    </message>
    <message>
        <source>Timelines and chat logs (*.csv *.json *.zip *.log *.txt);;All files (*)</source>
        <translation>Zeitleisten und Chat-Logs (*.csv *.json *.zip *.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Choose a channel…</source>
        <translation>Kanal wählen…</translation>
    </message>
    <message numerus="yes">
        <source>#%1 (%n days)</source>
        <translation>
            <numerusform>#%1 (%n Tag)</numerusform>
            <numerusform>#%1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The zip holds %n channels: choose the one to import from.</source>
        <translation>
            <numerusform>Die Zip-Datei enthält %n Kanal: Wählen Sie den, aus dem importiert wird.</numerusform>
            <numerusform>Die Zip-Datei enthält %n Kanäle: Wählen Sie den, aus dem importiert wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them with no date: the log has no “Log opened” or “Day changed” line and its file name no date</source>
        <translation>
            <numerusform>%n davon ohne Datum: das Log hat keine Zeile „Log opened“ oder „Day changed“ und sein Dateiname kein Datum</numerusform>
            <numerusform>%n davon ohne Datum: das Log hat keine Zeile „Log opened“ oder „Day changed“ und sein Dateiname kein Datum</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing; this can no longer be stopped…</source>
        <translation>Wird abgeschlossen; das lässt sich nicht mehr anhalten…</translation>
    </message>
    <message>
        <source>Choose Fi&amp;le…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose Fol&amp;der…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineImportFormat</name>
    <message>
        <source>CSV (time, actor, text)</source>
        <translation>CSV (Zeit, Person, Text)</translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation>Slack-Export</translation>
    </message>
    <message>
        <source>IRC log (irssi, WeeChat, ZNC)</source>
        <translation>IRC-Log (irssi, WeeChat, ZNC)</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1 (%2 Ereignisse)</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineKind</name>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineModel</name>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Ereignis verschieben</translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>das Ereignis „%1“</translation>
    </message>
    <message>
        <source>Earlier than the event above it: is this the order in which events took place?</source>
        <translation>Früher als das Ereignis darüber: Ist das die Reihenfolge, in der die Ereignisse stattfanden?</translation>
    </message>
    <message>
        <source>Everyone agrees this happened, at this point</source>
        <translation>Alle sind sich einig, dass dies an dieser Stelle geschah</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>Bekannt bei</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Einig</translation>
    </message>
    <message>
        <source>Why it made sense at the time</source>
        <translation>Warum es damals sinnvoll erschien</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by time</source>
        <translation>Nach Zeit sortieren</translation>
    </message>
</context>
<context>
    <name>Inflection::Workspace</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not an Inflection workspace: it is not an SQLite database.</source>
        <translation>„%1“ ist kein Inflection-Arbeitsbereich: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is truncated: the file is shorter than its own header says, perhaps from an interrupted copy. Restore it from a backup.</source>
        <translation>„%1“ ist abgeschnitten: Die Datei ist kürzer, als ihr eigener Kopf angibt, vielleicht durch eine unterbrochene Kopie. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt und kann nicht sicher geöffnet werden. Stellen Sie es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; try again when it has finished.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>“%1” is read-only: you can read it, but changes cannot be saved.</source>
        <translation>„%1“ ist schreibgeschützt: Sie können es lesen, aber Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Inflection; it is open read-only. Update Inflection to edit it.</source>
        <translation>„%1“ wurde von einer neueren Version von Inflection geschrieben; es ist schreibgeschützt geöffnet. Aktualisieren Sie Inflection, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Qt's SQLite driver is not installed</source>
        <translation>Qts SQLite-Treiber ist nicht installiert</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>sein Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Inflection workspace file.</source>
        <translation>„%1“ ist ein Ordner, keine Inflection-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>die Datei kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more difference(s): see “inflection check”)</source>
        <translation>
            <numerusform> (und %n weiterer Unterschied: siehe „inflection check“)</numerusform>
            <numerusform> (und %n weitere Unterschiede: siehe „inflection check“)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection's “%1” holds a character Qt cannot pass on</source>
        <translation>„%1“ der Verbindung enthält ein Zeichen, das Qt nicht weitergeben kann</translation>
    </message>
    <message>
        <source>The workspace on the server “%1” cannot be opened: %2</source>
        <translation>Der Arbeitsbereich auf dem Server „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <source>The server “%1” holds no Inflection workspace.</source>
        <translation>Der Server „%1“ enthält keinen Inflection-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Your login may read the workspace on “%1” but not change it.</source>
        <translation>Ihre Anmeldung darf den Arbeitsbereich auf „%1“ lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The workspace on “%1” was written by a newer version of Inflection; it is open read-only. Update Inflection to edit it.</source>
        <translation>Der Arbeitsbereich auf „%1“ wurde von einer neueren Version von Inflection geschrieben; er ist schreibgeschützt geöffnet. Aktualisieren Sie Inflection, um ihn zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceBrowser</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Search titles, systems, tags and text</source>
        <translation>Titel, Systeme, Schlagwörter und Text durchsuchen</translation>
    </message>
    <message>
        <source>Search reviews</source>
        <translation>Reviews durchsuchen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>No reviews yet. Start one from the File menu: an architecture review before you build, an operability review before you launch, a postmortem after a failure.</source>
        <translation>Noch keine Reviews. Beginnen Sie eines über das Menü Datei: ein Architektur-Review, bevor Sie bauen, ein Betriebsbereitschafts-Review, bevor Sie starten, ein Postmortem nach einem Ausfall.</translation>
    </message>
    <message>
        <source>No review matches the filters.</source>
        <translation>Kein Review passt zu den Filtern.</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>No review matches “%1”.</source>
        <translation>Kein Review passt zu „%1“.</translation>
    </message>
    <message>
        <source>No review of the kind and status chosen matches “%1”.</source>
        <translation>Kein Review der gewählten Art und des gewählten Status passt zu „%1“.</translation>
    </message>
    <message>
        <source>No workspace is open. Open one from the File menu, or connect to a team server (File ▸ Connect to Team Server…).</source>
        <translation>Kein Arbeitsbereich ist geöffnet. Öffnen Sie einen über das Menü Datei oder verbinden Sie sich mit einem Teamserver (Datei ▸ Mit Teamserver verbinden …).</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceCopier</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>The destination is open read-only.</source>
        <translation>Das Ziel ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 was not copied: %2</source>
        <translation>%1 wurde nicht kopiert: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceLocation</name>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>“%1” is not a server connection: %2</source>
        <translation>„%1“ ist keine Serververbindung: %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <extracomment>%1 a database (or a service), %2 the login that connects to it</extracomment>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <extracomment>%1 a database, %2 its server, %3 the login that connects to it</extracomment>
        <translation>%1 auf %2 als %3</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceSalvage</name>
    <message>
        <source>“%1” already exists; give the name of a new file</source>
        <translation>„%1“ gibt es schon; geben Sie den Namen einer neuen Datei an</translation>
    </message>
    <message>
        <source>the reviews of “%1” cannot be read: %2</source>
        <translation>die Reviews in „%1“ können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceSession</name>
    <message>
        <source>The review could not be created: %1</source>
        <translation>Das Review konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>That is the workspace open now.</source>
        <translation>Das ist der jetzt geöffnete Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is not there. If it is on a shared drive, is the drive mounted and reachable? Nothing was published; your review is unchanged here.</source>
        <translation>„%1“ ist nicht vorhanden. Falls es auf einem gemeinsamen Laufwerk liegt: Ist das Laufwerk eingehängt und erreichbar? Nichts wurde veröffentlicht; Ihr Review hier ist unverändert.</translation>
    </message>
    <message>
        <source>The connection to the server “%1” was lost. Until it is back the workspace is read-only; what you are typing stays in its field, and every change the server acknowledged is kept.</source>
        <translation>Die Verbindung zum Server „%1“ ist abgebrochen. Bis sie wieder besteht, ist der Arbeitsbereich schreibgeschützt; was Sie gerade eingeben, bleibt in seinem Feld, und jede Änderung, die der Server bestätigt hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server “%1” does not answer yet.</source>
        <translation>Der Server „%1“ antwortet noch nicht.</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceSettings</name>
    <message>
        <source>The workspace is read-only; the setting was not saved.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt; die Einstellung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A ticket address starts with https:// and has {key} where the ticket's key goes, for example https://tracker.example/browse/{key}.</source>
        <translation>Eine Ticketadresse beginnt mit https:// und enthält {key} dort, wo der Schlüssel des Tickets steht, zum Beispiel https://tracker.example/browse/{key}.</translation>
    </message>
    <message>
        <source>A workspace needs at least one severity level.</source>
        <translation>Ein Arbeitsbereich braucht mindestens einen Schweregrad.</translation>
    </message>
    <message>
        <source>Severity level %1 needs a key and a name.</source>
        <translation>Schweregrad %1 braucht einen Schlüssel und einen Namen.</translation>
    </message>
    <message>
        <source>A workspace needs at least one category of contributing factors.</source>
        <translation>Ein Arbeitsbereich braucht mindestens eine Kategorie beitragender Faktoren.</translation>
    </message>
    <message>
        <source>Category %1 of contributing factors needs a name.</source>
        <translation>Kategorie %1 der beitragenden Faktoren braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two categories of contributing factors have the key “%1”.</source>
        <translation>Zwei Kategorien beitragender Faktoren haben den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>A known technology needs a name.</source>
        <translation>Eine bekannte Technologie braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same technology to Inflection (“%3”): keep one, or make the name an alias of the other.</source>
        <translation>„%1“ und „%2“ sind für Inflection dieselbe Technologie („%3“): Behalten Sie eine, oder machen Sie den Namen zu einem anderen Namen der anderen.</translation>
    </message>
</context>
<context>
    <name>Inflection::ZipArchive</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a zip file: it is a folder.</source>
        <translation>%1 ist keine Zip-Datei: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a complete zip file: it is truncated or damaged.</source>
        <translation>%1 ist keine vollständige Zip-Datei: Sie ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a zip file.</source>
        <translation>%1 ist keine Zip-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as a zip file: %2</source>
        <translation>%1 kann nicht als Zip-Datei gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation>%1 enthält keine Datei %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is too large to read: more than %3 uncompressed.</source>
        <translation>%1 in %2 ist zu groß zum Lesen: entpackt mehr als %3.</translation>
    </message>
    <message>
        <source>%1 is too large to read: more than %2 uncompressed.</source>
        <translation>%1 ist zu groß zum Lesen: entpackt mehr als %2.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: the zip file is damaged (%3).</source>
        <translation>%1 in %2 kann nicht gelesen werden: Die Zip-Datei ist beschädigt (%3).</translation>
    </message>
</context>
</TS>