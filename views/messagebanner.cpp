// Coloured, word-wrapped notice strip with an optional close button.
#include "messagebanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

MessageBanner::MessageBanner(bool closable, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_keepMine(new QPushButton(tr("&Keep Mine"), this))
    , m_takeTheirs(new QPushButton(tr("Take &Theirs"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    m_keepMine->setToolTip(tr("Save your value over theirs, as a new change (undoable)"));
    m_takeTheirs->setToolTip(tr("Keep their value, which is shown now"));
    layout->addWidget(m_keepMine, 0, Qt::AlignTop);
    layout->addWidget(m_takeTheirs, 0, Qt::AlignTop);
    m_keepMine->hide();
    m_takeTheirs->hide();
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        const auto keep = std::exchange(m_pendingKeepMine, {});
        hide();
        if (keep)
            keep();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        m_pendingKeepMine = {};
        hide();
    });
    if (closable) {
        m_close = new QToolButton(this);
        m_close->setAutoRaise(true);
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        m_close->setToolTip(tr("Dismiss"));
        m_close->setAccessibleName(tr("Dismiss message"));
        connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
        layout->addWidget(m_close, 0, Qt::AlignTop);
    }
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showConflict(const EditConflict &conflict)
{
    showMessage(conflict.message);
    m_pendingKeepMine = conflict.keepMine;
    m_keepMine->setVisible(conflict.hasChoice());
    m_takeTheirs->setVisible(conflict.hasChoice());
}

QPushButton *MessageBanner::addButton(const QString &text, const std::function<void()> &action)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, action);
    // Before the close button, after the message and any other button.
    auto *box = static_cast<QHBoxLayout *>(layout());
    box->insertWidget(box->count() - (m_close ? 1 : 0), button, 0, Qt::AlignTop);
    m_buttons.append(button);
    return button;
}

void MessageBanner::setMessageText(const QString &text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
}

bool MessageBanner::offersChoice() const
{
    return m_keepMine->isVisibleTo(this);
}

void MessageBanner::showMessage(const QString &text, Level level)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->deleteLater();
    m_buttons.clear();
    m_pendingKeepMine = {};
    m_keepMine->hide();
    m_takeTheirs->hide();
    m_label->setText(text);
    m_level = level;
    setAccessibleDescription(text);
    QPalette pal = palette();
    // Light or dark, the strip stays readable: tint the window colour rather than pick fixed colours.
    const QColor base = pal.color(QPalette::Window);
    const QColor tint = level == Level::Warning ? QColor(0xf0, 0xb0, 0x30) : QColor(0x40, 0x90, 0xe0);
    const qreal mix = 0.3;
    const QColor background = QColor::fromRgbF(base.redF() * (1 - mix) + tint.redF() * mix,
        base.greenF() * (1 - mix) + tint.greenF() * mix, base.blueF() * (1 - mix) + tint.blueF() * mix);
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
    show();
    if (m_host) {
        place();
        raise();
        m_expiry->start();
    }
}

namespace {

constexpr int floatingMargin = 12;
constexpr int floatingLifetimeMs = 20000;

} // namespace

void MessageBanner::floatOver(QWidget *host)
{
    m_host = host;
    setParent(host);
    host->installEventFilter(this);
    m_expiry = new QTimer(this);
    m_expiry->setSingleShot(true);
    m_expiry->setInterval(floatingLifetimeMs);
    connect(m_expiry, &QTimer::timeout, this, [this] {
        // Not while the user is reading it or about to press one of its buttons.
        if (underMouse() || isAncestorOf(QApplication::focusWidget()))
            m_expiry->start();
        else
            hide();
    });
    hide();
}

void MessageBanner::place()
{
    const int width = qMin(m_host->width() - 2 * floatingMargin, qMax(480, m_host->width() * 2 / 3));
    const int height
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    setGeometry((m_host->width() - width) / 2, m_host->height() - height - floatingMargin, width, height);
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace Inflection
