// Undoable edit of one field of a review record.
#pragma once

#include "domain/review.h"

#include <QUndoCommand>
#include <QVariant>

namespace Inflection {

class ReviewListModel;

class SetReviewFieldCommand : public QUndoCommand
{
public:
    SetReviewFieldCommand(ReviewListModel *model, const QString &uuid, ReviewField field,
        const QVariant &value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    // Writes value over the stored record; on a conflict with another writer, applies it anyway
    // only when that writer did not touch this field, and otherwise reports the conflict.
    bool apply(const QVariant &from, const QVariant &to);

    ReviewListModel *m_model;
    QString m_uuid;
    ReviewField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Inflection
