// QDateTimeEdit editor for event times, in local time with seconds.
#include "datetimedelegate.h"

#include <QDateTimeEdit>

namespace Inflection {

static const QDateTime noTime(QDate(2000, 1, 1), QTime(0, 0));

QWidget *DateTimeDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateTimeEdit(parent);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    editor->setMinimumDateTime(noTime);
    editor->setSpecialValueText(tr("No time"));
    editor->setCalendarPopup(true);
    return editor;
}

void DateTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDateTime time = index.data(Qt::EditRole).toDateTime();
    static_cast<QDateTimeEdit *>(editor)->setDateTime(time.isValid() ? time : noTime);
}

void DateTimeDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDateTime time = static_cast<QDateTimeEdit *>(editor)->dateTime();
    const QVariant value = time == noTime ? QVariant() : QVariant(time);
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

} // namespace Inflection
