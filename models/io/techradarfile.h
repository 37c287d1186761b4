// A tech radar as "Build your own radar" (thoughtworks.com/radar/byor) reads it: CSV with a header row
// naming the columns name, ring, quadrant, isNew and description (RFC 4180 quoting), or JSON, an array
// of objects with the same keys. Rings are Adopt, Trial, Assess and Hold, case aside.
//
// Aliases, which the radar's own format has no place for, come two ways: an optional column (or key)
// "aliases" with the other names separated by semicolons (or a JSON array of them), or the name written
// with them in parentheses, "PostgreSQL (Postgres)". Export writes the column only when a technology has
// aliases, so that a radar without them is the plain five columns.
//
// Pure: bytes in, technologies out. A row that cannot be read is named with its line and the reason, and
// the rest are read.
#pragma once

#include "../domain/result.h"
#include "../domain/techradar.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Inflection {

class TechRadarFile
{
public:
    enum class Format { Csv, Json };

    struct Problem
    {
        qint64 line = 0; // from 1
        QString message;
    };
    struct Parsed
    {
        QList<KnownTechnology> technologies; // in the file's order
        QList<Problem> problems;
    };

    // By the file name's suffix (.json), else by its first character ('[').
    static Format formatOf(const QString &fileName, const QByteArray &bytes);
    // Refused when the file is not a radar at all (no name and ring columns, not a JSON array).
    static Result<Parsed> read(const QByteArray &bytes, Format format);
    static QByteArray write(const QList<KnownTechnology> &technologies, Format format);
    // Reads or writes a file; the format from its name.
    static Result<Parsed> readFile(const QString &path);
    static Result<> writeFile(const QString &path, const QList<KnownTechnology> &technologies);

    // "PostgreSQL (Postgres, Pg)": the name and the aliases in the parentheses.
    static std::pair<QString, QStringList> splitName(const QString &written);
    static QStringList splitAliases(const QString &written);

    // What importing technologies into current changes: the radar afterwards (current with each imported
    // technology added, or put in place of the one it names, which keeps its kind), and the names added
    // and changed. Technologies current has and the import does not are kept.
    struct Merge
    {
        QList<KnownTechnology> technologies;
        QStringList added;
        QStringList changed;
    };
    static Merge merge(const QList<KnownTechnology> &current, const QList<KnownTechnology> &imported);

    // A line that says a problem, for a person: "Line 4: …".
    static QString describe(const Problem &problem);
};

} // namespace Inflection
