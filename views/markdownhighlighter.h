// A small Markdown highlighter for builds without KF6SyntaxHighlighting: headings, emphasis, code
// spans and fenced code blocks, list markers, links and quotes, in colours taken from the palette.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Inflection {

class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    MarkdownHighlighter(QTextDocument *document, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State {
        Normal = 0,
        InFence = 1, // inside a ``` or ~~~ block
    };

    QTextCharFormat m_heading;
    QTextCharFormat m_code;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_marker;
    QTextCharFormat m_link;
    QTextCharFormat m_quote;
};

} // namespace Inflection
