// Markdown output.
#include "reportmarkdown.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// What would start a block at the start of a line: a heading, a quote, a list item, a rule.
QString escapedLineStart(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    if (i >= line.size())
        return line;
    const QString rest = line.mid(i);
    const auto followedBySpace = [&rest](qsizetype at) {
        return at >= rest.size() || rest.at(at).isSpace();
    };
    const QChar first = rest.at(0);
    static const QRegularExpression rule(u"^([-_*=]\\s*)+$"_s);
    if (first == u'>' || ((first == u'-' || first == u'+') && followedBySpace(1))
        || ((first == u'-' || first == u'=' || first == u'_') && rule.match(rest).hasMatch()))
        return line.left(i) + u'\\' + rest;
    if (first == u'#') {
        qsizetype hashes = 0;
        while (hashes < rest.size() && rest.at(hashes) == u'#')
            ++hashes;
        if (hashes <= 6 && followedBySpace(hashes))
            return line.left(i) + u'\\' + rest;
    }
    static const QRegularExpression ordered(u"^(\\d{1,9})([.)])(\\s|$)"_s);
    if (const QRegularExpressionMatch m = ordered.match(rest); m.hasMatch())
        return line.left(i) + m.captured(1) + u'\\' + rest.mid(m.capturedLength(1));
    return line;
}

// Markdown written by a person, its headings two levels down (at most six): "# Goals" under the
// summary's "## The proposal" becomes "### Goals". ATX headings and "===" setext ones outside code
// fences; the rest of the text as written.
QString nestedHeadings(const QString &markdown)
{
    static const QRegularExpression fence(u"^ {0,3}(```|~~~)"_s);
    static const QRegularExpression atx(u"^ {0,3}(#{1,6})(?=\\s|$)"_s);
    static const QRegularExpression setextTop(u"^ {0,3}=+\\s*$"_s);
    QStringList lines = markdown.split(u'\n');
    QString openFence;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (const QRegularExpressionMatch m = fence.match(line); m.hasMatch()) {
            if (openFence.isEmpty())
                openFence = m.captured(1);
            else if (m.captured(1) == openFence)
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty())
            continue;
        if (const QRegularExpressionMatch m = atx.match(line); m.hasMatch()) {
            const qsizetype hashes = qMin<qsizetype>(6, m.capturedLength(1) + 2);
            line = QString(hashes, u'#') + line.mid(m.capturedEnd(1));
        } else if (i > 0 && !lines.at(i - 1).trimmed().isEmpty() && setextTop.match(line).hasMatch()
            && !atx.match(lines.at(i - 1)).hasMatch()) {
            lines[i - 1] = u"### "_s + lines.at(i - 1).trimmed();
            line.clear();
        }
    }
    return lines.join(u'\n');
}

} // namespace

QString ReportMarkdown::escaped(const QString &text, Context context)
{
    static const QRegularExpression entity(
        u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        QString out;
        out.reserve(line.size() + 8);
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            const QChar before = i > 0 ? line.at(i - 1) : QChar(u' ');
            const QChar after = i + 1 < line.size() ? line.at(i + 1) : QChar(u' ');
            bool escape = false;
            switch (c.unicode()) {
            case u'\\':
            case u'`':
            case u'[': // a link; without it, ] closes nothing
                escape = true;
                break;
            case u'*': // between spaces it neither emphasises nor makes a list
                escape = !before.isSpace() || !after.isSpace() || i == 0;
                break;
            case u'_': // inside a word (snake_case) it emphasises nothing
                escape = !isWordCharacter(before) || !isWordCharacter(after);
                break;
            case u'<': // a tag or an autolink
                escape = after.isLetter() || after == u'/' || after == u'!' || after == u'?';
                break;
            case u'&': // an entity ("&amp;"), not "AT&T"
                escape = entity
                             .match(line, i, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption)
                             .hasMatch();
                break;
            case u'~': // ~~strikethrough~~
                escape = before == u'~' || after == u'~';
                break;
            case u'|':
                escape = context == Context::TableCell;
                break;
            default:
                break;
            }
            if (escape)
                out += u'\\';
            out += c;
        }
        lines.append(context == Context::TableCell ? out : escapedLineStart(out)); // a cell is one line
    }
    return lines.join(u'\n');
}

namespace {

QString cell(const QString &text)
{
    // One line a cell: line breaks as <br>, as wiki tables expect.
    return ReportMarkdown::escaped(text, ReportMarkdown::Context::TableCell).replace(u'\n', u"<br>"_s);
}

QString table(const ReportTable &t)
{
    const QStringList &headers = t.headers;
    const QList<QStringList> &rows = t.rows;
    QString out;
    QStringList head;
    for (const QString &h : headers)
        head << cell(h);
    out += u"| "_s + head.join(u" | "_s) + u" |\n"_s;
    out += u"|"_s + QStringList(headers.size(), u" --- "_s).join(u'|') + u"|\n"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QStringList cells;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const QUrl link = t.link(r, c);
            cells << (link.isValid() && !row.value(c).isEmpty()
                    ? u"["_s + cell(row.value(c)) + u"]("_s + QString::fromLatin1(link.toEncoded()) + u")"_s
                    : cell(row.value(c)));
        }
        out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    return out;
}

} // namespace

QString ReportMarkdown::toMarkdown(const Report &report)
{
    QString out = u"# "_s + escaped(report.title) + u"\n\n_"_s + escaped(report.subtitle) + u"_\n"_s;
    for (const ReportSection &section : report.sections) {
        out += u"\n## "_s + escaped(section.heading) + u"\n\n"_s;
        for (const ReportBlock &b : section.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                out += escaped(b.text).replace(u'\n', u"  \n"_s) + u"\n\n"_s;
                break;
            case ReportBlock::Kind::Fields: {
                QList<QStringList> rows;
                for (const auto &[label, value] : b.fields)
                    rows.append({label, value});
                out += table(ReportTable {{QString(), QString()}, rows, {}, {}, {}}) + u'\n';
                break;
            }
            case ReportBlock::Kind::Table:
                out += table(b.table) + u'\n';
                break;
            case ReportBlock::Kind::Image:
                out += u"_"_s + escaped(b.text) + u"_\n\n"_s;
                if (!b.table.rows.isEmpty())
                    out += table(b.table) + u'\n';
                break;
            case ReportBlock::Kind::Markdown:
                // The proposal as it was written, its headings under the section's.
                out += nestedHeadings(b.text.trimmed()) + u"\n\n"_s;
                break;
            case ReportBlock::Kind::List:
                for (const QString &item : b.text.split(u'\n'))
                    out += u"- "_s + escaped(item) + u'\n';
                out += u'\n';
                break;
            }
        }
    }
    return out;
}

} // namespace Inflection
