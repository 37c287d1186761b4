// The delegate of a form's QDataWidgetMapper: times as DateTimeDelegate shows them, and a field whose
// typed value is not stored yet keeps it while the form is read-only (a server's connection lost, a
// failed save), through every refresh of that time; it is saved once the form is editable again.
#pragma once

#include "datetimedelegate.h"

namespace Inflection {

class FormDelegate : public DateTimeDelegate
{
    Q_OBJECT
public:
    using DateTimeDelegate::DateTimeDelegate;

    // Whether editor holds a value the user entered that the model does not have yet.
    static bool hasTypedValue(const QWidget *editor);
    // Asks the mapper to store editor's typed value, when it has one.
    void saveTypedValue(QWidget *editor);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace Inflection
