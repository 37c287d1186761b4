// The column widths of a table: each column at least as wide as its header and what it shows, the
// width left over first making short text whole and then shared by the text columns, and the widths
// the user sets remembered per table.
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QTableView;

namespace Inflection {

class GridColumns : public QObject
{
    Q_OBJECT
public:
    // key names the table in the settings ("postmortem/timeline"); the object lives as the view's child.
    GridColumns(QTableView *view, const QString &key);

    // A column of free text: it takes its share (weight) of the width left over. Its values are
    // measured up to widestChars average characters (longer ones show in full in their tooltips).
    void setTextColumn(int column, int weight = 1, int widestChars = 40);
    // What a column shows, as samples of its widest values, instead of measuring its rows (a large
    // table, or values from a small known set); decoration is the width of an icon beside the text.
    void setSamples(int column, const QStringList &samples, int decoration = 0);

    // Sizes the columns again (the view does this itself when it or its model changes).
    void fit();
    // The width a column needs for its header text, sort indicator included.
    int headerWidth(int column) const;
    // Forgets the widths the user set on this table.
    void resetUserWidths();

    // Where the widths the user set are remembered.
    static QString settingsGroup(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int cellMargin() const;
    int contentWidth(int column) const;
    void sectionResized(int column, int oldSize, int newSize);

    QTableView *m_view;
    QWidget *m_viewport; // kept: the filter must not ask a view that is being destroyed for it
    QString m_key;
    QHash<int, int> m_textWeights;
    QHash<int, int> m_textWidest;
    QHash<int, QStringList> m_samples;
    QHash<int, int> m_decorations;
    QHash<int, int> m_userWidths;
    bool m_fitting = false;
    QTimer m_refit;
    // What the rows in view need, by column, while they stay the same (contentWidth() is const: a cache).
    mutable QHash<int, int> m_measured;
    // The widest values of rows scrolled past since the rows last changed: a column never narrows
    // under the reader's eyes as they scroll, and widens for a wider value scrolled into view.
    QHash<int, int> m_seen;
    mutable int m_measuredHeight = 0;
};

} // namespace Inflection
