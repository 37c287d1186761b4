// Zip archives through libzip (https://libzip.org/documentation/).
#include "ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive()
{
    close();
}

void ZipArchive::close()
{
    if (m_zip)
        zip_discard(m_zip); // read only: nothing to write back
    m_zip = nullptr;
    m_names.clear();
    m_entries.clear();
    m_bytesRead = 0;
}

void ZipArchive::setLimits(qint64 total, qint64 entry)
{
    m_totalLimit = total;
    m_entryLimit = entry;
}

bool ZipArchive::looksLikeZip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

bool ZipArchive::isSafeName(const QString &name)
{
    QString n = name;
    n.replace(u'\\', u'/');
    if (n.isEmpty() || n.startsWith(u'/') || (n.size() >= 2 && n.at(1) == u':'))
        return false;
    const QStringList parts = n.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part == u".."_s; });
}

QString ZipArchive::errorText(const QString &text) const
{
    return text.arg(QDir::toNativeSeparators(m_path));
}

Result<> ZipArchive::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return Result<>::failure(ErrorKind::Missing,
            errorText(QCoreApplication::translate("Inflection::ZipArchive", "%1 does not exist.")));
    if (!info.isFile())
        return Result<>::failure(ErrorKind::Invalid,
            errorText(QCoreApplication::translate(
                "Inflection::ZipArchive", "%1 is not a zip file: it is a folder.")));
    int code = 0;
    zip *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        switch (code) {
        case ZIP_ER_NOZIP:
            // A file that starts as a zip but has no end record was cut short.
            return Result<>::failure(looksLikeZip(path) ? ErrorKind::Truncated : ErrorKind::Invalid,
                looksLikeZip(path) ? errorText(QCoreApplication::translate(
                    "Inflection::ZipArchive", "%1 is not a complete zip file: it is truncated or damaged."))
                                   : errorText(QCoreApplication::translate(
                                       "Inflection::ZipArchive", "%1 is not a zip file.")));
        case ZIP_ER_INCONS:
#ifdef ZIP_ER_TRUNCATED_ZIP
        // libzip 1.10 and later (Debian 13) tell a zip cut short apart from other inconsistencies.
        case ZIP_ER_TRUNCATED_ZIP:
#endif
            return Result<>::failure(ErrorKind::Truncated,
                errorText(QCoreApplication::translate(
                    "Inflection::ZipArchive", "%1 is not a complete zip file: it is truncated or damaged.")));
        case ZIP_ER_OPEN:
        case ZIP_ER_READ:
        case ZIP_ER_NOENT: {
            QFile file(path);
            (void)file.open(QIODevice::ReadOnly);
            return Result<>::failure(
                QCoreApplication::translate("Inflection::ZipArchive", "Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        default: {
            zip_error_t error;
            zip_error_init_with_code(&error, code);
            const QString reason = QString::fromUtf8(zip_error_strerror(&error));
            zip_error_fini(&error);
            return Result<>::failure(
                QCoreApplication::translate("Inflection::ZipArchive", "Cannot read %1 as a zip file: %2")
                    .arg(QDir::toNativeSeparators(path), reason));
        }
        }
    }
    m_zip = archive;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            continue;
        const QString name = QString::fromUtf8(raw);
        if (name.endsWith(u'/') || !isSafeName(name) || m_entries.contains(name))
            continue;
        m_entries.insert(name, i);
        m_names.append(name);
    }
    return Result<>::success();
}

qint64 ZipArchive::declaredSize(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (!m_zip || it == m_entries.constEnd())
        return -1;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(*it), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(stat.size);
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    const auto it = m_entries.constFind(name);
    if (!m_zip || it == m_entries.constEnd())
        return Result<QByteArray>::failure(ErrorKind::Missing,
            QCoreApplication::translate("Inflection::ZipArchive", "%1 has no file %2.")
                .arg(QDir::toNativeSeparators(m_path), name));
    const QLocale locale;
    auto tooLarge = [&] {
        return Result<QByteArray>::failure(ErrorKind::Invalid,
            QCoreApplication::translate(
                "Inflection::ZipArchive", "%1 in %2 is too large to read: more than %3 uncompressed.")
                .arg(name, QDir::toNativeSeparators(m_path), locale.formattedDataSize(m_entryLimit, 0)));
    };
    auto tooMuch = [&] {
        return Result<QByteArray>::failure(ErrorKind::Invalid,
            QCoreApplication::translate(
                "Inflection::ZipArchive", "%1 is too large to read: more than %2 uncompressed.")
                .arg(QDir::toNativeSeparators(m_path), locale.formattedDataSize(m_totalLimit, 0)));
    };
    const qint64 declared = declaredSize(name);
    if (declared > m_entryLimit)
        return tooLarge();
    if (declared > m_totalLimit - m_bytesRead)
        return tooMuch();

    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(*it), 0);
    auto damaged = [&](const QString &reason) {
        return Result<QByteArray>::failure(ErrorKind::Invalid,
            QCoreApplication::translate(
                "Inflection::ZipArchive", "%1 in %2 cannot be read: the zip file is damaged (%3).")
                .arg(name, QDir::toNativeSeparators(m_path), reason));
    };
    if (!file)
        return damaged(QString::fromUtf8(zip_strerror(m_zip)));
    QByteArray bytes;
    bytes.reserve(qMax<qint64>(0, qMin(declared, m_entryLimit)));
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
        if (got < 0) {
            const QString reason = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            return damaged(reason);
        }
        if (got == 0)
            break;
        // Counted as it comes: a declared size is only what the archive says.
        if (bytes.size() + got > m_entryLimit) {
            zip_fclose(file);
            return tooLarge();
        }
        if (m_bytesRead + got > m_totalLimit) {
            zip_fclose(file);
            return tooMuch();
        }
        bytes.append(buffer, qsizetype(got));
        m_bytesRead += got;
    }
    if (const int closed = zip_fclose(file); closed != 0) {
        zip_error_t error;
        zip_error_init_with_code(&error, closed);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return damaged(reason);
    }
    return bytes;
}

} // namespace Inflection
