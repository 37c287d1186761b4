// Choosing the highlighter.
#include "proposalhighlighting.h"

#include "markdownhighlighter.h"

#include <QPalette>
#include <QTextDocument>

#ifdef INFLECTION_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QSyntaxHighlighter *ProposalHighlighting::create(
    QTextDocument *document, const QPalette &palette, QObject *owner)
{
#ifdef INFLECTION_HAVE_KSYNTAXHIGHLIGHTING
    // One repository for the whole application: loading the definitions is the expensive part.
    static KSyntaxHighlighting::Repository repository;
    const KSyntaxHighlighting::Definition markdown = repository.definitionForName(u"Markdown"_s);
    if (markdown.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(owner);
        highlighter->setTheme(repository.defaultTheme(palette.color(QPalette::Base).lightness() < 128
                ? KSyntaxHighlighting::Repository::DarkTheme
                : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(markdown);
        highlighter->setDocument(document);
        return highlighter;
    }
#endif
    auto *highlighter = new MarkdownHighlighter(document, palette);
    highlighter->setParent(owner);
    return highlighter;
}

QString ProposalHighlighting::engine()
{
#ifdef INFLECTION_HAVE_KSYNTAXHIGHLIGHTING
    return u"KSyntaxHighlighting"_s;
#else
    return u"built-in"_s;
#endif
}

} // namespace Inflection
