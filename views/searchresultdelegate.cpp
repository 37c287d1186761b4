// Title on the first line, "Place: …snippet…" (matched words in bold) on the second.
#include "searchresultdelegate.h"

#include "workspace/reviewfilterproxymodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

int SearchResultDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.height() + 10;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(ReviewFilterProxyModel::MatchSnippetRole).toString().isEmpty())
        size.setHeight(qMax(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

void SearchResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString snippet = index.data(ReviewFilterProxyModel::MatchSnippetRole).toString();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int line = item.fontMetrics.height();
    // The title keeps the first line; the row's background and focus cover both.
    item.displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const QRect second(text.left() + 3, text.top() + line + 4, text.width() - 6, line + 2);
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(item.font);
    const QString place = index.data(ReviewFilterProxyModel::MatchPlaceRole).toString().toHtmlEscaped();
    //: Under a review's title in the review list: where a search found it, and the text there
    //: (rich text: %1 the place, %2 the text with the matched words in bold).
    document.setHtml(
        u"<span style=\"white-space: pre\">"_s + tr("<i>%1:</i> %2").arg(place, snippet) + u"</span>"_s);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = item.state & QStyle::State_Selected;
    context.palette = item.palette;
    context.palette.setColor(QPalette::Text,
        item.palette.color(item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
            selected ? QPalette::HighlightedText : QPalette::Text));
    context.clip = QRectF(0, 0, second.width(), second.height());
    painter->save();
    painter->setClipRect(second);
    painter->translate(second.topLeft());
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace Inflection
