// The stored answer to one checklist question of one review.
#pragma once

#include "checklistquestion.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Inflection {

enum class ChecklistField {
    Answer,
    Notes,
};

QString checklistFieldDisplayName(ChecklistField field);

struct ChecklistAnswer
{
    qint64 id = 0; // 0: not stored yet (never answered)
    QString uuid;
    int revision = 0;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QString key;
    ChecklistAnswerValue answer = ChecklistAnswerValue::Open;
    QString notes;

    QVariant field(ChecklistField field) const; // Answer: the storage key ("yes", …)
    bool setField(ChecklistField field, const QVariant &value);
    bool operator==(const ChecklistAnswer &other) const;
    bool operator!=(const ChecklistAnswer &other) const { return !(*this == other); }
};

} // namespace Inflection
