// The formats a review is exported to, decided in one place: their keys, file suffixes and the
// file dialog's filter.
#pragma once

#include "../domain/keytable.h"

#include <optional>

namespace Inflection {

enum class ExportFormat {
    Pdf, // the printable summary
    Markdown, // the summary for a wiki
    Json, // the interchange file
};

// Keys: "pdf", "markdown", "json".
const KeyTable<ExportFormat> &exportFormats();
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
// The format a file name's suffix names ("summary.md", in any case); nullopt for another suffix or none.
std::optional<ExportFormat> exportFormatFromPath(const QString &path);
QString exportFormatSuffix(ExportFormat format); // "pdf", "md", "json"
// "PDF (*.pdf)", in the interface's language.
QString exportFormatFilter(ExportFormat format);

} // namespace Inflection
