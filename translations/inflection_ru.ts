<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Inflection::ArchitectureDocument</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>Inflection::ArchitectureReport</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Outcome of the meeting</source>
        <translation>Итог встречи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Agreements on tricky components</source>
        <translation>Договорённости по сложным компонентам</translation>
    </message>
    <message>
        <source>Learnings and questions</source>
        <translation>Выводы и вопросы</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Общие вопросы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Technology or pattern</source>
        <translation>Технология или шаблон</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Компромиссы</translation>
    </message>
    <message>
        <source>What it prohibits later</source>
        <translation>Что это исключит в будущем</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Отступления</translation>
    </message>
    <message>
        <source>No departures from known technology.</source>
        <translation>Нет отступлений от известных технологий.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Спросил(а)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>No questions were collected.</source>
        <translation>Вопросов не собрано.</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Цитируемый текст</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Закрыл(а)</translation>
    </message>
    <message>
        <source>Open comment threads</source>
        <translation>Открытые обсуждения</translation>
    </message>
    <message>
        <source>Open: %1 · resolved: %2 (listed in the appendix)</source>
        <translation>Открыто: %1 · закрыто: %2 (перечислены в приложении)</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Appendix: resolved comment threads</source>
        <translation>Приложение: закрытые обсуждения</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Радар</translation>
    </message>
    <message>
        <source>new technology</source>
        <translation>новая технология</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>отложена</translation>
    </message>
</context>
<context>
    <name>Inflection::ArchitectureView</name>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Предложение</translation>
    </message>
    <message>
        <source>&amp;Departures</source>
        <translation>&amp;Отступления</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Вопросы</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Р&amp;евью</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Итог</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Proposal preview</source>
        <translation>Предпросмотр предложения</translation>
    </message>
    <message>
        <source>Add &amp;Comment</source>
        <translation>&amp;Комментировать</translation>
    </message>
    <message>
        <source>Comment on the selected text (Ctrl+Alt+M)</source>
        <translation>Прокомментировать выделенный текст (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>О&amp;тветить…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>Снова о&amp;ткрыть</translation>
    </message>
    <message>
        <source>Delete Thread</source>
        <translation>Удалить обсуждение</translation>
    </message>
    <message>
        <source>Show Resolved</source>
        <translation>Показывать закрытые</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Пред&amp;просмотр</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Отступления</translation>
    </message>
    <message>
        <source>&amp;Add departure</source>
        <translation>&amp;Добавить отступление</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark as &amp;Known Technology</source>
        <translation>Отметить как &amp;известную технологию</translation>
    </message>
    <message>
        <source>Add this technology to the workspace's well-known tools</source>
        <translation>Добавить эту технологию к хорошо известным инструментам рабочего пространства</translation>
    </message>
    <message>
        <source>A departure is a new technology or pattern (a new language, database system, templating pattern…) that deviates from the known ways of operating the system. What does it cost, what are its trade-offs, what will it prohibit later?</source>
        <translation>Отступление — это новая технология или шаблон (новый язык, система баз данных, шаблон разметки…), отличающиеся от привычных способов эксплуатации системы. Во что оно обойдётся, каковы компромиссы, что оно исключит в будущем?</translation>
    </message>
    <message>
        <source>Questions for the meeting</source>
        <translation>Вопросы к встрече</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Вопросы с ответом</translation>
    </message>
    <message>
        <source>&amp;Ask a Question…</source>
        <translation>&amp;Задать вопрос…</translation>
    </message>
    <message>
        <source>Ask a Question</source>
        <translation>Задать вопрос</translation>
    </message>
    <message>
        <source>Your question for the meeting:</source>
        <translation>Ваш вопрос к встрече:</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Голосовать</translation>
    </message>
    <message>
        <source>One vote per person and question; again to take it back (Space)</source>
        <translation>Один голос на человека и вопрос; повторно — чтобы отозвать (Пробел)</translation>
    </message>
    <message>
        <source>Mark &amp;Answered…</source>
        <translation>Отметить как &amp;отвеченный…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Questions collected before the meeting, most votes first. Each person has one vote a question. Answered in the meeting, a question moves to the list below.</source>
        <translation>Вопросы, собранные до встречи, сначала с наибольшим числом голосов. У каждого по одному голосу на вопрос. Вопрос, на который ответили на встрече, переходит в список ниже.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt;</source>
        <translation>&lt;b&gt;С ответом&lt;/b&gt;</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Общие вопросы</translation>
    </message>
    <message>
        <source>The presenter, the stakeholders and the working group.</source>
        <translation>Докладчик, заинтересованные лица и рабочая группа.</translation>
    </message>
    <message>
        <source>The general questions the meeting asks of every proposal.</source>
        <translation>Общие вопросы, которые встреча задаёт каждому предложению.</translation>
    </message>
    <message>
        <source>Why this decision</source>
        <translation>Почему такое решение</translation>
    </message>
    <message>
        <source>Detailed notes of the meeting</source>
        <translation>Подробные заметки встречи</translation>
    </message>
    <message>
        <source>What was agreed on the tricky components</source>
        <translation>О чём договорились по сложным компонентам</translation>
    </message>
    <message>
        <source>What we learned, and the questions still open</source>
        <translation>Что мы узнали и какие вопросы остались открытыми</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Ре&amp;шение:</translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>A&amp;greements:</source>
        <translation>&amp;Договорённости:</translation>
    </message>
    <message>
        <source>&amp;Learnings and questions:</source>
        <translation>&amp;Выводы и вопросы:</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Комментировать</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Комментарий к «%1»:</translation>
    </message>
    <message>
        <source>No new technology: every departure is a known technology.</source>
        <translation>Новых технологий нет: каждое отступление — известная технология.</translation>
    </message>
    <message>
        <source>No new technology.</source>
        <translation>Новых технологий нет.</translation>
    </message>
    <message>
        <source>On hold on the radar: %1.</source>
        <translation>Отложено на радаре: %1.</translation>
    </message>
    <message>
        <source>New technology in this proposal: %1.</source>
        <translation>Новая технология в этом предложении: %1.</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeeField</name>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>присутствие</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeeModel</name>
    <message>
        <source>Add attendee</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attendees</source>
        <translation>
            <numerusform>Удалить %n участника</numerusform>
            <numerusform>Удалить %n участников</numerusform>
            <numerusform>Удалить %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Move attendee</source>
        <translation>Переместить участника</translation>
    </message>
    <message>
        <source>attendee “%1”</source>
        <translation>участник «%1»</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeeRole</name>
    <message>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Заинтересованное лицо</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Разработка</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Эксплуатация</translation>
    </message>
    <message>
        <source>Community/Support</source>
        <translation>Сообщество/поддержка</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>Inflection::AttendeesPanel</name>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>Inflection::BlamelessCoach</name>
    <message>
        <source>Human error points at individuals; in complex systems, behaviour is driven by the system's goals and structure.</source>
        <translation>«Человеческая ошибка» указывает на людей; в сложной системе поведение определяют её цели и устройство.</translation>
    </message>
    <message>
        <source>Describe what the person knew and saw at the time, and how the system let this happen.</source>
        <translation>Опишите, что человек знал и видел в тот момент и как система это допустила.</translation>
    </message>
    <message>
        <source>A root cause gives a simplistic, linear account and ignores the complexity we want to learn from.</source>
        <translation>«Первопричина» даёт упрощённое линейное объяснение и скрывает сложность, на которой мы учимся.</translation>
    </message>
    <message>
        <source>Name the contributing factors and how they combined.</source>
        <translation>Назовите факторы, которые сложились вместе, и как они взаимодействовали.</translation>
    </message>
    <message>
        <source>A counterfactual describes what did not happen; it judges instead of explaining.</source>
        <translation>Контрфактическое утверждение описывает то, чего не было; оно оценивает, а не объясняет.</translation>
    </message>
    <message>
        <source>Describe what did happen and why it made sense at the time.</source>
        <translation>Опишите, что произошло на самом деле и почему это казалось разумным в тот момент.</translation>
    </message>
    <message>
        <source>Hindsight makes the event look predictable when there was little basis for predicting it.</source>
        <translation>Взгляд задним числом делает событие предсказуемым, хотя оснований предсказать его было мало.</translation>
    </message>
    <message>
        <source>Say what was known at the time, and what was not.</source>
        <translation>Скажите, что было известно в тот момент, а что нет.</translation>
    </message>
    <message>
        <source>Asking why of a person leads to who is responsible; asking how leads to what happened.</source>
        <translation>Вопрос «почему» к человеку ведёт к поиску виноватого; вопрос «как» — к тому, что произошло.</translation>
    </message>
    <message>
        <source>Ask how: "How did it make sense at the time to …?"</source>
        <translation>Спросите «как»: «Как получилось, что в тот момент это выглядело разумным?»</translation>
    </message>
</context>
<context>
    <name>Inflection::BlamelessHighlighter</name>
    <message>
        <source>Instead: %1</source>
        <translation>Вместо этого: %1</translation>
    </message>
    <message>
        <source>&amp;Dismiss “%1” Here</source>
        <translation>&amp;Скрыть «%1» здесь</translation>
    </message>
</context>
<context>
    <name>Inflection::BulkInserter</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Рабочее пространство не открыто.</translation>
    </message>
</context>
<context>
    <name>Inflection::ChangeLog</name>
    <message>
        <source>added</source>
        <translation>добавил(а)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменил(а)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалил(а)</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>переместил(а)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировал(а)</translation>
    </message>
    <message>
        <source>overwrote</source>
        <translation>перезаписал(а)</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>закрыл(а)</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>снова открыл(а)</translation>
    </message>
    <message>
        <source>voted on</source>
        <translation>проголосовал(а) за</translation>
    </message>
    <message>
        <source>took back a vote on</source>
        <translation>отозвал(а) голос за</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановил(а)</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>скрыл(а)</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>риск</translation>
    </message>
    <message>
        <source>timeline event</source>
        <translation>событие хронологии</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>remediation item</source>
        <translation>исправление</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>отступление</translation>
    </message>
    <message>
        <source>launch plan</source>
        <translation>план запуска</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>parked idea</source>
        <translation>отложенная идея</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>контрольный список</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A changed field in a review's history: the kind of record, then its field ("contingency: impact")</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>способствующий фактор</translation>
    </message>
    <message>
        <source>linked item</source>
        <translation>связанный пункт</translation>
    </message>
    <message>
        <source>dismissed finding</source>
        <translation>скрытое замечание</translation>
    </message>
</context>
<context>
    <name>Inflection::ChecklistAnswer</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
</context>
<context>
    <name>Inflection::ChecklistField</name>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
</context>
<context>
    <name>Inflection::ChecklistModel</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>the question “%1”</source>
        <translation>вопрос «%1»</translation>
    </message>
</context>
<context>
    <name>Inflection::CommandLine</name>
    <message>
        <source>unknown command “%1”</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>no review's uuid starts with “%1”</source>
        <translation>ни один uuid ревью не начинается с «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the start of %n reviews' uuids; give more of it</source>
        <translation>
            <numerusform>«%1» — начало uuid %n ревью; укажите больше символов</numerusform>
            <numerusform>«%1» — начало uuid %n ревью; укажите больше символов</numerusform>
            <numerusform>«%1» — начало uuid %n ревью; укажите больше символов</numerusform>
        </translation>
    </message>
    <message>
        <source>demo takes one argument: the workspace file to create</source>
        <translation>demo принимает один аргумент: файл создаваемого рабочего пространства</translation>
    </message>
    <message>
        <source>“%1” already exists; give the name of a new file</source>
        <translation>«%1» уже существует; укажите имя нового файла</translation>
    </message>
    <message>
        <source>the demo workspace could not be written: %1</source>
        <translation>не удалось записать демонстрационное рабочее пространство: %1</translation>
    </message>
    <message>
        <source>check takes one argument: the workspace file</source>
        <translation>check принимает один аргумент: файл рабочего пространства</translation>
    </message>
    <message>
        <source>“%1” cannot be checked: %2</source>
        <translation>«%1» не удаётся проверить: %2</translation>
    </message>
    <message>
        <source>%1: healthy; schema version %2 (this version of Inflection upgrades it to %3 when it opens it for writing), journal mode %4, %5 file system</source>
        <translation>%1: в порядке; версия схемы %2 (эта версия Inflection обновит её до %3, открыв файл для записи), режим журнала %4, файловая система: %5</translation>
    </message>
    <message>
        <source>network</source>
        <translation>сетевая</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальная</translation>
    </message>
    <message numerus="yes">
        <source>%1: healthy; schema version %2, journal mode %3, %4 file system, %n review(s)</source>
        <translation>
            <numerusform>%1: в порядке; версия схемы %2, режим журнала %3, файловая система: %4, %n ревью</numerusform>
            <numerusform>%1: в порядке; версия схемы %2, режим журнала %3, файловая система: %4, %n ревью</numerusform>
            <numerusform>%1: в порядке; версия схемы %2, режим журнала %3, файловая система: %4, %n ревью</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown option “%1”</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>list takes one argument: the workspace file</source>
        <translation>list принимает один аргумент: файл рабочего пространства</translation>
    </message>
    <message>
        <source>export takes a workspace, a review and -o FILE</source>
        <translation>export принимает рабочее пространство, ревью и -o ФАЙЛ</translation>
    </message>
    <message>
        <source>“%1” was not written: %2</source>
        <translation>«%1» не записан: %2</translation>
    </message>
    <message>
        <source>import takes a workspace and a file</source>
        <translation>import принимает рабочее пространство и файл</translation>
    </message>
    <message>
        <source>Import with --force to replace it.</source>
        <translation>Чтобы заменить его, выполните импорт с --force.</translation>
    </message>
    <message>
        <source>import-timeline takes a workspace, a review and a file</source>
        <translation>import-timeline принимает рабочее пространство, ревью и файл</translation>
    </message>
    <message>
        <source>--all cannot be given with --from or --to</source>
        <translation>--all нельзя указывать вместе с --from или --to</translation>
    </message>
    <message>
        <source>“%1” is not a timeline format; use csv, slack or irc</source>
        <translation>«%1» — не формат хронологии; используйте csv, slack или irc</translation>
    </message>
    <message>
        <source>“%1” is not a postmortem; only a postmortem has a timeline</source>
        <translation>«%1» — не постмортем; хронология есть только у постмортема</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 2026-03-03T14:05 or 2026-03-03 14:05[:00], with an offset or in the workspace's time zone</source>
        <translation>«%1» — не время; запишите его как 2026-03-03T14:05 или 2026-03-03 14:05[:00], со смещением или в часовом поясе рабочего пространства</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Events added to “%1”: %2</source>
        <translation>События, добавленные в «%1»: %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>начала</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>конца</translation>
    </message>
    <message>
        <source>Left out, outside %1 – %2 (--all takes them): %3</source>
        <translation>Пропущено, вне интервала %1 – %2 (--all включает их): %3</translation>
    </message>
    <message>
        <source>Already in the timeline: %1</source>
        <translation>Уже в хронологии: %1</translation>
    </message>
    <message>
        <source>System messages skipped (joins, leaves, topic and mode changes): %1</source>
        <translation>Пропущенные системные сообщения (вход, выход, смена темы и режима): %1</translation>
    </message>
    <message>
        <source>Lines that could not be read: %1 (%2)</source>
        <translation>Строки, которые не удалось прочитать: %1 (%2)</translation>
    </message>
    <message>
        <source>lint takes one file, or - for standard input</source>
        <translation>lint принимает один файл или - для стандартного ввода</translation>
    </message>
    <message>
        <source>“%1” is not a language the coach knows; use %2</source>
        <translation>«%1» — не язык, который знает наставник; используйте %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«%1» не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Architecture reviews, operability reviews and blameless postmortems.</source>
        <translation>Архитектурные ревью, ревью эксплуатационной готовности и постмортемы без поиска виноватых.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ПРОСТРАНСТВО</translation>
    </message>
    <message>
        <source>The workspace file to open in the window (default: the local workspace).</source>
        <translation>Файл рабочего пространства, который откроется в окне (по умолчанию — локальное рабочее пространство).</translation>
    </message>
    <message>
        <source>WORKSPACE is a new file; the examples are written in the environment's language.</source>
        <translation>ПРОСТРАНСТВО — новый файл; примеры пишутся на языке окружения.</translation>
    </message>
    <message>
        <source>Check a workspace's integrity, schema and journal mode.</source>
        <translation>Проверить целостность, схему и режим журнала рабочего пространства.</translation>
    </message>
    <message>
        <source>Exits with 0 when the workspace is healthy. The file is only read, never written.</source>
        <translation>Код выхода 0, если рабочее пространство в порядке. Файл только читается и никогда не записывается.</translation>
    </message>
    <message>
        <source>List the reviews in a workspace.</source>
        <translation>Перечислить ревью рабочего пространства.</translation>
    </message>
    <message>
        <source>One review a line: uuid, kind, status, updated_at and title, separated by tabs. The file is only read, never written.</source>
        <translation>По одному ревью в строке: uuid, вид, статус, updated_at и название через табуляцию. Файл только читается и никогда не записывается.</translation>
    </message>
    <message>
        <source>Write the list as JSON.</source>
        <translation>Вывести список в формате JSON.</translation>
    </message>
    <message>
        <source>WORKSPACE REVIEW</source>
        <translation>ПРОСТРАНСТВО РЕВЬЮ</translation>
    </message>
    <message>
        <source>Write a review to a PDF, Markdown or JSON file.</source>
        <translation>Записать ревью в файл PDF, Markdown или JSON.</translation>
    </message>
    <message>
        <source>The file's format; by default the output file's suffix says it (.pdf, .md, otherwise json).</source>
        <translation>Формат файла; по умолчанию его определяет расширение выходного файла (.pdf, .md, иначе json).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл, который нужно записать.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>WORKSPACE FILE.json</source>
        <translation>ПРОСТРАНСТВО ФАЙЛ.json</translation>
    </message>
    <message>
        <source>Add or update a review from an interchange file.</source>
        <translation>Добавить или обновить ревью из файла обмена.</translation>
    </message>
    <message>
        <source>The file is checked against the interchange format first. A review whose uuid the workspace already has is replaced, unless the workspace's copy was changed after the file's.</source>
        <translation>Сначала файл проверяется на соответствие формату обмена. Ревью, uuid которого уже есть в рабочем пространстве, заменяется, если только копия в рабочем пространстве не изменена позже копии в файле.</translation>
    </message>
    <message>
        <source>Replace the workspace's copy even when it was changed after the file's.</source>
        <translation>Заменить копию в рабочем пространстве, даже если она изменена позже копии в файле.</translation>
    </message>
    <message>
        <source>WORKSPACE REVIEW FILE</source>
        <translation>ПРОСТРАНСТВО РЕВЬЮ ФАЙЛ</translation>
    </message>
    <message>
        <source>Add events to a postmortem's timeline from a chat or CSV.</source>
        <translation>Добавить события из чата или CSV в хронологию постмортема.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>Only events from this time on (2026-03-03T14:05, or 2026-03-03 14:05 in the workspace's time zone) instead of from the incident's start.</source>
        <translation>Только события начиная с этого времени (2026-03-03T14:05 или 2026-03-03 14:05 в часовом поясе рабочего пространства), а не с начала инцидента.</translation>
    </message>
    <message>
        <source>Only events up to this time instead of up to the incident's resolution.</source>
        <translation>Только события до этого времени, а не до устранения инцидента.</translation>
    </message>
    <message>
        <source>Every event, whatever its time.</source>
        <translation>Все события, независимо от времени.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>ФАЙЛ|-</translation>
    </message>
    <message>
        <source>Find blame language in a text.</source>
        <translation>Найти обвиняющие формулировки в тексте.</translation>
    </message>
    <message>
        <source>[SUBCOMMAND]</source>
        <translation>[ПОДКОМАНДА]</translation>
    </message>
    <message>
        <source>Describe the subcommands, or one of them.</source>
        <translation>Описать подкоманды или одну из них.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Подкоманды:</translation>
    </message>
    <message>
        <source>“inflection help SUBCOMMAND” or “inflection SUBCOMMAND --help” describes one.</source>
        <translation>«inflection help ПОДКОМАНДА» или «inflection ПОДКОМАНДА --help» описывает одну из них.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Может быть, имелось в виду «%1»?</translation>
    </message>
    <message>
        <source>To open a workspace file of that name, or to create one, give its path: inflection ./%1</source>
        <translation>Чтобы открыть или создать файл рабочего пространства с таким именем, укажите путь к нему: inflection ./%1</translation>
    </message>
    <message>
        <source>help takes at most one argument: a subcommand</source>
        <translation>help принимает не больше одного аргумента: подкоманду</translation>
    </message>
    <message>
        <source>Inflection does not open “%1”; “inflection salvage” copies its reviews into a new workspace.</source>
        <translation>Inflection не открывает «%1»; «inflection salvage» скопирует его обзоры в новое рабочее пространство.</translation>
    </message>
    <message>
        <source>WORKSPACE NEW_WORKSPACE</source>
        <translation>ПРОСТРАНСТВО НОВОЕ_ПРОСТРАНСТВО</translation>
    </message>
    <message>
        <source>Copy the reviews out of a workspace Inflection refuses to open.</source>
        <translation>Скопировать обзоры из рабочего пространства, которое Inflection отказывается открыть.</translation>
    </message>
    <message>
        <source>For a workspace whose schema holds something Inflection did not make (see check). Each review is read without running anything the file holds, checked as an interchange file and written to NEW_WORKSPACE, a new file. Prints what was copied and what was not; exits with 1 when a review could not be copied. WORKSPACE is only read, never written.</source>
        <translation>Для рабочего пространства, в схеме которого есть то, что создал не Inflection (см. check). Каждый обзор читается без выполнения чего-либо из файла, проверяется как файл обмена и записывается в НОВОЕ_ПРОСТРАНСТВО, новый файл. Выводит, что скопировано и что нет; завершается с кодом 1, если какой-то обзор скопировать не удалось. ПРОСТРАНСТВО только читается, никогда не записывается.</translation>
    </message>
    <message>
        <source>salvage takes two arguments: the workspace and a new file</source>
        <translation>salvage принимает два аргумента: рабочее пространство и новый файл</translation>
    </message>
    <message>
        <source>Left behind: %1</source>
        <translation>Оставлено: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Не скопировано: %1</translation>
    </message>
    <message>
        <source>Copied: the workspace's settings</source>
        <translation>Скопировано: настройки рабочего пространства</translation>
    </message>
    <message>
        <source>Not copied: the workspace's settings: %1</source>
        <translation>Не скопировано: настройки рабочего пространства: %1</translation>
    </message>
    <message>
        <source>Not copied: each review's history of changes, which the interchange format does not carry.</source>
        <translation>Не скопировано: история изменений каждого обзора, которую формат обмена не содержит.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 review(s) copied to %2.</source>
        <translation>
            <numerusform>%n из %1 обзоров скопирован в %2.</numerusform>
            <numerusform>%n из %1 обзоров скопированы в %2.</numerusform>
            <numerusform>%n из %1 обзоров скопировано в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>WORKSPACE WORDS…</source>
        <translation>РАБОЧЕЕ_ПРОСТРАНСТВО СЛОВА…</translation>
    </message>
    <message>
        <source>Find the reviews that contain every word.</source>
        <translation>Найти ревью, в которых есть все слова.</translation>
    </message>
    <message>
        <source>Searches everything a review holds, from its title to its parking lot; each word also matches words it begins, accents and case aside. One review a line, best match first: uuid, kind, title, where it matched and the text there, separated by tabs. Exits with 1 when no review matches. The file is only read, never written.</source>
        <translation>Ищет во всём, что есть в ревью, от названия до отложенного; каждое слово находит и слова, которые с него начинаются, без учёта регистра и диакритики. Одно ревью на строку, лучшие совпадения первыми: uuid, вид, название, где найдено и текст там, через табуляцию. Завершается с кодом 1, если ни одно ревью не подходит. Файл только читается и никогда не изменяется.</translation>
    </message>
    <message>
        <source>Write the matches as JSON.</source>
        <translation>Вывести найденное в формате JSON.</translation>
    </message>
    <message>
        <source>search takes the workspace file and at least one word</source>
        <translation>search принимает файл рабочего пространства и хотя бы одно слово</translation>
    </message>
    <message>
        <source>“%1” has no word to search for</source>
        <translation>в «%1» нет слов для поиска</translation>
    </message>
    <message>
        <source>no review matches “%1”</source>
        <translation>ни одно ревью не подходит под «%1»</translation>
    </message>
    <message>
        <source>Print what the workspace's postmortems add up to.</source>
        <translation>Показать, что складывается из постмортемов рабочего пространства.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Only incidents from this day on (2026-01-01).</source>
        <translation>Только инциденты с этого дня (2026-01-01).</translation>
    </message>
    <message>
        <source>Only incidents up to this day, itself included.</source>
        <translation>Только инциденты по этот день включительно.</translation>
    </message>
    <message>
        <source>Only postmortems of this system.</source>
        <translation>Только постмортемы этой системы.</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>СИСТЕМА</translation>
    </message>
    <message>
        <source>Only postmortems with this tag.</source>
        <translation>Только постмортемы с этой меткой.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>МЕТКА</translation>
    </message>
    <message>
        <source>Only incidents of this severity level (its key, sev1).</source>
        <translation>Только инциденты этого уровня серьёзности (его ключ, sev1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>Write the figures as JSON.</source>
        <translation>Вывести показатели в JSON.</translation>
    </message>
    <message>
        <source>insights takes one argument: the workspace file</source>
        <translation>insights принимает один аргумент: файл рабочего пространства</translation>
    </message>
    <message>
        <source>--%1 takes a day such as 2026-01-31, not “%2”</source>
        <translation>--%1 принимает день вида 2026-01-31, а не «%2»</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>без серьёзности</translation>
    </message>
    <message>
        <source>Postmortems: %1</source>
        <translation>Постмортемов: %1</translation>
    </message>
    <message>
        <source>Incidents by month:</source>
        <translation>Инциденты по месяцам:</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Время до обнаружения</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Время до смягчения</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Время до устранения</translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2, 90th percentile %3 (%n incidents)</source>
        <translation>
            <numerusform>%1: медиана %2, 90-й процентиль %3 (%n инцидент)</numerusform>
            <numerusform>%1: медиана %2, 90-й процентиль %3 (%n инцидента)</numerusform>
            <numerusform>%1: медиана %2, 90-й процентиль %3 (%n инцидентов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing factors by category:</source>
        <translation>Способствующие факторы по категориям:</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message numerus="yes">
        <source>%n postmortems</source>
        <translation>
            <numerusform>%n постмортем</numerusform>
            <numerusform>%n постмортема</numerusform>
            <numerusform>%n постмортемов</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation items: %1; done within 30 days %2, within 60 days %3; open %4, overdue %5</source>
        <translation>Мер по исправлению: %1; выполнено за 30 дней %2, за 60 дней %3; открыто %4, просрочено %5</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(без ответственного)</translation>
    </message>
    <message numerus="yes">
        <source>open %1, overdue %2, oldest %n days</source>
        <translation>
            <numerusform>открыто %1, просрочено %2, старейшей %n день</numerusform>
            <numerusform>открыто %1, просрочено %2, старейшей %n дня</numerusform>
            <numerusform>открыто %1, просрочено %2, старейшей %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents by month and severity; time to detect, to mitigate and to resolve as a median and a 90th percentile; contributing factors by category; whether operability reviews foresaw the incidents; how remediation items were followed through, by owner. A postmortem counts in the period its incident began. The file is only read, never written (an older workspace is upgraded first).</source>
        <translation>Инциденты по месяцам и серьёзности; время до обнаружения, смягчения и устранения — медиана и 90-й процентиль; способствующие факторы по категориям; предвидели ли инциденты ревью эксплуатационной готовности; как выполнялись меры по исправлению, по ответственным. Постмортем относится к периоду, в котором начался инцидент. Файл только читается и никогда не записывается (старое рабочее пространство сначала обновляется).</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 позже, чем --to %2</translation>
    </message>
    <message>
        <source>the workspace has no severity level “%1”; its levels are %2</source>
        <translation>в рабочем пространстве нет уровня серьёзности «%1»; его уровни: %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>system “%1”</source>
        <translation>система «%1»</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>метка «%1»</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>серьёзность %1</translation>
    </message>
    <message>
        <source>Postmortems (%1): %2</source>
        <translation>Постмортемов (%1): %2</translation>
    </message>
    <message>
        <source>Create a workspace with an example of each kind of review and a year of an organisation's reviews.</source>
        <translation>Создать рабочее пространство с примером каждого вида ревью и годом ревью одной организации.</translation>
    </message>
    <message>
        <source>With -o, the file's format: the learning report as a PDF or Markdown, or the figures as JSON; by default the output file's suffix says it (.pdf, .md, .json).</source>
        <translation>С -o — формат файла: отчёт об уроках в PDF или Markdown либо показатели в JSON; по умолчанию его определяет расширение файла (.pdf, .md, .json).</translation>
    </message>
    <message>
        <source>Write the learning report (or the figures) to this file instead of printing the figures.</source>
        <translation>Записать отчёт об уроках (или показатели) в этот файл, а не выводить показатели.</translation>
    </message>
    <message>
        <source>Created %1 with a worked example of each kind of review and a year of an organisation's reviews.</source>
        <translation>Создано %1 с примером каждого вида ревью и годом ревью одной организации.</translation>
    </message>
    <message>
        <source>--format says the format of -o FILE</source>
        <translation>--format задаёт формат для -o ФАЙЛ</translation>
    </message>
    <message>
        <source>“%1” has no suffix that names a format; say --format pdf, markdown or json</source>
        <translation>У «%1» нет расширения, называющего формат; укажите --format pdf, markdown или json</translation>
    </message>
    <message>
        <source>Foreseen: %1 (mitigation worked %2, did not hold %3); related items only %4; not foreseen %5; not recorded %6</source>
        <translation>Предвидено: %1 (меры сработали %2, не удержали %3); только связанные пункты %4; не предвидено %5; не отмечено %6</translation>
    </message>
    <message>
        <source>How the items that happened had been rated (likelihood × impact):</source>
        <translation>Как были оценены случившиеся пункты (вероятность × влияние):</translation>
    </message>
    <message>
        <source>%1 (%2) × %3 (%4)</source>
        <translation>%1 (%2) × %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation ideas that recur:</source>
        <translation>Повторяющиеся идеи исправлений:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items done</source>
        <translation>
            <numerusform>%1 из %n пункта выполнено</numerusform>
            <numerusform>%1 из %n пунктов выполнено</numerusform>
            <numerusform>%1 из %n пунктов выполнено</numerusform>
        </translation>
    </message>
    <message>
        <source>New technology and incidents since:</source>
        <translation>Новые технологии и инциденты после них:</translation>
    </message>
    <message>
        <source>(no system)</source>
        <translation>(без системы)</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents (%1 on its system since, %2 linked)</source>
        <translation>
            <numerusform>%n инцидент (%1 на её системе после обзора, %2 связано)</numerusform>
            <numerusform>%n инцидента (%1 на её системе после обзора, %2 связано)</numerusform>
            <numerusform>%n инцидентов (%1 на её системе после обзора, %2 связано)</numerusform>
        </translation>
    </message>
    <message>
        <source>REVIEW is a review's uuid, or the start of one. A PDF is a printable summary, Markdown a summary for a wiki, JSON the interchange file that import reads; madr and nygard write an architecture review as an architecture decision record (MADR 4, or Michael Nygard's as adr-tools writes it) that import-adr reads back.</source>
        <translation>REVIEW — uuid ревью или его начало. PDF — сводка для печати, Markdown — сводка для вики, JSON — файл обмена, который читает import; madr и nygard записывают архитектурное ревью как запись архитектурного решения (MADR 4 или по Майклу Найгарду, как пишет adr-tools), которую читает import-adr.</translation>
    </message>
    <message>
        <source>WORKSPACE DIR</source>
        <translation>ПРОСТРАНСТВО ПАПКА</translation>
    </message>
    <message>
        <source>Write every architecture review as a decision record into a folder.</source>
        <translation>Записать каждый архитектурное ревью как запись решения в папку.</translation>
    </message>
    <message>
        <source>The records' format.</source>
        <translation>Формат записей.</translation>
    </message>
    <message>
        <source>WORKSPACE DIR|FILE</source>
        <translation>ПРОСТРАНСТВО ПАПКА|ФАЙЛ</translation>
    </message>
    <message>
        <source>Add or update architecture reviews from decision records.</source>
        <translation>Добавить или обновить архитектурные ревью из записей решений.</translation>
    </message>
    <message>
        <source>Reads a folder's *.md records (its README, index and templates left out) or one file: MADR 2, 3 and 4, with or without front matter, log4brains, Michael Nygard's and adr-tools'. Each record becomes an architecture review with its title, status and decision, date, people and text; "Superseded by" and "Supersedes" links become the reviews' Superseded by. Importing again updates the same reviews. A file that cannot be read is named with the reason, and the others are imported; the exit status is then 1.</source>
        <translation>Читает записи *.md из папки (кроме README, оглавления и шаблонов) или один файл: MADR 2, 3 и 4, с YAML-заголовком и без, log4brains, формат Майкла Найгарда и adr-tools. Каждая запись становится архитектурным ревью с названием, статусом и решением, датой, людьми и текстом; ссылки «Superseded by» и «Supersedes» становятся полем «Заменено» ревью. Повторный импорт обновляет те же ревью. Файл, который не удаётся прочитать, называется с причиной, остальные импортируются; код выхода тогда 1.</translation>
    </message>
    <message>
        <source>Print what would be added and updated; write nothing.</source>
        <translation>Показать, что будет добавлено и обновлено; ничего не записывать.</translation>
    </message>
    <message>
        <source>WORKSPACE import|export FILE</source>
        <translation>ПРОСТРАНСТВО import|export ФАЙЛ</translation>
    </message>
    <message>
        <source>Read or write the workspace's known technologies as a tech radar.</source>
        <translation>Прочитать или записать известные технологии рабочего пространства как технологический радар.</translation>
    </message>
    <message>
        <source>“inflection help %1” says more.</source>
        <translation>Подробнее: «inflection help %1».</translation>
    </message>
    <message>
        <source>“%1” is not an export format; use pdf, markdown, json, madr or nygard</source>
        <translation>«%1» — не формат экспорта; используйте pdf, markdown, json, madr или nygard</translation>
    </message>
    <message>
        <source>no postmortem names the system “%1”; none names a system</source>
        <translation>ни один постмортем не называет систему «%1»; ни один не называет никакой системы</translation>
    </message>
    <message>
        <source>no postmortem names the system “%1”; they name %2</source>
        <translation>ни один постмортем не называет систему «%1»; названы: %2</translation>
    </message>
    <message>
        <source>export-adr takes a workspace and a folder</source>
        <translation>export-adr принимает рабочее пространство и папку</translation>
    </message>
    <message>
        <source>“%1” is not a decision record format; use madr or nygard</source>
        <translation>«%1» — не формат записей решений; используйте madr или nygard</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), </source>
        <translation>
            <numerusform>%n запись, </numerusform>
            <numerusform>%n записи, </numerusform>
            <numerusform>%n записей, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>записан %n файл</numerusform>
            <numerusform>записано %n файла</numerusform>
            <numerusform>записано %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>import-adr takes a workspace and a folder or file</source>
        <translation>import-adr принимает рабочее пространство и папку или файл</translation>
    </message>
    <message>
        <source>“%1” is not a decision record format; use auto, madr or nygard</source>
        <translation>«%1» — не формат записей решений; используйте auto, madr или nygard</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновить</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>superseded by “%1”</source>
        <translation>заменено ревью «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added, </source>
        <translation>
            <numerusform>добавлено %n ревью, </numerusform>
            <numerusform>добавлено %n ревью, </numerusform>
            <numerusform>добавлено %n ревью, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>обновлён %n</numerusform>
            <numerusform>обновлено %n</numerusform>
            <numerusform>обновлено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>radar takes a workspace, import or export, and a file</source>
        <translation>radar принимает рабочее пространство, import или export и файл</translation>
    </message>
    <message>
        <source>Known technologies written: %1</source>
        <translation>Записано известных технологий: %1</translation>
    </message>
    <message>
        <source>Known technologies added: %1</source>
        <translation>Добавлено известных технологий: %1</translation>
    </message>
    <message>
        <source>Known technologies changed: %1</source>
        <translation>Изменено известных технологий: %1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>Пропущено строк: %1</translation>
    </message>
    <message>
        <source>FILE is a CSV file (time,actor,text[,kind,source]), a Slack export (the export's zip as Slack gives it, a channel folder or one day file) or an irssi or WeeChat log. From a zip, --channel names the channel to read (needed when it holds more than one). Only events between the incident's start and its resolution are added, unless --from, --to or --all says otherwise; events already in the timeline are not added again; lines that cannot be read are counted and their numbers printed.</source>
        <translation>ФАЙЛ — CSV-файл (time,actor,text[,kind,source]), выгрузка Slack (zip-файл выгрузки в том виде, в каком его отдаёт Slack, папка канала или файл одного дня) или журнал irssi либо WeeChat. Из zip-файла читается канал, названный в --channel (нужно, если каналов в нём больше одного). Добавляются только события между началом и устранением инцидента, если --from, --to или --all не указывают иное; события, уже имеющиеся в хронологии, повторно не добавляются; нечитаемые строки подсчитываются, их номера выводятся.</translation>
    </message>
    <message>
        <source>The file's format; by default a folder, a .json or a .zip file is a Slack export, a .csv file CSV, anything else an IRC log.</source>
        <translation>Формат файла; по умолчанию папка, файл .json или .zip — выгрузка Slack, файл .csv — CSV, всё остальное — журнал IRC.</translation>
    </message>
    <message>
        <source>The channel to read from a Slack export zip (its folder's name).</source>
        <translation>Канал, читаемый из zip-файла выгрузки Slack (имя его папки).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>--channel is for a Slack export zip; %1 is not one</source>
        <translation>--channel относится к zip-файлу выгрузки Slack, а %1 им не является</translation>
    </message>
    <message>
        <source>%1 holds several channels; name one with --channel: %2</source>
        <translation>В %1 несколько каналов; назовите один в --channel: %2</translation>
    </message>
    <message>
        <source>Each review becomes DIR/NNNN-title-in-dashes.md, with an index of every record in DIR in DIR/README.md. A review keeps its number and file name on the next run (the file records the review's uuid); a review imported from DIR updates the file it came from, in that file's format; only the files of reviews that changed are written. A README.md that Inflection did not write is left as it is, and no index is written. Prints the files written.</source>
        <translation>Каждый обзор становится файлом DIR/NNNN-название-через-дефисы.md, а указатель всех записей в DIR — файлом DIR/README.md. При следующем запуске обзор сохраняет свой номер и имя файла (файл хранит uuid обзора); обзор, импортированный из DIR, обновляет файл, из которого пришёл, в формате этого файла; записываются только файлы изменившихся обзоров. README.md, написанный не Inflection, остаётся как есть, и указатель не записывается. Выводит записанные файлы.</translation>
    </message>
    <message>
        <source>The dialect to report for a file that shows none (no front matter, no Status line or section); every file is read by what it shows, whatever this says.</source>
        <translation>Диалект, который называется для файла, не показывающего никакого (нет front matter, нет строки или раздела Status); каждый файл читается по тому, что в нём есть, что бы здесь ни было указано.</translation>
    </message>
    <message>
        <source>FILE is the CSV (name,ring,quadrant,isNew,description[,aliases]) or JSON that "Build your own radar" reads; a .json name means JSON. import adds the technologies the file names and changes those it names differently, in one step, keeping the others; rows that cannot be read are printed with their line and left out, and the exit status is then 1. import prints each technology added or changed. export writes every known technology.</source>
        <translation>ФАЙЛ — это CSV (name,ring,quadrant,isNew,description[,aliases]) или JSON, который читает «Build your own radar»; имя на .json означает JSON. import добавляет технологии, которые называет файл, и изменяет те, которые он называет иначе, за один шаг, сохраняя остальные; строки, которые не удаётся прочитать, выводятся с номером и пропускаются, и тогда код выхода равен 1. import выводит каждую добавленную или изменённую технологию. export записывает все известные технологии.</translation>
    </message>
    <message>
        <source>Human error, root cause, counterfactuals, hindsight, "why" asked of a person: one finding a line, as LINE:COLUMN: CATEGORY: PHRASE: explanation, and what to write instead on an indented line below it. Exits with 1 when there are findings. The text is checked in English, Russian and German at once unless --lang names one. With - for FILE, the text is read from standard input.</source>
        <translation>Человеческий фактор, корневая причина, сослагательные суждения, суждения задним числом, «почему», обращённое к человеку: по одной находке в строке, в виде СТРОКА:СТОЛБЕЦ: КАТЕГОРИЯ: ФРАЗА: пояснение, а под ней с отступом — что написать вместо этого. Завершается с кодом 1, если есть находки. Текст проверяется сразу на английском, русском и немецком, если --lang не называет один язык. Если вместо ФАЙЛА указан -, текст читается со стандартного ввода.</translation>
    </message>
    <message>
        <source>Check the text in this language only (default: all three).</source>
        <translation>Проверять текст только на этом языке (по умолчанию — на всех трёх).</translation>
    </message>
    <message>
        <source>SOURCE DESTINATION</source>
        <translation>ИСТОЧНИК НАЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>Copy a whole workspace between a file and a server, either way.</source>
        <translation>Скопировать всё пространство между файлом и сервером, в любую сторону.</translation>
    </message>
    <message>
        <source>SOURCE and DESTINATION are each a file or a server connection (a postgresql:// URI or service=NAME); DESTINATION is made when it does not exist. Every review is copied with its parts and history, keeping uuids, revisions, times and authors, and so are the workspace's settings and known technologies. A review is matched by its uuid: one DESTINATION changed later is left as it is and named; running it again changes nothing. Each review is written in one transaction. On a server, authors are kept when the login is the workspace's administrator; otherwise the server records the login. SOURCE is only read.</source>
        <translation>ИСТОЧНИК и НАЗНАЧЕНИЕ — файл или подключение к серверу (URI postgresql:// или service=ИМЯ); НАЗНАЧЕНИЕ создаётся, если его нет. Каждый обзор копируется со всеми частями и историей, с сохранением uuid, ревизий, времени и авторов; так же копируются настройки пространства и известные технологии. Обзоры сопоставляются по uuid: обзор, изменённый в НАЗНАЧЕНИИ позже, остаётся как есть и называется; повторный запуск ничего не меняет. Каждый обзор записывается в одной транзакции. На сервере авторы сохраняются, если учётная запись — администратор пространства; иначе сервер записывает эту учётную запись. ИСТОЧНИК только читается.</translation>
    </message>
    <message>
        <source>init SERVER | grant SERVER LOGIN reader|editor|admin | revoke SERVER LOGIN</source>
        <translation>init СЕРВЕР | grant СЕРВЕР УЧЁТНАЯ_ЗАПИСЬ reader|editor|admin | revoke СЕРВЕР УЧЁТНАЯ_ЗАПИСЬ</translation>
    </message>
    <message>
        <source>Make a workspace on a PostgreSQL server, and give people roles in it.</source>
        <translation>Создать пространство на сервере PostgreSQL и дать людям роли в нём.</translation>
    </message>
    <message>
        <source>SERVER is a libpq URI (postgresql://host/database?sslmode=verify-full) or connection string (service=NAME); the password comes from ~/.pgpass or pg_service.conf, as libpq finds it. init brings the database's schema up to date and makes its three roles (reader, editor, admin), as a login that may create roles; running it again changes nothing. grant makes LOGIN, a login the server already has, a reader (reads only), an editor (writes reviews) or an admin (also changes the workspace's settings) of the workspace, and nothing else of it; revoke takes its role away. The server enforces the roles. Run them as the workspace's owner, a login with CREATEROLE or a superuser.</source>
        <translation>СЕРВЕР — URI libpq (postgresql://хост/база?sslmode=verify-full) или строка подключения (service=ИМЯ); пароль берётся из ~/.pgpass или pg_service.conf, как его находит libpq. init приводит схему базы к последней версии и создаёт три её роли (reader, editor, admin) — от имени учётной записи, которая может создавать роли; повторный запуск ничего не меняет. grant делает УЧЁТНУЮ_ЗАПИСЬ, уже существующую на сервере, читателем (reader: только чтение), редактором (editor: пишет обзоры) или администратором (admin: также меняет настройки пространства) пространства, и только этим; revoke отбирает её роль. Роли обеспечивает сервер. Запускайте их от имени владельца пространства, учётной записи с CREATEROLE или суперпользователя.</translation>
    </message>
    <message>
        <source>copy takes two workspaces: the source and the destination</source>
        <translation>copy принимает два пространства: источник и назначение</translation>
    </message>
    <message>
        <source>the source and the destination are the same workspace</source>
        <translation>источник и назначение — одно и то же пространство</translation>
    </message>
    <message>
        <source>%1 of %2 reviews…</source>
        <translation>%1 из %2 обзоров…</translation>
    </message>
    <message>
        <source>Not copied, changed later at the destination: %1</source>
        <translation>Не скопирован, позже изменён в назначении: %1</translation>
    </message>
    <message>
        <source>Not copied, changed later at the destination: the setting %1</source>
        <translation>Не скопирована, позже изменена в назначении: настройка %1</translation>
    </message>
    <message>
        <source>The server recorded this login as the author of what was copied: only the workspace's administrator keeps the authors.</source>
        <translation>Сервер записал эту учётную запись автором скопированного: авторов сохраняет только администратор пространства.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) copied to %1; %2 already there as they are; %3 changed later there.</source>
        <translation>
            <numerusform>%n обзор скопирован в %1; %2 уже там без изменений; %3 изменены там позже.</numerusform>
            <numerusform>%n обзора скопировано в %1; %2 уже там без изменений; %3 изменены там позже.</numerusform>
            <numerusform>%n обзоров скопировано в %1; %2 уже там без изменений; %3 изменены там позже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) and %1 known technologies copied.</source>
        <translation>
            <numerusform>Скопированы %n настройка и известные технологии: %1.</numerusform>
            <numerusform>Скопированы %n настройки и известные технологии: %1.</numerusform>
            <numerusform>Скопировано %n настроек и известные технологии: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>server takes init SERVER, grant SERVER LOGIN reader|editor|admin, or revoke SERVER LOGIN</source>
        <translation>server принимает init СЕРВЕР, grant СЕРВЕР УЧЁТНАЯ_ЗАПИСЬ reader|editor|admin или revoke СЕРВЕР УЧЁТНАЯ_ЗАПИСЬ</translation>
    </message>
    <message>
        <source>“%1” is not a level: give reader, editor or admin</source>
        <translation>«%1» — не уровень: укажите reader, editor или admin</translation>
    </message>
    <message>
        <source>“%1” is not a server connection: give a postgresql:// URI or service=NAME</source>
        <translation>«%1» — не подключение к серверу: укажите URI postgresql:// или service=ИМЯ</translation>
    </message>
    <message>
        <source>%1: schema version %2, with the roles reader, editor and admin</source>
        <translation>%1: версия схемы %2, с ролями reader, editor и admin</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 теперь %2 в %3.</translation>
    </message>
    <message>
        <source>%1 has no role in %2 any more.</source>
        <translation>У %1 больше нет роли в %2.</translation>
    </message>
    <message>
        <source>%1 was not written by Inflection: left as it is, and no index written.</source>
        <translation>%1 написан не Inflection: оставлен как есть, указатель не записан.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>добавлено: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Вместо этого: %1</translation>
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
        <translation>Сервер требует пароль, а команда его не спрашивает. Передайте его libpq одним из способов:
  - строкой в ~/.pgpass, файле, который можете читать только вы (chmod 0600 ~/.pgpass), в виде
    host:port:database:user:password
    для этого сервера (* подходит к чему угодно):
    %1
  - той же строкой в другом файле, указанном в переменной окружения PGPASSFILE;
  - службой в ~/.pg_service.conf (или в файле, указанном в PGSERVICEFILE) со строкой password=… и файлом, который можете читать только вы, указав service=NAME.
Пароль в адресе postgresql:// тоже подойдёт, но тогда он виден в списке процессов и в истории командной оболочки.</translation>
    </message>
</context>
<context>
    <name>Inflection::CommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Delete comment thread</source>
        <translation>Удалить обсуждение</translation>
    </message>
    <message>
        <source>Resolve comment thread</source>
        <translation>Закрыть обсуждение</translation>
    </message>
    <message>
        <source>Reopen comment thread</source>
        <translation>Снова открыть обсуждение</translation>
    </message>
</context>
<context>
    <name>Inflection::CommentModel</name>
    <message>
        <source>%1 changed this comment while you were deleting it, so it was kept.</source>
        <translation>%1 изменил(а) этот комментарий, пока вы его удаляли, поэтому он сохранён.</translation>
    </message>
    <message>
        <source>%1 changed this thread before you; it is shown as they left it.</source>
        <translation>%1 изменил(а) это обсуждение раньше вас; оно показано в их версии.</translation>
    </message>
</context>
<context>
    <name>Inflection::CommentPanel</name>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>No comments. Select text and press Ctrl+Alt+M to comment on it.</source>
        <translation>Комментариев нет. Выделите текст и нажмите Ctrl+Alt+M, чтобы его прокомментировать.</translation>
    </message>
    <message>
        <source>No comments on the text shown.</source>
        <translation>К показанному тексту комментариев нет.</translation>
    </message>
    <message>
        <source>Text gone: “%1”</source>
        <translation>Текст удалён: «%1»</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Закрыл(а) %1</translation>
    </message>
    <message>
        <source>Fold the thread</source>
        <translation>Свернуть обсуждение</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s), last: %1</source>
        <translation>
            <numerusform>%n ответ, последний: %1</numerusform>
            <numerusform>%n ответа, последний: %1</numerusform>
            <numerusform>%n ответов, последний: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
</context>
<context>
    <name>Inflection::CommonContingencies</name>
    <message>
        <source>A service the feature depends on is down</source>
        <translation>Сервис, от которого зависит функция, недоступен</translation>
    </message>
    <message>
        <source>Degrade gracefully: hide the feature and keep the rest of the page working</source>
        <translation>Плавная деградация: скрыть функцию, остальная страница продолжает работать</translation>
    </message>
    <message>
        <source>Forum post: the feature is temporarily unavailable, nothing else is affected</source>
        <translation>Сообщение на форуме: функция временно недоступна, остальное работает</translation>
    </message>
    <message>
        <source>The database is overloaded</source>
        <translation>База данных перегружена</translation>
    </message>
    <message>
        <source>Turn off the feature's writes with its config flag; serve reads from the cache</source>
        <translation>Отключить запись функции флагом конфигурации; чтение обслуживать из кэша</translation>
    </message>
    <message>
        <source>Status page and forum post if pages slow down</source>
        <translation>Страница статуса и сообщение на форуме, если страницы замедлятся</translation>
    </message>
    <message>
        <source>Traffic is ten times the estimate</source>
        <translation>Трафик в десять раз выше оценки</translation>
    </message>
    <message>
        <source>Ramp down the percentage rollout; add capacity before ramping up again</source>
        <translation>Уменьшить процент раскатки; добавить мощности, прежде чем снова увеличивать</translation>
    </message>
    <message>
        <source>None unless users notice slowness</source>
        <translation>Не нужно, если пользователи не заметят замедления</translation>
    </message>
    <message>
        <source>The feature must be turned off</source>
        <translation>Функцию нужно отключить</translation>
    </message>
    <message>
        <source>Config flag to turn it off without a deploy; tested before launch</source>
        <translation>Флаг конфигурации, отключающий функцию без развёртывания; проверен до запуска</translation>
    </message>
    <message>
        <source>Blog and forum post explaining the pause and when it comes back</source>
        <translation>Запись в блоге и на форуме о паузе и о том, когда функция вернётся</translation>
    </message>
</context>
<context>
    <name>Inflection::Conflict</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>Inflection::ConnectServerDialog</name>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Запомнить в связке ключей</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Подключение к серверу команды</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, set up with “inflection server init”. Give its host and database, or paste a connection such as postgresql://host/database or service=name.</source>
        <translation>Рабочее пространство на сервере PostgreSQL, подготовленное командой «inflection server init». Укажите его хост и базу данных или вставьте строку подключения, например postgresql://хост/база или service=имя.</translation>
    </message>
    <message>
        <source>postgresql://host/database or service=name</source>
        <translation>postgresql://хост/база или service=имя</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>your login on this computer</source>
        <translation>ваша учётная запись на этом компьютере</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>По умолчанию (prefer)</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Choose the certificate of the authority that signed the server's</source>
        <translation>Выбрать сертификат центра, подписавшего сертификат сервера</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Корневой сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem);;Все файлы (*)</translation>
    </message>
    <message>
        <source>only when the server asks for one</source>
        <translation>только если сервер его требует</translation>
    </message>
    <message>
        <source>Keep the password in the desktop's keyring, never in Inflection's settings</source>
        <translation>Хранить пароль в связке ключей рабочего стола, никогда — в настройках Inflection</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Строка подключения:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Root cert&amp;ificate:</source>
        <translation>Корневой с&amp;ертификат:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Подкл&amp;ючиться</translation>
    </message>
    <message>
        <source>“%1” is not a server connection: paste a postgresql:// address or service=name, or clear the field and fill in the ones below.</source>
        <translation>«%1» — не подключение к серверу: вставьте адрес postgresql:// или service=имя либо очистите поле и заполните поля ниже.</translation>
    </message>
    <message>
        <source>Give the name of the workspace's database on the server.</source>
        <translation>Укажите имя базы данных рабочего пространства на сервере.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
</context>
<context>
    <name>Inflection::ContingencyField</name>
    <message>
        <source>Issue</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Инженерные меры</translation>
    </message>
    <message>
        <source>Onsite messaging</source>
        <translation>Сообщения на площадке</translation>
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
        <translation>Добавить риск</translation>
    </message>
    <message>
        <source>Delete contingency</source>
        <translation>Удалить риск</translation>
    </message>
    <message>
        <source>Move contingency</source>
        <translation>Переместить риск</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Вероятность × влияние</translation>
    </message>
    <message>
        <source>Is PR needed for the contingency (i.e. larger scale failure)</source>
        <translation>Нужен ли PR для этого риска (т. е. сбой большего масштаба)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>What could possibly go wrong with the feature launched in production?</source>
        <translation>Что может пойти не так с функцией, запущенной в продакшен?</translation>
    </message>
    <message>
        <source>What is the likelihood of each item going wrong?</source>
        <translation>Какова вероятность, что каждый пункт пойдёт не так?</translation>
    </message>
    <message>
        <source>This is just a measure of how impactful this will be if it does actually turn out to be a concern.</source>
        <translation>Это лишь мера того, насколько серьёзным будет влияние, если это действительно окажется проблемой.</translation>
    </message>
    <message>
        <source>Any comments about the item?</source>
        <translation>Есть ли комментарии к этому пункту?</translation>
    </message>
    <message>
        <source>What do we do to mitigate the issue with the item (i.e. can we gracefully degrade?)</source>
        <translation>Что мы делаем, чтобы смягчить проблему с этим пунктом (т. е. можем ли мы плавно деградировать)?</translation>
    </message>
    <message>
        <source>What is the messaging to the user in the forums, blog, and social media if this needs graceful degradation?</source>
        <translation>Что мы сообщаем пользователям на форумах, в блоге и соцсетях, если понадобится плавная деградация?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contingencies</source>
        <translation>
            <numerusform>Добавить %n риск</numerusform>
            <numerusform>Добавить %n риска</numerusform>
            <numerusform>Добавить %n рисков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contingencies</source>
        <translation>
            <numerusform>Удалить %n риск</numerusform>
            <numerusform>Удалить %n риска</numerusform>
            <numerusform>Удалить %n рисков</numerusform>
        </translation>
    </message>
    <message>
        <source>the contingency “%1”</source>
        <translation>риск «%1»</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Инженерные меры</translation>
    </message>
    <message>
        <source>Onsite messaging</source>
        <translation>Сообщения на площадке</translation>
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
        <translation>Инциденты, которыми оказался этот пункт (двойной щелчок открывает постмортем):
%1</translation>
    </message>
    <message>
        <source>The incidents whose postmortems say they were this item, and whether its mitigation held</source>
        <translation>Инциденты, постмортемы которых говорят, что они были этим пунктом, и удержали ли меры</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
</context>
<context>
    <name>Inflection::ContributingFactor</name>
    <message>
        <source>Event %1</source>
        <translation>Событие %1</translation>
    </message>
    <message>
        <source>Events %1</source>
        <translation>События %1</translation>
    </message>
</context>
<context>
    <name>Inflection::ContributingFactorField</name>
    <message>
        <source>factor</source>
        <translation>фактор</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>timeline events</source>
        <translation>события хронологии</translation>
    </message>
</context>
<context>
    <name>Inflection::ContributingFactorModel</name>
    <message>
        <source>Link a contributing factor to an event</source>
        <translation>Связать способствующий фактор с событием</translation>
    </message>
    <message>
        <source>Unlink a contributing factor from an event</source>
        <translation>Убрать связь способствующего фактора с событием</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contributing factors</source>
        <translation>
            <numerusform>Удалить %n способствующий фактор</numerusform>
            <numerusform>Удалить %n способствующих фактора</numerusform>
            <numerusform>Удалить %n способствующих факторов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add contributing factor</source>
        <translation>Добавить способствующий фактор</translation>
    </message>
    <message>
        <source>Delete contributing factor</source>
        <translation>Удалить способствующий фактор</translation>
    </message>
    <message>
        <source>Move contributing factor</source>
        <translation>Переместить способствующий фактор</translation>
    </message>
    <message>
        <source>the contributing factor “%1”</source>
        <translation>способствующий фактор «%1»</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Способствующий фактор</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Shows in</source>
        <translation>Проявляется в</translation>
    </message>
</context>
<context>
    <name>Inflection::CsvTimelineParser</name>
    <message>
        <source>This is not a timeline CSV file: its first row must name the columns time, actor and text.</source>
        <translation>Это не CSV-файл хронологии: в первой строке должны быть названы столбцы time, actor и text.</translation>
    </message>
</context>
<context>
    <name>Inflection::DateTimeDelegate</name>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordCollection</name>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordFormat</name>
    <message>
        <source>Recognised per file</source>
        <translation>Распознаётся для каждого файла</translation>
    </message>
    <message>
        <source>MADR (*.md)</source>
        <translation>MADR (*.md)</translation>
    </message>
    <message>
        <source>Nygard / adr-tools (*.md)</source>
        <translation>Найгард / adr-tools (*.md)</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordImportDialog</name>
    <message>
        <source>Import Decision Records</source>
        <translation>Импорт записей решений</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Папка…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Folder of Decision Records</source>
        <translation>Папка с записями решений</translation>
    </message>
    <message>
        <source>Decision Record</source>
        <translation>Запись решения</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Не читается</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) to add</source>
        <extracomment>The preview's summary: "3 reviews to add, 2 to update, 1 file not readable".</extracomment>
        <translation>
            <numerusform>%n ревью добавить</numerusform>
            <numerusform>%n ревью добавить</numerusform>
            <numerusform>%n ревью добавить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not readable</source>
        <translation>
            <numerusform>%n файл не читается</numerusform>
            <numerusform>%n файла не читаются</numerusform>
            <numerusform>%n файлов не читаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supersede link(s)</source>
        <translation>
            <numerusform>%n ссылка о замене</numerusform>
            <numerusform>%n ссылки о замене</numerusform>
            <numerusform>%n ссылок о замене</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;le…</source>
        <translation>&amp;Файл…</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordImporter</name>
    <message>
        <source>“%1” is not there.</source>
        <translation>«%1» не найден.</translation>
    </message>
    <message>
        <source>the workspace has its uuid as another kind of review</source>
        <translation>в рабочем пространстве этот uuid у ревью другого вида</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordParser</name>
    <message>
        <source>too large for a decision record</source>
        <translation>слишком велик для записи решения</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>не текст в UTF-8</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>не текстовый файл</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>no title (a first “# …” heading)</source>
        <translation>нет названия (первого заголовка «# …»)</translation>
    </message>
</context>
<context>
    <name>Inflection::DecisionRecordWriter</name>
    <message>
        <source>Only an architecture review is a decision record.</source>
        <translation>Записью решения может быть только архитектурное ревью.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::DemoWorkspace</name>
    <message>
        <source>Move search indexing to a queue</source>
        <translation>Перенос поисковой индексации в очередь</translation>
    </message>
    <message>
        <source>Launch of gift cards in the checkout</source>
        <translation>Запуск подарочных карт при оформлении заказа</translation>
    </message>
    <message>
        <source>Primary database failover on March 3</source>
        <translation>Переключение основной базы данных 3 марта</translation>
    </message>
    <message>
        <source>Two weeks behind a staff-only flag; load test at 3× peak.</source>
        <translation>Две недели за флагом только для сотрудников; нагрузочный тест при трёхкратном пике.</translation>
    </message>
    <message>
        <source>Tuesday 10:00 ET, pushed by Marcus from the deploy room.</source>
        <translation>Вторник, 10:00 ET, развёртывает Маркус из комнаты развёртывания.</translation>
    </message>
    <message>
        <source>Seller handbook page still in review with Support.</source>
        <translation>Страница руководства для продавцов ещё на проверке у поддержки.</translation>
    </message>
    <message>
        <source>Config flag ramps 1% → 10% → 50% → 100%.</source>
        <translation>Флаг конфигурации: 1% → 10% → 50% → 100%.</translation>
    </message>
    <message>
        <source>A new balance service and its database.</source>
        <translation>Новый сервис балансов и его база данных.</translation>
    </message>
    <message>
        <source>Graphs and alerts for latency, errors and balance drift.</source>
        <translation>Графики и оповещения по задержкам, ошибкам и расхождению балансов.</translation>
    </message>
    <message>
        <source>Works against a shared stub only; ticket open.</source>
        <translation>Работает только с общей заглушкой; тикет открыт.</translation>
    </message>
    <message>
        <source>Balance service is down</source>
        <translation>Сервис балансов недоступен</translation>
    </message>
    <message>
        <source>Hide gift cards at checkout; orders go through without them</source>
        <translation>Скрыть подарочные карты при оформлении; заказы проходят без них</translation>
    </message>
    <message>
        <source>Forum post: gift cards paused, balances are safe</source>
        <translation>Сообщение на форуме: подарочные карты на паузе, балансы в сохранности</translation>
    </message>
    <message>
        <source>Balance database overloaded at the sale peak</source>
        <translation>База балансов перегружена на пике распродажи</translation>
    </message>
    <message>
        <source>Load test stopped at 3× peak</source>
        <translation>Нагрузочный тест остановлен на трёхкратном пике</translation>
    </message>
    <message>
        <source>Read balances from the replica; queue redemptions</source>
        <translation>Читать балансы с реплики; ставить погашения в очередь</translation>
    </message>
    <message>
        <source>Traffic is ten times the estimate</source>
        <translation>Трафик в десять раз выше оценки</translation>
    </message>
    <message>
        <source>Ramp the flag back to 10%; add balance-service hosts</source>
        <translation>Вернуть флаг на 10%; добавить хосты сервиса балансов</translation>
    </message>
    <message>
        <source>Double redemption of one card</source>
        <translation>Двойное погашение одной карты</translation>
    </message>
    <message>
        <source>Idempotency keys tested; never seen in staging</source>
        <translation>Ключи идемпотентности проверены; в staging не наблюдалось</translation>
    </message>
    <message>
        <source>Nightly reconciliation job flags and reverses</source>
        <translation>Ночная сверка помечает и отменяет</translation>
    </message>
    <message>
        <source>Email affected buyers and sellers directly</source>
        <translation>Написать затронутым покупателям и продавцам напрямую</translation>
    </message>
    <message>
        <source>Card codes guessed by brute force</source>
        <translation>Коды карт подобраны перебором</translation>
    </message>
    <message>
        <source>Rate limit code checks per account and per IP</source>
        <translation>Ограничить проверки кодов по аккаунту и по IP</translation>
    </message>
    <message>
        <source>Checkout page slower with the gift-card field</source>
        <translation>Страница оформления медленнее с полем подарочной карты</translation>
    </message>
    <message>
        <source>Load the field after the page; budget 50 ms</source>
        <translation>Загружать поле после страницы; бюджет 50 мс</translation>
    </message>
    <message>
        <source>Currency rounding differs from the ledger</source>
        <translation>Округление валюты расходится с бухгалтерской книгой</translation>
    </message>
    <message>
        <source>Only for JPY and KRW</source>
        <translation>Только для JPY и KRW</translation>
    </message>
    <message>
        <source>Round in the ledger only; display what it says</source>
        <translation>Округлять только в книге; показывать то, что в ней</translation>
    </message>
    <message>
        <source>Support cannot look up a card's history</source>
        <translation>Поддержка не может посмотреть историю карты</translation>
    </message>
    <message>
        <source>Admin page lists redemptions by code</source>
        <translation>Страница администратора показывает погашения по коду</translation>
    </message>
    <message>
        <source>Macro for Support with the lookup steps</source>
        <translation>Шаблон ответа для поддержки с шагами поиска</translation>
    </message>
    <message>
        <source>Emails with the card code land in spam</source>
        <translation>Письма с кодом карты попадают в спам</translation>
    </message>
    <message>
        <source>Codes also shown on the order page</source>
        <translation>Коды также показаны на странице заказа</translation>
    </message>
    <message>
        <source>Help article: where to find your gift card</source>
        <translation>Статья справки: где найти вашу подарочную карту</translation>
    </message>
    <message>
        <source>Payment provider declines card purchases as fraud</source>
        <translation>Платёжный провайдер отклоняет покупки карт как мошенничество</translation>
    </message>
    <message>
        <source>Category code agreed with the provider in advance</source>
        <translation>Код категории заранее согласован с провайдером</translation>
    </message>
    <message>
        <source>The feature must be turned off</source>
        <translation>Функцию нужно отключить</translation>
    </message>
    <message>
        <source>Config flag off without a deploy; rehearsed on Friday</source>
        <translation>Флаг выключается без развёртывания; отрепетировано в пятницу</translation>
    </message>
    <message>
        <source>Blog post explaining the pause and when it returns</source>
        <translation>Запись в блоге о паузе и о том, когда функция вернётся</translation>
    </message>
    <message>
        <source>Metrics dashboards miss the new service</source>
        <translation>Дашборды метрик не охватывают новый сервис</translation>
    </message>
    <message>
        <source>Dashboard reviewed in this meeting</source>
        <translation>Дашборд проверен на этой встрече</translation>
    </message>
    <message>
        <source>Replication lag alert on db-listings-02 (replica): 45 s behind the primary</source>
        <translation>Оповещение о задержке репликации на db-listings-02 (реплика): отставание от основного на 45 с</translation>
    </message>
    <message>
        <source>Lin acknowledges the page and opens the replication dashboard</source>
        <translation>Лин подтверждает вызов и открывает дашборд репликации</translation>
    </message>
    <message>
        <source>Lag keeps growing, 90 s; the primary's disk write latency is at 40 ms</source>
        <translation>Задержка растёт, 90 с; задержка записи на диски основного сервера — 40 мс</translation>
    </message>
    <message>
        <source>Lin asks in #ops for a second pair of eyes on db-listings</source>
        <translation>Лин просит в #ops ещё кого-нибудь посмотреть на db-listings</translation>
    </message>
    <message>
        <source>Dana joins and checks the primary: the RAID controller reports a degraded battery</source>
        <translation>Дана подключается и проверяет основной сервер: RAID-контроллер сообщает о деградации батареи</translation>
    </message>
    <message>
        <source>The controller switched to write-through when its battery failed; every write now waits on the disks</source>
        <translation>Контроллер перешёл в режим write-through, когда отказала батарея; каждая запись теперь ждёт дисков</translation>
    </message>
    <message>
        <source>Dana decides to fail over to db-listings-02 once the lag is under 5 s</source>
        <translation>Дана решает переключиться на db-listings-02, как только задержка станет меньше 5 с</translation>
    </message>
    <message>
        <source>The runbook says to fail over when the primary's hardware is degraded, and the replica had caught up in every past drill within minutes.</source>
        <translation>Регламент предписывает переключение при деградации оборудования основного сервера, а реплика на всех прошлых учениях догоняла его за минуты.</translation>
    </message>
    <message>
        <source>Lin throttles the listing indexer to lower the write load</source>
        <translation>Лин ограничивает индексатор объявлений, чтобы снизить нагрузку на запись</translation>
    </message>
    <message>
        <source>Lag falls to 30 s</source>
        <translation>Задержка падает до 30 с</translation>
    </message>
    <message>
        <source>Support sees forum posts about new listings not showing up in shop pages</source>
        <translation>Поддержка видит на форуме сообщения о том, что новые объявления не появляются на страницах магазинов</translation>
    </message>
    <message>
        <source>Sam posts on the status page: listing updates may be delayed</source>
        <translation>Сэм пишет на странице статуса: обновления объявлений могут задерживаться</translation>
    </message>
    <message>
        <source>Lag at 4 s</source>
        <translation>Задержка 4 с</translation>
    </message>
    <message>
        <source>Dana runs the failover script against db-listings-02</source>
        <translation>Дана запускает скрипт переключения на db-listings-02</translation>
    </message>
    <message>
        <source>Connection errors from the web tier: 'too many connections' on db-listings-02</source>
        <translation>Ошибки соединения с веб-уровня: «too many connections» на db-listings-02</translation>
    </message>
    <message>
        <source>The replica's max_connections is 500; the primary's was raised to 2000 last year and the replica was not</source>
        <translation>max_connections у реплики — 500; у основного сервера его подняли до 2000 в прошлом году, а у реплики нет</translation>
    </message>
    <message>
        <source>Dana raises max_connections on the new primary rather than failing back</source>
        <translation>Дана поднимает max_connections на новом основном сервере вместо обратного переключения</translation>
    </message>
    <message>
        <source>Failing back meant writing to a primary in write-through mode again; raising a limit was a one-line change that could be undone.</source>
        <translation>Обратное переключение означало бы снова писать на основной сервер в режиме write-through; поднять лимит — изменение в одну строку, которое можно откатить.</translation>
    </message>
    <message>
        <source>max_connections set to 2000 on db-listings-02</source>
        <translation>max_connections на db-listings-02 установлен в 2000</translation>
    </message>
    <message>
        <source>Connection errors stop; page latency back to normal</source>
        <translation>Ошибки соединения прекращаются; задержка страниц снова в норме</translation>
    </message>
    <message>
        <source>The listing indexer is still throttled; its queue has 180,000 jobs</source>
        <translation>Индексатор объявлений всё ещё ограничен; в его очереди 180 000 заданий</translation>
    </message>
    <message>
        <source>Lin removes the throttle gradually, 25% every five minutes</source>
        <translation>Лин постепенно снимает ограничение, на 25% каждые пять минут</translation>
    </message>
    <message>
        <source>The new primary had never taken the full write load; a gradual ramp showed problems while they were small.</source>
        <translation>Новый основной сервер ещё ни разу не нёс полную нагрузку на запись; постепенное увеличение показало бы проблемы, пока они малы.</translation>
    </message>
    <message>
        <source>Indexer at 25%</source>
        <translation>Индексатор на 25%</translation>
    </message>
    <message>
        <source>Indexer at 50%</source>
        <translation>Индексатор на 50%</translation>
    </message>
    <message>
        <source>Write latency on the new primary steady at 3 ms</source>
        <translation>Задержка записи на новом основном сервере стабильно 3 мс</translation>
    </message>
    <message>
        <source>Indexer at 75%</source>
        <translation>Индексатор на 75%</translation>
    </message>
    <message>
        <source>Indexer back to 100%</source>
        <translation>Индексатор снова на 100%</translation>
    </message>
    <message>
        <source>Status page: listing updates are catching up</source>
        <translation>Страница статуса: обновления объявлений догоняют</translation>
    </message>
    <message>
        <source>Indexer queue drained</source>
        <translation>Очередь индексатора разобрана</translation>
    </message>
    <message>
        <source>Status page: resolved</source>
        <translation>Страница статуса: устранено</translation>
    </message>
    <message>
        <source>Dana opens a ticket with the hardware vendor for the controller battery</source>
        <translation>Дана открывает тикет у производителя оборудования по батарее контроллера</translation>
    </message>
    <message>
        <source>The config management template for database replicas does not set max_connections at all</source>
        <translation>Шаблон управления конфигурацией для реплик баз данных вообще не задаёт max_connections</translation>
    </message>
    <message>
        <source>This was human error: the limit should have been copied to the replica last year</source>
        <translation>Это была человеческая ошибка: лимит должны были скопировать на реплику ещё в прошлом году</translation>
    </message>
    <message>
        <source>Marcus adds max_connections to the replica template</source>
        <translation>Маркус добавляет max_connections в шаблон реплики</translation>
    </message>
    <message>
        <source>Lin rebuilds db-listings-01 as a replica of the new primary</source>
        <translation>Лин пересобирает db-listings-01 как реплику нового основного сервера</translation>
    </message>
    <message>
        <source>db-listings-01 caught up as a replica</source>
        <translation>db-listings-01 догнал основной как реплика</translation>
    </message>
    <message>
        <source>Obviously the battery alert from last week was the root cause</source>
        <translation>Очевидно, первопричиной было оповещение о батарее на прошлой неделе</translation>
    </message>
    <message>
        <source>Priya schedules the postmortem for Thursday</source>
        <translation>Прия назначает постмортем на четверг</translation>
    </message>
    <message>
        <source>Forum threads about missing listings: 14, all answered by 15:30</source>
        <translation>Темы на форуме о пропавших объявлениях: 14, на все ответили к 15:30</translation>
    </message>
    <message>
        <source>The failover script printed no warning about differing settings between primary and replica</source>
        <translation>Скрипт переключения не предупредил о различиях в настройках основного сервера и реплики</translation>
    </message>
    <message>
        <source>Battery warnings had been logged by the controller since February 24, at info level</source>
        <translation>Контроллер записывал предупреждения о батарее с 24 февраля, на уровне info</translation>
    </message>
    <message>
        <source>Nobody on the call knew the replica had a lower connection limit</source>
        <translation>Никто на созвоне не знал, что у реплики меньший лимит соединений</translation>
    </message>
    <message>
        <source>Alert when a RAID controller's battery degrades</source>
        <translation>Оповещать о деградации батареи RAID-контроллера</translation>
    </message>
    <message>
        <source>Set max_connections in the replica template</source>
        <translation>Задать max_connections в шаблоне реплики</translation>
    </message>
    <message>
        <source>Make the failover script compare settings between primary and replica</source>
        <translation>Научить скрипт переключения сравнивать настройки основного сервера и реплики</translation>
    </message>
    <message>
        <source>Tell Support in #ops when the status page changes</source>
        <translation>Сообщать поддержке в #ops об изменениях страницы статуса</translation>
    </message>
    <message>
        <source>Rebuilding db-listings-01 as a replica took two hours, the next afternoon.</source>
        <translation>Пересборка db-listings-01 как реплики заняла два часа на следующий день.</translation>
    </message>
    <message>
        <source>No: the incident took under an hour and four people shared it.</source>
        <translation>Нет: инцидент длился меньше часа, и его разделили четыре человека.</translation>
    </message>
    <message>
        <source>The status page went up 15 minutes after the first alert, after Support saw forum posts; Operations did not know Support was watching.</source>
        <translation>Страница статуса обновилась через 15 минут после первого оповещения, когда поддержка увидела сообщения на форуме; эксплуатация не знала, что поддержка следит.</translation>
    </message>
    <message>
        <source>The failover script worked but compares no settings between the two servers.</source>
        <translation>Скрипт переключения сработал, но не сравнивает настройки двух серверов.</translation>
    </message>
    <message>
        <source>Replication lag and write latency were graphed; the controller battery was only in syslog.</source>
        <translation>Задержка репликации и задержка записи были на графиках; батарея контроллера — только в syslog.</translation>
    </message>
    <message>
        <source>Yes, in #ops; decisions were said out loud before acting.</source>
        <translation>Да, в #ops; решения проговаривались вслух перед действиями.</translation>
    </message>
    <message>
        <source>Sellers ask about this weekly; can we say a minute on the help page once this ships?</source>
        <translation>Продавцы спрашивают об этом каждую неделю; можно ли написать на странице справки про минуту, когда это выйдет?</translation>
    </message>
    <message>
        <source>After the rehearsal, yes.</source>
        <translation>После репетиции — да.</translation>
    </message>
    <message>
        <source>How do we notice a stuck worker? Queue depth alone will not tell us which one.</source>
        <translation>Как мы заметим зависший обработчик? Одна длина очереди не скажет, какой именно.</translation>
    </message>
    <message>
        <source>Each worker reports the age of the last event it finished; we alert on that.</source>
        <translation>Каждый обработчик сообщает возраст последнего обработанного события; по нему мы и оповещаем.</translation>
    </message>
    <message>
        <source>Good; add it to the runbook.</source>
        <translation>Хорошо; добавьте это в регламент.</translation>
    </message>
    <message>
        <source>Is a hosted queue an option? We would not run the cluster ourselves.</source>
        <translation>А управляемая очередь — вариант? Кластер мы бы сами не эксплуатировали.</translation>
    </message>
    <message>
        <source>Who is on call for the broker?</source>
        <translation>Кто дежурит по брокеру?</translation>
    </message>
    <message>
        <source>Operations, with Search as second line for a quarter.</source>
        <translation>Эксплуатация, а поиск — второй линией на квартал.</translation>
    </message>
    <message>
        <source>What happens to search freshness while the broker is down?</source>
        <translation>Что будет со свежестью поиска, пока брокер недоступен?</translation>
    </message>
    <message>
        <source>Can the batch indexer and the workers run at the same time?</source>
        <translation>Могут ли пакетный индексатор и обработчики работать одновременно?</translation>
    </message>
    <message>
        <source>Cluster, monitoring, runbook and training are costed.</source>
        <translation>Кластер, мониторинг, регламент и обучение учтены в затратах.</translation>
    </message>
    <message>
        <source>A hosted queue later would mean rewriting acknowledgements.</source>
        <translation>Переход на управляемую очередь потом потребует переписать подтверждения.</translation>
    </message>
    <message>
        <source>Worker lag is graphed and alerted on.</source>
        <translation>Отставание обработчиков на графиках и с оповещениями.</translation>
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
        <translation># Цели

Объявления должны находиться поиском в течение минуты после сохранения. Сейчас индексатор запускается каждые пятнадцать минут и пересобирает шарды целиком, поэтому новое объявление может появиться только через полчаса.

# Устройство

Сервис объявлений пишет *событие индексации* в очередь при каждом изменении объявления. Пул индексирующих обработчиков читает очередь и обновляет поисковый индекс по одному документу.

- Цель «в течение минуты»: обработчик берёт событие за секунды.
- Цель «без полных пересборок»: шарды пересобираются только при изменении схемы.

```php
$queue-&gt;publish('listing.changed', ['id' =&gt; $listing-&gt;id, 'version' =&gt; $listing-&gt;version]);
```

Обработчики идемпотентны: событие несёт версию объявления, и более старая версия никогда не перезаписывает более новую.

# Отступления от текущих технологий

RabbitMQ в качестве очереди. Сегодня у нас нет брокера сообщений; альтернативы ниже показывают, почему база данных — плохая очередь при таком объёме.

# Рассмотренные альтернативы

1. **Таблица заданий в MySQL**: опрос с такой частотой нагружает основной сервер.
2. **Gearman**, который у нас уже работает для масштабирования изображений: он не сохраняет сообщения при перезапуске.

# Затраты и болевые точки

Кластер брокера, который надо эксплуатировать, со своим мониторингом и дежурным регламентом. Для полной переиндексации по-прежнему нужен старый пакетный путь, так что какое-то время останутся оба.
</translation>
    </message>
    <message>
        <source>Proceed, with Operations owning the broker from day one and the batch path kept until a full re-index through the queue has been rehearsed.</source>
        <translation>Продолжать: эксплуатация отвечает за брокер с первого дня, а пакетный путь остаётся, пока полная переиндексация через очередь не будет отрепетирована.</translation>
    </message>
    <message>
        <source>Priya presented; Lin asked how a stuck worker would be noticed; Marcus walked through the versioning of events.</source>
        <translation>Прия представила проект; Лин спросила, как заметить зависший обработчик; Маркус разобрал версионирование событий.</translation>
    </message>
    <message>
        <source>Events carry the listing version; workers drop older versions. The queue is durable; at-least-once delivery is enough.</source>
        <translation>События несут версию объявления; обработчики отбрасывают старые версии. Очередь надёжная; доставки «хотя бы один раз» достаточно.</translation>
    </message>
    <message>
        <source>We have no broker expertise yet: two people go to training. Open: how long may the queue grow before we page someone?</source>
        <translation>Опыта с брокерами у нас пока нет: двое пойдут на обучение. Открыто: насколько может вырасти очередь, прежде чем мы кого-то вызовем?</translation>
    </message>
    <message>
        <source>A three-node cluster, monitoring, an on-call runbook, training for two people.</source>
        <translation>Кластер из трёх узлов, мониторинг, дежурный регламент, обучение для двоих.</translation>
    </message>
    <message>
        <source>Fresh search results against one more system that can fail.</source>
        <translation>Свежие результаты поиска ценой ещё одной системы, которая может отказать.</translation>
    </message>
    <message>
        <source>Moving to a hosted queue later means rewriting the workers' acknowledgements.</source>
        <translation>Переход на управляемую очередь позже потребует переписать подтверждения обработчиков.</translation>
    </message>
    <message>
        <source>Document-at-a-time updates instead of whole shards: more, smaller commits.</source>
        <translation>Обновления по документу вместо целых шардов: больше мелких коммитов.</translation>
    </message>
    <message>
        <source>Commit frequency against index freshness.</source>
        <translation>Частота коммитов против свежести индекса.</translation>
    </message>
    <message>
        <source>a nightly batch as a fallback</source>
        <translation>ночной пакет как запасной вариант</translation>
    </message>
    <message>
        <source>Re-indexing everything uses </source>
        <translation>Полная переиндексация использует </translation>
    </message>
    <message>
        <source>Nightly is too slow for a fallback; the fifteen-minute job would be better.</source>
        <translation>Раз в сутки — слишком медленно для запасного варианта; лучше задание раз в пятнадцать минут.</translation>
    </message>
    <message>
        <source>within a minute of being saved</source>
        <translation>в течение минуты после сохранения</translation>
    </message>
    <message>
        <source>A pool of index workers</source>
        <translation>Пул индексирующих обработчиков</translation>
    </message>
    <message>
        <source>RabbitMQ as the queue</source>
        <translation>RabbitMQ в качестве очереди</translation>
    </message>
    <message>
        <source>The controller's battery warnings went to syslog at info level for a week; no alert or graph showed them</source>
        <translation>Предупреждения контроллера о батарее неделю шли в syslog на уровне info; их не показывали ни оповещения, ни графики</translation>
    </message>
    <message>
        <source>The replica template does not set max_connections, so raising the primary's limit last year left the replica at 500</source>
        <translation>Шаблон реплики не задаёт max_connections, поэтому, когда в прошлом году подняли лимит основного сервера, у реплики осталось 500</translation>
    </message>
    <message>
        <source>The failover script compares no settings between primary and replica, so the lower limit showed only once the traffic arrived</source>
        <translation>Скрипт переключения не сравнивает настройки основного сервера и реплики, поэтому меньший лимит проявился, только когда пришёл трафик</translation>
    </message>
    <message>
        <source>Support learned of the delays from the forums; Operations did not know Support was watching, and the status page went up 15 minutes after the first alert</source>
        <translation>Поддержка узнала о задержках из форумов; эксплуатация не знала, что поддержка следит, и страница статуса обновилась через 15 минут после первого оповещения</translation>
    </message>
    <message>
        <source>Split payments into a service of its own</source>
        <translation>Выделить платежи в отдельный сервис</translation>
    </message>
    <message>
        <source># Goals

Payments change weekly while the rest of checkout changes daily. A service of its own lets the payments team deploy on its own schedule and keeps card data out of the main application.

# Design

A payments service written in Go, with its own PostgreSQL database. Checkout calls it over HTTP with an idempotency key per order.
</source>
        <translation># Цели

Платежи меняются раз в неделю, остальной checkout — каждый день. Отдельный сервис позволит команде платежей выкатываться по своему графику и уберёт данные карт из основного приложения.

# Устройство

Сервис платежей на Go со своей базой PostgreSQL. Checkout вызывает его по HTTP с ключом идемпотентности на каждый заказ.
</translation>
    </message>
    <message>
        <source>Proceed, with a load test at three times the busiest hour before the launch review.</source>
        <translation>Продолжать, с нагрузочным тестом на тройной нагрузке самого загруженного часа до обзора запуска.</translation>
    </message>
    <message>
        <source>Build and deploy tooling for a second language; training for three developers.</source>
        <translation>Инструменты сборки и выкладки для второго языка; обучение трёх разработчиков.</translation>
    </message>
    <message>
        <source>A second kind of database to back up, monitor and upgrade.</source>
        <translation>Второй вид базы данных: резервные копии, мониторинг и обновления.</translation>
    </message>
    <message>
        <source>Send push notifications through a hosted provider</source>
        <translation>Отправлять push-уведомления через внешнего провайдера</translation>
    </message>
    <message>
        <source># Goals

Order updates reach the app within a minute, on both mobile platforms.

# Design

Notification workers hand messages to Firebase Cloud Messaging, which delivers them to both platforms. Device tokens stay in our database.
</source>
        <translation># Цели

Обновления заказов доходят до приложения за минуту на обеих мобильных платформах.

# Устройство

Воркеры уведомлений передают сообщения в Firebase Cloud Messaging, который доставляет их на обе платформы. Токены устройств остаются в нашей базе.
</translation>
    </message>
    <message>
        <source>Proceed; the workers send an idempotency key with every message.</source>
        <translation>Продолжать; воркеры отправляют ключ идемпотентности с каждым сообщением.</translation>
    </message>
    <message>
        <source>A contract with the provider, and delivery that depends on the provider's status.</source>
        <translation>Договор с провайдером, и доставка зависит от его состояния.</translation>
    </message>
    <message>
        <source>Cache search results at the edge</source>
        <translation>Кэшировать результаты поиска на периметре</translation>
    </message>
    <message>
        <source># Goals

Search answers in under 200 ms for nine searches in ten, and the search cluster takes a third of today's load.

# Design

Varnish at the edge caches result pages for popular queries; Memcached keeps the per-listing data it assembles them from.
</source>
        <translation># Цели

Поиск отвечает быстрее 200 мс в девяти случаях из десяти, а поисковый кластер несёт треть сегодняшней нагрузки.

# Устройство

Varnish на периметре кэширует страницы результатов популярных запросов; Memcached хранит данные объявлений, из которых они собираются.
</translation>
    </message>
    <message>
        <source>More information first: how a removed listing leaves the cache, and how a cleared cache refills without overloading the cluster.</source>
        <translation>Сначала больше информации: как удалённое объявление уходит из кэша и как очищенный кэш заполняется, не перегружая кластер.</translation>
    </message>
    <message>
        <source>A cache layer to run, and purges to wire into every change of a listing.</source>
        <translation>Ещё один слой кэша в эксплуатации и очистка, привязанная к каждому изменению объявления.</translation>
    </message>
    <message>
        <source>More memory for the existing cluster.</source>
        <translation>Больше памяти для существующего кластера.</translation>
    </message>
    <message>
        <source>A GraphQL gateway for the mobile API</source>
        <translation>Шлюз GraphQL для мобильного API</translation>
    </message>
    <message>
        <source># Goals

The app loads a screen with one request instead of five.

# Design

A gateway in Node.js answers GraphQL queries by calling the existing services.
</source>
        <translation># Цели

Приложение загружает экран одним запросом вместо пяти.

# Устройство

Шлюз на Node.js отвечает на запросы GraphQL, вызывая существующие сервисы.
</translation>
    </message>
    <message>
        <source>Rethink: the same goal is within reach by adding two combined endpoints to the existing API, without a new language and a new service.</source>
        <translation>Переосмыслить: та же цель достижима двумя объединёнными методами в существующем API, без нового языка и нового сервиса.</translation>
    </message>
    <message>
        <source>Query cost limits and caching work differently from the REST endpoints we know.</source>
        <translation>Ограничения стоимости запросов и кэширование работают иначе, чем в знакомых нам REST-методах.</translation>
    </message>
    <message>
        <source>A third language in production, with its own on-call knowledge.</source>
        <translation>Третий язык в эксплуатации, со своими знаниями для дежурных.</translation>
    </message>
    <message>
        <source>A retry queue for checkout webhooks</source>
        <translation>Очередь повторов для вебхуков checkout</translation>
    </message>
    <message>
        <source># Goals

Sellers' webhooks for new orders arrive even when a seller's server is down for an hour.

# Design

Failed webhooks go to a retry queue in Redis, retried with growing intervals for a day. The order itself stays in MySQL.
</source>
        <translation># Цели

Вебхуки продавцов о новых заказах доходят, даже если сервер продавца недоступен час.

# Устройство

Неудачные вебхуки попадают в очередь повторов в Redis и повторяются с растущими интервалами в течение суток. Сам заказ остаётся в MySQL.
</translation>
    </message>
    <message>
        <source>Proceed; retries are capped at a day and sellers see the failures in their shop settings.</source>
        <translation>Продолжать; повторы ограничены сутками, а продавцы видят неудачные отправки в настройках магазина.</translation>
    </message>
    <message>
        <source>Persistence settings to get right; a new failover drill.</source>
        <translation>Настройки хранения на диске, которые надо выставить верно; новые учения по переключению.</translation>
    </message>
    <message>
        <source>One more table on the orders database.</source>
        <translation>Ещё одна таблица в базе заказов.</translation>
    </message>
    <message>
        <source>Launch of the payments service</source>
        <translation>Запуск сервиса платежей</translation>
    </message>
    <message>
        <source>The payments service times out under load</source>
        <translation>Сервис платежей не успевает ответить под нагрузкой</translation>
    </message>
    <message>
        <source>Load shedding switch for saved-card checks; checkout retries once</source>
        <translation>Переключатель сброса нагрузки для проверок сохранённых карт; checkout повторяет один раз</translation>
    </message>
    <message>
        <source>Refunds are sent twice</source>
        <translation>Возвраты отправляются дважды</translation>
    </message>
    <message>
        <source>Idempotency key per refund; nightly reconciliation</source>
        <translation>Ключ идемпотентности на каждый возврат; ночная сверка</translation>
    </message>
    <message>
        <source>The card provider's test system differs from production</source>
        <translation>Тестовая среда провайдера карт отличается от боевой</translation>
    </message>
    <message>
        <source>First 1% of traffic watched by the payments team</source>
        <translation>Первый 1% трафика наблюдает команда платежей</translation>
    </message>
    <message>
        <source>Rolling back needs a database change</source>
        <translation>Откат требует изменения базы данных</translation>
    </message>
    <message>
        <source>Both schemas supported for two weeks</source>
        <translation>Обе схемы поддерживаются две недели</translation>
    </message>
    <message>
        <source>Launch of push notifications</source>
        <translation>Запуск push-уведомлений</translation>
    </message>
    <message>
        <source>The provider throttles our sends</source>
        <translation>Провайдер ограничивает скорость наших отправок</translation>
    </message>
    <message>
        <source>Queue and send at the provider's rate</source>
        <translation>Ставить в очередь и отправлять со скоростью провайдера</translation>
    </message>
    <message>
        <source>Duplicate pushes after a retry</source>
        <translation>Повторные push-уведомления после повтора запроса</translation>
    </message>
    <message>
        <source>Idempotency key on every message</source>
        <translation>Ключ идемпотентности в каждом сообщении</translation>
    </message>
    <message>
        <source>Device tokens expire in bulk after an app update</source>
        <translation>Токены устройств массово истекают после обновления приложения</translation>
    </message>
    <message>
        <source>Refresh tokens when the app starts</source>
        <translation>Обновлять токены при запуске приложения</translation>
    </message>
    <message>
        <source>Launch of edge-cached search</source>
        <translation>Запуск поиска с кэшем на периметре</translation>
    </message>
    <message>
        <source>Removed listings stay in cached results</source>
        <translation>Удалённые объявления остаются в кэшированных результатах</translation>
    </message>
    <message>
        <source>Purge a listing's cached searches when it is removed</source>
        <translation>Очищать кэшированные поиски объявления при его удалении</translation>
    </message>
    <message>
        <source>Every search reaches the cluster at once after the cache is cleared</source>
        <translation>После очистки кэша все поиски разом приходят в кластер</translation>
    </message>
    <message>
        <source>Request coalescing at the edge</source>
        <translation>Объединение одинаковых запросов на периметре</translation>
    </message>
    <message>
        <source>The edge provider has an outage</source>
        <translation>Сбой у провайдера периметра</translation>
    </message>
    <message>
        <source>DNS switch back to the origin</source>
        <translation>Переключение DNS обратно на источник</translation>
    </message>
    <message>
        <source>Launch of one-page checkout</source>
        <translation>Запуск одностраничного checkout</translation>
    </message>
    <message>
        <source>The address validation service is slow</source>
        <translation>Сервис проверки адресов работает медленно</translation>
    </message>
    <message>
        <source>Accept unvalidated addresses after two seconds</source>
        <translation>Принимать непроверенные адреса через две секунды</translation>
    </message>
    <message>
        <source>Tax totals differ from the old checkout</source>
        <translation>Суммы налогов расходятся со старым checkout</translation>
    </message>
    <message>
        <source>Both checkouts compute every order for a week and compare</source>
        <translation>Оба checkout считают каждый заказ в течение недели, результаты сравниваются</translation>
    </message>
    <message>
        <source>Carts are lost during the switch</source>
        <translation>Корзины теряются при переключении</translation>
    </message>
    <message>
        <source>Carts stay in the database</source>
        <translation>Корзины остаются в базе данных</translation>
    </message>
    <message>
        <source>Launch of version 3 of the mobile API</source>
        <translation>Запуск версии 3 мобильного API</translation>
    </message>
    <message>
        <source>Old app versions call removed endpoints</source>
        <translation>Старые версии приложения вызывают удалённые методы</translation>
    </message>
    <message>
        <source>Compatibility shim for the removed endpoints, ready to deploy</source>
        <translation>Слой совместимости для удалённых методов, готовый к выкладке</translation>
    </message>
    <message>
        <source>The login rate limit blocks shared office networks</source>
        <translation>Ограничение частоты входа блокирует общие офисные сети</translation>
    </message>
    <message>
        <source>Raise the limit per network on request</source>
        <translation>Поднимать лимит для сети по запросу</translation>
    </message>
    <message>
        <source>Responses grow past the mobile size budget</source>
        <translation>Ответы выходят за бюджет размера для мобильных</translation>
    </message>
    <message>
        <source>Size checked in the API's tests</source>
        <translation>Размер проверяется в тестах API</translation>
    </message>
    <message>
        <source>Readiness for the holiday sale</source>
        <translation>Готовность к праздничной распродаже</translation>
    </message>
    <message>
        <source>Traffic at five times a normal day</source>
        <translation>Трафик в пять раз выше обычного дня</translation>
    </message>
    <message>
        <source>Extra hosts from the day before; static pages for the sale</source>
        <translation>Дополнительные хосты с предыдущего дня; статические страницы для распродажи</translation>
    </message>
    <message>
        <source>The card provider slows down during the sale</source>
        <translation>Провайдер карт замедляется во время распродажи</translation>
    </message>
    <message>
        <source>Switch new payments to the second provider, rehearsed</source>
        <translation>Переключать новые платежи на второго провайдера, отрепетировано</translation>
    </message>
    <message>
        <source>Order confirmation emails are delayed</source>
        <translation>Письма с подтверждением заказа задерживаются</translation>
    </message>
    <message>
        <source>The order page shows the confirmation too</source>
        <translation>Страница заказа тоже показывает подтверждение</translation>
    </message>
    <message>
        <source>The Support queue overflows</source>
        <translation>Очередь поддержки переполняется</translation>
    </message>
    <message>
        <source>Macros ready; two more people on shift</source>
        <translation>Шаблоны ответов готовы; ещё два человека на смене</translation>
    </message>
    <message>
        <source>Carts emptied by a session store restart</source>
        <translation>Корзины очищены перезапуском хранилища сессий</translation>
    </message>
    <message>
        <source>Restarting the session store during the monthly maintenance signed every buyer out and emptied their carts.</source>
        <translation>Перезапуск хранилища сессий во время ежемесячного обслуживания разлогинил всех покупателей и очистил их корзины.</translation>
    </message>
    <message>
        <source>For 25 minutes buyers saw an empty cart and had to sign in again; about 1,200 carts were lost.</source>
        <translation>25 минут покупатели видели пустую корзину и входили заново; потеряно около 1 200 корзин.</translation>
    </message>
    <message>
        <source>Support saw the pattern in the tickets within minutes and told #ops at once.</source>
        <translation>Поддержка за несколько минут увидела закономерность в обращениях и сразу сообщила в #ops.</translation>
    </message>
    <message>
        <source>It happened early in the morning, a quiet hour for orders.</source>
        <translation>Это случилось рано утром, в тихий для заказов час.</translation>
    </message>
    <message>
        <source>The session store is restarted for the monthly maintenance</source>
        <translation>Хранилище сессий перезапускается для ежемесячного обслуживания</translation>
    </message>
    <message>
        <source>Support reports a wave of tickets about empty carts</source>
        <translation>Поддержка сообщает о волне обращений о пустых корзинах</translation>
    </message>
    <message>
        <source>Sessions are restored from the morning's snapshot</source>
        <translation>Сессии восстанавливаются из утреннего снимка</translation>
    </message>
    <message>
        <source>The maintenance runbook does not say that carts live only in the session store</source>
        <translation>В регламенте обслуживания не сказано, что корзины хранятся только в хранилище сессий</translation>
    </message>
    <message>
        <source>No alert watches the number of active sessions</source>
        <translation>Ни один алерт не следит за числом активных сессий</translation>
    </message>
    <message>
        <source>Keep carts in the database as well as in the session</source>
        <translation>Хранить корзины в базе данных, а не только в сессии</translation>
    </message>
    <message>
        <source>Alert when active sessions halve within five minutes</source>
        <translation>Алерт, когда число активных сессий падает вдвое за пять минут</translation>
    </message>
    <message>
        <source>Card payments declined for 48 minutes</source>
        <translation>Карточные платежи отклонялись 48 минут</translation>
    </message>
    <message>
        <source>The client certificate for the card provider expired; every card payment was declined until a new one was installed.</source>
        <translation>Истёк клиентский сертификат для провайдера карт; каждый карточный платёж отклонялся, пока не установили новый.</translation>
    </message>
    <message>
        <source>No card payments for 48 minutes at the evening peak; about 3,000 orders were not placed.</source>
        <translation>48 минут без карточных платежей в вечерний пик; около 3 000 заказов не оформлено.</translation>
    </message>
    <message>
        <source>A maintenance notice went up at checkout within ten minutes, so buyers knew to come back.</source>
        <translation>Уже через десять минут в checkout появилось объявление о техработах, и покупатели знали, что можно вернуться позже.</translation>
    </message>
    <message>
        <source>The provider's support line answered at once and confirmed the expiry.</source>
        <translation>Поддержка провайдера ответила сразу и подтвердила истечение сертификата.</translation>
    </message>
    <message>
        <source>Card authorisations drop to zero</source>
        <translation>Авторизации карт падают до нуля</translation>
    </message>
    <message>
        <source>The provider's handshake log shows an expired certificate</source>
        <translation>Журнал рукопожатий провайдера показывает истёкший сертификат</translation>
    </message>
    <message>
        <source>A new certificate is installed and payments resume</source>
        <translation>Установлен новый сертификат, платежи возобновляются</translation>
    </message>
    <message>
        <source>Certificate renewals were tracked in one person's calendar</source>
        <translation>Продления сертификатов отмечались в календаре одного человека</translation>
    </message>
    <message>
        <source>The alert on authorisations fires only once they reach zero</source>
        <translation>Алерт по авторизациям срабатывает, только когда они доходят до нуля</translation>
    </message>
    <message>
        <source>Warn 30 days before any certificate expires</source>
        <translation>Предупреждать за 30 дней до истечения любого сертификата</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>Продлевать сертификаты автоматически</translation>
    </message>
    <message>
        <source>Alert when authorisations fall by a quarter</source>
        <translation>Алерт, когда авторизации падают на четверть</translation>
    </message>
    <message>
        <source>Search suggestions empty for an hour</source>
        <translation>Подсказки поиска пустовали час</translation>
    </message>
    <message>
        <source>A deploy of the suggestion service shipped an empty dictionary; suggestions stopped while search itself kept working.</source>
        <translation>Выкладка сервиса подсказок привезла пустой словарь; подсказки пропали, а сам поиск продолжал работать.</translation>
    </message>
    <message>
        <source>For 70 minutes search offered no suggestions; searches per visit fell by 8%.</source>
        <translation>70 минут поиск не предлагал подсказок; число поисков за визит упало на 8%.</translation>
    </message>
    <message>
        <source>Rolling back took four minutes once the deploy was found.</source>
        <translation>Откат занял четыре минуты после того, как нашли выкладку.</translation>
    </message>
    <message>
        <source>The dictionary build had kept the previous version, so nothing needed rebuilding.</source>
        <translation>Сборка словаря сохранила предыдущую версию, так что ничего не пришлось пересобирать.</translation>
    </message>
    <message>
        <source>Suggestion service 4.2 is deployed</source>
        <translation>Выложен сервис подсказок 4.2</translation>
    </message>
    <message>
        <source>Priya notices that search suggestions are empty</source>
        <translation>Прия замечает, что подсказки поиска пусты</translation>
    </message>
    <message>
        <source>The deploy is rolled back; suggestions return</source>
        <translation>Выкладка откатывается; подсказки возвращаются</translation>
    </message>
    <message>
        <source>The deploy checks pass with an empty dictionary: none of them looks at its size</source>
        <translation>Проверки выкладки проходят с пустым словарём: ни одна не смотрит на его размер</translation>
    </message>
    <message>
        <source>Suggestions per search are graphed but not alerted on</source>
        <translation>Подсказки на поиск есть на графике, но без алерта</translation>
    </message>
    <message>
        <source>Refuse to deploy a dictionary under half the size of the previous one</source>
        <translation>Не выкладывать словарь меньше половины предыдущего</translation>
    </message>
    <message>
        <source>Alert when suggestions per search fall below one</source>
        <translation>Алерт, когда подсказок на поиск меньше одной</translation>
    </message>
    <message>
        <source>Payments slow at the month-end peak</source>
        <translation>Медленные платежи в пик конца месяца</translation>
    </message>
    <message>
        <source>At the month-end peak the payments service ran out of database connections; payments took up to 30 seconds.</source>
        <translation>В пик конца месяца у сервиса платежей закончились соединения с базой; платежи шли до 30 секунд.</translation>
    </message>
    <message>
        <source>For 35 minutes one payment in five timed out; most buyers retried.</source>
        <translation>35 минут каждый пятый платёж не укладывался в тайм-аут; большинство покупателей повторили попытку.</translation>
    </message>
    <message>
        <source>The load-shedding switch planned at the launch review was used within minutes.</source>
        <translation>Переключатель сброса нагрузки, запланированный на обзоре запуска, включили за считаные минуты.</translation>
    </message>
    <message>
        <source>The peak fell on a weekday, with the payments team in the office.</source>
        <translation>Пик пришёлся на будний день, когда команда платежей была в офисе.</translation>
    </message>
    <message>
        <source>Payment latency above five seconds</source>
        <translation>Задержка платежей больше пяти секунд</translation>
    </message>
    <message>
        <source>Dana turns on load shedding for saved-card checks</source>
        <translation>Дана включает сброс нагрузки для проверок сохранённых карт</translation>
    </message>
    <message>
        <source>The service's connection pool is capped at 20 per host</source>
        <translation>Пул соединений сервиса ограничен 20 на хост</translation>
    </message>
    <message>
        <source>The connection pool was sized for the launch traffic, not for the month-end peak</source>
        <translation>Пул соединений был рассчитан на трафик запуска, а не на пик конца месяца</translation>
    </message>
    <message>
        <source>The pool size is set in code, so raising it needs a deploy</source>
        <translation>Размер пула задан в коде, поэтому для увеличения нужна выкладка</translation>
    </message>
    <message>
        <source>Size the connection pool from the load test and make it a setting</source>
        <translation>Рассчитать пул соединений по нагрузочному тесту и вынести в настройки</translation>
    </message>
    <message>
        <source>Load test at the month-end peak every quarter</source>
        <translation>Нагрузочный тест на пике конца месяца каждый квартал</translation>
    </message>
    <message>
        <source>Repeated push notifications after slow responses</source>
        <translation>Повторные push-уведомления после медленных ответов</translation>
    </message>
    <message>
        <source>Slow responses from the push provider made the workers retry, and buyers received the same notification up to five times.</source>
        <translation>Медленные ответы push-провайдера заставляли воркеры повторять отправку, и покупатели получали одно и то же уведомление до пяти раз.</translation>
    </message>
    <message>
        <source>About 40,000 buyers got repeated order updates for an hour; 300 turned notifications off.</source>
        <translation>Около 40 000 покупателей час получали повторные обновления заказов; 300 отключили уведомления.</translation>
    </message>
    <message>
        <source>Turning retries off stopped the repeats within a minute.</source>
        <translation>Отключение повторов остановило дубли за минуту.</translation>
    </message>
    <message>
        <source>The repeated messages were order updates, not marketing.</source>
        <translation>Повторялись обновления заказов, а не реклама.</translation>
    </message>
    <message>
        <source>The push provider's response time reaches eight seconds</source>
        <translation>Время ответа push-провайдера доходит до восьми секунд</translation>
    </message>
    <message>
        <source>Support forwards screenshots of repeated notifications</source>
        <translation>Поддержка пересылает снимки экрана с повторными уведомлениями</translation>
    </message>
    <message>
        <source>Retries are turned off until the provider recovers</source>
        <translation>Повторы отключены, пока провайдер не восстановится</translation>
    </message>
    <message>
        <source>The provider slowed down without returning errors</source>
        <translation>Провайдер замедлился, не возвращая ошибок</translation>
    </message>
    <message>
        <source>Workers retry after a timeout even when the provider has accepted the message</source>
        <translation>Воркеры повторяют отправку после тайм-аута, даже если провайдер уже принял сообщение</translation>
    </message>
    <message>
        <source>Send an idempotency key with every push</source>
        <translation>Отправлять ключ идемпотентности с каждым push-уведомлением</translation>
    </message>
    <message>
        <source>Show the provider's response times on the notifications dashboard</source>
        <translation>Показать время ответа провайдера на панели уведомлений</translation>
    </message>
    <message>
        <source>Near miss: the mobile API's certificate renewed a day before expiry</source>
        <translation>Почти инцидент: сертификат мобильного API продлён за день до истечения</translation>
    </message>
    <message>
        <source>The new expiry warning flagged the mobile API's certificate; it was renewed a day before it expired.</source>
        <translation>Новое предупреждение об истечении отметило сертификат мобильного API; его продлили за день до истечения.</translation>
    </message>
    <message>
        <source>None for users.</source>
        <translation>Для пользователей — никакого.</translation>
    </message>
    <message>
        <source>The warning added after the card payments incident caught it.</source>
        <translation>Сработало предупреждение, добавленное после инцидента с карточными платежами.</translation>
    </message>
    <message>
        <source>The one person who knew the renewal steps was not on holiday.</source>
        <translation>Единственный человек, знавший шаги продления, был не в отпуске.</translation>
    </message>
    <message>
        <source>Certificate expiry warning for the mobile API</source>
        <translation>Предупреждение об истечении сертификата мобильного API</translation>
    </message>
    <message>
        <source>Ana renews the certificate</source>
        <translation>Ана продлевает сертификат</translation>
    </message>
    <message>
        <source>Every host serves the new certificate</source>
        <translation>Все хосты отдают новый сертификат</translation>
    </message>
    <message>
        <source>The mobile API's certificate is renewed by hand, outside the payments team's process</source>
        <translation>Сертификат мобильного API продлевается вручную, вне процесса команды платежей</translation>
    </message>
    <message>
        <source>Renew all certificates automatically</source>
        <translation>Продлевать все сертификаты автоматически</translation>
    </message>
    <message>
        <source>Search slow after the edge cache was cleared</source>
        <translation>Медленный поиск после очистки кэша на периметре</translation>
    </message>
    <message>
        <source>A deploy cleared the whole edge cache and every search went to the search cluster at once; searches took up to 12 seconds.</source>
        <translation>Выкладка очистила весь кэш на периметре, и все поиски разом пошли в поисковый кластер; поиск занимал до 12 секунд.</translation>
    </message>
    <message>
        <source>For 22 minutes most searches were slow and one in ten did not return.</source>
        <translation>22 минуты большинство поисков шли медленно, а каждый десятый не возвращал ответа.</translation>
    </message>
    <message>
        <source>Request coalescing, the mitigation listed at the launch review, was on within minutes.</source>
        <translation>Объединение запросов, мера из обзора запуска, было включено за считаные минуты.</translation>
    </message>
    <message>
        <source>The cache was cleared at a quiet hour.</source>
        <translation>Кэш очистили в тихий час.</translation>
    </message>
    <message>
        <source>The search deploy clears the edge cache</source>
        <translation>Выкладка поиска очищает кэш на периметре</translation>
    </message>
    <message>
        <source>Search latency above five seconds</source>
        <translation>Задержка поиска больше пяти секунд</translation>
    </message>
    <message>
        <source>Request coalescing is turned on at the edge; latency falls</source>
        <translation>На периметре включается объединение запросов; задержка падает</translation>
    </message>
    <message>
        <source>The search deploy clears the whole edge cache rather than the changed pages</source>
        <translation>Выкладка поиска очищает весь кэш на периметре, а не изменённые страницы</translation>
    </message>
    <message>
        <source>The search cluster can take a third of the uncached traffic</source>
        <translation>Поисковый кластер выдерживает треть некэшированного трафика</translation>
    </message>
    <message>
        <source>Clear only the changed pages on deploy</source>
        <translation>При выкладке очищать только изменённые страницы</translation>
    </message>
    <message>
        <source>Keep request coalescing on by default</source>
        <translation>Держать объединение запросов включённым по умолчанию</translation>
    </message>
    <message>
        <source>Discount codes refused after a settings change</source>
        <translation>Коды скидок отклонялись после изменения настроек</translation>
    </message>
    <message>
        <source>A change to the promotion settings moved every discount code's end date into the past; checkout refused the codes.</source>
        <translation>Изменение настроек акций сдвинуло дату окончания каждого кода скидки в прошлое; checkout отклонял коды.</translation>
    </message>
    <message>
        <source>For 50 minutes buyers could not use discount codes; Support refunded 180 discounts.</source>
        <translation>50 минут покупатели не могли применить коды скидок; поддержка вернула 180 скидок.</translation>
    </message>
    <message>
        <source>The change was found in the audit log ten minutes after the first ticket.</source>
        <translation>Изменение нашли в журнале аудита через десять минут после первого обращения.</translation>
    </message>
    <message>
        <source>No campaign email had gone out that day.</source>
        <translation>В тот день не было рассылки по кампании.</translation>
    </message>
    <message>
        <source>Promotion settings are updated with the new time zone</source>
        <translation>Настройки акций обновлены с новым часовым поясом</translation>
    </message>
    <message>
        <source>Support reports discount codes refused at checkout</source>
        <translation>Поддержка сообщает, что checkout отклоняет коды скидок</translation>
    </message>
    <message>
        <source>The previous settings are restored</source>
        <translation>Прежние настройки восстановлены</translation>
    </message>
    <message>
        <source>End dates are stored without a time zone, and the change read them as UTC</source>
        <translation>Даты окончания хранятся без часового пояса, и изменение прочитало их как UTC</translation>
    </message>
    <message>
        <source>How end dates are read was known only to the team that built promotions</source>
        <translation>Как читаются даты окончания, знала только команда, сделавшая акции</translation>
    </message>
    <message>
        <source>Support heard of the problem from buyers before anyone else</source>
        <translation>Поддержка узнала о проблеме от покупателей раньше всех</translation>
    </message>
    <message>
        <source>Store end dates with their time zone</source>
        <translation>Хранить даты окончания с часовым поясом</translation>
    </message>
    <message>
        <source>Preview which codes a settings change ends</source>
        <translation>Предпросмотр кодов, которые завершит изменение настроек</translation>
    </message>
    <message>
        <source>One-page checkout down for 20 minutes</source>
        <translation>Одностраничный checkout не работал 20 минут</translation>
    </message>
    <message>
        <source>The address validation service stopped answering; checkout waited on it and every order timed out.</source>
        <translation>Сервис проверки адресов перестал отвечать; checkout ждал его, и каждый заказ завершался по тайм-ауту.</translation>
    </message>
    <message>
        <source>No orders for 20 minutes at midday; about 2,500 orders were not placed.</source>
        <translation>20 минут без заказов в полдень; около 2 500 заказов не оформлено.</translation>
    </message>
    <message>
        <source>Five people joined the call within five minutes and agreed on roles at once.</source>
        <translation>Пять человек подключились к созвону за пять минут и сразу договорились о ролях.</translation>
    </message>
    <message>
        <source>The validation provider recovered shortly after.</source>
        <translation>Провайдер проверки вскоре восстановился.</translation>
    </message>
    <message>
        <source>Checkout error rate above 50%</source>
        <translation>Доля ошибок checkout выше 50%</translation>
    </message>
    <message>
        <source>Checkout requests wait 30 seconds on address validation</source>
        <translation>Запросы checkout ждут проверки адреса 30 секунд</translation>
    </message>
    <message>
        <source>Address validation is switched off; orders go through</source>
        <translation>Проверка адресов отключена; заказы проходят</translation>
    </message>
    <message>
        <source>Checkout waited on address validation with no timeout of its own</source>
        <translation>Checkout ждал проверки адресов без собственного тайм-аута</translation>
    </message>
    <message>
        <source>The fallback planned at the launch review could only be turned on by a deploy</source>
        <translation>Запасной вариант из обзора запуска включался только выкладкой</translation>
    </message>
    <message>
        <source>Give address validation a two-second timeout with a fallback</source>
        <translation>Дать проверке адресов тайм-аут в две секунды с запасным вариантом</translation>
    </message>
    <message>
        <source>Make the validation fallback a config flag</source>
        <translation>Сделать запасной вариант проверки флагом конфигурации</translation>
    </message>
    <message>
        <source>Near miss: refund job paused by a full disk</source>
        <translation>Почти инцидент: задание возвратов остановлено заполненным диском</translation>
    </message>
    <message>
        <source>The nightly refund job stopped when its host's disk filled with logs; it was restarted before any refund was late.</source>
        <translation>Ночное задание возвратов остановилось, когда диск его хоста заполнился логами; его перезапустили до того, как какой-либо возврат опоздал.</translation>
    </message>
    <message>
        <source>None for buyers; refunds ran three hours later than usual, within the promised day.</source>
        <translation>Для покупателей — никакого; возвраты прошли на три часа позже обычного, в пределах обещанного дня.</translation>
    </message>
    <message>
        <source>The job's own check reported that it had not finished.</source>
        <translation>Собственная проверка задания сообщила, что оно не завершилось.</translation>
    </message>
    <message>
        <source>The disk filled on a night with few refunds.</source>
        <translation>Диск заполнился в ночь с небольшим числом возвратов.</translation>
    </message>
    <message>
        <source>The refund job stops writing progress</source>
        <translation>Задание возвратов перестаёт записывать прогресс</translation>
    </message>
    <message>
        <source>The refund job has not finished on schedule</source>
        <translation>Задание возвратов не завершилось по расписанию</translation>
    </message>
    <message>
        <source>Old logs are removed and the job restarted</source>
        <translation>Старые логи удалены, задание перезапущено</translation>
    </message>
    <message>
        <source>Debug logging from a test run stayed on and filled the disk in a week</source>
        <translation>Отладочное логирование после тестового прогона осталось включённым и заполнило диск за неделю</translation>
    </message>
    <message>
        <source>Rotate the refund host's logs daily</source>
        <translation>Ротировать логи хоста возвратов ежедневно</translation>
    </message>
    <message>
        <source>Alert at 80% disk use on every job host</source>
        <translation>Алерт при заполнении диска на 80% на каждом хосте заданий</translation>
    </message>
    <message>
        <source>Older app versions showed no orders</source>
        <translation>Старые версии приложения не показывали заказы</translation>
    </message>
    <message>
        <source>Version 3 of the mobile API removed an endpoint that app versions older than six months still called.</source>
        <translation>Версия 3 мобильного API убрала метод, который ещё вызывали версии приложения старше полугода.</translation>
    </message>
    <message>
        <source>For two days about 9% of app users saw an empty order list.</source>
        <translation>Два дня около 9% пользователей приложения видели пустой список заказов.</translation>
    </message>
    <message>
        <source>The compatibility shim planned at the launch review was ready and went out within the hour.</source>
        <translation>Слой совместимости, запланированный на обзоре запуска, был готов и выкачен в течение часа.</translation>
    </message>
    <message>
        <source>Most of the people affected also use the website, where their orders showed.</source>
        <translation>Большинство затронутых пользуются и сайтом, где их заказы отображались.</translation>
    </message>
    <message>
        <source>Version 3 of the mobile API is rolled out to everyone</source>
        <translation>Версия 3 мобильного API выкатывается на всех</translation>
    </message>
    <message>
        <source>Support links a rise in app reviews about missing orders to version 3</source>
        <translation>Поддержка связывает рост отзывов о пропавших заказах с версией 3</translation>
    </message>
    <message>
        <source>The compatibility shim for the old endpoint is deployed</source>
        <translation>Выкладывается слой совместимости для старого метода</translation>
    </message>
    <message>
        <source>Errors by app version are on no dashboard, so the rise was spread thin</source>
        <translation>Ошибок по версиям приложения нет ни на одной панели, поэтому рост был размазан</translation>
    </message>
    <message>
        <source>The launch checklist counts users by app version but not by endpoint</source>
        <translation>Чек-лист запуска считает пользователей по версиям приложения, но не по методам</translation>
    </message>
    <message>
        <source>Graph API errors by app version</source>
        <translation>Построить график ошибок API по версиям приложения</translation>
    </message>
    <message>
        <source>Keep removed endpoints answering until their traffic is under 1%</source>
        <translation>Оставлять удалённые методы отвечающими, пока их трафик не упадёт ниже 1%</translation>
    </message>
    <message>
        <source>Removed listings kept showing in search</source>
        <translation>Удалённые объявления продолжали показываться в поиске</translation>
    </message>
    <message>
        <source>Listings removed by their sellers stayed in cached search results for up to six hours.</source>
        <translation>Объявления, удалённые продавцами, оставались в кэшированных результатах поиска до шести часов.</translation>
    </message>
    <message>
        <source>About 600 searches a day showed a listing that could no longer be bought; 35 tickets.</source>
        <translation>Около 600 поисков в день показывали объявление, которое уже нельзя купить; 35 обращений.</translation>
    </message>
    <message>
        <source>Support had a macro ready from the launch review's on-site messaging.</source>
        <translation>У поддержки был готов шаблон из сообщений для площадки, подготовленных к обзору запуска.</translation>
    </message>
    <message>
        <source>None of the listings had been removed for legal reasons.</source>
        <translation>Ни одно из объявлений не было удалено по юридическим причинам.</translation>
    </message>
    <message>
        <source>The cache lifetime of search results is raised to six hours</source>
        <translation>Время жизни кэша результатов поиска увеличено до шести часов</translation>
    </message>
    <message>
        <source>Support reports buyers finding removed listings</source>
        <translation>Поддержка сообщает, что покупатели находят удалённые объявления</translation>
    </message>
    <message>
        <source>Removing a listing now purges its cached searches</source>
        <translation>Удаление объявления теперь очищает его кэшированные поиски</translation>
    </message>
    <message>
        <source>The cache lifetime was raised without a purge on removal</source>
        <translation>Время жизни кэша увеличили без очистки при удалении</translation>
    </message>
    <message>
        <source>Purge cached searches when a listing is removed</source>
        <translation>Очищать кэшированные поиски при удалении объявления</translation>
    </message>
    <message>
        <source>Test removals against the edge cache in staging</source>
        <translation>Проверять удаление на кэше периметра в тестовой среде</translation>
    </message>
    <message>
        <source>Order confirmation emails delayed by two hours</source>
        <translation>Письма с подтверждением заказа задержались на два часа</translation>
    </message>
    <message>
        <source>The email provider queued our messages during an incident of its own; confirmations arrived up to two hours late.</source>
        <translation>Почтовый провайдер во время собственного инцидента держал наши письма в очереди; подтверждения приходили с опозданием до двух часов.</translation>
    </message>
    <message>
        <source>About 18,000 buyers waited for their confirmation; 420 asked Support.</source>
        <translation>Около 18 000 покупателей ждали подтверждения; 420 обратились в поддержку.</translation>
    </message>
    <message>
        <source>The order page already showed the confirmation, as planned at the readiness review.</source>
        <translation>Страница заказа уже показывала подтверждение, как запланировали на обзоре готовности.</translation>
    </message>
    <message>
        <source>Orders themselves were not affected.</source>
        <translation>Сами заказы не пострадали.</translation>
    </message>
    <message>
        <source>The email provider's status page reports delays</source>
        <translation>Страница статуса почтового провайдера сообщает о задержках</translation>
    </message>
    <message>
        <source>Confirmation emails queued for more than ten minutes</source>
        <translation>Письма с подтверждением в очереди дольше десяти минут</translation>
    </message>
    <message>
        <source>Status page: confirmations are delayed, orders are safe</source>
        <translation>Страница статуса: подтверждения задерживаются, заказы в порядке</translation>
    </message>
    <message>
        <source>All email goes through one provider</source>
        <translation>Вся почта идёт через одного провайдера</translation>
    </message>
    <message>
        <source>Support heard of the delay from buyers before the status page said it</source>
        <translation>Поддержка узнала о задержке от покупателей раньше, чем о ней написали на странице статуса</translation>
    </message>
    <message>
        <source>Send confirmations through a second provider when the first one queues</source>
        <translation>Отправлять подтверждения через второго провайдера, когда первый ставит письма в очередь</translation>
    </message>
    <message>
        <source>Post the email provider's incidents to #support automatically</source>
        <translation>Автоматически публиковать инциденты почтового провайдера в #support</translation>
    </message>
    <message>
        <source>Card provider timeouts during the sale</source>
        <translation>Тайм-ауты провайдера карт во время распродажи</translation>
    </message>
    <message>
        <source>The card provider slowed down at the sale's peak; one payment in ten timed out.</source>
        <translation>Провайдер карт замедлился в пик распродажи; каждый десятый платёж завершался по тайм-ауту.</translation>
    </message>
    <message>
        <source>For 40 minutes one card payment in ten did not go through at the first try; most buyers retried.</source>
        <translation>40 минут каждый десятый карточный платёж не проходил с первой попытки; большинство покупателей повторили.</translation>
    </message>
    <message>
        <source>New payments went to the second provider after 15 minutes, as rehearsed.</source>
        <translation>Через 15 минут новые платежи пошли ко второму провайдеру, как отрепетировали.</translation>
    </message>
    <message>
        <source>The provider recovered before the evening peak.</source>
        <translation>Провайдер восстановился до вечернего пика.</translation>
    </message>
    <message>
        <source>Card payment timeouts above 5%</source>
        <translation>Тайм-ауты карточных платежей выше 5%</translation>
    </message>
    <message>
        <source>Dana routes new payments to the second provider</source>
        <translation>Дана направляет новые платежи второму провайдеру</translation>
    </message>
    <message>
        <source>Timeouts back under 0.5%</source>
        <translation>Тайм-ауты снова ниже 0,5%</translation>
    </message>
    <message>
        <source>The card provider's capacity is shared with its other customers' sales</source>
        <translation>Мощности провайдера карт делятся с распродажами других его клиентов</translation>
    </message>
    <message>
        <source>Switching providers is a manual step of the runbook</source>
        <translation>Переключение провайдеров — ручной шаг регламента</translation>
    </message>
    <message>
        <source>Switch providers automatically when timeouts stay above 2%</source>
        <translation>Переключать провайдеров автоматически, когда тайм-ауты держатся выше 2%</translation>
    </message>
    <message>
        <source>Share the sale calendar with the card provider</source>
        <translation>Делиться календарём распродаж с провайдером карт</translation>
    </message>
    <message>
        <source>Near miss: the login rate limit slowed one office's sign-ins</source>
        <translation>Почти инцидент: ограничение частоты входа замедлило входы из одного офиса</translation>
    </message>
    <message>
        <source>Sign-ins from one business customer's office network came close to the login rate limit; it was raised before anyone was locked out.</source>
        <translation>Входы из офисной сети одного корпоративного клиента приблизились к ограничению частоты; его подняли раньше, чем кого-либо заблокировало.</translation>
    </message>
    <message>
        <source>No one was locked out; sign-ins from one office took a few seconds longer.</source>
        <translation>Никого не заблокировало; входы из одного офиса шли на несколько секунд дольше.</translation>
    </message>
    <message>
        <source>The limit per network, planned at the launch review, was raised in minutes.</source>
        <translation>Лимит для сети, запланированный на обзоре запуска, подняли за считаные минуты.</translation>
    </message>
    <message>
        <source>The customer told Support before the limit was reached.</source>
        <translation>Клиент написал в поддержку раньше, чем лимит был достигнут.</translation>
    </message>
    <message>
        <source>Sign-ins from one address come close to the rate limit</source>
        <translation>Входы с одного адреса приближаются к ограничению частоты</translation>
    </message>
    <message>
        <source>A business customer asks why signing in is slow</source>
        <translation>Корпоративный клиент спрашивает, почему вход идёт медленно</translation>
    </message>
    <message>
        <source>The limit for that network is raised</source>
        <translation>Лимит для этой сети поднят</translation>
    </message>
    <message>
        <source>The rate limit counts by address, and an office shares one</source>
        <translation>Ограничение считает по адресу, а офис делит один адрес</translation>
    </message>
    <message>
        <source>Count sign-in attempts by account as well as by address</source>
        <translation>Считать попытки входа и по учётной записи, и по адресу</translation>
    </message>
</context>
<context>
    <name>Inflection::Departure</name>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>затраты</translation>
    </message>
    <message>
        <source>trade-offs</source>
        <translation>компромиссы</translation>
    </message>
    <message>
        <source>what it prohibits later</source>
        <translation>что это исключит в будущем</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Database system</source>
        <translation>Система баз данных</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>Inflection::DepartureModel</name>
    <message>
        <source>Add departure</source>
        <translation>Добавить отступление</translation>
    </message>
    <message>
        <source>Delete departure</source>
        <translation>Удалить отступление</translation>
    </message>
    <message>
        <source>Move departure</source>
        <translation>Переместить отступление</translation>
    </message>
    <message>
        <source>the departure “%1”</source>
        <translation>отступление «%1»</translation>
    </message>
    <message>
        <source>New technology: not among the workspace's known technologies</source>
        <translation>Новая технология: её нет среди известных технологий рабочего пространства</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Technology or pattern</source>
        <translation>Технология или шаблон</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Компромиссы</translation>
    </message>
    <message>
        <source>What it prohibits later</source>
        <translation>Что это исключит в будущем</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n departures</source>
        <translation>
            <numerusform>Удалить %n отступление</numerusform>
            <numerusform>Удалить %n отступления</numerusform>
            <numerusform>Удалить %n отступлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents that involved this departure (double-click opens the postmortem):
%1</source>
        <translation>Инциденты, в которых участвовало это отступление (двойной щелчок открывает постмортем):
%1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>On hold: the radar puts “%1” in the ring Hold</source>
        <translation>Отложена: радар помещает «%1» в кольцо «Отложить»</translation>
    </message>
    <message>
        <source>A known technology: “%1” in the ring %2</source>
        <translation>Известная технология: «%1» в кольце «%2»</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>отложена</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Радар</translation>
    </message>
</context>
<context>
    <name>Inflection::Discussion</name>
    <message>
        <source>Think back to what you knew at the time, why did that action make sense to you at the time?</source>
        <translation>Вспомните, что вы знали в тот момент: почему это действие тогда казалось вам разумным?</translation>
    </message>
    <message>
        <source>Did we clean up anything after we were stable, how long did it take?</source>
        <translation>Убирали ли мы что-нибудь после стабилизации и сколько это заняло?</translation>
    </message>
    <message>
        <source>Was there any troubleshooting fatigue?</source>
        <translation>Была ли усталость от поиска неисправностей?</translation>
    </message>
    <message>
        <source>Did we do a good job with communication (site status, support, forums, etc.)?</source>
        <translation>Хорошо ли мы общались (статус сайта, поддержка, форумы и т. д.)?</translation>
    </message>
    <message>
        <source>Were all tools on hand and working, ready to use when we needed them during the issue? Were there tools we would have liked to have?</source>
        <translation>Были ли все инструменты под рукой, работали ли они и были ли готовы, когда понадобились во время проблемы? Каких инструментов нам не хватало?</translation>
    </message>
    <message>
        <source>Did we have enough metrics visibility to diagnose the issue?</source>
        <translation>Хватало ли нам видимости метрик, чтобы диагностировать проблему?</translation>
    </message>
    <message>
        <source>Was there collaborative and thoughtful communication during the issue?</source>
        <translation>Было ли во время проблемы совместное и вдумчивое общение?</translation>
    </message>
</context>
<context>
    <name>Inflection::DismissFindingCommand</name>
    <message>
        <source>Dismiss “%1”</source>
        <translation>Скрыть «%1»</translation>
    </message>
</context>
<context>
    <name>Inflection::Duration</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
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
        <translation>Ревью Inflection (*.json)</translation>
    </message>
</context>
<context>
    <name>Inflection::FactorCategory</name>
    <message>
        <source>Monitoring and detection</source>
        <translation>Мониторинг и обнаружение</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Ёмкость</translation>
    </message>
    <message>
        <source>Change and deployment</source>
        <translation>Изменения и выкатка</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Зависимость</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Knowledge and expertise</source>
        <translation>Знания и опыт</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
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
        <translation>Связать</translation>
    </message>
    <message>
        <source>Not foreseen: no contingency item of an operability review foresaw this incident</source>
        <translation>Не предвидено: ни один риск из ревью готовности к запуску не предвидел этот инцидент</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Связанные пункты</translation>
    </message>
    <message>
        <source>Open its review</source>
        <translation>Открыть его ревью</translation>
    </message>
    <message>
        <source>Open the review the linked item is in (Enter)</source>
        <translation>Открыть ревью, в котором находится связанный пункт (Enter)</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>Remove the selected links (Delete)</source>
        <translation>Убрать выбранные связи (Delete)</translation>
    </message>
    <message>
        <source>Contingency items of operability reviews</source>
        <translation>Риски из ревью готовности к запуску</translation>
    </message>
    <message>
        <source>Departures of architecture reviews</source>
        <translation>Отступления из ревью архитектуры</translation>
    </message>
    <message>
        <source>What to link</source>
        <translation>Что связать</translation>
    </message>
    <message>
        <source>Search all reviews (Enter links the chosen one)</source>
        <translation>Поиск по всем ревью (Enter связывает выбранный пункт)</translation>
    </message>
    <message>
        <source>Search items to link</source>
        <translation>Поиск пунктов для связи</translation>
    </message>
    <message>
        <source>Items to link</source>
        <translation>Пункты для связи</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Was this incident one of the contingency items an operability review foresaw? Link each it was, with whether its mitigation held, and the departures (new technologies) it involved.</source>
        <translation>Был ли этот инцидент одним из рисков, предусмотренных ревью готовности к запуску? Свяжите каждый такой риск, указав, удержали ли меры, а также отступления (новые технологии), которые в нём участвовали.</translation>
    </message>
    <message>
        <source>Linked to this incident:</source>
        <translation>Связано с этим инцидентом:</translation>
    </message>
    <message>
        <source>Find items to link:</source>
        <translation>Найти пункты для связи:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Как:</translation>
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
В «%2». Вероятность: %3, влияние: %4</translation>
    </message>
    <message>
        <source>%1
In “%2”</source>
        <translation>%1
В «%2»</translation>
    </message>
    <message>
        <source>“%1” is linked already.</source>
        <translation>«%1» уже связан.</translation>
    </message>
    <message>
        <source>Link “%1”</source>
        <translation>Связать «%1»</translation>
    </message>
    <message>
        <source>A linked contingency item says this incident was foreseen.</source>
        <translation>Связанный риск говорит, что этот инцидент был предвиден.</translation>
    </message>
    <message>
        <source>Check when none of the operability reviews' contingency items was this incident.</source>
        <translation>Отметьте, если ни один из рисков ревью готовности к запуску не был этим инцидентом.</translation>
    </message>
    <message>
        <source>Recorded as not foreseen, yet a linked contingency item says it was foreseen: clear “Not foreseen” or change the item's verdict.</source>
        <translation>Записано как не предвиденное, но связанный риск говорит, что инцидент был предвиден: снимите «Не предвидено» или измените оценку пункта.</translation>
    </message>
    <message>
        <source>Foreseen: a contingency item linked above was this incident.</source>
        <translation>Предвидено: связанный выше риск и был этим инцидентом.</translation>
    </message>
    <message>
        <source>Recorded as not foreseen.</source>
        <translation>Записано как не предвиденное.</translation>
    </message>
    <message>
        <source>Not recorded yet whether this incident was foreseen.</source>
        <translation>Ещё не записано, был ли этот инцидент предвиден.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Ничего не найдено по «%1».</translation>
    </message>
    <message>
        <source>No operability review has contingency items yet.</source>
        <translation>Ни в одном ревью готовности к запуску пока нет рисков.</translation>
    </message>
    <message>
        <source>No architecture review has departures yet.</source>
        <translation>Ни в одном архитектурном ревью пока нет отступлений.</translation>
    </message>
</context>
<context>
    <name>Inflection::ForesightVerdict</name>
    <message>
        <source>Foreseen, the mitigation worked</source>
        <translation>Предвидено, меры сработали</translation>
    </message>
    <message>
        <source>Foreseen, the mitigation did not hold</source>
        <translation>Предвидено, меры не удержали</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связано</translation>
    </message>
</context>
<context>
    <name>Inflection::FormDelegate</name>
    <message>
        <source>Someone else changed %1 while you were typing. Theirs is shown; yours, not saved: “%2”.</source>
        <extracomment>A form's field (its name) saved by someone else while the user typed; the user's text.</extracomment>
        <translation>Пока вы печатали, кто-то другой изменил поле «%1». Показан их вариант; ваш, не сохранённый: «%2».</translation>
    </message>
</context>
<context>
    <name>Inflection::GeneralQuestions</name>
    <message>
        <source>Do we understand the costs of this departure?</source>
        <translation>Понимаем ли мы, во что обойдётся это отступление?</translation>
    </message>
    <message>
        <source>Have we asked hard questions about trade-offs?</source>
        <translation>Задали ли мы трудные вопросы о компромиссах?</translation>
    </message>
    <message>
        <source>What will this prohibit us from doing in the future?</source>
        <translation>Что это помешает нам делать в будущем?</translation>
    </message>
    <message>
        <source>Are we impacting visibility, measurability, debuggability and other operability concerns?</source>
        <translation>Влияем ли мы на наблюдаемость, измеримость, отлаживаемость и другие аспекты эксплуатации?</translation>
    </message>
    <message>
        <source>Are we impacting testability, security, translatability, performance and other product quality concerns?</source>
        <translation>Влияем ли мы на тестируемость, безопасность, переводимость, производительность и другие аспекты качества продукта?</translation>
    </message>
    <message>
        <source>Does it make sense?</source>
        <translation>Имеет ли это смысл?</translation>
    </message>
</context>
<context>
    <name>Inflection::GridColumns</name>
    <message>
        <source>Fit columns to their content</source>
        <translation>Подогнать столбцы по содержимому</translation>
    </message>
</context>
<context>
    <name>Inflection::HeatmapRenderer</name>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
</context>
<context>
    <name>Inflection::HeatmapWidget</name>
    <message>
        <source>Risk heatmap</source>
        <translation>Тепловая карта рисков</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 (%2), impact %3 (%4): %5 risk, %n item(s)</source>
        <translation>
            <numerusform>Вероятность %1 (%2), влияние %3 (%4): риск %5, %n пункт</numerusform>
            <numerusform>Вероятность %1 (%2), влияние %3 (%4): риск %5, %n пункта</numerusform>
            <numerusform>Вероятность %1 (%2), влияние %3 (%4): риск %5, %n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>The grid shows only this cell's items; press Space to show all.</source>
        <translation>В таблице показаны только пункты этой клетки; Пробел показывает все.</translation>
    </message>
    <message>
        <source>Arrow keys move between cells; Space shows only a cell's items.</source>
        <translation>Стрелки переходят между клетками; Пробел показывает только пункты клетки.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk level of this cell</source>
        <translation>Уровень риска этой клетки</translation>
    </message>
    <message>
        <source>Likelihood %1 (%2), impact %3 (%4): %5 risk, %6</source>
        <translation>Вероятность %1 (%2), влияние %3 (%4): риск %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%1; its items were %n incident(s)</source>
        <extracomment>After a heatmap cell's description: how many incidents its items were.</extracomment>
        <translation>
            <numerusform>%1; её пункты оказались %n инцидентом</numerusform>
            <numerusform>%1; её пункты оказались %n инцидентами</numerusform>
            <numerusform>%1; её пункты оказались %n инцидентами</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between cells; Enter opens what a cell counts.</source>
        <translation>Стрелки переходят между ячейками; Enter открывает то, что посчитано в ячейке.</translation>
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
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>Inflection::Impact</name>
    <message>
        <source>Negligible</source>
        <translation>Ничтожное</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Малое</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Большое</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тяжёлое</translation>
    </message>
</context>
<context>
    <name>Inflection::ImportEventsCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n imported events were changed after the import and were kept.</source>
        <translation>
            <numerusform>%n импортированное событие было изменено после импорта и сохранено.</numerusform>
            <numerusform>%n импортированных события были изменены после импорта и сохранены.</numerusform>
            <numerusform>%n импортированных событий были изменены после импорта и сохранены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentDurations</name>
    <message>
        <source>Detected before it started.</source>
        <translation>Обнаружено до начала.</translation>
    </message>
    <message>
        <source>Resolved before it was detected.</source>
        <translation>Устранено до обнаружения.</translation>
    </message>
    <message>
        <source>Resolved before it started.</source>
        <translation>Устранено до начала.</translation>
    </message>
    <message>
        <source>Mitigated before it was detected.</source>
        <translation>Смягчён раньше, чем обнаружен.</translation>
    </message>
    <message>
        <source>Resolved before it was mitigated.</source>
        <translation>Устранён раньше, чем смягчён.</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentField</name>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>обнаружение</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>устранение</translation>
    </message>
    <message>
        <source>status page time</source>
        <translation>время страницы статуса</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>серьёзность</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>сводка</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>влияние</translation>
    </message>
    <message>
        <source>agreement on the order</source>
        <translation>согласие о порядке</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>смягчение</translation>
    </message>
    <message>
        <source>what went well</source>
        <translation>что прошло хорошо</translation>
    </message>
    <message>
        <source>where we got lucky</source>
        <translation>в чём нам повезло</translation>
    </message>
    <message>
        <source>not foreseen</source>
        <translation>не предвидено</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentLinkField</name>
    <message>
        <source>linked item</source>
        <translation>связанный пункт</translation>
    </message>
    <message>
        <source>kind of linked item</source>
        <translation>вид связанного пункта</translation>
    </message>
    <message>
        <source>foresight</source>
        <translation>предвидение</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentLinkModel</name>
    <message>
        <source>An item no longer in the workspace</source>
        <translation>Пункт, которого больше нет в рабочем пространстве</translation>
    </message>
    <message>
        <source>Departure: %1</source>
        <translation>Отступление: %1</translation>
    </message>
    <message>
        <source>Likelihood: %1, impact: %2</source>
        <extracomment>A contingency item's likelihood and impact, as rated before the launch.</extracomment>
        <translation>Вероятность: %1, влияние: %2</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Затронуто</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n links</source>
        <translation>
            <numerusform>Удалить %n связь</numerusform>
            <numerusform>Удалить %n связи</numerusform>
            <numerusform>Удалить %n связей</numerusform>
        </translation>
    </message>
    <message>
        <source>the link to “%1”</source>
        <translation>связь с «%1»</translation>
    </message>
    <message>
        <source>Link to this incident</source>
        <translation>Связать с этим инцидентом</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Move the link</source>
        <translation>Переместить связь</translation>
    </message>
    <message>
        <source>Foreseen as</source>
        <translation>Предвидено как</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>В ревью</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Did we foresee it?</source>
        <translation>Предвидели ли мы это?</translation>
    </message>
</context>
<context>
    <name>Inflection::IncidentModel</name>
    <message>
        <source>the incident</source>
        <translation>инцидент</translation>
    </message>
</context>
<context>
    <name>Inflection::InsightPanel</name>
    <message>
        <source>%1 (chart)</source>
        <translation>%1 (диаграмма)</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Показать таблицей</translation>
    </message>
    <message>
        <source>Shows the figures of “%1” as a table</source>
        <translation>Показывает цифры «%1» таблицей</translation>
    </message>
</context>
<context>
    <name>Inflection::InsightTableModel</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Без серьёзности</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Время до обнаружения</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Время до смягчения</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Время до устранения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Факторы</translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation>Постмортемы</translation>
    </message>
    <message>
        <source>Remediation items</source>
        <translation>Пункты исправления</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Done within 30 days</source>
        <translation>Выполнено за 30 дней</translation>
    </message>
    <message>
        <source>Done within 60 days</source>
        <translation>Выполнено за 60 дней</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Все пункты</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Oldest open, days</source>
        <translation>Старейший открытый, дней</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Foresight</source>
        <translation>Предвидение</translation>
    </message>
    <message>
        <source>Foreseen, the mitigation worked</source>
        <translation>Предвидено, меры сработали</translation>
    </message>
    <message>
        <source>Foreseen, the mitigation did not hold</source>
        <translation>Предвидено, меры не удержали</translation>
    </message>
    <message>
        <source>Related items only</source>
        <translation>Только связанные пункты</translation>
    </message>
    <message>
        <source>Not foreseen</source>
        <translation>Не предвидено</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remediation idea</source>
        <translation>Идея исправления</translation>
    </message>
    <message>
        <source>New technology</source>
        <translation>Новая технология</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Incidents since</source>
        <translation>Инцидентов после</translation>
    </message>
    <message>
        <source>On its system</source>
        <translation>На её системе</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Связано</translation>
    </message>
</context>
<context>
    <name>Inflection::InsightsPage</name>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Пе&amp;риод:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>С&amp;истема:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Seve&amp;rity:</source>
        <translation>С&amp;ерьёзность:</translation>
    </message>
    <message>
        <source>Incidents by month and severity</source>
        <translation>Инциденты по месяцам и серьёзности</translation>
    </message>
    <message>
        <source>Time to detect, mitigate and resolve</source>
        <translation>Время до обнаружения, смягчения и устранения</translation>
    </message>
    <message>
        <source>Contributing factors by category</source>
        <translation>Способствующие факторы по категориям</translation>
    </message>
    <message>
        <source>Follow-through of remediation items</source>
        <translation>Выполнение пунктов исправления</translation>
    </message>
    <message>
        <source>Open and overdue items by owner</source>
        <translation>Открытые и просроченные пункты по ответственным</translation>
    </message>
    <message>
        <source>Any system</source>
        <translation>Любая система</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Любая серьёзность</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
    <message>
        <source>No postmortem yet: Insights add up what postmortems record.</source>
        <translation>Постмортемов пока нет: выводы складываются из того, что записано в постмортемах.</translation>
    </message>
    <message>
        <source>Postmortems counted: %1</source>
        <translation>Учтено постмортемов: %1</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Постмортем без названия</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No postmortem in this period matches the filters: widen the period or clear a filter.</source>
        <translation>Ни один постмортем за этот период не подходит под фильтры: расширьте период или снимите фильтр.</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
        <source>Print the learning report of the period and filters chosen</source>
        <translation>Напечатать отчёт об уроках за выбранный период с выбранными фильтрами</translation>
    </message>
    <message>
        <source>Save the learning report of the period and filters chosen as a PDF</source>
        <translation>Сохранить отчёт об уроках за выбранный период с выбранными фильтрами в PDF</translation>
    </message>
    <message>
        <source>Save the learning report of the period and filters chosen as Markdown, for a wiki</source>
        <translation>Сохранить отчёт об уроках за выбранный период с выбранными фильтрами в Markdown, для вики</translation>
    </message>
    <message>
        <source>Were the incidents foreseen?</source>
        <translation>Были ли инциденты предвидены?</translation>
    </message>
    <message>
        <source>How the items that happened had been rated</source>
        <translation>Как были оценены случившиеся пункты</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>How the foreseen items had been rated</source>
        <translation>Как были оценены предвиденные пункты</translation>
    </message>
    <message>
        <source>Incidents linked to contingency items as foreseen, by how the items had been rated. Click a cell to open its postmortems.</source>
        <translation>Инциденты, связанные с пунктами плана на случай сбоя как предвиденные, по оценке пунктов. Щелчок по ячейке открывает её постмортемы.</translation>
    </message>
    <message>
        <source>Remediation ideas that recur</source>
        <translation>Повторяющиеся идеи исправлений</translation>
    </message>
    <message>
        <source>New technology and the incidents since</source>
        <translation>Новые технологии и инциденты после них</translation>
    </message>
    <message>
        <source>Learning report</source>
        <translation>Отчёт об уроках</translation>
    </message>
    <message>
        <source>Learning report %1 – %2</source>
        <translation>Отчёт об уроках %1 – %2</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>None for these filters</source>
        <translation>Ничего для этих фильтров</translation>
    </message>
</context>
<context>
    <name>Inflection::IrcTimelineParser</name>
    <message>
        <source>This is not an IRC log: no line has the form of an irssi or WeeChat log.</source>
        <translation>Это не журнал IRC: ни одна строка не похожа на журнал irssi или WeeChat.</translation>
    </message>
</context>
<context>
    <name>Inflection::JsonSchemaValidator</name>
    <message>
        <source>%1 is not of type %2</source>
        <translation>%1 не имеет тип %2</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>должно быть %1, а не %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 не входит в %2</translation>
    </message>
    <message>
        <source>%1 is less than the minimum, %2</source>
        <translation>%1 меньше минимума %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum, %2</source>
        <translation>%1 больше максимума %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>%1 is not in the expected form</source>
        <translation>%1 не в ожидаемом виде</translation>
    </message>
    <message>
        <source>%1 is not a date and time such as 2026-03-03T14:05:00Z</source>
        <translation>%1 — не дата и время вида 2026-03-03T14:05:00Z</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>не является полем этого формата</translation>
    </message>
</context>
<context>
    <name>Inflection::KnownTechnology</name>
    <message>
        <source>Adopt</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Пробовать</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Оценить</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Отложить</translation>
    </message>
</context>
<context>
    <name>Inflection::KnownTechnologyCommand</name>
    <message>
        <source>Mark “%1” as known</source>
        <translation>Отметить «%1» как известную</translation>
    </message>
</context>
<context>
    <name>Inflection::LaunchDecision</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>No go</source>
        <translation>Без запуска</translation>
    </message>
</context>
<context>
    <name>Inflection::LaunchField</name>
    <message>
        <source>go-live time</source>
        <translation>время запуска</translation>
    </message>
    <message>
        <source>who pushes it</source>
        <translation>кто развёртывает</translation>
    </message>
    <message>
        <source>rollout</source>
        <translation>раскатка</translation>
    </message>
    <message>
        <source>communication plan</source>
        <translation>план коммуникации</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>причины</translation>
    </message>
</context>
<context>
    <name>Inflection::LaunchPlanModel</name>
    <message>
        <source>the launch plan</source>
        <translation>план запуска</translation>
    </message>
</context>
<context>
    <name>Inflection::LearningReport</name>
    <message>
        <source>No severity</source>
        <translation>Без серьёзности</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter of a year</comment>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Incidents by month and severity</source>
        <translation>Инциденты по месяцам и серьёзности</translation>
    </message>
    <message>
        <source>No postmortem in this period matches the filters.</source>
        <translation>Ни один постмортем за этот период не подходит под фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>Incidents a month, stacked by severity: %n in all</source>
        <translation>
            <numerusform>Инциденты за месяц по уровням: всего %n</numerusform>
            <numerusform>Инциденты за месяц по уровням: всего %n</numerusform>
            <numerusform>Инциденты за месяц по уровням: всего %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to detect, mitigate and resolve</source>
        <translation>Время до обнаружения, смягчения и устранения</translation>
    </message>
    <message>
        <source>No postmortem counted records when its incident was detected, mitigated or resolved.</source>
        <translation>Ни в одном учтённом постмортеме не записано, когда инцидент был обнаружен, смягчён или устранён.</translation>
    </message>
    <message>
        <source>To detect: from the incident's start to its detection; to mitigate and to resolve: from its detection. Incidents take skewed times, so the median and the 90th percentile, not the mean.</source>
        <translation>До обнаружения — от начала инцидента до его обнаружения; до смягчения и до устранения — от обнаружения. Длительность инцидентов сильно неравномерна, поэтому медиана и 90-й процентиль, а не среднее.</translation>
    </message>
    <message>
        <source>Contributing factors by category</source>
        <translation>Способствующие факторы по категориям</translation>
    </message>
    <message>
        <source>No contributing factor is recorded in the postmortems counted.</source>
        <translation>В учтённых постмортемах не записано ни одного способствующего фактора.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>Factors by the quarter their incident began in, the last six quarters of the period.</source>
        <translation>Факторы по кварталу начала их инцидента, последние шесть кварталов периода.</translation>
    </message>
    <message>
        <source>Factors by the quarter their incident began in.</source>
        <translation>Факторы по кварталу начала их инцидента.</translation>
    </message>
    <message>
        <source>Follow-through of remediation items</source>
        <translation>Выполнение пунктов исправления</translation>
    </message>
    <message>
        <source>The postmortems counted have no remediation items.</source>
        <translation>В учтённых постмортемах нет пунктов исправления.</translation>
    </message>
    <message>
        <source>Done within 30 and 60 days of the incident's start; overdue: open past its due day.</source>
        <translation>Выполнено в течение 30 и 60 дней от начала инцидента; просрочено: не выполнено после срока.</translation>
    </message>
    <message>
        <source>Open and overdue items by owner</source>
        <translation>Открытые и просроченные пункты по ответственным</translation>
    </message>
    <message>
        <source>No remediation item is open.</source>
        <translation>Открытых пунктов исправления нет.</translation>
    </message>
    <message>
        <source>Foresight</source>
        <translation>Предвидение</translation>
    </message>
    <message>
        <source>No postmortem counted records whether a contingency item of an operability review foresaw its incident.</source>
        <translation>Ни в одном учтённом постмортеме не записано, предвидел ли его инцидент риск из ревью готовности к запуску.</translation>
    </message>
    <message>
        <source>How the contingency items that happened had been rated: the cells of the likelihood × impact matrix with an incident.</source>
        <translation>Как были оценены случившиеся риски: ячейки матрицы «вероятность × последствия», где был инцидент.</translation>
    </message>
    <message>
        <source>Remediation ideas that recur</source>
        <translation>Повторяющиеся идеи исправлений</translation>
    </message>
    <message>
        <source>No remediation idea recurs in two or more of the postmortems counted.</source>
        <translation>Ни одна идея исправления не повторяется в двух или более учтённых постмортемах.</translation>
    </message>
    <message>
        <source>Items of different postmortems that say the same thing in other words, with the wording most of them share.</source>
        <translation>Пункты разных постмортемов, говорящие одно и то же другими словами, с формулировкой, общей для большинства из них.</translation>
    </message>
    <message>
        <source>New technology and the incidents since</source>
        <translation>Новые технологии и инциденты с тех пор</translation>
    </message>
    <message>
        <source>No architecture review brought in a technology the workspace does not know.</source>
        <translation>Ни одно ревью архитектуры не ввело технологию, которой нет среди известных в рабочем пространстве.</translation>
    </message>
    <message>
        <source>Departures not among the known technologies, with the incidents of their review's system that began after the review, and those linked to them.</source>
        <translation>Отступления, которых нет среди известных технологий, с инцидентами в системе их ревью, начавшимися после ревью, и связанными с ними.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>По %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3)</source>
        <comment>a quarter of a year, then its days</comment>
        <translation>%1 кв. %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a year, then its days</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Learning report</source>
        <translation>Отчёт об уроках</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>What this report counts</source>
        <translation>Что учитывает этот отчёт</translation>
    </message>
    <message>
        <source>What the workspace's postmortems add up to. A postmortem counts in the period its incident began in.</source>
        <translation>Итоги постмортемов рабочей области. Постмортем учитывается в том периоде, в котором начался его инцидент.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Postmortems counted</source>
        <translation>Учтено постмортемов</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>by %1 on %2 (times in %3)</source>
        <translation>%1, %2 (время в %3)</translation>
    </message>
    <message numerus="yes">
        <source>Each incident once, by what its postmortem records; the shares are of all %n incidents counted.</source>
        <translation>
            <numerusform>Каждый инцидент один раз, по записи его постмортема; доли — от всех %n учтённого инцидента.</numerusform>
            <numerusform>Каждый инцидент один раз, по записи его постмортема; доли — от всех %n учтённых инцидентов.</numerusform>
            <numerusform>Каждый инцидент один раз, по записи его постмортема; доли — от всех %n учтённых инцидентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the incidents marked either foreseen or not foreseen had been foreseen by a contingency item (%2 of %3); those linked to related items only are not in this share.</source>
        <translation>%1 инцидентов, отмеченных как предвиденные или непредвиденные, были предусмотрены риском из контрольного списка (%2 из %3); связанные только со смежными рисками в эту долю не входят.</translation>
    </message>
</context>
<context>
    <name>Inflection::Likelihood</name>
    <message>
        <source>Rare</source>
        <translation>Редко</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Маловероятно</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Возможно</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Почти наверняка</translation>
    </message>
</context>
<context>
    <name>Inflection::LinkTargetKind</name>
    <message>
        <source>Contingency</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Отступление</translation>
    </message>
</context>
<context>
    <name>Inflection::MainWindow</name>
    <message>
        <source>Reviews</source>
        <translation>Ревью</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>История ревью</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New &amp;Architecture Review</source>
        <translation>Новое ревью &amp;архитектуры</translation>
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
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>Publish &amp;to Workspace</source>
        <translation>Опу&amp;бликовать в рабочее пространство</translation>
    </message>
    <message>
        <source>Copy the review with everything in it to another workspace, such as a shared one</source>
        <translation>Скопировать ревью со всем содержимым в другое рабочее пространство, например общее</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Предварительный прос&amp;мотр…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
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
        <translation>&amp;JSON (формат обмена)…</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>&amp;Закрыть ревью</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Inflection</source>
        <translation>&amp;О программе Inflection</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <source>Inflection workspaces (*.inflection)</source>
        <translation>Рабочие пространства Inflection (*.inflection)</translation>
    </message>
    <message>
        <source>Inflection workspaces (*.inflection);;All files (*)</source>
        <translation>Рабочие пространства Inflection (*.inflection);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Shared workspace · read-only</source>
        <translation>Общее рабочее пространство · только чтение</translation>
    </message>
    <message>
        <source>Local workspace · read-only</source>
        <translation>Локальное рабочее пространство · только чтение</translation>
    </message>
    <message>
        <source>Shared workspace · WAL journal</source>
        <translation>Общее рабочее пространство · журнал WAL</translation>
    </message>
    <message>
        <source>Shared workspace · rollback journal</source>
        <translation>Общее рабочее пространство · журнал отката</translation>
    </message>
    <message>
        <source>Local workspace · WAL journal</source>
        <translation>Локальное рабочее пространство · журнал WAL</translation>
    </message>
    <message>
        <source>Local workspace · rollback journal</source>
        <translation>Локальное рабочее пространство · журнал отката</translation>
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
        <translation>О программе Inflection</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Inflection %1&lt;/h3&gt;&lt;p&gt;Architecture reviews, operability reviews and blameless postmortems: learning from failure at its three inflection points.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inflection %1&lt;/h3&gt;&lt;p&gt;Ревью архитектуры, ревью готовности к запуску и постмортемы без поиска виноватых: учиться на сбоях в трёх поворотных точках.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>“%1” is not there. If it is on a shared or removable drive, is the drive mounted and reachable? Nothing was changed; the workspace open now stays open.</source>
        <translation>«%1» не найден. Если он на общем или съёмном диске — подключён ли диск и доступен ли он? Ничего не изменено; открытое сейчас рабочее пространство остаётся открытым.</translation>
    </message>
    <message>
        <source>&amp;Other Workspace…</source>
        <translation>&amp;Другое рабочее пространство…</translation>
    </message>
    <message>
        <source>Publish to Workspace</source>
        <translation>Опубликовать в рабочее пространство</translation>
    </message>
    <message>
        <source>%1

Replace their copy with yours? Their changes stay in that review's history.</source>
        <translation>%1

Заменить их копию вашей? Их изменения останутся в истории того ревью.</translation>
    </message>
    <message>
        <source>Published to %1 as a new review.</source>
        <translation>Опубликовано в %1 как новое ревью.</translation>
    </message>
    <message>
        <source>Published to %1: their copy was updated.</source>
        <translation>Опубликовано в %1: их копия обновлена.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>История «%1»</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Остановлено; ничего не записано.</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”. Create a new workspace there?</source>
        <translation>По пути «%1» нет рабочего пространства. Создать там новое рабочее пространство?</translation>
    </message>
    <message>
        <source>Nothing was created at “%1”; the default workspace is open.</source>
        <translation>По пути «%1» ничего не создано; открыто рабочее пространство по умолчанию.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочее пространство не открыто.</translation>
    </message>
    <message>
        <source>Status of the open reviews</source>
        <translation>Состояние открытых обзоров</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>Не удалось открыть «%1».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Выводы</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>What the postmortems add up to: incidents by month, time to detect and resolve, contributing factors and follow-through</source>
        <translation>Что складывается из постмортемов: инциденты по месяцам, время до обнаружения и устранения, способствующие факторы и выполнение</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>&amp;Decision Record…</source>
        <translation>&amp;Запись решения…</translation>
    </message>
    <message>
        <source>The architecture review as an architecture decision record (MADR or Nygard's) for the code's repository</source>
        <translation>Архитектурное ревью как запись архитектурного решения (MADR или по Найгарду) для репозитория кода</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Decision Records…</source>
        <translation>&amp;Записи решений…</translation>
    </message>
    <message>
        <source>Architecture decision records (MADR, Nygard, adr-tools, log4brains) as architecture reviews</source>
        <translation>Записи архитектурных решений (MADR, Найгард, adr-tools, log4brains) как архитектурные ревью</translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation>Экспорт записи решения</translation>
    </message>
    <message numerus="yes">
        <source>Decision records imported: %n review(s) added</source>
        <extracomment>After File ▸ Import ▸ Decision Records…</extracomment>
        <translation>
            <numerusform>Записи решений импортированы: добавлено %n ревью</numerusform>
            <numerusform>Записи решений импортированы: добавлено %n ревью</numerusform>
            <numerusform>Записи решений импортированы: добавлено %n ревью</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлён</numerusform>
            <numerusform>%n обновлено</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n без изменений.</numerusform>
            <numerusform>%n без изменений.</numerusform>
            <numerusform>%n без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Team &amp;Server…</source>
        <translation>Подключиться к &amp;серверу команды…</translation>
    </message>
    <message>
        <source>Open a workspace on a PostgreSQL server</source>
        <translation>Открыть рабочее пространство на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>The server of “%1” asks for a password: type it to connect.</source>
        <translation>Сервер «%1» требует пароль: введите его, чтобы подключиться.</translation>
    </message>
    <message>
        <source>%1 · admin · read-only</source>
        <translation>%1 · администратор · только чтение</translation>
    </message>
    <message>
        <source>%1 · admin</source>
        <translation>%1 · администратор</translation>
    </message>
    <message>
        <source>%1 · editor · read-only</source>
        <translation>%1 · редактор · только чтение</translation>
    </message>
    <message>
        <source>%1 · editor</source>
        <translation>%1 · редактор</translation>
    </message>
    <message>
        <source>%1 · reader</source>
        <translation>%1 · читатель</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · только чтение</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>Подкл&amp;ючиться…</translation>
    </message>
    <message>
        <source>The server of “%1” asks for a password: type it to connect. %2</source>
        <translation>Сервер «%1» требует пароль: введите его, чтобы подключиться. %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Соединение с сервером восстановлено.</translation>
    </message>
    <message>
        <source>Connected to the server again: the workspace is editable, and what was kept in its fields is saved.</source>
        <translation>Соединение с сервером восстановлено: рабочее пространство снова можно изменять, а то, что сохранялось в полях, записано.</translation>
    </message>
    <message>
        <source>Your login may change the workspace again, and what was kept in its fields is saved.</source>
        <translation>Ваш логин снова может изменять рабочее пространство, а то, что сохранялось в полях, записано.</translation>
    </message>
    <message>
        <source>%1 The earlier notice: %2</source>
        <translation>%1 Прежнее сообщение: %2</translation>
    </message>
    <message>
        <source>&amp;Timeline Events…</source>
        <translation>События &amp;хронологии…</translation>
    </message>
    <message>
        <source>Add events to the postmortem's timeline from a CSV file, a Slack export or an IRC log</source>
        <translation>Добавить в хронологию постмортема события из CSV-файла, экспорта Slack или лога IRC</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out.</source>
        <extracomment>After the import's summary; the files are named in the import dialog's preview.</extracomment>
        <translation>
            <numerusform>%n файл не удалось прочитать, он пропущен.</numerusform>
            <numerusform>%n файла не удалось прочитать, они пропущены.</numerusform>
            <numerusform>%n файлов не удалось прочитать, они пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Operabilit&amp;y Review</source>
        <translation>Новое ревью &amp;готовности к запуску</translation>
    </message>
    <message>
        <source>New Post&amp;mortem</source>
        <translation>Новый пос&amp;тмортем</translation>
    </message>
</context>
<context>
    <name>Inflection::MessageBanner</name>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Принять &amp;их</translation>
    </message>
    <message>
        <source>Save your value over theirs, as a new change (undoable)</source>
        <translation>Сохранить ваше значение поверх их значения как новое изменение (можно отменить)</translation>
    </message>
    <message>
        <source>Keep their value, which is shown now</source>
        <translation>Оставить их значение, которое показано сейчас</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Inflection::Migrator</name>
    <message>
        <source>Schema step %1 is missing from the application.</source>
        <translation>Шаг схемы %1 отсутствует в приложении.</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation>Шаг схемы %1 (%2) завершился ошибкой: %3</translation>
    </message>
    <message>
        <source>A workspace file has no roles: only a server has.</source>
        <translation>У файла рабочей области нет ролей: они есть только у сервера.</translation>
    </message>
    <message>
        <source>The server's roles are missing from the application.</source>
        <translation>В приложении нет описания ролей сервера.</translation>
    </message>
    <message>
        <source>The server's roles could not be made: %1</source>
        <translation>Не удалось создать роли сервера: %1</translation>
    </message>
</context>
<context>
    <name>Inflection::OperabilityDocument</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>Inflection::OperabilityReport</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Launch plan</source>
        <translation>План запуска</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Pushed by</source>
        <translation>Развёртывает</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Раскатка</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>Go / no-go</source>
        <translation>Запуск / без запуска</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Вероятность × влияние</translation>
    </message>
    <message>
        <source>Contingencies by likelihood and impact: %1 in all</source>
        <translation>Риски по вероятности и влиянию: всего %1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Engineering mitigation</source>
        <translation>Инженерные меры</translation>
    </message>
    <message>
        <source>Onsite messaging</source>
        <translation>Сообщения на площадке</translation>
    </message>
    <message>
        <source>PR needed</source>
        <translation>Нужен PR</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Contingency checklist, by score</source>
        <translation>Контрольный список рисков по оценке</translation>
    </message>
    <message>
        <source>No contingencies yet.</source>
        <translation>Рисков пока нет.</translation>
    </message>
    <message>
        <source>Likelihood / impact</source>
        <translation>Вероятность / влияние</translation>
    </message>
</context>
<context>
    <name>Inflection::OperabilityView</name>
    <message>
        <source>Rea&amp;diness</source>
        <translation>&amp;Готовность</translation>
    </message>
    <message>
        <source>Cont&amp;ingency checklist</source>
        <translation>&amp;Контрольный список рисков</translation>
    </message>
    <message>
        <source>&amp;Launch plan</source>
        <translation>План &amp;запуска</translation>
    </message>
    <message>
        <source>Atte&amp;ndees</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Readiness questions</source>
        <translation>Вопросы готовности</translation>
    </message>
    <message>
        <source>Right before launch: how the system could break, how we will know, and how we will react. Answer each question; the follow-ups appear when the launch brings new production infrastructure.</source>
        <translation>Прямо перед запуском: как система может сломаться, как мы об этом узнаем и как отреагируем. Ответьте на каждый вопрос; уточняющие вопросы появятся, если запуск приносит новую продакшен-инфраструктуру.</translation>
    </message>
    <message>
        <source>Contingency checklist</source>
        <translation>Контрольный список рисков</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add &amp;common contingencies</source>
        <translation>Добавить &amp;типичные риски</translation>
    </message>
    <message>
        <source>A dependency is down, the database is overloaded, traffic is ten times the estimate, the feature must be turned off</source>
        <translation>Зависимость недоступна, база данных перегружена, трафик в десять раз выше оценки, функцию нужно отключить</translation>
    </message>
    <message>
        <source>&amp;Manual order</source>
        <translation>&amp;Ручной порядок</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Who will push the feature</source>
        <translation>Кто развёртывает функцию</translation>
    </message>
    <message>
        <source>What goes out with the feature, where and when</source>
        <translation>Что выходит вместе с функцией, где и когда</translation>
    </message>
    <message>
        <source>Why go, or what must happen before going</source>
        <translation>Почему запускаемся или что должно произойти до запуска</translation>
    </message>
    <message>
        <source>&amp;Goes live:</source>
        <translation>&amp;Запуск:</translation>
    </message>
    <message>
        <source>&amp;Pushed by:</source>
        <translation>&amp;Развёртывает:</translation>
    </message>
    <message>
        <source>&amp;Rollout:</source>
        <translation>Рас&amp;катка:</translation>
    </message>
    <message>
        <source>C&amp;ommunication plan:</source>
        <translation>План &amp;коммуникации:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Ре&amp;шение:</translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation>Прич&amp;ины:</translation>
    </message>
    <message>
        <source>Representatives from Product, Development, Operations, Community/Support and QA.</source>
        <translation>Представители продукта, разработки, эксплуатации, сообщества/поддержки и QA.</translation>
    </message>
    <message numerus="yes">
        <source>%n contingencies. Click a heatmap cell to show only its items.</source>
        <translation>
            <numerusform>%n риск. Щёлкните клетку тепловой карты, чтобы показать только её пункты.</numerusform>
            <numerusform>%n риска. Щёлкните клетку тепловой карты, чтобы показать только её пункты.</numerusform>
            <numerusform>%n рисков. Щёлкните клетку тепловой карты, чтобы показать только её пункты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a contingency below the current one (Ctrl+Enter); while the grid shows one heatmap cell, the new item is in that cell</source>
        <translation>Добавить риск под текущим (Ctrl+Enter); пока таблица показывает одну клетку тепловой карты, новый пункт попадает в эту клетку</translation>
    </message>
    <message>
        <source>Showing %1 of %2: likelihood %3 (%4), impact %5 (%6). New items are added to this cell.</source>
        <translation>Показано %1 из %2: вероятность %3 (%4), влияние %5 (%6). Новые пункты добавляются в эту клетку.</translation>
    </message>
    <message>
        <source>Show incidents</source>
        <translation>Показать инциденты</translation>
    </message>
    <message>
        <source>Mark the cells whose items were incidents, with how many</source>
        <translation>Отметить ячейки, пункты которых оказались инцидентами, с их числом</translation>
    </message>
</context>
<context>
    <name>Inflection::OrderedRecordModel</name>
    <message>
        <source>%1 changed %2 while you were deleting it, so it was kept. Delete it again if it should go.</source>
        <translation>%1 изменил(а) %2, пока вы это удаляли, поэтому оно сохранено. Удалите снова, если это нужно.</translation>
    </message>
    <message>
        <source>%1 moved %2 before you; it stays where they put it.</source>
        <translation>%1 переместил(а) %2 раньше вас; оно остаётся там, куда его поставили.</translation>
    </message>
</context>
<context>
    <name>Inflection::ParkedIdeaField</name>
    <message>
        <source>idea</source>
        <translation>идея</translation>
    </message>
</context>
<context>
    <name>Inflection::ParkingLotModel</name>
    <message>
        <source>Park idea</source>
        <translation>Отложить идею</translation>
    </message>
    <message>
        <source>Remove parked idea</source>
        <translation>Удалить отложенную идею</translation>
    </message>
    <message>
        <source>Move parked idea</source>
        <translation>Переместить отложенную идею</translation>
    </message>
    <message>
        <source>the parked idea “%1”</source>
        <translation>отложенная идея «%1»</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Отложенное</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemDocument</name>
    <message>
        <source>Move “%1” into remediation</source>
        <translation>Перенести «%1» в исправления</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemReport</name>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Устранён</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Страница статуса</translation>
    </message>
    <message>
        <source>Impact time</source>
        <translation>Время влияния</translation>
    </message>
    <message>
        <source>Time undetected</source>
        <translation>Время до обнаружения</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Время до устранения</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>Кто знал</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Событий пока нет.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Why it made sense at the time</source>
        <translation>Почему это тогда казалось разумным</translation>
    </message>
    <message>
        <source>Remediation item</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>No remediation items yet.</source>
        <translation>Исправлений пока нет.</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Отложенное</translation>
    </message>
    <message>
        <source>Nothing parked.</source>
        <translation>Ничего не отложено.</translation>
    </message>
    <message>
        <source>Blameless language</source>
        <translation>Язык без поиска виноватых</translation>
    </message>
    <message>
        <source>Open findings of the blameless coach: %1</source>
        <translation>Открытые замечания наставника: %1</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Фраза</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Why it gets in the way</source>
        <translation>Чем она мешает</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>Вместо этого</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Смягчён</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Время до смягчения</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Способствующий фактор</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Shows in</source>
        <translation>Проявляется в</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Способствующие факторы</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Что прошло хорошо</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>В чём нам повезло</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemTexts</name>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Отложенное</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>Обсуждение: %1</translation>
    </message>
    <message>
        <source>Decision %1, why it made sense</source>
        <translation>Решение %1: почему оно казалось разумным</translation>
    </message>
    <message>
        <source>Decision %1 at %2, why it made sense</source>
        <translation>Решение %1 в %2: почему оно казалось разумным</translation>
    </message>
    <message>
        <source>Timeline, event %1</source>
        <translation>Хронология, событие %1</translation>
    </message>
    <message>
        <source>Timeline, event %1: %2</source>
        <translation>Хронология, событие %1: %2</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Способствующий фактор</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Что прошло хорошо</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>В чём нам повезло</translation>
    </message>
</context>
<context>
    <name>Inflection::PostmortemView</name>
    <message>
        <source>I&amp;ncident</source>
        <translation>&amp;Инцидент</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Dis&amp;cussion</source>
        <translation>&amp;Обсуждение</translation>
    </message>
    <message>
        <source>Remed&amp;iation</source>
        <translation>Ис&amp;правления</translation>
    </message>
    <message>
        <source>Blameless coach</source>
        <translation>Наставник без поиска виноватых</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>Что произошло, в нескольких предложениях</translation>
    </message>
    <message>
        <source>Who was affected, and how</source>
        <translation>Кого это затронуло и как</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Длительности</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Обнаружен:</translation>
    </message>
    <message>
        <source>Res&amp;olved:</source>
        <translation>&amp;Устранён:</translation>
    </message>
    <message>
        <source>Seve&amp;rity:</source>
        <translation>&amp;Серьёзность:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Сво&amp;дка:</translation>
    </message>
    <message>
        <source>Im&amp;pact:</source>
        <translation>&amp;Влияние:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Добавить событие</translation>
    </message>
    <message>
        <source>Add an event below the current one, with its time (Enter)</source>
        <translation>Добавить событие под текущим, с его временем (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Sort by time</source>
        <translation>Со&amp;ртировать по времени</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Show the timeline full screen on the projector (F5)</source>
        <translation>Показать хронологию во весь экран на проекторе (F5)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, this computer)</source>
        <translation>%1 (%2 × %3, этот компьютер)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Eve&amp;ryone agrees this is the order in which events took place</source>
        <translation>Все согласны, что события происходили в этом по&amp;рядке</translation>
    </message>
    <message>
        <source>Facts known at the time, in the order they happened. What are we missing? Does everyone agree this is the order in which events took place?</source>
        <translation>Факты, известные в тот момент, в порядке, в котором они происходили. Чего нам не хватает? Все ли согласны, что события происходили в этом порядке?</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
        <source>Remediation items</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Добавить пункт</translation>
    </message>
    <message>
        <source>Add a remediation item at the end (Insert)</source>
        <translation>Добавить исправление в конец (Insert)</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Открыть тикет</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) past their due date. Tasks should not linger.</source>
        <translation>
            <numerusform>%n пункт просрочен. Задачи не должны залёживаться.</numerusform>
            <numerusform>%n пункта просрочены. Задачи не должны залёживаться.</numerusform>
            <numerusform>%n пунктов просрочены. Задачи не должны залёживаться.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Отложенное</translation>
    </message>
    <message>
        <source>Park an idea</source>
        <translation>Отложить идею</translation>
    </message>
    <message>
        <source>&amp;Move into remediation</source>
        <translation>&amp;Перенести в исправления</translation>
    </message>
    <message>
        <source>What things could we do to prevent this exact thing from happening in the future? What things could we do to make troubleshooting similar incidents in the future easier?</source>
        <translation>Что мы могли бы сделать, чтобы именно это не повторилось в будущем? Что могло бы упростить поиск неисправностей при похожих инцидентах в будущем?</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), in order of time.</source>
        <translation>
            <numerusform>%n событие, по порядку времени.</numerusform>
            <numerusform>%n события, по порядку времени.</numerusform>
            <numerusform>%n событий, по порядку времени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) earlier than the event above them, in bold. Is this the order in which events took place? “Sort by time” puts them in order.</source>
        <translation>
            <numerusform>%n событие раньше события над ним, выделено жирным. В таком ли порядке происходили события? «Сортировать по времени» расставит их по порядку.</numerusform>
            <numerusform>%n события раньше события над ними, выделены жирным. В таком ли порядке происходили события? «Сортировать по времени» расставит их по порядку.</numerusform>
            <numerusform>%n событий раньше события над ними, выделены жирным. В таком ли порядке происходили события? «Сортировать по времени» расставит их по порядку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>Blameless coach: nothing to look at</source>
        <translation>Наставник: замечаний нет</translation>
    </message>
    <message>
        <source>No phrase points at people instead of the system.</source>
        <translation>Ни одна формулировка не указывает на людей вместо системы.</translation>
    </message>
    <message>
        <source>Blameless coach, phrases to look at: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Наставник, формулировки для проверки: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Stop Presenting</source>
        <translation>Остановить показ</translation>
    </message>
    <message>
        <source>Close the presentation on the projector (Shift+F5, or Esc there)</source>
        <translation>Закрыть показ на проекторе (Shift+F5 или Esc на нём)</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Larger text on the projector (Ctrl+=)</source>
        <translation>Крупнее текст на проекторе (Ctrl+=)</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>Smaller text on the projector (Ctrl+−)</source>
        <translation>Мельче текст на проекторе (Ctrl+−)</translation>
    </message>
    <message>
        <source>Actual Text Size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>The text size the projector's screen gives (Ctrl+0)</source>
        <translation>Размер текста по экрану проектора (Ctrl+0)</translation>
    </message>
    <message>
        <source>Park This Thought</source>
        <translation>Отложить мысль</translation>
    </message>
    <message>
        <source>Put the idea typed here in the parking lot, or go here to type one (Ctrl+Shift+K, also on the projector). It waits there for the remediation, and the room sees it at once.</source>
        <translation>Отправить введённую здесь идею в «Отложенное» или перейти сюда, чтобы ввести её (Ctrl+Shift+K, и на проекторе). Она ждёт там этапа исправлений, и зал видит её сразу.</translation>
    </message>
    <message>
        <source>● Presenting on %1, text at %2 %. The room sees %3: %4</source>
        <translation>● Показ на %1, текст %2 %. Зал видит: %3: %4</translation>
    </message>
    <message>
        <source>Presenting “%1”: %2</source>
        <translation>Показ «%1»: %2</translation>
    </message>
    <message>
        <source>Parking lot: ideas held until now (add one with “Park This Thought”, on every tab)</source>
        <translation>Отложенное: идеи, отложенные до этого момента (добавить — «Отложить мысль», на любой вкладке)</translation>
    </message>
    <message>
        <source>Hold that thought (Enter parks it)</source>
        <translation>Не упустить мысль (Enter — отложить)</translation>
    </message>
    <message>
        <source>Learnin&amp;g</source>
        <translation>Вывод&amp;ы</translation>
    </message>
    <message>
        <source>When the impact stopped (a rollback, a failover), before the cause was fixed</source>
        <translation>Когда влияние прекратилось (откат, переключение), ещё до устранения причины</translation>
    </message>
    <message>
        <source>Mitigated:</source>
        <translation>Смягчён:</translation>
    </message>
    <message>
        <source>Status page:</source>
        <translation>Страница статуса:</translation>
    </message>
    <message>
        <source>Impact: &lt;b&gt;%1&lt;/b&gt; · undetected: &lt;b&gt;%2&lt;/b&gt; · to mitigate: &lt;b&gt;%3&lt;/b&gt; · to resolve: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Влияние: &lt;b&gt;%1&lt;/b&gt; · до обнаружения: &lt;b&gt;%2&lt;/b&gt; · до смягчения: &lt;b&gt;%3&lt;/b&gt; · до устранения: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Способствующие факторы</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>&amp;Добавить фактор</translation>
    </message>
    <message>
        <source>Add a contributing factor at the end (Insert)</source>
        <translation>Добавить способствующий фактор в конец (Insert)</translation>
    </message>
    <message>
        <source>Shows in</source>
        <translation>Проявляется в</translation>
    </message>
    <message>
        <source>&amp;Shows in:</source>
        <translation>Проявл&amp;яется в:</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Что прошло хорошо</translation>
    </message>
    <message>
        <source>What helped: an alert that fired, a runbook that worked, people who knew where to look</source>
        <translation>Что помогло: сработавший алерт, работающий ранбук, люди, которые знали, где искать</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Где нам повезло</translation>
    </message>
    <message>
        <source>What could have made it worse, and did not this time</source>
        <translation>Что могло сделать хуже, но в этот раз не сделало</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Что прошло хорошо:</translation>
    </message>
    <message>
        <source>Whe&amp;re we got lucky:</source>
        <translation>Где нам пов&amp;езло:</translation>
    </message>
    <message>
        <source>What conditions helped this incident happen, or made it worse? Name each without blame, in a category, and check the events on the timeline where it shows.</source>
        <translation>Какие условия способствовали инциденту или усугубили его? Назовите каждое без поиска виноватых, в категории, и отметьте события хронологии, в которых оно проявляется.</translation>
    </message>
    <message>
        <source>Add a contributing factor, then check the events it shows in.</source>
        <translation>Добавьте способствующий фактор, затем отметьте события, в которых он проявляется.</translation>
    </message>
    <message>
        <source>Choose a contributing factor to check the events it shows in.</source>
        <translation>Выберите способствующий фактор, чтобы отметить события, в которых он проявляется.</translation>
    </message>
    <message>
        <source>The events the new factor shows in:</source>
        <translation>События, в которых проявляется новый фактор:</translation>
    </message>
    <message>
        <source>The events “%1” shows in:</source>
        <translation>События, в которых проявляется «%1»:</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Способствующий фактор</translation>
    </message>
    <message>
        <source>Did we foresee it?</source>
        <translation>Предвидели ли мы это?</translation>
    </message>
    <message>
        <source>Blameless coach: reading the review…</source>
        <translation>Наставник: читает обзор…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>Add events from a CSV file, a Slack export or an IRC log (%1, or File ▸ Import ▸ Timeline Events…)</source>
        <translation>Добавить события из CSV-файла, экспорта Slack или лога IRC (%1 или Файл ▸ Импортировать ▸ События хронологии…)</translation>
    </message>
</context>
<context>
    <name>Inflection::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Вы</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочее пространство</translation>
    </message>
    <message>
        <source>The name your changes, comments and votes carry</source>
        <translation>Имя, под которым идут ваши изменения, комментарии и голоса</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the default workspace</source>
        <translation>Выбрать рабочее пространство по умолчанию</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>Рабочее пространство по умолчанию</translation>
    </message>
    <message>
        <source>Inflection workspaces (*.inflection)</source>
        <translation>Рабочие пространства Inflection (*.inflection)</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Default workspace:</source>
        <translation>Рабочее пространство по &amp;умолчанию:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>Times in this workspace are shown and entered in this zone</source>
        <translation>Время в этом рабочем пространстве показывается и вводится в этом поясе</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Severity levels</source>
        <translation>Уровни серьёзности</translation>
    </message>
    <message>
        <source>Add Le&amp;vel</source>
        <translation>Добавить &amp;уровень</translation>
    </message>
    <message>
        <source>&amp;Remove Level</source>
        <translation>Удалить у&amp;ровень</translation>
    </message>
    <message>
        <source>Likelihood ↓ / impact →</source>
        <translation>Вероятность ↓ / влияние →</translation>
    </message>
    <message>
        <source>Risk level for likelihood %1, impact %2</source>
        <translation>Уровень риска для вероятности «%1» и влияния «%2»</translation>
    </message>
    <message>
        <source>How a remediation item's ticket key becomes a link: {key} is replaced by the key</source>
        <translation>Как ключ тикета исправления превращается в ссылку: {key} заменяется ключом</translation>
    </message>
    <message>
        <source>Known technologies</source>
        <translation>Известные технологии</translation>
    </message>
    <message>
        <source>Re&amp;move Technology</source>
        <translation>Уда&amp;лить технологию</translation>
    </message>
    <message>
        <source>Kept in the workspace “%1”: everyone who opens it sees the same.</source>
        <translation>Хранится в рабочем пространстве «%1»: все, кто его откроет, увидят то же самое.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочее пространство не открыто.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>&amp;Severity levels:</source>
        <translation>Уровни &amp;серьёзности:</translation>
    </message>
    <message>
        <source>Risk &amp;matrix:</source>
        <translation>&amp;Матрица рисков:</translation>
    </message>
    <message>
        <source>Ticket add&amp;ress:</source>
        <translation>&amp;Адрес тикетов:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Categories of contributing factors</source>
        <translation>Категории способствующих факторов</translation>
    </message>
    <message>
        <source>The categories a postmortem's contributing factors are filed under; a renamed category keeps its factors</source>
        <translation>Категории, к которым относят способствующие факторы постмортема; переименованная категория сохраняет свои факторы</translation>
    </message>
    <message>
        <source>Add Cate&amp;gory</source>
        <translation>Добавить &amp;категорию</translation>
    </message>
    <message>
        <source>Remove Cat&amp;egory</source>
        <translation>Удалить кат&amp;егорию</translation>
    </message>
    <message numerus="yes">
        <source>%n contributing factor(s) are filed under “%1”. They keep that category, shown by its key “%2”, until someone gives them another one.</source>
        <translation>
            <numerusform>%n способствующий фактор отнесён к «%1». Он сохранит эту категорию, показанную её ключом «%2», пока ему не назначат другую.</numerusform>
            <numerusform>%n способствующих фактора отнесены к «%1». Они сохранят эту категорию, показанную её ключом «%2», пока им не назначат другую.</numerusform>
            <numerusform>%n способствующих факторов отнесены к «%1». Они сохранят эту категорию, показанную её ключом «%2», пока им не назначат другую.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put It Back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Categories of contributing &amp;factors:</source>
        <translation>Категории способствующих &amp;факторов:</translation>
    </message>
    <message>
        <source>&amp;Known Technologies</source>
        <translation>Известные те&amp;хнологии</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Также пишут</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Кольцо</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <source>Technologies the organisation already knows, by their ring on its tech radar: a departure the radar does not name is new technology, one in the ring Hold is on hold</source>
        <translation>Технологии, которые организация уже знает, с их кольцом на техрадаре: отступление, которого радар не называет, — новая технология; в кольце «Отложить» — отложенная</translation>
    </message>
    <message>
        <source>Other names people write it under, separated by semicolons: Postgres; pg</source>
        <translation>Другие названия, под которыми её пишут, через точку с запятой: Postgres; pg</translation>
    </message>
    <message>
        <source>Add &amp;Technology</source>
        <translation>Добавить &amp;технологию</translation>
    </message>
    <message>
        <source>&amp;Import Radar…</source>
        <translation>&amp;Импортировать радар…</translation>
    </message>
    <message>
        <source>Read a tech radar's CSV or JSON file (as “Build your own radar” reads it): what it adds and changes is shown first</source>
        <translation>Прочитать CSV- или JSON-файл техрадара (как его читает «Build your own radar»): сначала показано, что он добавит и изменит</translation>
    </message>
    <message>
        <source>E&amp;xport Radar…</source>
        <translation>&amp;Экспортировать радар…</translation>
    </message>
    <message>
        <source>Write the known technologies as a tech radar's CSV or JSON file</source>
        <translation>Записать известные технологии в CSV- или JSON-файл техрадара</translation>
    </message>
    <message>
        <source>The technologies the organisation knows, as its tech radar lists them. A departure the radar does not name is new technology; one in the ring Hold is on hold. Names match whatever their case, spaces and punctuation, and under any name in “Also written”.</source>
        <translation>Технологии, которые знает организация, как их перечисляет её техрадар. Отступление, которого радар не называет, — новая технология; в кольце «Отложить» — отложенная. Названия совпадают независимо от регистра, пробелов и знаков препинания, а также под любым названием из «Также пишут».</translation>
    </message>
    <message>
        <source>Import Radar</source>
        <translation>Импорт радара</translation>
    </message>
    <message>
        <source>Tech radars (*.csv *.json);;All files (*)</source>
        <translation>Техрадары (*.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Radar</source>
        <translation>Экспорт радара</translation>
    </message>
    <message>
        <source>Radar CSV (*.csv);;Radar JSON (*.json)</source>
        <translation>CSV радара (*.csv);;JSON радара (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” adds %n technologies</source>
        <translation>
            <numerusform>«%1» добавляет %n технологию</numerusform>
            <numerusform>«%1» добавляет %n технологии</numerusform>
            <numerusform>«%1» добавляет %n технологий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It changes %n known technologies</source>
        <translation>
            <numerusform>Он изменяет %n известную технологию</numerusform>
            <numerusform>Он изменяет %n известные технологии</numerusform>
            <numerusform>Он изменяет %n известных технологий</numerusform>
        </translation>
    </message>
    <message>
        <source>Those it does not name stay as they are.</source>
        <translation>Те, которых он не называет, остаются как есть.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read and are left out:</source>
        <translation>
            <numerusform>%n строку не удалось прочитать, она пропущена:</numerusform>
            <numerusform>%n строки не удалось прочитать, они пропущены:</numerusform>
            <numerusform>%n строк не удалось прочитать, они пропущены:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Imported from “%1”: %2 added, %3 changed. OK or Apply stores them in the workspace.</source>
        <translation>Импортировано из «%1»: добавлено %2, изменено %3. OK или «Применить» сохранит их в рабочем пространстве.</translation>
    </message>
    <message>
        <source>The known technologies are written to “%1”.</source>
        <translation>Известные технологии записаны в «%1».</translation>
    </message>
    <message>
        <source>Only an admin of the workspace on “%1” may change its settings; your login is an editor there.</source>
        <translation>Менять настройки рабочего пространства на «%1» может только его администратор; ваша учётная запись там — редактор.</translation>
    </message>
    <message>
        <source>Only an admin of the workspace on “%1” may change its settings; your login is a reader there.</source>
        <translation>Менять настройки рабочего пространства на «%1» может только его администратор; ваша учётная запись там — читатель.</translation>
    </message>
    <message>
        <source>The workspace opened at start: a file, or a team server as postgresql://host/database or service=name (never with a password)</source>
        <translation>Рабочее пространство, открываемое при запуске: файл или сервер команды в виде postgresql://хост/база или service=имя (никогда с паролем)</translation>
    </message>
    <message>
        <source>Choose a workspace file</source>
        <translation>Выбрать файл рабочего пространства</translation>
    </message>
    <message>
        <source>Use Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <source>Use the open workspace as the default</source>
        <translation>Сделать открытое рабочее пространство основным</translation>
    </message>
    <message>
        <source>Open this workspace at start: %1</source>
        <translation>Открывать это рабочее пространство при запуске: %1</translation>
    </message>
    <message>
        <source>On “%1” your changes carry your login, %2, whatever this name says. The name is used in workspace files.</source>
        <translation>На «%1» ваши изменения подписываются вашим логином, %2, что бы ни было указано в этом имени. Имя используется в файлах рабочих пространств.</translation>
    </message>
    <message>
        <source>On “%1” your changes carry your server login, whatever this name says. The name is used in workspace files.</source>
        <translation>На «%1» ваши изменения подписываются вашим логином на сервере, что бы ни было указано в этом имени. Имя используется в файлах рабочих пространств.</translation>
    </message>
</context>
<context>
    <name>Inflection::PresentationWindow</name>
    <message>
        <source>%1 — presentation</source>
        <translation>%1 — показ</translation>
    </message>
    <message>
        <source>Postmortem presentation</source>
        <translation>Показ постмортема</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Отложенное</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>%1, nothing to show yet</source>
        <translation>%1, пока нечего показать</translation>
    </message>
    <message>
        <source>%1, event %2 of %3</source>
        <translation>%1, событие %2 из %3</translation>
    </message>
    <message>
        <source>%1, question %2 of %3</source>
        <translation>%1, вопрос %2 из %3</translation>
    </message>
    <message>
        <source>%1, item %2 of %3</source>
        <translation>%1, пункт %2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>Parking lot (%n more above)</source>
        <translation>
            <numerusform>Отложенное (ещё %n выше)</numerusform>
            <numerusform>Отложенное (ещё %n выше)</numerusform>
            <numerusform>Отложенное (ещё %n выше)</numerusform>
        </translation>
    </message>
    <message>
        <source>↑↓ item · Home/End first/last · PgUp/PgDn phase · Ctrl+= Ctrl+− text size · Ctrl+Shift+K park a thought · Esc leave</source>
        <translation>↑↓ пункт · Home/End первый/последний · PgUp/PgDn этап · Ctrl+= Ctrl+− размер текста · Ctrl+Shift+K отложить мысль · Esc выход</translation>
    </message>
    <message>
        <source>Park an idea</source>
        <translation>Отложить идею</translation>
    </message>
    <message>
        <source>An idea for later</source>
        <translation>Идея на потом</translation>
    </message>
    <message>
        <source>Started %1&lt;br&gt;Detected %2&lt;br&gt;Resolved %3&lt;p style="margin-top:6px"&gt;Impact &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Undetected &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;To mitigate &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;To resolve &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;</source>
        <translation>Начало %1&lt;br&gt;Обнаружен %2&lt;br&gt;Устранён %3&lt;p style="margin-top:6px"&gt;Влияние &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;До обнаружения &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;До смягчения &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;До устранения &lt;b&gt;%7&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inflection::PresentingBanner</name>
    <message>
        <source>Presenting</source>
        <translation>Идёт показ</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Показ</translation>
    </message>
</context>
<context>
    <name>Inflection::Proposal</name>
    <message>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>reasoning of the decision</source>
        <translation>обоснование решения</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>agreements on tricky components</source>
        <translation>договорённости по сложным компонентам</translation>
    </message>
    <message>
        <source>learnings and questions</source>
        <translation>выводы и вопросы</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation>Продолжать</translation>
    </message>
    <message>
        <source>Stop and rethink</source>
        <translation>Остановиться и переосмыслить</translation>
    </message>
    <message>
        <source>Gather more information</source>
        <translation>Собрать больше информации</translation>
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
        <translation># Цели

Зачем это изменение и как мы поймём, что оно сработало.

# Устройство

Устройство, соотнесённое с целями.

# Отступления от текущих технологий

Новые языки, системы баз данных, шаблоны или инструменты, и почему известные не подходят.

# Рассмотренные альтернативы

Что ещё мы рассматривали и почему не выбрали.

# Затраты и болевые точки

Во что обойдётся создание, эксплуатация и изменение, и где будет больно.
</translation>
    </message>
</context>
<context>
    <name>Inflection::ProposalModel</name>
    <message>
        <source>%1 changed another part of the proposal while you were writing; their changes and yours are merged.</source>
        <translation>%1 изменил(а) другую часть предложения, пока вы писали; их и ваши изменения объединены.</translation>
    </message>
    <message>
        <source>%1 changed the same part of the proposal while you were writing. Your text was saved; theirs is kept whole in the review's history.</source>
        <translation>%1 изменил(а) ту же часть предложения, пока вы писали. Ваш текст сохранён; их текст целиком сохранён в истории ревью.</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>предложение</translation>
    </message>
</context>
<context>
    <name>Inflection::QuestionCommand</name>
    <message>
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Проголосовать</translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation>Отозвать голос</translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation>Ответить на вопрос</translation>
    </message>
</context>
<context>
    <name>Inflection::QuestionModel</name>
    <message>
        <source>No votes yet</source>
        <translation>Голосов пока нет</translation>
    </message>
    <message>
        <source>Voted: %1</source>
        <translation>Проголосовали: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Спросил(а)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>%1 changed the question “%2” while you were deleting it, so it was kept.</source>
        <translation>%1 изменил(а) вопрос «%2», пока вы его удаляли, поэтому он сохранён.</translation>
    </message>
    <message>
        <source>%1 answered “%2” before you. Theirs: “%3”. Yours, not saved: “%4”.</source>
        <translation>%1 ответил(а) на «%2» раньше вас. Их ответ: «%3». Ваш, не сохранён: «%4».</translation>
    </message>
</context>
<context>
    <name>Inflection::Readiness</name>
    <message>
        <source>Has the feature been tested enough to deploy to production?</source>
        <translation>Достаточно ли протестирована функция, чтобы развернуть её в продакшен?</translation>
    </message>
    <message>
        <source>Does everyone know when it will go live, and who will push the feature?</source>
        <translation>Все ли знают, когда она выйдет и кто будет её развёртывать?</translation>
    </message>
    <message>
        <source>Is there communication about the feature ready to go out with the feature?</source>
        <translation>Готова ли коммуникация о функции, которая выйдет вместе с ней?</translation>
    </message>
    <message>
        <source>Is it possible to turn up this feature on a percentage basis, dark launch, or gameday it?</source>
        <translation>Можно ли включать эту функцию по процентам, провести скрытый запуск или gameday?</translation>
    </message>
    <message>
        <source>Does the launch involve any new production infrastructure?</source>
        <translation>Затрагивает ли запуск новую продакшен-инфраструктуру?</translation>
    </message>
    <message>
        <source>If so, are those pieces in monitoring or metrics collection?</source>
        <translation>Если да, охвачены ли эти части мониторингом или сбором метрик?</translation>
    </message>
    <message>
        <source>If so, is there a deployment pipeline in place?</source>
        <translation>Если да, есть ли конвейер развёртывания?</translation>
    </message>
    <message>
        <source>If so, is there a development environment set up to make it work in dev?</source>
        <translation>Если да, настроена ли среда разработки, чтобы это работало в dev?</translation>
    </message>
    <message>
        <source>If so, are there tests that can be and are run on CI?</source>
        <translation>Если да, есть ли тесты, которые могут запускаться и запускаются в CI?</translation>
    </message>
</context>
<context>
    <name>Inflection::ReconnectBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>Соединение с сервером</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s): %1</source>
        <translation>
            <numerusform>Новая попытка через %n секунду: %1</numerusform>
            <numerusform>Новая попытка через %n секунды: %1</numerusform>
            <numerusform>Новая попытка через %n секунд: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Переподключиться сейчас</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting for the next attempt</source>
        <translation>Попытаться связаться с сервером сейчас, не дожидаясь следующей попытки</translation>
    </message>
</context>
<context>
    <name>Inflection::RecordRows</name>
    <message>
        <source>It is not in the workspace (any more).</source>
        <translation>Этого (больше) нет в рабочем пространстве.</translation>
    </message>
</context>
<context>
    <name>Inflection::RecordTable</name>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>«%1» — недопустимое значение поля «%2».</translation>
    </message>
    <message>
        <source>It has no valid place in the list.</source>
        <translation>У этого нет допустимого места в списке.</translation>
    </message>
</context>
<context>
    <name>Inflection::RecordUpdate</name>
    <message>
        <source>The workspace is read-only; the change was not saved.</source>
        <translation>Рабочее пространство только для чтения; изменение не сохранено.</translation>
    </message>
    <message>
        <source>Someone else deleted this in the meantime; the change was not saved.</source>
        <translation>Кто-то другой тем временем это удалил; изменение не сохранено.</translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationField</name>
    <message>
        <source>item</source>
        <translation>пункт</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>тикет</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationModel</name>
    <message>
        <source>Add remediation item</source>
        <translation>Добавить исправление</translation>
    </message>
    <message>
        <source>Delete remediation item</source>
        <translation>Удалить исправление</translation>
    </message>
    <message>
        <source>Move remediation item</source>
        <translation>Переместить исправление</translation>
    </message>
    <message>
        <source>the remediation item “%1”</source>
        <translation>исправление «%1»</translation>
    </message>
    <message>
        <source>Overdue: tasks should not linger</source>
        <translation>Просрочено: задачи не должны залёживаться</translation>
    </message>
    <message>
        <source>Remediation item</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n remediation items</source>
        <translation>
            <numerusform>Удалить %n исправление</numerusform>
            <numerusform>Удалить %n исправления</numerusform>
            <numerusform>Удалить %n исправлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationStatus</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
</context>
<context>
    <name>Inflection::RemediationType</name>
    <message>
        <source>Prevent this from happening again</source>
        <translation>Не допустить повторения</translation>
    </message>
    <message>
        <source>Make troubleshooting similar incidents easier</source>
        <translation>Упростить поиск неисправностей при похожих инцидентах</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>Inflection::ReplyBox</name>
    <message>
        <source>Reply to %1 on “%2”</source>
        <translation>Ответ %1 на «%2»</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Escape cancels</source>
        <translation>Ctrl+Enter — отправить, Esc — отменить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>Inflection::ReportFormat</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
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
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«%1» не удаётся записать: %2</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>PDF не записан.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewDocument</name>
    <message>
        <source>Superseded by</source>
        <translation>Заменено</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewExporter</name>
    <message>
        <source>There is no review %1.</source>
        <translation>Ревью %1 нет.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewField</name>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>meeting time</source>
        <translation>время встречи</translation>
    </message>
    <message>
        <source>superseding review</source>
        <translation>заменяющее ревью</translation>
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
        <translation>«%1» не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>не JSON: %1 на байте %2</translation>
    </message>
    <message>
        <source>Updated “%1”.</source>
        <translation>«%1» обновлено.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«%1» добавлено.</translation>
    </message>
    <message>
        <source>The server recorded this login as the author of what was written: only the workspace's administrator keeps the authors.</source>
        <translation>Сервер записал эту учётную запись автором записанного: авторов сохраняет только администратор пространства.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewKind</name>
    <message>
        <source>Architecture review</source>
        <translation>Ревью архитектуры</translation>
    </message>
    <message>
        <source>Operability review</source>
        <translation>Ревью готовности к запуску</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Постмортем</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewListModel</name>
    <message>
        <source>%1 · new technology</source>
        <translation>%1 · новая технология</translation>
    </message>
    <message>
        <source>Brings new technology: departures not among the known technologies: %1</source>
        <translation>Приносит новую технологию: отступления, которых нет среди известных технологий: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remediation item(s) overdue: tasks should not linger</source>
        <translation>
            <numerusform>%n исправление просрочено: задачи не должны залёживаться</numerusform>
            <numerusform>%n исправления просрочены: задачи не должны залёживаться</numerusform>
            <numerusform>%n исправлений просрочено: задачи не должны залёживаться</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Изменил(а) %1</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>the review “%1”</source>
        <translation>ревью «%1»</translation>
    </message>
    <message>
        <source>%1 · technology on hold</source>
        <translation>%1 · отложенная технология</translation>
    </message>
    <message>
        <source>Departs to technology the radar puts on hold: %1</source>
        <translation>Отступления к технологиям, которые радар откладывает: %1</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewPage</name>
    <message>
        <source>What is this review about?</source>
        <translation>О чём это ревью?</translation>
    </message>
    <message>
        <source>The system or component concerned</source>
        <translation>Затронутая система или компонент</translation>
    </message>
    <message>
        <source>Who leads this review</source>
        <translation>Кто ведёт это ревью</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>С&amp;истема:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation>&amp;Заменено:</translation>
    </message>
    <message>
        <source>The review that replaces this one</source>
        <translation>Ревью, которое заменяет это</translation>
    </message>
    <message>
        <source>Who else has this review open</source>
        <translation>Кто ещё открыл это ревью</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (на %2)</translation>
    </message>
    <message>
        <source>Also open by %1. Changes show here within seconds; where you both change the same thing, you choose whose to keep.</source>
        <translation>Также открыто у: %1. Изменения появляются здесь за секунды; если вы оба меняете одно и то же, вы выбираете, чьё оставить.</translation>
    </message>
    <message>
        <source>This review was deleted.</source>
        <translation>Это ревью удалено.</translation>
    </message>
    <message>
        <source>Not superseded</source>
        <translation>Не заменено</translation>
    </message>
    <message>
        <source>%1 · created %2 · last changed %3 by %4</source>
        <translation>%1 · создано %2 · последнее изменение %3, %4</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
    <message>
        <source>Show the review's owner, tags and other details (%1)</source>
        <translation>Показать ответственного, метки и другие подробности ревью (%1)</translation>
    </message>
    <message>
        <source>Fold the review's details to one line, to leave more room below (%1)</source>
        <translation>Свернуть подробности ревью в одну строку, чтобы оставить больше места ниже (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Supersede&amp;s:</source>
        <translation>Заме&amp;няет:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>Open the review that replaces this one</source>
        <translation>Открыть обзор, который заменяет этот</translation>
    </message>
    <message>
        <source>A review not in this workspace (%1)</source>
        <extracomment>A successor this workspace does not have (yet): a decision record's link to a record not imported.</extracomment>
        <translation>Ревью, которого нет в этом рабочем пространстве (%1)</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewReport</name>
    <message>
        <source>There is no such review.</source>
        <translation>Такого ревью нет.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Ревью</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>by %1 on %2 (times in %3)</source>
        <translation>%1, %2 (время в поясе %3)</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewRepository</name>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>«%1» — недопустимое значение поля «%2».</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewStatus</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Разослано</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменено</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewTreeStore</name>
    <message>
        <source>The workspace is read-only; nothing was imported.</source>
        <translation>Рабочее пространство только для чтения; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The workspace has review %1 as another kind of review; nothing was imported.</source>
        <translation>В рабочем пространстве ревью %1 другого вида; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The workspace copy of “%1” is newer (changed %2) than the one being imported (%3); nothing was imported.</source>
        <translation>Копия «%1» в рабочем пространстве новее (изменена %2), чем импортируемая (%3); ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>Inflection::ReviewView</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Set the review's status to Decided as well?</source>
        <translation>Установить и статус ревью «Решено»?</translation>
    </message>
</context>
<context>
    <name>Inflection::RiskLevel</name>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Очень высокий</translation>
    </message>
</context>
<context>
    <name>Inflection::RiskMatrixCommand</name>
    <message>
        <source>Change the risk matrix</source>
        <translation>Изменить матрицу рисков</translation>
    </message>
</context>
<context>
    <name>Inflection::Rollout</name>
    <message>
        <source>All at once</source>
        <translation>Сразу целиком</translation>
    </message>
    <message>
        <source>On a percentage basis</source>
        <translation>По процентам</translation>
    </message>
    <message>
        <source>Dark launch</source>
        <translation>Скрытый запуск</translation>
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
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Moves the chosen row up (Alt+Up)</source>
        <translation>Перемещает выбранную строку вверх (Alt+↑)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Moves the chosen row down (Alt+Down)</source>
        <translation>Перемещает выбранную строку вниз (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>Inflection::SafeLink</name>
    <message>
        <source>“%1” is not a valid address; it was not opened.</source>
        <translation>«%1» — недопустимый адрес; он не открыт.</translation>
    </message>
    <message>
        <source>“%1” was not opened: Inflection opens only https, http and mailto addresses, not %2.</source>
        <translation>«%1» не открыт: Inflection открывает только адреса https, http и mailto, но не %2.</translation>
    </message>
</context>
<context>
    <name>Inflection::SchemaVerifier</name>
    <message>
        <source>“%1” has a table Inflection did not make: %2</source>
        <translation>В «%1» есть таблица, которую создал не Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has an index Inflection did not make: %2</source>
        <translation>В «%1» есть индекс, который создал не Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has a trigger Inflection did not make: %2</source>
        <translation>В «%1» есть триггер, который создал не Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has a view Inflection did not make: %2</source>
        <translation>В «%1» есть представление, которое создал не Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” lacks a table Inflection makes: %2</source>
        <translation>В «%1» нет таблицы, которую создаёт Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” lacks an index Inflection makes: %2</source>
        <translation>В «%1» нет индекса, который создаёт Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” lacks a trigger Inflection makes: %2</source>
        <translation>В «%1» нет триггера, который создаёт Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” lacks a view Inflection makes: %2</source>
        <translation>В «%1» нет представления, которое создаёт Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has a table changed from what Inflection made: %2</source>
        <translation>В «%1» таблица изменена по сравнению с созданной Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has an index changed from what Inflection made: %2</source>
        <translation>В «%1» индекс изменён по сравнению с созданным Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has a trigger changed from what Inflection made: %2</source>
        <translation>В «%1» триггер изменён по сравнению с созданным Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has a view changed from what Inflection made: %2</source>
        <translation>В «%1» представление изменено по сравнению с созданным Inflection: %2</translation>
    </message>
    <message>
        <source>“%1” has a %2 where Inflection makes a %3: %4</source>
        <translation>В «%1» объект типа %2 там, где Inflection создаёт объект типа %3: %4</translation>
    </message>
    <message>
        <source>“%1” says it has schema version %2, but its tables are those of version %3</source>
        <translation>«%1» указывает версию схемы %2, но его таблицы — версии %3</translation>
    </message>
</context>
<context>
    <name>Inflection::SearchHit</name>
    <message>
        <source>General questions</source>
        <translation>Общие вопросы</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Отступления</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Launch plan</source>
        <translation>План запуска</translation>
    </message>
    <message>
        <source>Contingencies</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Отложенное</translation>
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
        <translation>Сервер «%1» недоступен: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::ServerKeyring</name>
    <message>
        <source>No keyring is running on this desktop, so Inflection cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>В этом рабочем окружении не запущена связка ключей, поэтому Inflection не может запомнить пароль: вводите его каждый раз или храните его в ~/.pgpass.</translation>
    </message>
    <message>
        <source>The desktop's keyring refused (it may be locked), so Inflection cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>Связка ключей рабочего окружения отказала (возможно, она заблокирована), поэтому Inflection не может запомнить пароль: вводите его каждый раз или храните его в ~/.pgpass.</translation>
    </message>
    <message>
        <source>The desktop's keyring did not answer, so Inflection cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>Связка ключей рабочего окружения не ответила, поэтому Inflection не может запомнить пароль: вводите его каждый раз или храните его в ~/.pgpass.</translation>
    </message>
    <message>
        <source>This build of Inflection has no keyring support, so it cannot remember the password: type it each time, or keep it in ~/.pgpass instead.</source>
        <translation>Эта сборка Inflection не поддерживает связку ключей, поэтому не может запомнить пароль: вводите его каждый раз или храните его в ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 (Details: %2)</source>
        <extracomment>%1 a plain sentence, %2 the keyring's own message (technical)</extracomment>
        <translation>%1 (Подробности: %2)</translation>
    </message>
</context>
<context>
    <name>Inflection::ServerLogin</name>
    <message>
        <source>Inflection cannot connect to “%1”: %2</source>
        <translation>Inflection не может подключиться к «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::ServerRoles</name>
    <message>
        <source>Roles belong to a workspace on a server; a file has none.</source>
        <translation>Роли есть у пространства на сервере; у файла их нет.</translation>
    </message>
    <message>
        <source>“%1” is not a level of a workspace: give reader, editor or admin.</source>
        <translation>«%1» — не уровень пространства: укажите reader, editor или admin.</translation>
    </message>
    <message>
        <source>The server has no login “%1”: create it first (CREATE ROLE … LOGIN).</source>
        <translation>На сервере нет учётной записи «%1»: сначала создайте её (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>Your login may not give or take roles on this server: connect as the workspace's owner, a login with CREATEROLE or a superuser.</source>
        <translation>Ваша учётная запись не может выдавать или отбирать роли на этом сервере: подключитесь как владелец пространства, учётная запись с CREATEROLE или суперпользователь.</translation>
    </message>
    <message>
        <source>The workspace on this server has no roles yet: run “inflection server init” first.</source>
        <translation>У пространства на этом сервере ещё нет ролей: сначала выполните «inflection server init».</translation>
    </message>
</context>
<context>
    <name>Inflection::SetFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>%1 (Your %2: “%3”.)</source>
        <translation>%1 (Ваше значение поля «%2»: «%3».)</translation>
    </message>
    <message>
        <source>%1 saved a change first: %2, %3. Theirs: “%4”. Yours, not saved: “%5”.</source>
        <extracomment>Someone else saved the same field first: who, which record, which field, their value, yours.</extracomment>
        <translation>%1 сохранил(а) изменение раньше вас: %2, %3. У них: «%4». У вас, не сохранено: «%5».</translation>
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
        <translation>Сайт или ключевой сценарий (поиск, оформление заказа) недоступен или непригоден для большинства</translation>
    </message>
    <message>
        <source>SEV 2</source>
        <translation>SEV 2</translation>
    </message>
    <message>
        <source>A core flow is degraded, or a feature is down for many people</source>
        <translation>Ключевой сценарий работает хуже, или функция недоступна для многих</translation>
    </message>
    <message>
        <source>SEV 3</source>
        <translation>SEV 3</translation>
    </message>
    <message>
        <source>A feature is degraded for some people; a workaround exists</source>
        <translation>Функция работает хуже для некоторых; есть обходной путь</translation>
    </message>
    <message>
        <source>SEV 4</source>
        <translation>SEV 4</translation>
    </message>
    <message>
        <source>No visible impact; a near miss worth learning from</source>
        <translation>Видимого влияния нет; едва не случившийся сбой, на котором стоит поучиться</translation>
    </message>
</context>
<context>
    <name>Inflection::SlackTimelineParser</name>
    <message>
        <source>%1 is not a Slack channel folder: it has no day files (YYYY-MM-DD.json).</source>
        <translation>%1 — не папка канала Slack: в ней нет файлов по дням (ГГГГ-ММ-ДД.json).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a Slack export day file.</source>
        <translation>%1 — не файл дня выгрузки Slack.</translation>
    </message>
    <message>
        <source>None of the day files in %1 is a Slack export day file.</source>
        <translation>Ни один из файлов дней в %1 не является файлом дня выгрузки Slack.</translation>
    </message>
    <message>
        <source>%1 is not a Slack export: it has no channel folders of day files (YYYY-MM-DD.json).</source>
        <translation>%1 — не выгрузка Slack: в нём нет папок каналов с файлами по дням (ГГГГ-ММ-ДД.json).</translation>
    </message>
    <message>
        <source>%1 holds several channels; choose one of them: %2.</source>
        <translation>В %1 несколько каналов; выберите один из них: %2.</translation>
    </message>
    <message>
        <source>%1 has no channel “%2”; its channels: %3.</source>
        <translation>В %1 нет канала «%2»; его каналы: %3.</translation>
    </message>
    <message>
        <source>shared a file: %1</source>
        <translation>поделился(ась) файлом: %1</translation>
    </message>
    <message>
        <source>%1 (shared a file: %2)</source>
        <translation>%1 (поделился(ась) файлом: %2)</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (изменено)</translation>
    </message>
    <message>
        <source>↳ In a thread: %1</source>
        <translation>↳ В обсуждении: %1</translation>
    </message>
    <message>
        <source>↳ In reply to %1: %2</source>
        <translation>↳ В ответ на сообщение (%1): %2</translation>
    </message>
    <message>
        <source>%1 is a whole Slack export: choose one of its channel folders (%2), or the export's zip file.</source>
        <translation>%1 — это весь экспорт Slack: выберите одну из папок его каналов (%2) или zip-файл экспорта.</translation>
    </message>
</context>
<context>
    <name>Inflection::SqlDialect</name>
    <message>
        <source>The server does not allow your login to make this change, so it was not saved.</source>
        <translation>Сервер не разрешает вашей учётной записи это изменение, поэтому оно не сохранено.</translation>
    </message>
    <message>
        <source>The server has no room left on its disk, so the change was not saved.</source>
        <translation>На диске сервера не осталось места, поэтому изменение не сохранено.</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so the change was not saved.</source>
        <translation>Соединение с сервером потеряно, поэтому изменение не сохранено.</translation>
    </message>
</context>
<context>
    <name>Inflection::SqliteSupport</name>
    <message>
        <source>There is no room left on the disk that holds the workspace, so the change was not saved. Free some space, then make the change again.</source>
        <translation>На диске с рабочим пространством не осталось места, поэтому изменение не сохранено. Освободите место и внесите изменение снова.</translation>
    </message>
    <message>
        <source>The workspace file can no longer be written (it has become read-only), so the change was not saved.</source>
        <translation>Файл рабочего пространства больше нельзя изменять (он стал доступен только для чтения), поэтому изменение не сохранено.</translation>
    </message>
    <message>
        <source>The workspace file could not be written, so the change was not saved. If the disk is full, free some space; if the workspace is on a shared or removable drive, check that it is still there.</source>
        <translation>Не удалось записать файл рабочего пространства, поэтому изменение не сохранено. Если диск заполнен, освободите место; если рабочее пространство на общем или съёмном диске, проверьте, что он на месте.</translation>
    </message>
    <message>
        <source>Someone else is writing to the workspace and did not finish in time, so the change was not saved. Try again in a moment.</source>
        <translation>Кто-то другой пишет в рабочее пространство и не закончил вовремя, поэтому изменение не сохранено. Попробуйте ещё раз через минуту.</translation>
    </message>
</context>
<context>
    <name>Inflection::TechRadar</name>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>отложена</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известная</translation>
    </message>
</context>
<context>
    <name>Inflection::TechRadarFile</name>
    <message>
        <source>it has no name</source>
        <translation>нет названия</translation>
    </message>
    <message>
        <source>the ring “%1” is none of Adopt, Trial, Assess and Hold</source>
        <translation>кольцо «%1» — не Adopt, Trial, Assess или Hold</translation>
    </message>
    <message>
        <source>isNew is “%1”, neither TRUE nor FALSE</source>
        <translation>isNew равно «%1», а не TRUE или FALSE</translation>
    </message>
    <message>
        <source>“%1” names the same technology as line %2</source>
        <translation>«%1» называет ту же технологию, что и строка %2</translation>
    </message>
    <message>
        <source>This is not a radar CSV file: its first row must name the columns name, ring, quadrant, isNew and description.</source>
        <translation>Это не CSV-файл радара: первая строка должна называть столбцы name, ring, quadrant, isNew и description.</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>в ней %1 полей, а в заголовке %2</translation>
    </message>
    <message>
        <source>This is not a radar JSON file: %1 (at byte %2).</source>
        <translation>Это не JSON-файл радара: %1 (байт %2).</translation>
    </message>
    <message>
        <source>This is not a radar JSON file: it must be an array of technologies, each with a name and a ring.</source>
        <translation>Это не JSON-файл радара: он должен быть массивом технологий, у каждой название и кольцо.</translation>
    </message>
    <message>
        <source>it is not an object with a name and a ring</source>
        <translation>это не объект с названием и кольцом</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::TextChange</name>
    <message numerus="yes">
        <source>%n lines now</source>
        <translation>
            <numerusform>теперь %n строка</numerusform>
            <numerusform>теперь %n строки</numerusform>
            <numerusform>теперь %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged; %1</source>
        <translation>Без изменений; %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines added after line %1; %2</source>
        <translation>
            <numerusform>После строки %1 добавлена %n строка; %2</numerusform>
            <numerusform>После строки %1 добавлены %n строки; %2</numerusform>
            <numerusform>После строки %1 добавлено %n строк; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines removed from line %1; %2</source>
        <translation>
            <numerusform>Со строки %1 удалена %n строка; %2</numerusform>
            <numerusform>Со строки %1 удалены %n строки; %2</numerusform>
            <numerusform>Со строки %1 удалено %n строк; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>Строки %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 rewritten as %n lines; %2</source>
        <translation>
            <numerusform>%1 переписаны в %n строку; %2</numerusform>
            <numerusform>%1 переписаны в %n строки; %2</numerusform>
            <numerusform>%1 переписаны в %n строк; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineField</name>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>who</source>
        <translation>кто</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>что произошло</translation>
    </message>
    <message>
        <source>known by</source>
        <translation>кто знал</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>why it made sense</source>
        <translation>почему это казалось разумным</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineImportDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Import into the Timeline</source>
        <translation>Импорт в хронологию</translation>
    </message>
    <message>
        <source>A channel folder of a Slack export (its day files are read)</source>
        <translation>Папка канала из выгрузки Slack (читаются её файлы по дням)</translation>
    </message>
    <message>
        <source>Slack Channel Folder</source>
        <translation>Папка канала Slack</translation>
    </message>
    <message>
        <source>(%1; the incident's start and resolution unless changed)</source>
        <translation>(%1; начало и устранение инцидента, если не изменено)</translation>
    </message>
    <message>
        <source>Events to import</source>
        <translation>События для импорта</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>Интервал времени:</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Reading was stopped; nothing was imported.</source>
        <translation>Чтение остановлено; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Фильтрация…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Импорт остановлен; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Choose a file to see what it would add.</source>
        <translation>Выберите файл, чтобы увидеть, что он добавит.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To add: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Будет добавлено: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>outside the time window: %1</source>
        <translation>вне интервала времени: %1</translation>
    </message>
    <message>
        <source>already in the timeline: %1</source>
        <translation>уже в хронологии: %1</translation>
    </message>
    <message>
        <source>system messages skipped: %1</source>
        <translation>пропущено системных сообщений: %1</translation>
    </message>
    <message>
        <source>lines that could not be read: %1 (%2)</source>
        <translation>строк, которые не удалось прочитать: %1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>A CSV file, a Slack export (its zip, a channel folder or a day file), an IRC log</source>
        <translation>CSV-файл, выгрузка Slack (её zip-файл, папка канала или файл дня), журнал IRC</translation>
    </message>
    <message>
        <source>Timelines and chat logs (*.csv *.json *.zip *.log *.txt);;All files (*)</source>
        <translation>Хронологии и журналы чатов (*.csv *.json *.zip *.log *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Choose a channel…</source>
        <translation>Выберите канал…</translation>
    </message>
    <message numerus="yes">
        <source>#%1 (%n days)</source>
        <translation>
            <numerusform>#%1 (%n день)</numerusform>
            <numerusform>#%1 (%n дня)</numerusform>
            <numerusform>#%1 (%n дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The zip holds %n channels: choose the one to import from.</source>
        <translation>
            <numerusform>В zip-файле %n канал: выберите, из какого импортировать.</numerusform>
            <numerusform>В zip-файле %n канала: выберите, из какого импортировать.</numerusform>
            <numerusform>В zip-файле %n каналов: выберите, из какого импортировать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them with no date: the log has no “Log opened” or “Day changed” line and its file name no date</source>
        <translation>
            <numerusform>%n из них без даты: в журнале нет строки «Log opened» или «Day changed», а в имени файла нет даты</numerusform>
            <numerusform>%n из них без даты: в журнале нет строки «Log opened» или «Day changed», а в имени файла нет даты</numerusform>
            <numerusform>%n из них без даты: в журнале нет строки «Log opened» или «Day changed», а в имени файла нет даты</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing; this can no longer be stopped…</source>
        <translation>Завершение; остановить уже нельзя…</translation>
    </message>
    <message>
        <source>Choose Fi&amp;le…</source>
        <translation>Выбрать фай&amp;л…</translation>
    </message>
    <message>
        <source>Choose Fol&amp;der…</source>
        <translation>Выбрать п&amp;апку…</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineImportFormat</name>
    <message>
        <source>CSV (time, actor, text)</source>
        <translation>CSV (время, участник, текст)</translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation>Выгрузка Slack</translation>
    </message>
    <message>
        <source>IRC log (irssi, WeeChat, ZNC)</source>
        <translation>Журнал IRC (irssi, WeeChat, ZNC)</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1 (событий: %2)</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineKind</name>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Обнаружение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
</context>
<context>
    <name>Inflection::TimelineModel</name>
    <message>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Переместить событие</translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>событие «%1»</translation>
    </message>
    <message>
        <source>Earlier than the event above it: is this the order in which events took place?</source>
        <translation>Раньше события над ним: в таком ли порядке происходили события?</translation>
    </message>
    <message>
        <source>Everyone agrees this happened, at this point</source>
        <translation>Все согласны, что это произошло именно здесь</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>Кто знал</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Why it made sense at the time</source>
        <translation>Почему это тогда казалось разумным</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>Удалить %n событие</numerusform>
            <numerusform>Удалить %n события</numerusform>
            <numerusform>Удалить %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by time</source>
        <translation>Сортировать по времени</translation>
    </message>
</context>
<context>
    <name>Inflection::Workspace</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не существует.</translation>
    </message>
    <message>
        <source>“%1” is not an Inflection workspace: it is not an SQLite database.</source>
        <translation>«%1» — не рабочее пространство Inflection: это не база данных SQLite.</translation>
    </message>
    <message>
        <source>“%1” is truncated: the file is shorter than its own header says, perhaps from an interrupted copy. Restore it from a backup.</source>
        <translation>«%1» обрезан: файл короче, чем указано в его заголовке, возможно, из-за прерванного копирования. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Restore it from a backup.</source>
        <translation>«%1» повреждён, и его нельзя безопасно открыть. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; try again when it has finished.</source>
        <translation>«%1» заблокирован другой программой; попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <source>“%1” is read-only: you can read it, but changes cannot be saved.</source>
        <translation>«%1» доступен только для чтения: его можно читать, но изменения не сохранятся.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Inflection; it is open read-only. Update Inflection to edit it.</source>
        <translation>«%1» записан более новой версией Inflection; он открыт только для чтения. Обновите Inflection, чтобы его редактировать.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>«%1» не удаётся открыть.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>«%1» не удаётся открыть: %2</translation>
    </message>
    <message>
        <source>Qt's SQLite driver is not installed</source>
        <translation>драйвер SQLite для Qt не установлен</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не удаётся прочитать</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>не удаётся создать его папку</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>его папка доступна только для чтения</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>«%1» открыт только для чтения.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Inflection workspace file.</source>
        <translation>«%1» — папка, а не файл рабочего пространства Inflection.</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>файл не удаётся создать</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more difference(s): see “inflection check”)</source>
        <translation>
            <numerusform> (и ещё %n отличие: см. «inflection check»)</numerusform>
            <numerusform> (и ещё %n отличия: см. «inflection check»)</numerusform>
            <numerusform> (и ещё %n отличий: см. «inflection check»)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection's “%1” holds a character Qt cannot pass on</source>
        <translation>параметр подключения «%1» содержит символ, который Qt не может передать</translation>
    </message>
    <message>
        <source>The workspace on the server “%1” cannot be opened: %2</source>
        <translation>Не удаётся открыть рабочую область на сервере «%1»: %2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed</source>
        <translation>драйвер PostgreSQL для Qt не установлен</translation>
    </message>
    <message>
        <source>The server “%1” holds no Inflection workspace.</source>
        <translation>На сервере «%1» нет рабочей области Inflection.</translation>
    </message>
    <message>
        <source>Your login may read the workspace on “%1” but not change it.</source>
        <translation>Ваша учётная запись может читать рабочую область на «%1», но не изменять её.</translation>
    </message>
    <message>
        <source>The workspace on “%1” was written by a newer version of Inflection; it is open read-only. Update Inflection to edit it.</source>
        <translation>Рабочая область на «%1» записана более новой версией Inflection; она открыта только для чтения. Обновите Inflection, чтобы её редактировать.</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceBrowser</name>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Search titles, systems, tags and text</source>
        <translation>Поиск по названиям, системам, меткам и тексту</translation>
    </message>
    <message>
        <source>Search reviews</source>
        <translation>Поиск ревью</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ревью</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>No reviews yet. Start one from the File menu: an architecture review before you build, an operability review before you launch, a postmortem after a failure.</source>
        <translation>Ревью пока нет. Начните через меню «Файл»: ревью архитектуры — до разработки, ревью готовности — до запуска, постмортем — после сбоя.</translation>
    </message>
    <message>
        <source>No review matches the filters.</source>
        <translation>Ни одно ревью не подходит под фильтры.</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <source>No review matches “%1”.</source>
        <translation>Ни одно ревью не подходит под «%1».</translation>
    </message>
    <message>
        <source>No review of the kind and status chosen matches “%1”.</source>
        <translation>Ни одно ревью выбранного вида и статуса не подходит под «%1».</translation>
    </message>
    <message>
        <source>No workspace is open. Open one from the File menu, or connect to a team server (File ▸ Connect to Team Server…).</source>
        <translation>Рабочее пространство не открыто. Откройте его через меню «Файл» или подключитесь к серверу команды («Файл ▸ Подключиться к серверу команды…»).</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceCopier</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>The destination is open read-only.</source>
        <translation>Назначение открыто только для чтения.</translation>
    </message>
    <message>
        <source>%1 was not copied: %2</source>
        <translation>%1 не скопирован: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceLocation</name>
    <message>
        <source>out of memory</source>
        <translation>не хватает памяти</translation>
    </message>
    <message>
        <source>“%1” is not a server connection: %2</source>
        <translation>«%1» — не подключение к серверу: %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <extracomment>%1 a database (or a service), %2 the login that connects to it</extracomment>
        <translation>%1 под именем %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <extracomment>%1 a database, %2 its server, %3 the login that connects to it</extracomment>
        <translation>%1 на %2 под именем %3</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceSalvage</name>
    <message>
        <source>“%1” already exists; give the name of a new file</source>
        <translation>«%1» уже существует; укажите имя нового файла</translation>
    </message>
    <message>
        <source>the reviews of “%1” cannot be read: %2</source>
        <translation>обзоры из «%1» не удаётся прочитать: %2</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceSession</name>
    <message>
        <source>The review could not be created: %1</source>
        <translation>Не удалось создать ревью: %1</translation>
    </message>
    <message>
        <source>That is the workspace open now.</source>
        <translation>Это рабочее пространство, открытое сейчас.</translation>
    </message>
    <message>
        <source>“%1” is not there. If it is on a shared drive, is the drive mounted and reachable? Nothing was published; your review is unchanged here.</source>
        <translation>«%1» не найден. Если он на общем диске — подключён ли диск и доступен ли он? Ничего не опубликовано; ваше ревью здесь не изменилось.</translation>
    </message>
    <message>
        <source>The connection to the server “%1” was lost. Until it is back the workspace is read-only; what you are typing stays in its field, and every change the server acknowledged is kept.</source>
        <translation>Соединение с сервером «%1» потеряно. Пока оно не восстановится, рабочая область доступна только для чтения; то, что вы сейчас вводите, остаётся в поле, а все изменения, подтверждённые сервером, сохранены.</translation>
    </message>
    <message>
        <source>The server “%1” does not answer yet.</source>
        <translation>Сервер «%1» пока не отвечает.</translation>
    </message>
</context>
<context>
    <name>Inflection::WorkspaceSettings</name>
    <message>
        <source>The workspace is read-only; the setting was not saved.</source>
        <translation>Рабочее пространство только для чтения; настройка не сохранена.</translation>
    </message>
    <message>
        <source>A ticket address starts with https:// and has {key} where the ticket's key goes, for example https://tracker.example/browse/{key}.</source>
        <translation>Адрес тикетов начинается с https:// и содержит {key} там, где стоит ключ тикета, например https://tracker.example/browse/{key}.</translation>
    </message>
    <message>
        <source>A workspace needs at least one severity level.</source>
        <translation>Рабочему пространству нужен хотя бы один уровень серьёзности.</translation>
    </message>
    <message>
        <source>Severity level %1 needs a key and a name.</source>
        <translation>Уровню серьёзности %1 нужны ключ и название.</translation>
    </message>
    <message>
        <source>A workspace needs at least one category of contributing factors.</source>
        <translation>Рабочему пространству нужна хотя бы одна категория способствующих факторов.</translation>
    </message>
    <message>
        <source>Category %1 of contributing factors needs a name.</source>
        <translation>Категории способствующих факторов %1 нужно название.</translation>
    </message>
    <message>
        <source>Two categories of contributing factors have the key “%1”.</source>
        <translation>У двух категорий способствующих факторов один ключ «%1».</translation>
    </message>
    <message>
        <source>A known technology needs a name.</source>
        <translation>У известной технологии должно быть название.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same technology to Inflection (“%3”): keep one, or make the name an alias of the other.</source>
        <translation>«%1» и «%2» для Inflection одна и та же технология («%3»): оставьте одну или сделайте название другим написанием второй.</translation>
    </message>
</context>
<context>
    <name>Inflection::ZipArchive</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a zip file: it is a folder.</source>
        <translation>%1 — не zip-файл, а папка.</translation>
    </message>
    <message>
        <source>%1 is not a complete zip file: it is truncated or damaged.</source>
        <translation>%1 — неполный zip-файл: он обрезан или повреждён.</translation>
    </message>
    <message>
        <source>%1 is not a zip file.</source>
        <translation>%1 — не zip-файл.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 as a zip file: %2</source>
        <translation>Не удаётся прочитать %1 как zip-файл: %2</translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation>В %1 нет файла %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is too large to read: more than %3 uncompressed.</source>
        <translation>%1 в %2 слишком велик для чтения: в распакованном виде больше %3.</translation>
    </message>
    <message>
        <source>%1 is too large to read: more than %2 uncompressed.</source>
        <translation>%1 слишком велик для чтения: в распакованном виде больше %2.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: the zip file is damaged (%3).</source>
        <translation>Не удаётся прочитать %1 в %2: zip-файл повреждён (%3).</translation>
    </message>
</context>
</TS>