// A table for the meeting room: its columns share the width by what they hold (short values whole,
// the rest to the text columns), every row as tall as its wrapped text, the current row always
// shown whole. Read-only: edits are made at the laptop.
#pragma once

#include <optional>

#include <QFont>
#include <QHash>
#include <QList>
#include <QTableView>
#include <QTimer>

namespace Inflection {

class ProjectionDelegate;

class ProjectionTable : public QTableView
{
    Q_OBJECT
public:
    explicit ProjectionTable(QWidget *parent = nullptr);

    ProjectionDelegate *projectionDelegate() const { return m_delegate; }
    // The columns that take the width the others leave, in these shares.
    void setStretchColumns(const QList<int> &columns)
    {
        m_stretch = columns;
        scheduleLayout();
    }
    // The share of the width the stretched columns keep, at least, when the others would like more.
    void setTextShare(double share) { m_textShare = share; }
    // The type the window wants; the table uses it, or the largest smaller one in which its columns
    // fit the width and its tallest row the height.
    void setBaseFont(const QFont &font);

    // Columns and rows fitted now (normally a moment after any change); the current row in sight.
    void relayout();
    // Scrolls row into sight once the rows are fitted (where nothing is current: a list that grows).
    void showRowWhenLaidOut(int row);
    // Whether a change waits to be fitted (a moment after it was made).
    bool layoutPending() const { return m_layoutTimer.isActive(); }
    // Whether the current row lies wholly inside the viewport.
    bool currentRowWhollyVisible() const;

    void setModel(QAbstractItemModel *model) override;

    // For a list that grows (the parking lot): only its newest rows that fit, each whole, are shown;
    // the older ones are out of sight above (counted, never half shown under a heading).
    void setNewestWhole(bool on)
    {
        m_newestWhole = on;
        scheduleLayout();
    }
    int hiddenAbove() const { return m_hiddenAbove; }

Q_SIGNALS:
    void hiddenAboveChanged(int rows);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    // How the table is laid out in one type: each shown column's width, the header's height, each
    // row's height, and whether that all fits (the least widths in the width, the tallest row, or in a
    // list of the newest the newest, in the height).
    struct Plan
    {
        QFont type;
        QList<int> shown; // the columns laid out
        QHash<int, int> widths;
        int headerHeight = 0;
        QList<int> heights;
        bool measured = false; // header and rows measured
        bool fits = false;
    };
    void scheduleLayout();
    QFont typeOf(int pixels) const;
    // The plan in the given type, or the largest smaller type (down to half) in which it fits.
    Plan largestFitting(int givenPixels, bool breakWords) const;
    // With breakWords, long words of letters may break across lines when whole ones do not fit.
    Plan planAt(const QFont &type, bool breakWords) const;
    // The plan with its header and rows measured, when it has columns laid out.
    Plan measuredIfLaidOut(Plan plan) const;
    // The plan's header and row heights; whether its tallest row (or the newest) fits the height.
    bool measureRows(Plan &plan) const;
    void apply(const Plan &plan);
    void showCurrentWhole();

    ProjectionDelegate *m_delegate;
    QList<int> m_stretch;
    double m_textShare = 0.4;
    QTimer m_layoutTimer;
    bool m_fitting = false;
    std::optional<QFont> m_givenFont; // set by the window, else the inherited font when first laid out
    int m_rowToShow = -1;
    bool m_newestWhole = false;
    int m_hiddenAbove = 0;
};

} // namespace Inflection
