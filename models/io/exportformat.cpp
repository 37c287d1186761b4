// Export formats.
#include "exportformat.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<ExportFormat> &exportFormats()
{
    static const KeyTable<ExportFormat> table("Inflection::ExportFormat",
        {
            {ExportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("Inflection::ExportFormat", "PDF (*.pdf)")},
            {ExportFormat::Markdown, "markdown",
                QT_TRANSLATE_NOOP("Inflection::ExportFormat", "Markdown (*.md)")},
            {ExportFormat::Json, "json",
                QT_TRANSLATE_NOOP("Inflection::ExportFormat", "Inflection review (*.json)")},
        });
    return table;
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    return exportFormats().fromKey(key);
}

QString exportFormatSuffix(ExportFormat format)
{
    return format == ExportFormat::Markdown ? u"md"_s : exportFormats().key(format);
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ExportFormat format : exportFormats().values()) {
        if (exportFormatSuffix(format) == suffix)
            return format;
    }
    return std::nullopt;
}

QString exportFormatFilter(ExportFormat format)
{
    return exportFormats().displayName(format);
}

} // namespace Inflection
