// A form's delegate that never drops a value typed and not stored yet while the form is read-only.
#include "formdelegate.h"

#include <QMetaProperty>
#include <QWidget>

namespace Inflection {

namespace {

// What the editor last showed of the model, beside its own value (the user property, as the
// delegate reads and writes it).
constexpr char shownProperty[] = "_inflection_shown";

QVariant editorValue(const QWidget *editor)
{
    const QMetaProperty user = editor->metaObject()->userProperty();
    return user.isValid() ? user.read(editor) : QVariant();
}

bool isReadOnly(const QWidget *editor)
{
    const QVariant readOnly = editor->property("readOnly");
    return readOnly.isValid() ? readOnly.toBool() : !editor->isEnabled();
}

} // namespace

bool FormDelegate::hasTypedValue(const QWidget *editor)
{
    const QVariant shown = editor->property(shownProperty);
    return shown.isValid() && editorValue(editor) != shown;
}

void FormDelegate::saveTypedValue(QWidget *editor)
{
    if (hasTypedValue(editor))
        Q_EMIT commitData(editor);
}

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // A refresh while the form is read-only (reconnecting, a reload) leaves typed text where it is.
    if (isReadOnly(editor) && hasTypedValue(editor))
        return;
    DateTimeDelegate::setEditorData(editor, index);
    editor->setProperty(shownProperty, editorValue(editor));
}

} // namespace Inflection
