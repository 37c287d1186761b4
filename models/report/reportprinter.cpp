// Pagination with running headers and footers.
#include "reportprinter.h"

#include "reportdocument.h"
#include "reportmarkdown.h"

#include "../io/outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QPageSize ReportPrinter::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4);
}

QPageLayout ReportPrinter::defaultPageLayout()
{
    return QPageLayout(
        defaultPageSize(), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
}

namespace {

QFont smallFont()
{
    QFont small;
    small.setPointSizeF(8);
    return small;
}

// The height of the running header's band and of the footer's, in the document's dots.
qreal bandHeight(ReportDocument *document)
{
    return QFontMetricsF(smallFont(), document->layoutDevice()).height() * 2;
}

// The page's printable area in the document's dots.
QRectF bodyArea(ReportDocument *document, const QPageLayout &layout)
{
    const QRectF inches = layout.paintRect(QPageLayout::Inch);
    const qreal band = bandHeight(document);
    // Whole dots: the layout's fixed-point arithmetic then puts page breaks exactly where the pages
    // are cut when painting.
    return QRectF(0, std::ceil(band), std::floor(inches.width() * ReportDocument::Resolution),
        std::floor(inches.height() * ReportDocument::Resolution - 2 * std::ceil(band)));
}

} // namespace

int ReportPrinter::paginate(ReportDocument *document, const QPageLayout &layout)
{
    document->paginate(bodyArea(document, layout).size());
    return document->pageCount();
}

Result<> ReportPrinter::print(
    ReportDocument *document, QPagedPaintDevice *device, const QString &title, const ImportProgress &progress)
{
    const auto failed = [] {
        return Result<>::failure(
            QCoreApplication::translate("Inflection::ReportPrinter", "The PDF was not written."));
    };
    const int pages = paginate(document, device->pageLayout());
    const QRectF body = bodyArea(document, device->pageLayout());
    QPainter painter;
    if (!painter.begin(device))
        return failed();
    // The document's dots to the device's.
    const qreal scaleX = qreal(device->logicalDpiX()) / ReportDocument::Resolution;
    const qreal scaleY = qreal(device->logicalDpiY()) / ReportDocument::Resolution;
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QFont small = smallFont();
    const QFontMetrics metrics(small, device);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return failed();
        painter.save();
        painter.scale(scaleX, scaleY);
        painter.translate(0, body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        painter.drawText(QRect(0, 0, page.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(title, Qt::ElideRight, page.width()));
        painter.drawLine(0, metrics.height() + metrics.height() / 3, page.width(),
            metrics.height() + metrics.height() / 3);
        painter.drawText(QRect(0, page.height() - metrics.height(), page.width(), metrics.height()),
            Qt::AlignHCenter,
            QCoreApplication::translate("Inflection::ReportPrinter", "Page %1 of %2").arg(i + 1).arg(pages));
        if (progress && !progress(i + 1, pages))
            return Result<>::failure(ErrorKind::Cancelled, QString());
    }
    if (!painter.end())
        return failed();
    return {};
}

namespace {
QString unwritable(const QString &path, const QString &why)
{
    return QCoreApplication::translate("Inflection::ReportPrinter", "“%1” cannot be written: %2")
        .arg(QDir::toNativeSeparators(path), why);
}
} // namespace

Result<> ReportPrinter::writePdf(const Report &report, const QString &path, const ImportProgress &progress)
{
    OutputFile file(path);
    if (!file.open())
        return Result<>::failure(unwritable(path, file.errorString()));
    {
        QPdfWriter writer(file.device());
        writer.setTitle(report.title);
        writer.setCreator(u"Inflection"_s);
        writer.setResolution(300);
        writer.setPageLayout(defaultPageLayout());
        ReportDocument document(report);
        if (Result<> printed = print(&document, &writer, report.title, progress); !printed) {
            file.cancel();
            return printed;
        }
    }
    if (!file.commit())
        return Result<>::failure(unwritable(path, file.errorString()));
    return {};
}

Result<> ReportPrinter::writeMarkdown(const Report &report, const QString &path)
{
    OutputFile file(path);
    if (!file.open())
        return Result<>::failure(unwritable(path, file.errorString()));
    if (!file.write(ReportMarkdown::toMarkdown(report).toUtf8()) || !file.commit())
        return Result<>::failure(unwritable(path, file.errorString()));
    return {};
}

} // namespace Inflection
