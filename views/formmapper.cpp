// A form's mapper that turns read-only without losing what is being typed.
#include "formmapper.h"

#include "formdelegate.h"

#include <QWidget>

namespace Inflection {

FormMapper::FormMapper(QAbstractItemModel *model, QObject *parent)
    : QDataWidgetMapper(parent)
    , m_delegate(new FormDelegate(this))
{
    setModel(model);
    setSubmitPolicy(AutoSubmit);
    setItemDelegate(m_delegate); // "Not set" writes no time; typed text outlasts a refresh
}

QList<QWidget *> FormMapper::mappedWidgets() const
{
    QList<QWidget *> widgets;
    for (int section = 0; section < model()->columnCount(); ++section) {
        if (QWidget *widget = mappedWidgetAt(section))
            widgets += widget;
    }
    return widgets;
}

void FormMapper::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *widget : mappedWidgets()) {
        // Read-only where the editor has it (text, times), so that the focus and the text stay.
        if (widget->metaObject()->indexOfProperty("readOnly") >= 0)
            widget->setProperty("readOnly", readOnly);
        else
            widget->setEnabled(!readOnly);
    }
    if (readOnly)
        return;
    // What was typed while the form could not save is saved now, before any refresh can replace it.
    for (QWidget *widget : mappedWidgets())
        m_delegate->saveTypedValue(widget);
}

} // namespace Inflection
