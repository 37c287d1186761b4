// The proposal editor's Markdown highlighting: KF6SyntaxHighlighting's Markdown definition (fenced
// code highlighted in its own language, theme after the palette) when the build has it, otherwise
// the built-in highlighter.
#pragma once

#include <QString>

class QObject;
class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Inflection {

class ProposalHighlighting
{
public:
    // A highlighter on document, owned by owner (a view: the document outlives it).
    static QSyntaxHighlighter *create(QTextDocument *document, const QPalette &palette, QObject *owner);
    // "KSyntaxHighlighting" or "built-in".
    static QString engine();
};

} // namespace Inflection
