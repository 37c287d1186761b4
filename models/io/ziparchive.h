// Reads the files of a zip archive (through libzip), with guards for what a file from elsewhere may
// be: not a zip, cut short, damaged, or a zip bomb. Only files are listed, under safe relative names:
// an entry named with ".." or an absolute path is left out, as is a folder entry.
#pragma once

#include "../domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

struct zip; // libzip's zip_t

namespace Inflection {

class ZipArchive
{
public:
    // What is read from one archive at most, uncompressed: the sizes an archive declares can lie,
    // so the bytes that come out are counted.
    static constexpr qint64 defaultTotalLimit = qint64(1) << 30; // 1 GiB
    static constexpr qint64 defaultEntryLimit = qint64(256) << 20; // 256 MiB

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Whether the file begins as a zip does (a local file header or an empty archive's end record).
    static bool looksLikeZip(const QString &path);

    Result<> open(const QString &path);
    bool isOpen() const { return m_zip != nullptr; }
    QString path() const { return m_path; }
    void setLimits(qint64 total, qint64 entry);

    // The files, in the archive's order, by their names with '/' between folders.
    QStringList names() const { return m_names; }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    // The uncompressed size the archive declares for name; -1 when there is no such file.
    qint64 declaredSize(const QString &name) const;
    // The whole file; an error when it is missing, damaged, or above the limits.
    Result<QByteArray> read(const QString &name);
    qint64 bytesRead() const { return m_bytesRead; }

    // Whether name is relative and stays inside the archive (no "..", no drive or root).
    static bool isSafeName(const QString &name);

private:
    void close();
    QString errorText(const QString &text) const;

    zip *m_zip = nullptr;
    QString m_path;
    QStringList m_names;
    QHash<QString, qint64> m_entries; // name -> libzip's index
    qint64 m_totalLimit = defaultTotalLimit;
    qint64 m_entryLimit = defaultEntryLimit;
    qint64 m_bytesRead = 0;
};

} // namespace Inflection
