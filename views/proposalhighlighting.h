// The proposal editor's Markdown highlighting: KF6SyntaxHighlighting's Markdown definition (fenced
// code highlighted in its own language, theme after the palette) when the build has it, otherwise
// the built-in highlighter.
#pragma once

#include <QString>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Inflection {

class ProposalHighlighting
{
public:
    // A highlighter on document, owned by it.
    static QSyntaxHighlighter *create(QTextDocument *document, const QPalette &palette);
    // "KSyntaxHighlighting" or "built-in".
    static QString engine();
};

} // namespace Inflection
