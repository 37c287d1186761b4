// Title on the first line, "Place: …snippet…" (matched words in bold) on the second, cut with "…" where
// the column ends.
#include "searchresultdelegate.h"

#include "domain/searchhit.h"
#include "workspace/reviewfilterproxymodel.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

int SearchResultDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.height() + 10;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(ReviewFilterProxyModel::MatchMarkedRole).toString().isEmpty())
        size.setHeight(qMax(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

void SearchResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QString marked = index.data(ReviewFilterProxyModel::MatchMarkedRole).toString();
    if (marked.isEmpty()) {
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
    QRect second(text.left() + 3, text.top() + line + 4, text.width() - 6, line + 2);
    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setClipRect(second);
    painter->setPen(item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));

    // Runs of plain and matched text, the place's name first; drawn one after another until the
    // column ends, the last one cut with "…".
    static const QRegularExpression space(u"\\s+"_s);
    marked.replace(space, u" "_s);
    struct Run
    {
        QString text;
        bool match;
        bool place;
    };
    //: Under a review's title in the review list: where a search found it (%1), before the text there.
    QList<Run> runs {
        {tr("%1:").arg(index.data(ReviewFilterProxyModel::MatchPlaceRole).toString()) + u' ', false, true}};
    bool inMatch = false;
    QString current;
    for (const QChar c : std::as_const(marked)) {
        if (c == QChar(SearchHit::matchStart) || c == QChar(SearchHit::matchEnd)) {
            if (!current.isEmpty())
                runs.append({current, inMatch, false});
            current.clear();
            inMatch = c == QChar(SearchHit::matchStart);
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        runs.append({current, inMatch, false});

    // When it is too long, the text before the first match gives way (cut at its start) so that the
    // match shows.
    int total = 0;
    for (const Run &run : std::as_const(runs)) {
        QFont font = item.font;
        font.setBold(run.match);
        font.setItalic(run.place);
        total += QFontMetrics(font).horizontalAdvance(run.text);
    }
    for (qsizetype i = 1; total > second.width() && i + 1 < runs.size(); ++i) {
        if (runs.at(i + 1).match) {
            const QFontMetrics metrics(item.font);
            const int room = second.width() / 3;
            if (metrics.horizontalAdvance(runs.at(i).text) > room)
                runs[i].text = metrics.elidedText(runs.at(i).text, Qt::ElideLeft, room);
            break;
        }
    }

    int x = second.left();
    for (const Run &run : std::as_const(runs)) {
        QFont font = item.font;
        font.setBold(run.match);
        font.setItalic(run.place);
        painter->setFont(font);
        const QFontMetrics metrics(font);
        const int room = second.right() - x;
        if (room <= 0)
            break;
        const QString shown = metrics.horizontalAdvance(run.text) <= room
            ? run.text
            : metrics.elidedText(run.text, Qt::ElideRight, room);
        painter->drawText(
            QRect(x, second.top(), room, second.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += metrics.horizontalAdvance(shown);
        if (shown != run.text)
            break;
    }
    painter->restore();
}

} // namespace Inflection
