// Where a reply to a comment thread is written, in place under the thread's card: it names the thread
// it answers (who started it, on which text), wraps what is typed, sends on Ctrl+Enter and is put
// away by Escape.
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Inflection {

class ReplyBox : public QFrame
{
    Q_OBJECT
public:
    explicit ReplyBox(QWidget *parent = nullptr);

    // Empties the text and names the thread: who wrote its first comment, on which text.
    void start(const QString &author, const QString &quote);
    QString heading() const;
    // The height the box needs at this width, its heading and hint wrapped.
    int heightFor(int width) const;
    QLabel *hint() const { return m_hint; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void send();

    QLabel *m_heading;
    QPlainTextEdit *m_editor;
    QLabel *m_hint;
    QPushButton *m_cancel;
    QPushButton *m_send;
    QString m_author;
    QString m_quote;
};

} // namespace Inflection
