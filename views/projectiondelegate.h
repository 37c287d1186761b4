// How the meeting room sees a cell: the whole text, wrapped at word boundaries (a word wider than its
// column breaks where it must) and never cut off with "…", in the window's large type; the current row filled
// with a strong colour; a cell that needs attention (an overdue date, an event out of order) as a badge that
// reads on a projector; in a list, a bullet before each item so that wrapped items stay apart.
#pragma once

#include <QStyledItemDelegate>
#include <functional>

class QTableView;
class QTextLayout;

namespace Inflection {

class ProjectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The cells of view: their widths are its columns'.
    explicit ProjectionDelegate(QTableView *view);

    void setBullets(bool bullets) { m_bullets = bullets; }
    bool bullets() const { return m_bullets; }
    // Whether the current row is filled (the lists where nothing is current are not).
    void setHighlightCurrent(bool highlight) { m_highlightCurrent = highlight; }

    // Which cells need the room's attention (an overdue date, say): they are drawn as a badge.
    using Alert = std::function<bool(const QModelIndex &index)>;
    void setAlert(Alert alert) { m_alert = std::move(alert); }
    bool isAlert(const QModelIndex &index) const { return m_alert && m_alert(index); }

    // The font a cell is drawn in: base with the model's bold or italic.
    static QFont cellFont(const QFont &base, const QModelIndex &index);
    // Where the text of a cell drawn in cell goes: the cell less its padding, a bullet or a colour swatch.
    QRect textRect(const QRect &cell, const QModelIndex &index, const QFont &font) const;
    // The height a cell needs to show its whole text at that column width.
    int heightFor(const QModelIndex &index, int width, const QFont &font) const;
    // Which words may break across lines when whole ones do not fit: none; those of letters alone (in
    // a short column: a date, a time, a ticket key or a host name stays whole); or any (in prose).
    enum class Breaking { None, WordsOfLetters, AnyWord };
    // The narrowest width at which no word of the cell is broken (its widest word, padding and all);
    // a word that may break counts as a few characters wide.
    int minimumWidth(const QModelIndex &index, const QFont &font, Breaking breaking = Breaking::None) const;
    // The width at which the cell's text fits on one line.
    int naturalWidth(const QModelIndex &index, const QFont &font) const;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Lays text out in lines of at most width, at word boundaries and, for a word wider than that,
    // anywhere; returns the size it takes. layout is left ready to draw.
    static QSize layOut(QTextLayout &layout, const QString &text, const QFont &font, int width);
    // Characters a word of letters keeps on a line before it may break, when breaking.
    static constexpr int shortestBrokenWord = 7;

private:
    // Space taken before the text: a bullet or a colour swatch.
    int leadWidth(const QModelIndex &index, const QFont &font) const;
    static int padding(const QFont &font);

    QTableView *m_view;
    bool m_bullets = false;
    bool m_highlightCurrent = true;
    Alert m_alert;
};

} // namespace Inflection
