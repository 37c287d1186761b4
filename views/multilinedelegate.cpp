// QPlainTextEdit editor for long text cells.
#include "multilinedelegate.h"

#include <QKeyEvent>
#include <QPlainTextEdit>

namespace Inflection {

QWidget *MultiLineDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setFrameShape(QFrame::NoFrame);
    editor->installEventFilter(const_cast<MultiLineDelegate *>(this));
    return editor;
}

void MultiLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QPlainTextEdit *>(editor);
    if (edit->document()->isModified())
        return; // the user is typing: a refresh from elsewhere must not wipe it
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->moveCursor(QTextCursor::End);
}

void MultiLineDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = static_cast<QPlainTextEdit *>(editor)->toPlainText();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text, Qt::EditRole);
}

void MultiLineDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Room for a few lines, even in a one-line row.
    QRect r = option.rect;
    r.setHeight(qMax(r.height(), option.fontMetrics.height() * 5));
    editor->setGeometry(r);
}

bool MultiLineDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Inflection
