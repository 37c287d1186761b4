// One table of the export formats: key, file suffix and file-dialog filter.
#include "exportformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Inflection {

namespace {

struct FormatEntry
{
    ExportFormat format;
    const char *key;
    const char *suffix;
    const char *filter;
};

constexpr FormatEntry formats[] = {
    {ExportFormat::Pdf, "pdf", "pdf", QT_TRANSLATE_NOOP("Inflection::ExportFormat", "PDF (*.pdf)")},
    {ExportFormat::Markdown, "markdown", "md",
        QT_TRANSLATE_NOOP("Inflection::ExportFormat", "Markdown (*.md)")},
    {ExportFormat::Json, "json", "json",
        QT_TRANSLATE_NOOP("Inflection::ExportFormat", "Inflection review (*.json)")},
};

const FormatEntry &entry(ExportFormat format)
{
    for (const FormatEntry &e : formats) {
        if (e.format == format)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<ExportFormat> allExportFormats()
{
    QList<ExportFormat> all;
    for (const FormatEntry &e : formats)
        all.append(e.format);
    return all;
}

QString exportFormatKey(ExportFormat format)
{
    return QString::fromLatin1(entry(format).key);
}

QStringList exportFormatKeys()
{
    QStringList keys;
    for (const FormatEntry &e : formats)
        keys.append(QString::fromLatin1(e.key));
    return keys;
}

QString exportFormatSuffix(ExportFormat format)
{
    return QString::fromLatin1(entry(format).suffix);
}

QString exportFormatFilter(ExportFormat format)
{
    return QCoreApplication::translate("Inflection::ExportFormat", entry(format).filter);
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    for (const FormatEntry &e : formats) {
        if (key == QLatin1StringView(e.key))
            return e.format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const FormatEntry &e : formats) {
        if (suffix.compare(QLatin1StringView(e.suffix), Qt::CaseInsensitive) == 0)
            return e.format;
    }
    return std::nullopt;
}

} // namespace Inflection
