// The comment threads beside the proposal editor, each card level with its text (pushed down when
// cards would overlap); the threads whose text is gone (orphans) listed at the top with their quote.
// Click a card to select its text; the editor's cursor on commented text selects the card.
// A card shows its first comment and a line about its replies; expanded (a click on that line, or
// Space, Right and Left on the current card) it shows the whole thread: the quote, the comment and
// every reply in full. A reply is written in place, in a box under the thread's card.
#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QPlainTextEdit;

namespace Inflection {

class CommentModel;
class ReplyBox;

class CommentPanel : public QWidget
{
    Q_OBJECT
public:
    CommentPanel(QPlainTextEdit *editor, CommentModel *model, QWidget *parent = nullptr);

    void setShowResolved(bool show);
    bool showResolved() const { return m_showResolved; }
    QString currentThread() const { return m_current; }
    void setCurrentThread(const QString &uuid);

    bool isExpanded(const QString &uuid) const { return m_expanded.contains(uuid); }
    void setExpanded(const QString &uuid, bool expanded);

    // Opens the reply box under the thread's card (expanded), the keyboard in it.
    void startReply(const QString &uuid);
    // The thread being answered; empty when no reply is being written.
    QString replyingTo() const { return m_replying; }
    ReplyBox *replyBox() const { return m_replyBox; }

    // Where each shown card is, in this widget's coordinates, and what it shows (for tests and hit
    // testing).
    struct Text
    {
        enum Kind {
            Quote,
            Body, // the first comment
            Reply,
            Footer, // resolution, the replies' summary or the line that folds the thread
        };
        Kind kind = Body;
        QString text; // as painted (elided when it did not fit)
        QRect rect;
        int flags = 0; // Qt::AlignmentFlag | Qt::TextFlag
        bool whole = true; // false: elided or cut off
    };
    struct Card
    {
        QString uuid;
        QRect rect;
        bool orphan = false;
        bool expanded = false;
        QList<Text> texts;
        QRect toggle; // the line that expands or folds the thread; empty when nothing is hidden
        QRect replyBox; // where the reply box goes; empty when no reply is written here
    };
    QList<Card> cards() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void currentThreadChanged(const QString &uuid);
    void threadActivated(const QString &uuid); // clicked: select its text

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The card of a thread, its top at top.
    Card layoutCard(const QString &uuid, int top, bool orphan) const;
    QStringList shownThreads() const;
    // Repaints and puts the reply box where its card is now.
    void relayout();
    void sendReply(const QString &text);
    void stopReply();

    QPlainTextEdit *m_editor;
    CommentModel *m_model;
    ReplyBox *m_replyBox;
    bool m_showResolved = false;
    QString m_current;
    QString m_replying;
    QSet<QString> m_expanded;
    QHash<QString, QString> m_drafts; // replies put away unsent, by thread: they come back with the box
};

} // namespace Inflection
