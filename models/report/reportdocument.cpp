// Building the summary document.
#include "reportdocument.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QTextCharFormat textFormat(qreal pointSize = 10, bool bold = false)
{
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

void insertTable(QTextCursor &cursor, const ReportTable &table, bool headerRow)
{
    const int columns = int(table.headers.isEmpty() ? 2 : table.headers.size());
    const int rows = int(table.rows.size()) + (headerRow ? 1 : 0);
    if (rows == 0)
        return;
    QTextTableFormat format;
    format.setBorder(headerRow ? 0.5 : 0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headerRow ? 1 : 0); // repeated at the top of each page
    QList<int> widths = table.widths;
    if (!headerRow && columns == 2 && widths.isEmpty()) // label and value
        widths = {24, 76};
    if (widths.size() == columns) {
        QList<QTextLength> constraints;
        for (const int percent : widths)
            constraints.append(QTextLength(QTextLength::PercentageLength, percent));
        format.setColumnWidthConstraints(constraints);
    }
    QTextTable *t = cursor.insertTable(rows, columns, format);
    int row = 0;
    if (headerRow) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(QColor(0xe8, 0xea, 0xed));
            cell.setFormat(cellFormat);
            QTextCursor in = cell.firstCursorPosition();
            in.insertText(table.headers.at(c), textFormat(9, true));
        }
        row = 1;
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r, ++row) {
        const bool marked = table.marked.value(r);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(row, c);
            if (marked) {
                QTextCharFormat cellFormat = cell.format();
                cellFormat.setBackground(QColor(0xfd, 0xe8, 0xe6));
                cell.setFormat(cellFormat);
            }
            QTextCursor in = cell.firstCursorPosition();
            in.insertText(table.rows.at(r).value(c), textFormat(9, !headerRow && c == 0));
        }
    }
    cursor.movePosition(QTextCursor::End);
}

// Images in the proposal are shown as their Markdown, not fetched.
QString withoutImages(const QString &markdown)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\(([^)]*)\\)"_s);
    QString result = markdown;
    result.replace(image, u"\\!\\[\\1\\]\\(\\2\\)"_s);
    return result;
}

} // namespace

QUrl ReportDocument::imageUrl()
{
    return QUrl(u"inflection-report:image"_s);
}

ReportDocument::ReportDocument(const Report &report, QObject *parent)
    : QTextDocument(parent)
{
    setDocumentMargin(0);
    if (!report.image.isNull())
        addResource(QTextDocument::ImageResource, imageUrl(), report.image);
    QTextCursor cursor(this);
    QTextBlockFormat block;
    block.setBottomMargin(4);
    cursor.setBlockFormat(block);
    cursor.insertText(report.title, textFormat(18, true));
    cursor.insertBlock(block);
    cursor.insertText(report.subtitle, textFormat(11));
    for (const ReportSection &section : report.sections) {
        QTextBlockFormat heading;
        heading.setTopMargin(14);
        heading.setBottomMargin(6);
        cursor.insertBlock(heading);
        cursor.insertText(section.heading, textFormat(13, true));
        for (const ReportBlock &b : section.blocks) {
            QTextBlockFormat paragraph;
            paragraph.setBottomMargin(4);
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                for (const QString &line : b.text.split(u'\n')) {
                    cursor.insertBlock(paragraph);
                    cursor.insertText(line, textFormat());
                }
                break;
            case ReportBlock::Kind::Fields: {
                ReportTable pairs;
                for (const auto &[label, value] : b.fields)
                    pairs.rows.append({label, value});
                cursor.insertBlock(paragraph);
                insertTable(cursor, pairs, false);
                break;
            }
            case ReportBlock::Kind::Table:
                cursor.insertBlock(paragraph);
                insertTable(cursor, b.table, true);
                break;
            case ReportBlock::Kind::Image: {
                QTextBlockFormat centred;
                centred.setAlignment(Qt::AlignHCenter);
                cursor.insertBlock(centred);
                QTextImageFormat image;
                image.setName(imageUrl().toString());
                image.setWidth(360);
                image.setHeight(288);
                cursor.insertImage(image);
                cursor.insertBlock(centred);
                cursor.insertText(b.text, textFormat(9));
                break;
            }
            case ReportBlock::Kind::Markdown: {
                // A child document: what it would load is asked of this one, which fetches nothing.
                QTextDocument rendered(this);
                rendered.setMarkdown(withoutImages(b.text),
                    QTextDocument::MarkdownFeatures(
                        QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
                cursor.insertBlock(paragraph);
                cursor.insertFragment(QTextDocumentFragment(&rendered));
                break;
            }
            }
        }
    }
}

QVariant ReportDocument::loadResource(int type, const QUrl &name)
{
    if (name == imageUrl())
        return QTextDocument::loadResource(type, name);
    m_refused.append(name.toString());
    return {};
}

} // namespace Inflection
