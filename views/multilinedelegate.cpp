// QPlainTextEdit editor for long text cells.
#include "multilinedelegate.h"

#include "blamelesshighlighter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextLayout>
#include <QToolTip>

namespace Inflection {

QWidget *MultiLineDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setFrameShape(QFrame::NoFrame);
    editor->installEventFilter(const_cast<MultiLineDelegate *>(this));
    if (m_editorHook)
        m_editorHook(editor, index);
    return editor;
}

void MultiLineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<FieldFinding> findings = m_findings ? m_findings(index) : QList<FieldFinding>();
    if (findings.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // One line, as the cell shows it; a line break counts as one character, like the space shown.
    const QString text = index.data(Qt::EditRole).toString().replace(u'\n', u' ');
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);

    QTextLayout layout(text, opt.font);
    QList<QTextLayout::FormatRange> ranges;
    const QTextCharFormat format = BlamelessHighlighter::findingFormat(opt.palette);
    for (const FieldFinding &f : findings)
        ranges.append({int(f.finding.start), int(f.finding.length), format});
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();

    painter->save();
    painter->setClipRect(rect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
            selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

bool MultiLineDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QList<FieldFinding> findings = m_findings ? m_findings(index) : QList<FieldFinding>();
    if (event->type() != QEvent::ToolTip || findings.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip;
    for (const FieldFinding &f : findings)
        tip += BlamelessHighlighter::toolTip(f.finding);
    QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
    return true;
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
