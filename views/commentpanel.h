// The comment threads beside the proposal editor, each card level with its text (pushed down when
// cards would overlap); the threads whose text is gone (orphans) listed at the top with their quote.
// Click a card to select its text; the editor's cursor on commented text selects the card.
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace Inflection {

class CommentModel;

class CommentPanel : public QWidget
{
    Q_OBJECT
public:
    CommentPanel(QPlainTextEdit *editor, CommentModel *model, QWidget *parent = nullptr);

    void setShowResolved(bool show);
    bool showResolved() const { return m_showResolved; }
    QString currentThread() const { return m_current; }
    void setCurrentThread(const QString &uuid);
    // Where each shown card is, in this widget's coordinates (for tests and hit testing).
    struct Card
    {
        QString uuid;
        QRect rect;
        bool orphan = false;
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

private:
    int cardHeight(const QString &uuid) const;
    QStringList shownThreads() const;

    QPlainTextEdit *m_editor;
    CommentModel *m_model;
    bool m_showResolved = false;
    QString m_current;
};

} // namespace Inflection
