// The files a review is exported to: a printable summary (PDF), a summary for a wiki (Markdown) and
// the interchange file (JSON), with their keys, file suffixes and file-dialog filters.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Inflection {

enum class ExportFormat {
    Pdf,
    Markdown,
    Json,
};

QList<ExportFormat> allExportFormats();
QString exportFormatKey(ExportFormat format); // "pdf", "markdown", "json"
QStringList exportFormatKeys();
QString exportFormatSuffix(ExportFormat format); // "pdf", "md", "json"
// For a file dialog, translated: "PDF (*.pdf)".
QString exportFormatFilter(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
// The format a file name's suffix names (in any case); nullopt for another suffix or none.
std::optional<ExportFormat> exportFormatFromPath(const QString &path);

} // namespace Inflection
