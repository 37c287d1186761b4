// Painted comment cards: no widget a thread, so that hundreds of threads cost nothing until shown.
#include "commentpanel.h"

#include "architecture/commentmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

constexpr int margin = 6;
constexpr int padding = 6;
constexpr int gap = 4;

} // namespace

CommentPanel::CommentPanel(QPlainTextEdit *editor, CommentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(model)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Comments"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    connect(model, &CommentModel::anchorsChanged, this, qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0)
            update();
    });
}

QSize CommentPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 42, 400};
}

void CommentPanel::setShowResolved(bool show)
{
    m_showResolved = show;
    update();
}

void CommentPanel::setCurrentThread(const QString &uuid)
{
    if (uuid == m_current)
        return;
    m_current = uuid;
    update();
    Q_EMIT currentThreadChanged(uuid);
}

QStringList CommentPanel::shownThreads() const
{
    QStringList threads;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_showResolved || !index.data(CommentModel::ResolvedRole).toBool())
            threads.append(index.data(CommentModel::UuidRole).toString());
    }
    return threads;
}

int CommentPanel::cardHeight(const QString &uuid) const
{
    const QModelIndex index = m_model->index(m_model->rowOfThread(uuid), 0);
    const QFontMetrics metrics = fontMetrics();
    const int width = this->width() - 2 * margin - 2 * padding;
    const QString body = index.data(CommentModel::AuthorRole).toString() + u": "_s
        + index.data(CommentModel::TextRole).toString();
    const int bodyHeight
        = qMin(metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, body).height(),
            metrics.lineSpacing() * 4);
    // The quote, the comment, a line of replies or resolution.
    return padding + metrics.lineSpacing() + bodyHeight + metrics.lineSpacing() + padding;
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
        const int height = cardHeight(uuid);
        result.append({uuid, QRect(margin, top, width() - 2 * margin, height), true});
        top += height + gap;
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
        const int height = cardHeight(uuid);
        const int cardTop = qMax(textTop, top);
        if (cardTop > this->height())
            break;
        result.append({uuid, QRect(margin, cardTop, width() - 2 * margin, height), false});
        top = cardTop + height + gap;
    }
    return result;
}

void CommentPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QList<Card> all = cards();
    if (all.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignTop | Qt::TextWordWrap,
            m_model->rowCount() == 0 ? tr("No comments. Select text and press Ctrl+Alt+M to comment on it.")
                                     : tr("No comments on the text shown."));
        return;
    }
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

        QRect line(card.rect.left() + padding, card.rect.top() + padding, card.rect.width() - 2 * padding,
            metrics.lineSpacing());
        QFont italic = font();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString quote = index.data(CommentModel::QuoteRole).toString().simplified();
        const QString quoteLine = card.orphan ? tr("Text gone: “%1”").arg(quote) : u"“%1”"_s.arg(quote);
        painter.drawText(line, Qt::AlignLeft, metrics.elidedText(quoteLine, Qt::ElideRight, line.width()));
        painter.setFont(font());

        const QString body = index.data(CommentModel::AuthorRole).toString() + u": "_s
            + index.data(CommentModel::TextRole).toString();
        QRect bodyRect(line.left(), line.bottom() + 1, line.width(),
            card.rect.height() - 2 * padding - 2 * metrics.lineSpacing());
        painter.setPen(resolved ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
        painter.drawText(bodyRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, body);

        const QStringList replies = index.data(CommentModel::RepliesRole).toStringList();
        QString footer;
        if (resolved)
            footer = tr("Resolved by %1").arg(index.data(CommentModel::ResolvedByRole).toString());
        if (!replies.isEmpty())
            footer = (footer.isEmpty() ? QString() : footer + u" · "_s)
                + tr("Replies: %1, last: %2").arg(replies.size()).arg(replies.last());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(line.left(), card.rect.bottom() - padding - metrics.lineSpacing(),
                             line.width(), metrics.lineSpacing()),
            Qt::AlignLeft, metrics.elidedText(footer, Qt::ElideRight, line.width()));
    }
}

void CommentPanel::mousePressEvent(QMouseEvent *event)
{
    for (const Card &card : cards()) {
        if (card.rect.contains(event->position().toPoint())) {
            setCurrentThread(card.uuid);
            Q_EMIT threadActivated(card.uuid);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void CommentPanel::keyPressEvent(QKeyEvent *event)
{
    // Up and down go through the threads; Enter selects the current one's text.
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
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_current.isEmpty()) {
        Q_EMIT threadActivated(m_current);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Inflection
