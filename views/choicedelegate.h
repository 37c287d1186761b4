// Edits a cell by choosing from a fixed list (levels with labels, yes/no/n.a./open, …).
#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <utility>

namespace Inflection {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Each choice: the value written to the model's EditRole, and the label shown.
    using Choices = QList<std::pair<QVariant, QString>>;

    explicit ChoiceDelegate(const Choices &choices, QObject *parent = nullptr);

    // The list changed (a workspace's own list, edited): editors opened from now on offer the new one.
    void setChoices(const Choices &choices) { m_choices = choices; }
    const Choices &choices() const { return m_choices; }
    // For a model that holds the values themselves (a QTableWidget): a cell shows its value's label.
    void setShowsLabels(bool shows) { m_showsLabels = shows; }
    QString displayText(const QVariant &value, const QLocale &locale) const override;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
    bool m_showsLabels = false;
};

} // namespace Inflection
