// Draws a review's title with, under it, where a search found the review and the text there.
#pragma once

#include <QStyledItemDelegate>

namespace Inflection {

class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of a row with a snippet: two lines of the font.
    static int rowHeight(const QFontMetrics &metrics);
};

} // namespace Inflection
