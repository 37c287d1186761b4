// SQL for checklist answers.
#include "checklistrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const RecordTable<ChecklistAnswer>::Mapping layout {
    u"checklist_answer"_s,
    checklistFields(),
    {u"key"_s, u"answer"_s, u"notes"_s},
    [](const QSqlQuery &q, int c, ChecklistAnswer &a) {
        a.key = q.value(c).toString();
        a.answer = checklistAnswers().fromKey(q.value(c + 1).toString(), ChecklistAnswerValue::Open);
        a.notes = q.value(c + 2).toString();
    },
    [](const ChecklistAnswer &a) -> QVariantList {
        return {a.key, checklistAnswers().key(a.answer), RecordWriter::text(a.notes)};
    },
    [](ChecklistField, const QVariant &value) -> QVariant { return RecordWriter::text(value.toString()); },
    [](const ChecklistAnswer &a) { return a.key; },
    u"id"_s,
    {u"review"_s, u"key"_s},
};

} // namespace

ChecklistRepository::ChecklistRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

} // namespace Inflection
