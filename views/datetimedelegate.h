// Edits a time with a date-time editor, in a table or (as a QDataWidgetMapper's delegate) a form;
// an empty time stays possible: the earliest date, shown as "Not set", means none.
#pragma once

#include <QStyledItemDelegate>

class QDateTimeEdit;

namespace Inflection {

class DateTimeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Sets up a form's date-time edit to show "Not set" for no time.
    static void configure(QDateTimeEdit *editor);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Inflection
