// The blameless coach in a text editor.
#include "blamelesshighlighter.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

BlamelessHighlighter::BlamelessHighlighter(QPlainTextEdit *edit, const QString &field, const QString &label)
    : QSyntaxHighlighter(edit->document())
    , m_edit(edit)
    , m_field(field)
    , m_label(label)
    , m_format(findingFormat(edit->palette()))
{
    // After the text changed (and after the changed block was highlighted): the findings of the
    // whole text again, since a finding's number among its phrase's depends on the text before it.
    connect(edit->document(), &QTextDocument::contentsChanged, this, &BlamelessHighlighter::update);
    edit->viewport()->installEventFilter(this);
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(edit, &QWidget::customContextMenuRequested, this, &BlamelessHighlighter::showContextMenu);
    update();
}

QTextCharFormat BlamelessHighlighter::findingFormat(const QPalette &palette)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    // Orange on light and dark backgrounds alike; not red, which says "error".
    format.setUnderlineColor(palette.color(QPalette::Base).lightness() > 128 ? QColor(0xd9, 0x6c, 0x00)
                                                                             : QColor(0xff, 0xa7, 0x26));
    return format;
}

QString BlamelessHighlighter::toolTip(const LintFinding &finding)
{
    QString tip
        = u"<p><b>%1</b> — %2</p>"_s.arg(finding.phrase.toHtmlEscaped(), finding.explanation.toHtmlEscaped());
    if (!finding.suggestion.isEmpty())
        tip += u"<p>%1</p>"_s.arg(tr("Instead: %1").arg(finding.suggestion).toHtmlEscaped());
    return tip;
}

void BlamelessHighlighter::setDismissed(const QSet<QString> &keys)
{
    if (keys == m_dismissed)
        return;
    m_dismissed = keys;
    update();
}

void BlamelessHighlighter::setPeople(const QStringList &people)
{
    if (people == m_people)
        return;
    m_people = people;
    update();
}

void BlamelessHighlighter::setSystems(const QStringList &systems)
{
    if (systems == m_systems)
        return;
    m_systems = systems;
    update();
}

void BlamelessHighlighter::update()
{
    if (m_updating)
        return;
    const QList<FieldFinding> all
        = ReviewFindings::ofField({m_field, m_label, document()->toPlainText(), m_people, m_systems});
    QList<FieldFinding> open;
    for (const FieldFinding &f : all) {
        if (!m_dismissed.contains(f.key()))
            open.append(f);
    }
    auto same = [](const QList<FieldFinding> &a, const QList<FieldFinding> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!(a.at(i).finding == b.at(i).finding) || a.at(i).occurrence != b.at(i).occurrence)
                return false;
        }
        return true;
    };
    if (same(open, m_open))
        return;
    m_open = open;
    m_updating = true;
    rehighlight();
    m_updating = false;
    Q_EMIT findingsChanged();
}

void BlamelessHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const FieldFinding &f : std::as_const(m_open)) {
        const qsizetype start = qMax(f.finding.start, blockStart);
        const qsizetype end = qMin(f.finding.start + f.finding.length, blockEnd);
        if (start < end)
            setFormat(int(start - blockStart), int(end - start), m_format);
    }
}

std::optional<FieldFinding> BlamelessHighlighter::findingAt(int position) const
{
    for (const FieldFinding &f : m_open) {
        if (position >= f.finding.start && position <= f.finding.start + f.finding.length)
            return f;
    }
    return std::nullopt;
}

bool BlamelessHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && watched == m_edit->viewport()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_edit->cursorForPosition(help->pos()).position();
        if (const auto finding = findingAt(position)) {
            QToolTip::showText(help->globalPos(), toolTip(finding->finding), m_edit->viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void BlamelessHighlighter::showContextMenu(const QPoint &position)
{
    QMenu *menu = m_edit->createStandardContextMenu(position);
    const int at = m_edit->cursorForPosition(position).position();
    // From the keyboard (the menu key), the finding at the text cursor.
    const auto finding = findingAt(at) ? findingAt(at) : findingAt(m_edit->textCursor().position());
    if (finding) {
        QAction *first = menu->actions().value(0);
        auto *explain = new QAction(finding->finding.explanation, menu);
        explain->setEnabled(false);
        auto *dismiss = new QAction(tr("&Dismiss “%1” Here").arg(finding->finding.phrase), menu);
        const FieldFinding chosen = *finding;
        connect(dismiss, &QAction::triggered, this, [this, chosen] { Q_EMIT dismissRequested(chosen); });
        menu->insertAction(first, explain);
        menu->insertAction(first, dismiss);
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_edit->viewport()->mapToGlobal(position));
}

} // namespace Inflection
