// Reading and writing RFC 4180 records.
#include "csvtext.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString CsvText::decode(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

CsvText::Record CsvText::readRecord(const QString &text, qsizetype *pos, qint64 *line)
{
    Record record;
    record.line = *line;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype i = *pos;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            if (c == u'\n')
                ++*line;
            field.append(c);
            ++i;
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            ++i;
            continue;
        }
        if (c == u',') {
            record.fields.append(field);
            field.clear();
            wasQuoted = false;
            ++i;
            continue;
        }
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            ++i;
            continue;
        }
        if (c == u'\n') {
            ++i;
            ++*line;
            break;
        }
        field.append(c);
        ++i;
    }
    record.unterminated = quoted;
    record.fields.append(field);
    *pos = i;
    return record;
}

CsvText::Record CsvText::readHeader(const QString &text, qsizetype *pos, qint64 *line)
{
    Record header;
    do {
        header = readRecord(text, pos, line);
    } while (header.isBlank() && *pos < text.size());
    return header;
}

QString CsvText::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString CsvText::record(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &f : fields)
        written.append(field(f));
    return written.join(u',') + u"\r\n"_s;
}

} // namespace Inflection
