// Underlines, as they are typed, the phrases of a text editor that point at people instead of the
// system (the blameless coach); hovering one explains it, and its context menu dismisses it for
// that occurrence.
#pragma once

#include "lint/reviewfindings.h"

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;

namespace Inflection {

class BlamelessHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // On edit's document; field names the text (for dismissals), label says it to people.
    BlamelessHighlighter(QPlainTextEdit *edit, const QString &field, const QString &label);

    QString field() const { return m_field; }
    void setDismissed(const QSet<QString> &keys);
    // The review's people, whom the coach knows by name.
    void setPeople(const QStringList &people);
    void setSystems(const QStringList &systems); // names that are never a person
    // The open findings of the text as it is now.
    QList<FieldFinding> findings() const { return m_open; }
    // The open finding covering a document position, if any.
    std::optional<FieldFinding> findingAt(int position) const;
    static QTextCharFormat findingFormat(const QPalette &palette);
    static QString toolTip(const LintFinding &finding);

Q_SIGNALS:
    void dismissRequested(const FieldFinding &finding);
    void findingsChanged();

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void showContextMenu(const QPoint &position);

    QPlainTextEdit *m_edit;
    QString m_field;
    QString m_label;
    QSet<QString> m_dismissed;
    QStringList m_people;
    QStringList m_systems;
    QList<FieldFinding> m_open;
    QTextCharFormat m_format;
    bool m_updating = false;
};

} // namespace Inflection
