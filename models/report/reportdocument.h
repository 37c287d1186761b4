// A review summary as a QTextDocument, built with QTextCursor (user text is only ever inserted as
// text, never parsed as HTML): headings, label–value tables, tables whose header row repeats on
// each page, the heatmap as an image, the proposal rendered from Markdown with its headings nested
// under the summary's. It never fetches a resource from outside: a remote image in the proposal is
// shown as its text.
//
// Laid out on pages (paginate) the way a printed page is read: lines wrap between words only, a
// table row is never split over two pages unless it is taller than a page, and a heading stays on
// the page of what follows it.
#pragma once

#include "report.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QSizeF>
#include <QStringList>
#include <QTextDocument>

class QTextBlock;
class QTextTable;

namespace Inflection {

class ReportDocument : public QTextDocument
{
    Q_OBJECT
public:
    // Heading levels (QTextBlockFormat::headingLevel): the title, the summary's sections, and the
    // first level the proposal's own headings are nested at.
    enum HeadingLevel { TitleLevel = 1, SectionLevel = 2, NestedLevel = 3 };

    // Dots per inch the document is laid out in, whatever it is then painted on (a printer, a print
    // preview, a PDF): the same lines on the same pages everywhere.
    static constexpr int Resolution = 300;

    explicit ReportDocument(const Report &report, QObject *parent = nullptr);

    // Lays the document out on pages of pageSize (in dots of Resolution) and moves rows and headings
    // to the next page where they would be split from themselves or from what follows.
    void paginate(const QSizeF &pageSize);
    // The device of Resolution the document is laid out on.
    QPaintDevice *layoutDevice();

    // Resources something asked for that are not the report's own (none are loaded).
    QStringList refusedResources() const { return m_refused; }
    static QUrl imageUrl();

    // What a page shows, for the checks of a laid-out document: the page each line of a block is on.
    int pageOf(qreal y) const;
    // The top of a block's first line and the bottom of its last, in document coordinates.
    QRectF linesRect(const QTextBlock &block) const;
    // The rows of a table (from the header rows on) as the space their lines take up.
    QList<QRectF> rowRects(QTextTable *table) const;
    QList<QTextTable *> tables() const;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    // Mends the first bad page break not in accepted (positions left as they are); false: none.
    bool mendFirstBreak(QSet<int> *accepted);

    // Builds the document from the report, with the page breaks found so far.
    void build();

    Report m_report;
    QStringList m_refused;
    QImage m_layoutDevice;
    QSizeF m_pageSize;
    // Where pages break: before blocks (by position), and tables (by their order in the report)
    // split before rows (by index in the report's table).
    QSet<int> m_blockBreaks;
    QHash<int, QList<int>> m_splits;
    // The report's tables as built: which one, and the row it starts with.
    QHash<QTextTable *, std::pair<int, int>> m_parts;
};

} // namespace Inflection
