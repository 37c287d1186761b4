// QDateTimeEdit editor for times, in local time with seconds; also a QDataWidgetMapper's delegate.
#include "datetimedelegate.h"

#include "domain/datetimeformat.h"
#include <QDateTimeEdit>

namespace Inflection {

static const QDateTime noTime(QDate(2000, 1, 1), QTime(0, 0));

void DateTimeDelegate::configure(QDateTimeEdit *editor)
{
    editor->setMinimumDateTime(noTime);
    editor->setSpecialValueText(tr("Not set"));
    editor->setCalendarPopup(true);
}

QWidget *DateTimeDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateTimeEdit(parent);
    editor->setDisplayFormat(DateTimeFormat::dateTimePattern(DateTimeFormat::Precision::Seconds));
    configure(editor);
    return editor;
}

void DateTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // As a QDataWidgetMapper's delegate, it also sees the form's other widgets.
    auto *edit = qobject_cast<QDateTimeEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QDateTime time = index.data(Qt::EditRole).toDateTime();
    edit->setDateTime(time.isValid() ? time : noTime);
}

void DateTimeDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QDateTimeEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QDateTime time = edit->dateTime();
    const QVariant value = time == noTime ? QVariant() : QVariant(time);
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

} // namespace Inflection
