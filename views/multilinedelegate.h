// Edits a text cell over several lines: Enter commits, Shift+Enter starts a new line. Optionally
// shows the blameless coach's findings: underlined in the cell, explained in its tooltip, and in
// the editor as it is typed.
#pragma once

#include "lint/reviewfindings.h"

#include <QStyledItemDelegate>
#include <functional>

class QPlainTextEdit;

namespace Inflection {

class MultiLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The findings to show in a cell (positions in its edit text).
    using Findings = std::function<QList<FieldFinding>(const QModelIndex &index)>;
    void setFindings(Findings findings) { m_findings = std::move(findings); }
    // Called with each new editor, for the cell it edits (a coach to attach, say).
    using EditorHook = std::function<void(QPlainTextEdit *editor, const QModelIndex &index)>;
    void setEditorHook(EditorHook hook) { m_editorHook = std::move(hook); }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    Findings m_findings;
    EditorHook m_editorHook;
};

} // namespace Inflection
