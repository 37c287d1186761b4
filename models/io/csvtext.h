// CSV as RFC 4180 has it: fields separated by commas, records by CRLF or LF, quoted fields may hold
// commas, line breaks and doubled quotes. Reading never fails; what cannot be read says so.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Inflection {

class CsvText
{
public:
    struct Record
    {
        QStringList fields;
        qint64 line = 0; // where the record starts, from 1
        bool unterminated = false; // a quoted field ran to the end of the file
        bool isBlank() const { return fields.size() == 1 && fields.first().trimmed().isEmpty(); }
    };

    // UTF-8, without a byte order mark.
    static QString decode(const QByteArray &bytes);
    // Reads one record from text at pos; advances pos and line.
    static Record readRecord(const QString &text, qsizetype *pos, qint64 *line);
    // The first record that is not blank, from pos.
    static Record readHeader(const QString &text, qsizetype *pos, qint64 *line);

    // One field as written: quoted when it holds a comma, a quote, a line break or spaces at either end.
    static QString field(const QString &value);
    // One record, ended by CRLF.
    static QString record(const QStringList &fields);
};

} // namespace Inflection
