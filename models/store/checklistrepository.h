// Reads and writes checklist answers; the first answer to a question creates its row.
#pragma once

#include "../domain/checklistanswer.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using ChecklistSaveResult = SaveResult<ChecklistAnswer>;

class ChecklistRepository
{
public:
    explicit ChecklistRepository(Workspace *workspace);

    QList<ChecklistAnswer> answers(qint64 reviewId, QString *error = nullptr) const;
    std::optional<ChecklistAnswer> find(qint64 reviewId, const QString &key, QString *error = nullptr) const;

    // Writes one field. A base with id 0 was never stored: the row is created, unless someone
    // else answered first (then: a conflict carrying their answer).
    ChecklistSaveResult updateField(const ChecklistAnswer &base, ChecklistField field, const QVariant &value);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
