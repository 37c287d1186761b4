// A review summary before it is a document: sections of paragraphs, label–value fields, tables, an
// image and Markdown. The same content becomes a PDF (ReportDocument, ReportPrinter) and Markdown
// (ReportMarkdown), so both say the same.
#pragma once

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Inflection {

struct ReportTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> marked; // a row to stand out (overdue, new technology); may be shorter than rows
    QList<int> widths; // each column's share of the width in percent; empty: as the text needs
    // Where a cell's text leads (a ticket's key to the ticket), by row and column; may be shorter
    // than rows, an invalid address for a cell without one.
    QList<QList<QUrl>> links;

    QUrl link(qsizetype row, qsizetype column) const { return links.value(row).value(column); }
};

struct ReportBlock
{
    enum class Kind {
        Paragraph, // text; line breaks kept
        Fields, // label–value pairs
        Table,
        Image, // the report's image, with text as its caption (and its figures as a table, for text)
        Markdown, // text rendered from Markdown (the proposal)
        List, // items, one per line of text, each with a bullet
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QList<std::pair<QString, QString>> fields;
    ReportTable table;
};

struct ReportSection
{
    QString heading;
    QList<ReportBlock> blocks;

    void paragraph(const QString &text) { blocks.append({ReportBlock::Kind::Paragraph, text, {}, {}}); }
    void fields(const QList<std::pair<QString, QString>> &pairs)
    {
        blocks.append({ReportBlock::Kind::Fields, {}, pairs, {}});
    }
    void table(const ReportTable &table) { blocks.append({ReportBlock::Kind::Table, {}, {}, table}); }
    // The report's image; figures are what it shows, as a table, where a format has no pictures.
    void image(const QString &caption, const ReportTable &figures = {})
    {
        blocks.append({ReportBlock::Kind::Image, caption, {}, figures});
    }
    void list(const QStringList &items)
    {
        blocks.append({ReportBlock::Kind::List, items.join(u'\n'), {}, {}});
    }
    void markdown(const QString &text) { blocks.append({ReportBlock::Kind::Markdown, text, {}, {}}); }
};

struct Report
{
    QString title;
    QString subtitle; // kind and status
    QList<ReportSection> sections;
    QImage image; // the heatmap of an operability review, the learning report's chart
    QSizeF imageSize {360, 288}; // as laid out on the page, in pixels at 96 per inch
};

} // namespace Inflection
