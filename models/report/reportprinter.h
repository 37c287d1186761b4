// Lays a summary document out on pages (a PDF file, a printer, a print preview) with a running
// header (the review's title) and footer (page N of M). A4, or Letter where the locale measures in
// inches; fonts embedded by the PDF writer.
#pragma once

#include "../domain/importprogress.h"
#include "../domain/result.h"
#include "report.h"

#include <QPageSize>

class QPagedPaintDevice;
class QTextDocument;

namespace Inflection {

class ReportPrinter
{
public:
    static QPageSize defaultPageSize();
    // progress(page, pages) after each page; returning false stops (Cancelled).
    static Result<> print(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
        const ImportProgress &progress = {});
    // Writes the report as a PDF file: whole or not at all (an error, or stopped, leaves no file).
    static Result<> writePdf(const Report &report, const QString &path, const ImportProgress &progress = {});
    static Result<> writeMarkdown(const Report &report, const QString &path);
};

} // namespace Inflection
