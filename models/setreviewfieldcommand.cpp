// Writes one review field through the store, then updates the model; handles concurrent writers.
#include "setreviewfieldcommand.h"

#include "reviewlistmodel.h"
#include "store/reviewrepository.h"

#include <QCoreApplication>

namespace Inflection {

namespace {
constexpr int commandIdBase = 0x1000;

QString displayValue(ReviewField field, const QVariant &value)
{
    if (field == ReviewField::Status) {
        if (const auto status = reviewStatusFromKey(value.toString()))
            return reviewStatusDisplayName(*status);
    }
    return value.toString();
}
} // namespace

SetReviewFieldCommand::SetReviewFieldCommand(ReviewListModel *model, const QString &uuid, ReviewField field,
    const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_uuid(uuid)
    , m_field(field)
    , m_newValue(value)
{
    if (const Review *review = m_model->reviewByUuid(uuid))
        m_oldValue = review->field(field);
    setText(QCoreApplication::translate("Inflection::SetReviewFieldCommand", "Change %1")
                .arg(reviewFieldDisplayName(field)));
}

void SetReviewFieldCommand::redo()
{
    if (!apply(m_oldValue, m_newValue))
        setObsolete(true);
}

void SetReviewFieldCommand::undo()
{
    if (!apply(m_newValue, m_oldValue))
        setObsolete(true);
}

int SetReviewFieldCommand::id() const
{
    return commandIdBase + static_cast<int>(m_field);
}

bool SetReviewFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetReviewFieldCommand *>(other);
    if (next->m_uuid != m_uuid || next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    if (m_newValue == m_oldValue)
        setObsolete(true);
    return true;
}

bool SetReviewFieldCommand::apply(const QVariant &from, const QVariant &to)
{
    const Review *current = m_model->reviewByUuid(m_uuid);
    if (!current)
        return false;
    Review base = *current;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const ReviewSaveResult result = m_model->repository()->updateField(base, m_field, to);
        switch (result.status()) {
        case ReviewSaveResult::Status::Saved:
            m_model->replaceReviewWithoutUndo(result.review());
            return true;
        case ReviewSaveResult::Status::Failed:
            m_model->reportError(result.errorMessage());
            return false;
        case ReviewSaveResult::Status::Conflict: {
            const Review &theirs = result.review();
            m_model->replaceReviewWithoutUndo(theirs);
            if (theirs.field(m_field) == from) {
                // They changed other fields only: ours applies on top of theirs.
                base = theirs;
                continue;
            }
            if (theirs.field(m_field) == to)
                return true; // they made the same change
            m_model->reportConflict(
                QCoreApplication::translate("Inflection::SetReviewFieldCommand",
                    "%1 changed the %2 of “%3” before you. Theirs: “%4”. Yours, "
                    "not saved: “%5”.")
                    .arg(theirs.updatedBy, reviewFieldDisplayName(m_field), theirs.title,
                        displayValue(m_field, theirs.field(m_field)), displayValue(m_field, to)));
            return false;
        }
        }
    }
    return false;
}

} // namespace Inflection
