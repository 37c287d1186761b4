// The delegate of a form's QDataWidgetMapper: times as DateTimeDelegate shows them, and a value being
// typed is never replaced by a refresh. A refresh that brings nothing new for a field leaves it as it is
// (its text and cursor); one that brings another person's change of the field while it is being typed
// leaves the typed value, which, when saved, is told as a conflict (theirs shown, Keep Mine offered)
// instead of overwriting theirs. While the form is read-only (a server's connection lost, a failed save)
// the typed value stays too, and is saved once the form is editable again.
#pragma once

#include "datetimedelegate.h"

namespace Inflection {

class FormDelegate : public DateTimeDelegate
{
    Q_OBJECT
public:
    using DateTimeDelegate::DateTimeDelegate;

    // Whether editor holds text the user typed that the model does not have yet.
    static bool hasTypedValue(const QWidget *editor);
    // Asks the mapper to store editor's typed value, when it has one.
    void saveTypedValue(QWidget *editor);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    // Shows the stored value in editor and remembers it as what the user starts from.
    void populate(QWidget *editor, const QModelIndex &index) const;
};

} // namespace Inflection
