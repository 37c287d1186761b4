// Reading and writing a tech radar's CSV and JSON.
#include "techradarfile.h"
#include "outputfile.h"

#include "csvtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QStringList columns {u"name"_s, u"ring"_s, u"quadrant"_s, u"isNew"_s, u"description"_s};
const auto aliasesColumn = u"aliases"_s;

std::optional<bool> flagFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"false"_s || t == u"no"_s || t == u"0"_s)
        return false;
    if (t == u"true"_s || t == u"yes"_s || t == u"1"_s)
        return true;
    return std::nullopt;
}

// One row, its values by column name in lower case; added to parsed unless it is refused.
class RowReader
{
public:
    explicit RowReader(TechRadarFile::Parsed *parsed)
        : m_parsed(parsed)
    { }

    void read(const QHash<QString, QString> &values, qint64 line)
    {
        auto [name, aliases] = TechRadarFile::splitName(values.value(u"name"_s));
        if (name.isEmpty())
            return refuse(line, QCoreApplication::translate("Inflection::TechRadarFile", "it has no name"));
        const QString ringText = values.value(u"ring"_s);
        const auto ring = KnownTechnology::ringFromText(ringText);
        if (!ring)
            return refuse(line,
                QCoreApplication::translate(
                    "Inflection::TechRadarFile", "the ring “%1” is none of Adopt, Trial, Assess and Hold")
                    .arg(ringText.trimmed()));
        std::optional<bool> isNew = flagFromText(values.value(u"isnew"_s));
        if (!isNew)
            return refuse(line,
                QCoreApplication::translate(
                    "Inflection::TechRadarFile", "isNew is “%1”, neither TRUE nor FALSE")
                    .arg(values.value(u"isnew"_s)));
        // The newer radar's status column: "new", "moved in", "moved out", "no change".
        if (!values.contains(u"isnew"_s)
            && values.value(u"status"_s).trimmed().compare(u"new"_s, Qt::CaseInsensitive) == 0)
            isNew = true;
        aliases += TechRadarFile::splitAliases(values.value(aliasesColumn));
        KnownTechnology t;
        t.name = name;
        t.ring = *ring;
        t.quadrant = values.value(u"quadrant"_s).trimmed();
        t.isNew = *isNew;
        t.description = values.value(u"description"_s).trimmed();
        for (const QString &alias : std::as_const(aliases)) {
            if (TechRadar::matchKey(alias) != TechRadar::matchKey(name) && !t.aliases.contains(alias))
                t.aliases.append(alias);
        }
        // A name or alias that an earlier row has already taken.
        for (const QString &written : QStringList {t.name} + t.aliases) {
            const auto earlier = m_lineOfKey.constFind(TechRadar::matchKey(written));
            if (earlier != m_lineOfKey.cend())
                return refuse(line,
                    QCoreApplication::translate(
                        "Inflection::TechRadarFile", "“%1” names the same technology as line %2")
                        .arg(written)
                        .arg(*earlier));
        }
        for (const QString &written : QStringList {t.name} + t.aliases)
            m_lineOfKey.insert(TechRadar::matchKey(written), line);
        m_parsed->technologies.append(t);
    }

    void refuse(qint64 line, const QString &reason) { m_parsed->problems.append({line, reason}); }

private:
    TechRadarFile::Parsed *m_parsed;
    QHash<QString, qint64> m_lineOfKey;
};

Result<TechRadarFile::Parsed> readCsv(const QByteArray &bytes)
{
    const QString text = CsvText::decode(bytes);
    qsizetype pos = 0;
    qint64 line = 1;
    const CsvText::Record header = CsvText::readHeader(text, &pos, &line);
    QHash<int, QString> nameOfColumn;
    for (int i = 0; i < header.fields.size(); ++i)
        nameOfColumn.insert(i, header.fields.at(i).trimmed().toLower());
    const QList<QString> named = nameOfColumn.values();
    if (!named.contains(u"name"_s) || !named.contains(u"ring"_s))
        return Result<TechRadarFile::Parsed>::failure(ErrorKind::Refused,
            QCoreApplication::translate("Inflection::TechRadarFile",
                "This is not a radar CSV file: its first row must name the columns name, ring, quadrant, "
                "isNew and description."));
    TechRadarFile::Parsed parsed;
    RowReader reader(&parsed);
    while (pos < text.size()) {
        const CsvText::Record record = CsvText::readRecord(text, &pos, &line);
        if (record.isBlank())
            continue;
        if (record.unterminated) {
            reader.refuse(record.line,
                QCoreApplication::translate("Inflection::TechRadarFile", "a quoted field is not closed"));
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            reader.refuse(record.line,
                QCoreApplication::translate(
                    "Inflection::TechRadarFile", "it has %1 fields where the header has %2")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
            continue;
        }
        QHash<QString, QString> values;
        for (int i = 0; i < record.fields.size(); ++i)
            values.insert(nameOfColumn.value(i), record.fields.at(i));
        reader.read(values, record.line);
    }
    return parsed;
}

// The line each element of the top-level array starts on (JSON gives no positions of its own).
QList<qint64> elementLines(const QByteArray &bytes)
{
    QList<qint64> lines;
    qint64 line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectElement = false;
    for (const char c : bytes) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (depth == 1 && expectElement && !space && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            ++depth;
            if (depth == 1)
                expectElement = true;
        } else if (c == ']' || c == '}')
            --depth;
        else if (c == ',' && depth == 1)
            expectElement = true;
    }
    return lines;
}

Result<TechRadarFile::Parsed> readJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Result<TechRadarFile::Parsed>::failure(ErrorKind::Refused,
            error.error != QJsonParseError::NoError
                ? QCoreApplication::translate(
                    "Inflection::TechRadarFile", "This is not a radar JSON file: %1 (at byte %2).")
                      .arg(error.errorString())
                      .arg(error.offset)
                : QCoreApplication::translate("Inflection::TechRadarFile",
                    "This is not a radar JSON file: it must be an array of technologies, each with a name "
                    "and a ring."));
    const QList<qint64> lines = elementLines(bytes);
    const QJsonArray array = document.array();
    TechRadarFile::Parsed parsed;
    RowReader reader(&parsed);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qint64 line = lines.value(i, 1);
        if (!array.at(i).isObject()) {
            reader.refuse(line,
                QCoreApplication::translate(
                    "Inflection::TechRadarFile", "it is not an object with a name and a ring"));
            continue;
        }
        QHash<QString, QString> values;
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            QString value;
            if (it->isBool())
                value = it->toBool() ? u"true"_s : u"false"_s;
            else if (it->isArray()) {
                QStringList items;
                for (const QJsonValue &item : it->toArray())
                    items.append(item.toString());
                value = items.join(u';');
            } else
                value = it->toVariant().toString();
            values.insert(it.key().toLower(), value);
        }
        reader.read(values, line);
    }
    return parsed;
}

} // namespace

TechRadarFile::Format TechRadarFile::formatOf(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"csv"_s)
        return Format::Csv;
    return bytes.trimmed().startsWith('[') ? Format::Json : Format::Csv;
}

Result<TechRadarFile::Parsed> TechRadarFile::read(const QByteArray &bytes, Format format)
{
    return format == Format::Json ? readJson(bytes) : readCsv(bytes);
}

QByteArray TechRadarFile::write(const QList<KnownTechnology> &technologies, Format format)
{
    const bool withAliases = std::any_of(technologies.cbegin(), technologies.cend(),
        [](const KnownTechnology &t) { return !t.aliases.isEmpty(); });
    if (format == Format::Json) {
        QJsonArray array;
        for (const KnownTechnology &t : technologies) {
            QJsonObject o {{u"name"_s, t.name}, {u"ring"_s, KnownTechnology::ringText(t.ring)},
                {u"quadrant"_s, t.quadrant}, {u"isNew"_s, t.isNew ? u"TRUE"_s : u"FALSE"_s},
                {u"description"_s, t.description}};
            if (!t.aliases.isEmpty())
                o.insert(aliasesColumn, QJsonArray::fromStringList(t.aliases));
            array.append(o);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString text = CsvText::record(withAliases ? columns + QStringList {aliasesColumn} : columns);
    for (const KnownTechnology &t : technologies) {
        QStringList fields {t.name, KnownTechnology::ringText(t.ring), t.quadrant,
            t.isNew ? u"TRUE"_s : u"FALSE"_s, t.description};
        if (withAliases)
            fields.append(t.aliases.join(u"; "_s));
        text += CsvText::record(fields);
    }
    return text.toUtf8();
}

Result<TechRadarFile::Parsed> TechRadarFile::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Parsed>::failure(
            QCoreApplication::translate("Inflection::TechRadarFile", "Cannot read “%1”: %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    return read(bytes, formatOf(path, bytes));
}

Result<> TechRadarFile::writeFile(const QString &path, const QList<KnownTechnology> &technologies)
{
    OutputFile file(path);
    if (!file.open())
        return Result<>::failure(
            QCoreApplication::translate("Inflection::TechRadarFile", "Cannot write “%1”: %2")
                .arg(path, file.errorString()));
    if (!file.write(write(technologies, formatOf(path, {}))) || !file.commit())
        return Result<>::failure(
            QCoreApplication::translate("Inflection::TechRadarFile", "Cannot write “%1”: %2")
                .arg(path, file.errorString()));
    return {};
}

std::pair<QString, QStringList> TechRadarFile::splitName(const QString &written)
{
    const QString trimmed = written.trimmed();
    const qsizetype open = trimmed.lastIndexOf(u'(');
    if (!trimmed.endsWith(u')') || open <= 0)
        return {trimmed, {}};
    const QString name = trimmed.left(open).trimmed();
    const QStringList aliases = splitAliases(trimmed.mid(open + 1, trimmed.size() - open - 2));
    if (name.isEmpty() || aliases.isEmpty())
        return {trimmed, {}};
    return {name, aliases};
}

QStringList TechRadarFile::splitAliases(const QString &written)
{
    QStringList aliases;
    for (const QString &part : written.split(u';')) {
        if (!part.trimmed().isEmpty())
            aliases.append(part.trimmed());
    }
    // Commas when no semicolons are used.
    if (aliases.size() == 1 && aliases.first().contains(u',')) {
        const QString one = aliases.takeFirst();
        for (const QString &part : one.split(u',')) {
            if (!part.trimmed().isEmpty())
                aliases.append(part.trimmed());
        }
    }
    return aliases;
}

TechRadarFile::Merge TechRadarFile::merge(
    const QList<KnownTechnology> &current, const QList<KnownTechnology> &imported)
{
    Merge merge;
    merge.technologies = current;
    for (const KnownTechnology &incoming : imported) {
        // The technology this one names, by its name or any alias, either way round.
        const TechRadar radar(merge.technologies);
        const KnownTechnology *known = radar.find(incoming.name);
        for (qsizetype a = 0; !known && a < incoming.aliases.size(); ++a)
            known = radar.find(incoming.aliases.at(a));
        if (!known) {
            merge.technologies.append(incoming);
            merge.added.append(incoming.name);
            continue;
        }
        // The radar's word for it, and every name it was known by before, so that what matched still does.
        const auto at = known - radar.technologies().constData();
        KnownTechnology changed = incoming;
        changed.kind = known->kind;
        for (const QString &before : QStringList {known->name} + known->aliases) {
            const QString key = TechRadar::matchKey(before);
            const bool kept = key == TechRadar::matchKey(changed.name)
                || std::any_of(changed.aliases.cbegin(), changed.aliases.cend(),
                    [&key](const QString &alias) { return TechRadar::matchKey(alias) == key; });
            if (!kept)
                changed.aliases.append(before);
        }
        if (changed != *known) {
            merge.technologies[at] = changed;
            merge.changed.append(incoming.name);
        }
    }
    std::sort(merge.technologies.begin(), merge.technologies.end(),
        [](const KnownTechnology &a, const KnownTechnology &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    return merge;
}

QString TechRadarFile::describe(const Problem &problem)
{
    return QCoreApplication::translate("Inflection::TechRadarFile", "Line %1: %2")
        .arg(problem.line)
        .arg(problem.message);
}

} // namespace Inflection
