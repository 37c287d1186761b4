// A workspace's architecture reviews as a folder of decision records.
#include "decisionrecordcollection.h"
#include "outputfile.h"

#include "../store/reviewrepository.h"
#include "../store/reviewtreestore.h"
#include "decisionrecordimporter.h"
#include "decisionrecordparser.h"
#include "decisionrecordwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Writes bytes to path unless the file holds them already (its time then stays as it was).
Result<bool> writeIfChanged(const QString &path, const QByteArray &bytes)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return false;
    existing.close();
    OutputFile file(path);
    const auto failed = [&path](const QString &reason) {
        return Result<bool>::failure(
            QCoreApplication::translate("Inflection::DecisionRecordCollection", "Could not write %1: %2")
                .arg(QDir::toNativeSeparators(path), reason));
    };
    if (!file.open())
        return failed(file.errorString());
    if (!file.write(bytes) || !file.commit())
        return failed(file.errorString());
    return true;
}

const QString indexMarker = u"<!-- inflection-index -->"_s;

// An index Inflection wrote: with its marker, or as versions before the marker wrote it.
bool isOurIndex(const QString &text)
{
    if (text.contains(indexMarker))
        return true;
    static const QRegularExpression earlier(
        u"^# Architecture Decision Records\n\n(\\* \\[[^\n]*\\]\\([^\n]*\\) — [^\n]*\n)*$"_s);
    return earlier.match(text).hasMatch();
}

} // namespace

Result<DecisionRecordCollection::Summary> DecisionRecordCollection::exportAll(
    Workspace *workspace, const QString &path, DecisionRecordFormat format)
{
    using Done = Result<Summary>;
    if (!QDir().mkpath(path))
        return Done::failure(QCoreApplication::translate(
            "Inflection::DecisionRecordCollection", "The folder “%1” cannot be made.")
                                 .arg(QDir::toNativeSeparators(path)));
    const QDir dir(path);

    // The numbers, names and formats the folder gives already: by the uuid a file records, else by the
    // uuid import-adr gave the record.
    QHash<QString, QString> fileOf; // uuid → file name
    QHash<QString, DecisionRecordFormat> formatOf; // file name → its format
    int highest = 0;
    static const QRegularExpression leadingNumber(u"^(\\d+)-"_s);
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
        if (!DecisionRecordImporter::isRecordFile(file))
            continue;
        if (const QRegularExpressionMatch m = leadingNumber.match(file.fileName()); m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
        const Result<DecisionRecord> record
            = DecisionRecordParser::parseFile(file.filePath(), DecisionRecordFormat::Auto);
        if (!record)
            continue;
        formatOf.insert(file.fileName(),
            record->dialect.startsWith(u"Nygard"_s) ? DecisionRecordFormat::Nygard
                                                    : DecisionRecordFormat::Madr);
        const QStringList uuids = record->uuid.isEmpty()
            ? QStringList {DecisionRecordImporter::uuidForFile(file.filePath(), dir.path()),
                DecisionRecordImporter::legacyUuidForFile(file.filePath())}
            : QStringList {record->uuid};
        for (const QString &uuid : uuids) {
            if (!fileOf.contains(uuid))
                fileOf.insert(uuid, file.fileName());
        }
    }

    const Result<QList<Review>> all = ReviewRepository(workspace).all();
    if (!all)
        return Done::errorOf(all);
    QList<Review> reviews;
    for (const Review &r : *all) {
        if (r.kind == ReviewKind::Architecture)
            reviews.append(r);
    }
    // New ones numbered in the order they were made.
    std::stable_sort(reviews.begin(), reviews.end(), [](const Review &a, const Review &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.uuid < b.uuid;
    });
    QHash<QString, QString> titleOf;
    for (const Review &r : std::as_const(reviews)) {
        titleOf.insert(r.uuid, r.title);
        if (!fileOf.contains(r.uuid))
            fileOf.insert(r.uuid, DecisionRecordWriter::fileName(++highest, r.title));
    }

    Summary summary;
    QHash<QString, QString> statusOf; // file name → the status its review gives
    for (const Review &r : std::as_const(reviews)) {
        const Result<ReviewTree> tree = ReviewTreeStore(workspace).read(r.uuid);
        if (!tree)
            return Done::errorOf(tree);
        DecisionRecordWriter::Successor successor;
        if (!r.supersededBy.isEmpty()) {
            successor.uuid = r.supersededBy;
            successor.title = titleOf.value(r.supersededBy);
            successor.fileName = fileOf.value(r.supersededBy);
        }
        const QString name = fileOf.value(r.uuid);
        static const QRegularExpression number(u"^(\\d+)-"_s);
        const int n = number.match(name).captured(1).toInt();
        const Result<bool> written = writeIfChanged(dir.filePath(name),
            DecisionRecordWriter::write(*tree, formatOf.value(name, format), successor, n).toUtf8());
        if (!written)
            return Done::errorOf(written);
        if (*written)
            summary.written.append(name);
        else
            ++summary.unchanged;
        ++summary.records;
        statusOf.insert(name, DecisionRecordWriter::statusOf(*tree));
    }

    // The index: only one Inflection wrote (or none yet) is written.
    const QString indexPath = dir.filePath(u"README.md"_s);
    if (QFile existing(indexPath); existing.open(QIODevice::ReadOnly)) {
        if (!isOurIndex(QString::fromUtf8(existing.readAll()).replace(u"\r\n"_s, u"\n"_s))) {
            summary.indexLeft = u"README.md"_s;
            return summary;
        }
    }
    // Every record in the folder, the ones of other workspaces or none as well.
    QString text = u"# Architecture Decision Records\n\n"_s;
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
        if (!DecisionRecordImporter::isRecordFile(file))
            continue;
        const Result<DecisionRecord> record
            = DecisionRecordParser::parseFile(file.filePath(), DecisionRecordFormat::Auto);
        if (!record)
            continue;
        QString title = record->title;
        title.replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
        const QString status = statusOf.contains(file.fileName())
            ? statusOf.value(file.fileName())
            : record->statusText.section(u'\n', 0, 0).trimmed().toLower();
        const QString number = record->number > 0 ? file.fileName().section(u'-', 0, 0) + u' ' : QString();
        text += u"* ["_s + number + title + u"]("_s + file.fileName() + u')'
            + (status.isEmpty() ? QString() : u" — "_s + status) + u'\n';
    }
    text += u'\n' + indexMarker + u'\n';
    const Result<bool> written = writeIfChanged(indexPath, text.toUtf8());
    if (!written)
        return Done::failure(written.message());
    if (*written)
        summary.written.append(u"README.md"_s);
    return summary;
}

} // namespace Inflection
