// Painted comment cards: no widget a thread, so that hundreds of threads cost nothing until shown.
#include "commentpanel.h"

#include "architecture/commentmodel.h"
#include "replybox.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

constexpr int margin = 6;
constexpr int padding = 6;
constexpr int gap = 4;
constexpr int replyIndent = 10;
constexpr int collapsedLines = 4; // of the first comment, when the thread is folded

} // namespace

CommentPanel::CommentPanel(QPlainTextEdit *editor, CommentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(model)
    , m_replyBox(new ReplyBox(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Comments"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_replyBox->hide();
    connect(m_replyBox, &ReplyBox::sendRequested, this, &CommentPanel::sendReply);
    connect(m_replyBox, &ReplyBox::cancelled, this, &CommentPanel::stopReply);
    connect(model, &CommentModel::anchorsChanged, this, &CommentPanel::relayout);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // A thread that is gone is not answered any more.
        if (!m_replying.isEmpty() && m_model->rowOfThread(m_replying) < 0)
            stopReply();
        relayout();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &CommentPanel::relayout);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &CommentPanel::relayout);
    connect(editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0)
            relayout();
    });
}

QSize CommentPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 42, 400};
}

void CommentPanel::setShowResolved(bool show)
{
    m_showResolved = show;
    relayout();
}

void CommentPanel::setCurrentThread(const QString &uuid)
{
    if (uuid == m_current)
        return;
    m_current = uuid;
    update();
    Q_EMIT currentThreadChanged(uuid);
}

void CommentPanel::setExpanded(const QString &uuid, bool expanded)
{
    if (expanded == m_expanded.contains(uuid))
        return;
    if (expanded)
        m_expanded.insert(uuid);
    else
        m_expanded.remove(uuid);
    relayout();
}

void CommentPanel::startReply(const QString &uuid)
{
    const Comment *thread = m_model->comment(uuid);
    if (!thread)
        return;
    setCurrentThread(uuid);
    m_expanded.insert(uuid);
    m_replying = uuid;
    m_replyBox->start(thread->author,
        m_model->index(m_model->rowOfThread(uuid), 0).data(CommentModel::QuoteRole).toString());
    if (const QString draft = m_drafts.take(uuid); !draft.isEmpty()) {
        m_replyBox->editor()->setPlainText(draft);
        m_replyBox->editor()->moveCursor(QTextCursor::End);
    }
    relayout();
    m_replyBox->editor()->setFocus(Qt::OtherFocusReason);
}

void CommentPanel::sendReply(const QString &text)
{
    if (m_replying.isEmpty())
        return;
    // Refused by the store: the box stays with the text, the document tells why.
    if (m_model->reply(m_replying, text).isEmpty())
        return;
    m_replyBox->editor()->clear(); // sent: nothing to keep
    stopReply();
}

void CommentPanel::stopReply()
{
    const bool hadFocus = m_replyBox->isAncestorOf(QApplication::focusWidget());
    // Put away unsent (Escape, Cancel, another thread): the text waits for the next reply to this thread.
    if (!m_replying.isEmpty() && !m_replyBox->editor()->toPlainText().trimmed().isEmpty())
        m_drafts.insert(m_replying, m_replyBox->editor()->toPlainText());
    m_replying.clear();
    m_replyBox->hide();
    relayout();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void CommentPanel::relayout()
{
    update();
    if (m_replying.isEmpty()) {
        m_replyBox->hide();
        return;
    }
    for (const Card &card : cards()) {
        if (card.uuid == m_replying && card.replyBox.isValid()) {
            m_replyBox->setGeometry(card.replyBox);
            m_replyBox->show();
            return;
        }
    }
    // Its card scrolled out of sight: the box waits, text and all, until it is back.
    m_replyBox->hide();
}

void CommentPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QStringList CommentPanel::shownThreads() const
{
    QStringList threads;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_showResolved || !index.data(CommentModel::ResolvedRole).toBool()
            || index.data(CommentModel::UuidRole).toString() == m_replying)
            threads.append(index.data(CommentModel::UuidRole).toString());
    }
    return threads;
}

CommentPanel::Card CommentPanel::layoutCard(const QString &uuid, int top, bool orphan) const
{
    const QModelIndex index = m_model->index(m_model->rowOfThread(uuid), 0);
    const QFontMetrics metrics = fontMetrics();
    const int left = margin + padding;
    const int width = qMax(10, this->width() - 2 * margin - 2 * padding);
    const bool expanded = m_expanded.contains(uuid);
    Card card;
    card.uuid = uuid;
    card.orphan = orphan;
    card.expanded = expanded;
    int y = top + padding;
    const auto wrapped = [&](Text::Kind kind, const QString &text, int indent, int maxLines) {
        const int full
            = metrics.boundingRect(QRect(0, 0, width - indent, 100000), Qt::TextWordWrap, text).height();
        const int height = maxLines > 0 ? qMin(full, metrics.lineSpacing() * maxLines) : full;
        card.texts.append({kind, text, QRect(left + indent, y, width - indent, height),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, height >= full});
        y += height;
        return height >= full;
    };
    const auto line = [&](Text::Kind kind, const QString &text) {
        const QString shown = metrics.elidedText(text, Qt::ElideRight, width);
        card.texts.append({kind, shown, QRect(left, y, width, metrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, shown == text});
        y += metrics.lineSpacing();
        return card.texts.last().rect;
    };

    const QString quote = index.data(CommentModel::QuoteRole).toString().simplified();
    const QString quoteLine = orphan ? tr("Text gone: “%1”").arg(quote) : u"“%1”"_s.arg(quote);
    bool hidden = false; // something is cut off or folded away
    if (expanded)
        wrapped(Text::Quote, quoteLine, 0, 0);
    else {
        line(Text::Quote, quoteLine);
        hidden |= !card.texts.last().whole;
    }
    const QString body = index.data(CommentModel::AuthorRole).toString() + u": "_s
        + index.data(CommentModel::TextRole).toString();
    hidden |= !wrapped(Text::Body, body, 0, expanded ? 0 : collapsedLines);

    const QStringList replies = index.data(CommentModel::RepliesRole).toStringList();
    if (expanded) {
        for (const QString &reply : replies) {
            y += gap;
            wrapped(Text::Reply, reply, replyIndent, 0);
        }
    }
    const bool resolved = index.data(CommentModel::ResolvedRole).toBool();
    if (resolved)
        line(Text::Footer, tr("Resolved by %1").arg(index.data(CommentModel::ResolvedByRole).toString()));
    if (uuid == m_replying) {
        y += gap;
        const int height = m_replyBox->heightFor(width);
        card.replyBox = QRect(left, y, width, height);
        y += height + gap;
    }
    hidden |= !replies.isEmpty();
    if (expanded) {
        card.toggle = line(Text::Footer, u"▾ "_s + tr("Fold the thread"));
    } else if (!replies.isEmpty()) {
        card.toggle = line(Text::Footer,
            u"▸ "_s + tr("%n reply(s), last: %1", nullptr, int(replies.size())).arg(replies.last()));
    } else if (hidden) {
        card.toggle = line(Text::Footer, u"▸ "_s + tr("Show all"));
    } else if (!resolved) {
        y += metrics.lineSpacing(); // every card at least as tall as one with a footer
    }
    card.rect = QRect(margin, top, this->width() - 2 * margin, y + padding - top);
    return card;
}

QList<CommentPanel::Card> CommentPanel::cards() const
{
    QList<Card> result;
    int top = margin;
    const QStringList threads = shownThreads();
    // Orphans first, at the top, in a list of their own.
    for (const QString &uuid : threads) {
        if (m_model->range(uuid))
            continue;
        result.append(layoutCard(uuid, top, true));
        top = result.last().rect.bottom() + 1 + gap;
    }
    // The others level with their text; only those whose text is on screen.
    const QTextBlock first = m_editor->cursorForPosition(QPoint(0, 0)).block();
    const int firstNumber = first.blockNumber();
    const int visibleLines
        = m_editor->viewport()->height() / qMax(1, m_editor->fontMetrics().lineSpacing()) + 2;
    const QPoint viewportOffset
        = m_editor->viewport()->mapTo(window(), QPoint(0, 0)) - mapTo(window(), QPoint(0, 0));
    QTextDocument *document = m_editor->document();
    for (const QString &uuid : threads) {
        const auto range = m_model->range(uuid);
        if (!range)
            continue;
        const QTextBlock block = document->findBlock(range->first);
        if (block.blockNumber() < firstNumber - 1 || block.blockNumber() > firstNumber + visibleLines)
            continue;
        QTextCursor cursor(document);
        cursor.setPosition(range->first);
        const int textTop = m_editor->cursorRect(cursor).top() + viewportOffset.y();
        const int cardTop = qMax(textTop, top);
        if (cardTop > this->height())
            break;
        result.append(layoutCard(uuid, cardTop, false));
        top = result.last().rect.bottom() + 1 + gap;
    }
    return result;
}

void CommentPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QList<Card> all = cards();
    if (all.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignTop | Qt::TextWordWrap,
            m_model->rowCount() == 0 ? tr("No comments. Select text and press Ctrl+Alt+M to comment on it.")
                                     : tr("No comments on the text shown."));
        return;
    }
    QFont italic = font();
    italic.setItalic(true);
    for (const Card &card : all) {
        const QModelIndex index = m_model->index(m_model->rowOfThread(card.uuid), 0);
        const bool resolved = index.data(CommentModel::ResolvedRole).toBool();
        const bool current = card.uuid == m_current;
        QPainterPath path;
        path.addRoundedRect(QRectF(card.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.fillPath(path, pal.color(QPalette::Base));
        QPen border(current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), current ? 2 : 1);
        painter.setPen(border);
        painter.drawPath(path);
        // A bar in the highlight colour of the text it belongs to.
        painter.fillRect(QRect(card.rect.left() + 1, card.rect.top() + 3, 3, card.rect.height() - 6),
            card.orphan    ? QColor(0xc0, 0x30, 0x30)
                : resolved ? pal.color(QPalette::Mid)
                           : QColor(0xf2, 0xc1, 0x4e));
        for (const Text &text : card.texts) {
            switch (text.kind) {
            case Text::Quote:
                painter.setFont(italic);
                painter.setPen(pal.color(QPalette::PlaceholderText));
                break;
            case Text::Body:
            case Text::Reply:
                painter.setFont(font());
                painter.setPen(resolved ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
                break;
            case Text::Footer:
                painter.setFont(font());
                painter.setPen(text.rect == card.toggle ? pal.color(QPalette::Link)
                                                        : pal.color(QPalette::PlaceholderText));
                break;
            }
            if (text.kind == Text::Reply) // a reply hangs from the comment above it
                painter.fillRect(
                    QRect(text.rect.left() - replyIndent / 2 - 1, text.rect.top(), 2, text.rect.height()),
                    pal.color(QPalette::Mid));
            painter.drawText(text.rect, text.flags, text.text);
        }
    }
}

void CommentPanel::mousePressEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    for (const Card &card : cards()) {
        if (card.toggle.contains(at)) {
            setCurrentThread(card.uuid);
            setExpanded(card.uuid, !card.expanded);
            return;
        }
        if (card.rect.contains(at)) {
            setCurrentThread(card.uuid);
            Q_EMIT threadActivated(card.uuid);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void CommentPanel::keyPressEvent(QKeyEvent *event)
{
    // Up and down go through the threads; Enter selects the current one's text; Space folds or
    // unfolds it, Right unfolds and Left folds.
    const QStringList threads = shownThreads();
    const int at = int(threads.indexOf(m_current));
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        if (!threads.isEmpty()) {
            const int next
                = event->key() == Qt::Key_Down ? qMin(at + 1, int(threads.size()) - 1) : qMax(at - 1, 0);
            setCurrentThread(threads.at(next));
        }
        return;
    }
    if (!m_current.isEmpty()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT threadActivated(m_current);
            return;
        case Qt::Key_Space:
            setExpanded(m_current, !isExpanded(m_current));
            return;
        case Qt::Key_Right:
            setExpanded(m_current, true);
            return;
        case Qt::Key_Left:
            setExpanded(m_current, false);
            return;
        default:
            break;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace Inflection
