// A reply written in place.
#include "replybox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

constexpr int quoteLength = 48; // characters of the anchored text named in the heading

} // namespace

ReplyBox::ReplyBox(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_send(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setBuddy(m_editor);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 2 * m_editor->frameWidth() + 8);
    m_editor->installEventFilter(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &ReplyBox::send);
    connect(m_cancel, &QPushButton::clicked, this, &ReplyBox::cancelled);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
        [this] { m_send->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });

    // The hint has a row of its own: beside the buttons in a narrow panel it wrapped into the editor.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_editor);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    retranslateUi();
}

void ReplyBox::start(const QString &author, const QString &quote)
{
    m_author = author;
    const QString simple = quote.simplified();
    m_quote = simple.size() > quoteLength ? simple.left(quoteLength - 1).trimmed() + u'…' : simple;
    m_editor->clear();
    m_send->setEnabled(false);
    retranslateUi();
}

int ReplyBox::heightFor(int width) const
{
    return hasHeightForWidth() ? qMax(heightForWidth(width), minimumSizeHint().height())
                               : sizeHint().height();
}

QString ReplyBox::heading() const
{
    return m_heading->text();
}

void ReplyBox::retranslateUi()
{
    m_heading->setText(tr("Reply to %1 on “%2”").arg(m_author, m_quote));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setPlaceholderText(tr("Your reply"));
    m_hint->setText(tr("Ctrl+Enter sends, Escape cancels"));
    m_cancel->setText(tr("Cancel"));
    m_send->setText(tr("Send"));
}

void ReplyBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

bool ReplyBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::ShortcutOverride) {
        // These keys are the box's own, whatever shortcuts the window has.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape
            || ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier))) {
            key->accept();
            return true;
        }
    }
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT cancelled();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ReplyBox::send()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (!text.isEmpty())
        Q_EMIT sendRequested(text);
}

} // namespace Inflection
