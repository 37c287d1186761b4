// A combo box editor over a fixed list of values.
#include "choicedelegate.h"

#include <QComboBox>

namespace Inflection {

ChoiceDelegate::ChoiceDelegate(const Choices &choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(choices)
{ }

QWidget *ChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[value, label] : m_choices)
        combo->addItem(label, value);
    // Choosing is the edit: commit at once, as a spreadsheet does.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

QString ChoiceDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (m_showsLabels) {
        for (const auto &[choice, label] : m_choices) {
            if (choice == value)
                return label;
        }
    }
    return QStyledItemDelegate::displayText(value, locale);
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant value = combo->currentData();
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

} // namespace Inflection
