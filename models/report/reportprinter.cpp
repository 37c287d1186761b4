// Pagination with running headers and footers.
#include "reportprinter.h"

#include "reportdocument.h"
#include "reportmarkdown.h"

#include "../store/filepermissions.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace { } // namespace

QPageSize ReportPrinter::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4);
}

Result<> ReportPrinter::print(
    QTextDocument *document, QPagedPaintDevice *device, const QString &title, const ImportProgress &progress)
{
    const auto failed = [] {
        return Result<>::failure(
            QCoreApplication::translate("Inflection::ReportPrinter", "The PDF was not written."));
    };
    QPainter painter;
    if (!painter.begin(device))
        return failed();
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    QFont small;
    small.setPointSizeF(8);
    const QFontMetrics metrics(small, device);
    const int band = metrics.height() * 2; // the header's and the footer's
    document->documentLayout()->setPaintDevice(device);
    const QSizeF body(page.width(), page.height() - 2 * band);
    document->setPageSize(body);
    const int pages = document->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return failed();
        painter.save();
        painter.translate(0, band - i * body.height());
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
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<>::failure(unwritable(path, file.errorString()));
    if (!existed)
        FilePermissions::applyToNewFile(&file, path);
    {
        QPdfWriter writer(&file);
        writer.setTitle(report.title);
        writer.setCreator(u"Inflection"_s);
        writer.setResolution(300);
        writer.setPageSize(defaultPageSize());
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        ReportDocument document(report);
        if (Result<> printed = print(&document, &writer, report.title, progress); !printed) {
            file.cancelWriting();
            return printed;
        }
    }
    if (!file.commit())
        return Result<>::failure(unwritable(path, file.errorString()));
    return {};
}

Result<> ReportPrinter::writeMarkdown(const Report &report, const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<>::failure(unwritable(path, file.errorString()));
    if (!existed)
        FilePermissions::applyToNewFile(&file, path);
    if (file.write(ReportMarkdown::toMarkdown(report).toUtf8()) < 0 || !file.commit())
        return Result<>::failure(unwritable(path, file.errorString()));
    return {};
}

} // namespace Inflection
