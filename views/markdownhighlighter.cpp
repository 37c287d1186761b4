// The built-in Markdown highlighter.
#include "markdownhighlighter.h"

#include <QFontDatabase>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor accent = palette.color(QPalette::Link);
    const QColor muted = dark ? QColor(0xa0, 0xa8, 0xb0) : QColor(0x5a, 0x62, 0x6a);
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(accent);
    m_code.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    m_code.setForeground(dark ? QColor(0xe6, 0xb4, 0x50) : QColor(0x8a, 0x45, 0x00));
    m_emphasis.setFontItalic(true);
    m_strong.setFontWeight(QFont::Bold);
    m_marker.setForeground(accent);
    m_marker.setFontWeight(QFont::Bold);
    m_link.setForeground(accent);
    m_link.setFontUnderline(true);
    m_quote.setForeground(muted);
    m_quote.setFontItalic(true);
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression fence(u"^\\s{0,3}(```|~~~)"_s);
    static const QRegularExpression heading(u"^\\s{0,3}#{1,6}(\\s|$)"_s);
    static const QRegularExpression listMarker(u"^\\s*([-*+]|\\d+[.)])\\s"_s);
    static const QRegularExpression quote(u"^\\s{0,3}>"_s);
    static const QRegularExpression codeSpan(u"`[^`]+`"_s);
    static const QRegularExpression strong(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s);
    static const QRegularExpression emphasis(
        u"(?<![*_\\w])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![*_\\w])"_s);
    static const QRegularExpression link(u"!?\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]+>"_s);

    const bool fenceLine = fence.match(text).hasMatch();
    if (previousBlockState() == InFence) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(fenceLine ? Normal : InFence);
        return;
    }
    if (fenceLine) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(InFence);
        return;
    }
    setCurrentBlockState(Normal);
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    if (quote.match(text).hasMatch())
        setFormat(0, int(text.size()), m_quote);
    if (const auto m = listMarker.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_marker);
    for (const QRegularExpression *pattern : {&strong, &emphasis, &link}) {
        const QTextCharFormat &format = pattern == &strong ? m_strong
            : pattern == &emphasis                         ? m_emphasis
                                                           : m_link;
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    }
    // Code spans last: nothing inside them is emphasis or a link.
    for (auto it = codeSpan.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_code);
    }
}

} // namespace Inflection
