// Lays a summary document out on pages (a PDF file, a printer, a print preview) with a running
// header (the review's title) and footer (page N of M). A4, or Letter where the locale measures in
// inches; fonts embedded by the PDF writer.
#pragma once

#include "../domain/importprogress.h"
#include "../domain/result.h"
#include "report.h"

#include <QPageLayout>
#include <QPageSize>

class QPagedPaintDevice;

namespace Inflection {

class ReportDocument;

class ReportPrinter
{
public:
    static QPageSize defaultPageSize();
    // The default paper, upright, with the summary's margins: given to the PDF writer and to the
    // printer of Print and Print Preview alike.
    static QPageLayout defaultPageLayout();
    // Lays the document out for the device's page and paints it, page after page. The layout does not
    // depend on the device's resolution: a preview shows the pages of the PDF.
    // progress(page, pages) after each page; returning false stops (Cancelled).
    static Result<> print(ReportDocument *document, QPagedPaintDevice *device, const QString &title,
        const ImportProgress &progress = {});
    // Lays the document out for pages of layout (as print does) and gives the number of pages.
    static int paginate(ReportDocument *document, const QPageLayout &layout);
    // Writes the report as a PDF file: whole or not at all (an error, or stopped, leaves no file).
    static Result<> writePdf(const Report &report, const QString &path, const ImportProgress &progress = {});
    static Result<> writeMarkdown(const Report &report, const QString &path);
};

} // namespace Inflection
