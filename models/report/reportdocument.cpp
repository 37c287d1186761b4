// Building the summary document.
#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>
#include <algorithm>
#include <cmath>

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

// A table, in parts where it is split: each part after the first starts a page, under its own
// copy of the header row. Gives each part with the index of its first row in table.rows.
QList<std::pair<QTextTable *, int>> insertTable(
    QTextCursor &cursor, const ReportTable &table, bool headerRow, QList<int> splits)
{
    QList<std::pair<QTextTable *, int>> parts;
    std::sort(splits.begin(), splits.end());
    splits.erase(std::unique(splits.begin(), splits.end()), splits.end());
    QList<int> starts {0};
    for (const int row : std::as_const(splits)) {
        if (row > 0 && row < table.rows.size())
            starts.append(row);
    }
    for (qsizetype part = 0; part < starts.size(); ++part) {
        const int first = starts.at(part);
        const int last = part + 1 < starts.size() ? starts.at(part + 1) : int(table.rows.size());
        if (part > 0) { // a small block between two tables, at the foot of the page before
            QTextBlockFormat spacer;
            spacer.setLineHeight(1, QTextBlockFormat::FixedHeight);
            cursor.insertBlock(spacer);
        }
        const int columns = int(table.headers.isEmpty() ? 2 : table.headers.size());
        const int rows = (last - first) + (headerRow ? 1 : 0);
        if (rows == 0)
            return parts;
        QTextTableFormat format;
        format.setPageBreakPolicy(
            part > 0 ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
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
        for (int r = first; r < last; ++r, ++row) {
            const bool marked = table.marked.value(r);
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = t->cellAt(row, c);
                if (marked) {
                    QTextCharFormat cellFormat = cell.format();
                    cellFormat.setBackground(QColor(0xfd, 0xe8, 0xe6));
                    cell.setFormat(cellFormat);
                }
                QTextCursor in = cell.firstCursorPosition();
                QTextCharFormat text = textFormat(9, !headerRow && c == 0);
                if (const QUrl link = table.link(r, c); link.isValid()) {
                    // The short text, linked: a clickable annotation in the PDF.
                    text.setAnchor(true);
                    text.setAnchorHref(link.toString());
                    text.setForeground(QColor(0x1a, 0x4f, 0x9c));
                    text.setFontUnderline(true);
                }
                in.insertText(table.rows.at(r).value(c), text);
            }
        }
        cursor.movePosition(QTextCursor::End);
        parts.append({t, first});
    }
    return parts;
}

// Images in the proposal are shown as their Markdown, not fetched.
QString withoutImages(const QString &markdown)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\(([^)]*)\\)"_s);
    QString result = markdown;
    result.replace(image, u"\\!\\[\\1\\]\\(\\2\\)"_s);
    return result;
}

// The proposal's own headings one level below the summary's sections, and never larger than them.
void nestHeadings(QTextDocument *rendered)
{
    for (QTextBlock block = rendered->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setHeadingLevel(std::min(6, ReportDocument::NestedLevel + level - 1));
        format.setTopMargin(8);
        format.setBottomMargin(4);
        cursor.setBlockFormat(format);
        const qreal size = level == 1 ? 12 : level == 2 ? 11 : 10;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat chars = fragment.charFormat();
            chars.clearProperty(QTextFormat::FontSizeAdjustment);
            chars.setFontPointSize(size);
            chars.setFontWeight(QFont::Bold);
            QTextCursor part(rendered);
            part.setPosition(fragment.position());
            part.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            part.setCharFormat(chars);
        }
    }
}

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0;
}

bool breaksBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

void setBreakBefore(const QTextBlock &block, bool on)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(on ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
    QTextCursor(block).setBlockFormat(format);
}

} // namespace

QUrl ReportDocument::imageUrl()
{
    return QUrl(u"inflection-report:image"_s);
}

ReportDocument::ReportDocument(const Report &report, QObject *parent)
    : QTextDocument(parent)
    , m_report(report)
{
    build();
}

void ReportDocument::build()
{
    const Report &report = m_report;
    clear();
    m_parts.clear();
    int ordinal = 0; // of the report's tables, in order
    const auto added = [this, &ordinal](const QList<std::pair<QTextTable *, int>> &parts) {
        for (const auto &[table, first] : parts)
            m_parts.insert(table, {ordinal, first});
        ++ordinal;
    };
    setDocumentMargin(0);
    QFont base = defaultFont();
    base.setPointSizeF(10);
    setDefaultFont(base);
    // Lines break between words only: a word too long for its column is never cut in two.
    QTextOption wrapping = defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    setDefaultTextOption(wrapping);
    if (!report.image.isNull())
        addResource(QTextDocument::ImageResource, imageUrl(), report.image);
    QTextCursor cursor(this);
    QTextBlockFormat block;
    block.setBottomMargin(4);
    QTextBlockFormat title = block;
    title.setHeadingLevel(TitleLevel);
    cursor.setBlockFormat(title);
    cursor.insertText(report.title, textFormat(18, true));
    cursor.insertBlock(block);
    cursor.insertText(report.subtitle, textFormat(11));
    for (const ReportSection &section : report.sections) {
        QTextBlockFormat heading;
        heading.setTopMargin(14);
        heading.setBottomMargin(6);
        heading.setHeadingLevel(SectionLevel);
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
            case ReportBlock::Kind::List: {
                // A bullet to each item, wrapped lines hanging under the item's first word.
                QTextBlockFormat item = paragraph;
                const qreal indent = QFontMetricsF(textFormat().font()).horizontalAdvance(u"• "_s);
                item.setLeftMargin(item.leftMargin() + indent);
                item.setTextIndent(-indent);
                for (const QString &line : b.text.split(u'\n')) {
                    cursor.insertBlock(item);
                    cursor.insertText(u"• "_s + line, textFormat());
                }
                break;
            }
            case ReportBlock::Kind::Fields: {
                ReportTable pairs;
                for (const auto &[label, value] : b.fields)
                    pairs.rows.append({label, value});
                cursor.insertBlock(paragraph);
                added(insertTable(cursor, pairs, false, m_splits.value(ordinal)));
                break;
            }
            case ReportBlock::Kind::Table:
                cursor.insertBlock(paragraph);
                added(insertTable(cursor, b.table, true, m_splits.value(ordinal)));
                break;
            case ReportBlock::Kind::Image: {
                QTextBlockFormat centred;
                centred.setAlignment(Qt::AlignHCenter);
                cursor.insertBlock(centred);
                QTextImageFormat image;
                image.setName(imageUrl().toString());
                image.setWidth(report.imageSize.width());
                image.setHeight(report.imageSize.height());
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
                nestHeadings(&rendered);
                cursor.insertBlock(paragraph);
                cursor.insertFragment(QTextDocumentFragment(&rendered));
                break;
            }
            }
        }
    }
    for (const int position : std::as_const(m_blockBreaks))
        setBreakBefore(findBlock(position), true);
    if (m_pageSize.isValid()) {
        documentLayout()->setPaintDevice(layoutDevice());
        setPageSize(m_pageSize);
    }
}

int ReportDocument::pageOf(qreal y) const
{
    const qreal height = pageSize().height();
    return height > 0 ? int(std::floor(y / height)) : 0;
}

QRectF ReportDocument::linesRect(const QTextBlock &block) const
{
    const QRectF rect = documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return QRectF(rect.topLeft(), QSizeF(rect.width(), 0));
    const QTextLine first = layout->lineAt(0);
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return QRectF(QPointF(rect.left(), rect.top() + first.y()),
        QPointF(rect.right(), rect.top() + last.y() + last.height()));
}

QList<QTextTable *> ReportDocument::tables() const
{
    QList<QTextTable *> found;
    QList<QTextFrame *> frames = rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        if (auto *table = qobject_cast<QTextTable *>(frame))
            found.append(table);
        frames = frame->childFrames() + frames;
    }
    return found;
}

QList<QRectF> ReportDocument::rowRects(QTextTable *table) const
{
    QList<QRectF> rows;
    for (int r = 0; r < table->rows(); ++r) {
        QRectF row;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            for (QTextBlock b = cell.firstCursorPosition().block();
                 b.isValid() && b.position() <= cell.lastPosition(); b = b.next())
                row = row.isNull() ? linesRect(b) : row.united(linesRect(b));
        }
        rows.append(row);
    }
    return rows;
}

namespace {

bool inTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

// The block to break the page before so that `block` starts a page together with the headings
// directly above it (empty blocks between them aside).
QTextBlock startOfRun(const QTextBlock &block)
{
    QTextBlock target = block;
    for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
        if (isHeading(b))
            target = b;
        else if (!b.text().isEmpty() || inTable(b))
            break;
    }
    return target;
}

} // namespace

QPaintDevice *ReportDocument::layoutDevice()
{
    if (m_layoutDevice.isNull()) {
        m_layoutDevice = QImage(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(Resolution / 0.0254);
        m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
        m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    }
    return &m_layoutDevice;
}

void ReportDocument::paginate(const QSizeF &pageSize)
{
    m_pageSize = pageSize;
    documentLayout()->setPaintDevice(layoutDevice());
    setPageSize(pageSize);
    // Each round mends the first place (in reading order) where the page breaks badly and builds the
    // document again; what comes before it is settled, so the rounds end. What cannot be mended (a
    // row or a heading with its text taller than a page) is left as it is.
    QSet<int> accepted;
    for (int round = 0; round < 500; ++round) {
        if (!mendFirstBreak(&accepted))
            break;
    }
}

bool ReportDocument::mendFirstBreak(QSet<int> *accepted)
{
    const qreal pageHeight = pageSize().height();
    int position = -1;
    std::function<void()> mend;
    const auto found = [&](int at, std::function<void()> how) {
        if (accepted->contains(at) || (position >= 0 && at >= position))
            return;
        position = at;
        mend = std::move(how);
    };
    // Breaking the page before a block, with the headings right above it; not where it would only
    // leave a page empty.
    const auto breakBefore = [this, pageHeight](const QTextBlock &block) {
        const QTextBlock target = startOfRun(block);
        const qreal top = linesRect(target).top();
        if (top - pageOf(top) * pageHeight < 1 || breaksBefore(target))
            return false;
        for (auto it = m_blockBreaks.begin(); it != m_blockBreaks.end();) {
            if (*it > target.position() && *it <= block.position())
                it = m_blockBreaks.erase(it);
            else
                ++it;
        }
        m_blockBreaks.insert(target.position());
        return true;
    };

    // A table row over two pages.
    for (QTextTable *table : tables()) {
        const QList<QRectF> rows = rowRects(table);
        const int headerRows = table->format().headerRowCount();
        for (int r = 0; r < int(rows.size()); ++r) {
            const QRectF row = rows.at(r);
            // A row too tall for what a page holds under the repeated header is left to break.
            if (row.isNull() || pageOf(row.top()) == pageOf(row.bottom() - 0.01)
                || row.height() > pageHeight * 0.75)
                continue;
            const int at = table->cellAt(r, 0).firstPosition();
            const auto part = m_parts.constFind(table);
            if (part == m_parts.constEnd() || (r <= headerRows && part->second > 0)) {
                // A table of the proposal's own, or a part that starts a page already: as laid out.
                found(at, [at, accepted] { accepted->insert(at); });
            } else if (r <= headerRows) { // the table's first row: the whole table to the next page
                const QTextBlock before = findBlock(table->firstPosition() - 1);
                found(at, [at, before, breakBefore, accepted] {
                    if (!breakBefore(before))
                        accepted->insert(at);
                });
            } else { // the table goes on on the next page from this row
                const int ordinal = part->first;
                const int original = part->second + r - headerRows;
                found(at, [this, ordinal, original] { m_splits[ordinal].append(original); });
            }
            break;
        }
    }

    // A heading at the foot of a page, what it heads on the next.
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        if (position >= 0 && block.position() >= position)
            break;
        if (!isHeading(block))
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && next.text().isEmpty() && !inTable(next))
            next = next.next();
        if (!next.isValid())
            continue;
        if (pageOf(linesRect(block).bottom() - 0.01) == pageOf(linesRect(next).top()))
            continue;
        const int at = block.position();
        found(at, [at, block, breakBefore, accepted] {
            if (!breakBefore(block))
                accepted->insert(at);
        });
        break;
    }

    if (position < 0)
        return false;
    mend();
    build();
    return true;
}

QVariant ReportDocument::loadResource(int type, const QUrl &name)
{
    if (name == imageUrl())
        return QTextDocument::loadResource(type, name);
    m_refused.append(name.toString());
    return {};
}

} // namespace Inflection
