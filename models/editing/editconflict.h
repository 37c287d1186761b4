// A change refused because someone else saved the same thing first: what to tell the user, and how to
// keep their own value after all.
#pragma once

#include <QMetaType>
#include <QString>
#include <functional>

namespace Inflection {

struct EditConflict
{
    EditConflict() = default;
    // A notice only (a removal or a move that could not be made): nothing to choose.
    EditConflict(const QString &text) // NOLINT(google-explicit-constructor): every notice is one
        : message(text)
    { }
    EditConflict(const QString &text, std::function<void()> keep)
        : message(text)
        , keepMine(std::move(keep))
    { }

    // Names the field, their value and the user's.
    QString message;
    // Stores the user's value over theirs as a new revision, as an undoable edit. Taking theirs needs
    // nothing: theirs is what is shown. Empty when there is no choice to make.
    std::function<void()> keepMine;

    bool hasChoice() const { return bool(keepMine); }
};

} // namespace Inflection

Q_DECLARE_METATYPE(Inflection::EditConflict)
