// A form's delegate that never drops a value being typed, and never lets it overwrite another person's
// change of the same field unseen.
#include "formdelegate.h"

#include "editing/recordtablemodel.h"

#include <QMetaProperty>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

namespace Inflection {

namespace {

// What the editor last showed (its user property's value), and the stored value it came from.
constexpr char shownProperty[] = "_inflection_shown";
constexpr char storedProperty[] = "_inflection_stored";

QVariant editorValue(const QWidget *editor)
{
    const QMetaProperty user = editor->metaObject()->userProperty();
    return user.isValid() ? user.read(editor) : QVariant();
}

} // namespace

bool FormDelegate::hasTypedValue(const QWidget *editor)
{
    // Only text counts: a time or a choice always shows what is stored.
    const QVariant shown = editor->property(shownProperty);
    const QVariant value = editorValue(editor);
    return shown.isValid() && value.typeId() == QMetaType::QString && value != shown;
}

void FormDelegate::saveTypedValue(QWidget *editor)
{
    if (hasTypedValue(editor))
        Q_EMIT commitData(editor);
}

void FormDelegate::populate(QWidget *editor, const QModelIndex &index) const
{
    DateTimeDelegate::setEditorData(editor, index);
    editor->setProperty(shownProperty, editorValue(editor));
    editor->setProperty(storedProperty, index.data(Qt::EditRole));
}

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant stored = index.data(Qt::EditRole);
    const QVariant value = editorValue(editor);
    if (value.typeId() == QMetaType::QString && value == stored) {
        // Already shown, typed and now saved, say: the text and the cursor stay as they are.
        editor->setProperty(shownProperty, value);
        editor->setProperty(storedProperty, stored);
        return;
    }
    // A value being typed stays through any refresh; whether another person changed the field meanwhile
    // is settled when it is saved.
    if (hasTypedValue(editor))
        return;
    populate(editor, index);
}

void FormDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QVariant mine = editorValue(editor);
    const QVariant base = editor->property(storedProperty);
    const QVariant theirs = index.data(Qt::EditRole);
    auto *records = qobject_cast<RecordTableModel *>(model);
    if (records && hasTypedValue(editor) && base.isValid() && theirs != base && theirs != mine) {
        // Someone else saved this field while it was being typed: theirs is shown, mine is offered.
        //: A form's field (its name) saved by someone else while the user typed; the user's text.
        const QString message
            = tr("Someone else changed %1 while you were typing. Theirs is shown; yours, not saved: “%2”.")
                  .arg(model->headerData(index.column(), Qt::Horizontal).toString(), mine.toString());
        const QPersistentModelIndex where(index);
        populate(editor, index);
        records->reportConflict({message, [model = QPointer<QAbstractItemModel>(model), where, mine] {
                                     if (model && where.isValid())
                                         model->setData(where, mine, Qt::EditRole);
                                 }});
        return;
    }
    DateTimeDelegate::setModelData(editor, model, index);
}

} // namespace Inflection
