// Markdown output.
#include "reportmarkdown.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString ReportMarkdown::escaped(const QString &text)
{
    static const QString special = u"\\`*_{}[]<>()#+-.!|&~"_s;
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

namespace {

QString cell(const QString &text)
{
    // One line a cell: line breaks as <br>, as wiki tables expect.
    return ReportMarkdown::escaped(text).replace(u'\n', u"<br>"_s);
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString out;
    QStringList head;
    for (const QString &h : headers)
        head << cell(h);
    out += u"| "_s + head.join(u" | "_s) + u" |\n"_s;
    out += u"|"_s + QStringList(headers.size(), u" --- "_s).join(u'|') + u"|\n"_s;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < headers.size(); ++c)
            cells << cell(row.value(c));
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
                out += table({QString(), QString()}, rows) + u'\n';
                break;
            }
            case ReportBlock::Kind::Table:
                out += table(b.table.headers, b.table.rows) + u'\n';
                break;
            case ReportBlock::Kind::Image:
                out += u"_"_s + escaped(b.text) + u"_\n\n"_s;
                break;
            case ReportBlock::Kind::Markdown:
                out += b.text.trimmed() + u"\n\n"_s; // the proposal as it was written
                break;
            }
        }
    }
    return out;
}

} // namespace Inflection
