// A workspace's architecture reviews as a folder of decision records.
#include "decisionrecordcollection.h"

#include "../store/filepermissions.h"
#include "../store/reviewrepository.h"
#include "../store/reviewtreestore.h"
#include "decisionrecordwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
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
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(file.errorString());
    if (!existed)
        FilePermissions::applyToNewFile(&file, path);
    file.write(bytes);
    if (!file.commit())
        return Result<bool>::failure(file.errorString());
    return true;
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

    // The numbers and names the folder gives already, by the uuid in each file.
    QHash<QString, QString> fileOf; // uuid → file name
    int highest = 0;
    static const QRegularExpression leadingNumber(u"^(\\d+)-"_s);
    for (const QFileInfo &file : dir.entryInfoList({u"*.md"_s}, QDir::Files, QDir::Name)) {
        if (const QRegularExpressionMatch m = leadingNumber.match(file.fileName()); m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // Nygard's records carry the uuid at their end.
        const QString uuid = DecisionRecordWriter::recordedUuid(QString::fromUtf8(f.readAll()));
        if (!uuid.isEmpty() && !fileOf.contains(uuid))
            fileOf.insert(uuid, file.fileName());
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
    struct Entry
    {
        QString file, title, status;
    };
    QList<Entry> index;
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
        const Result<bool> written = writeIfChanged(
            dir.filePath(name), DecisionRecordWriter::write(*tree, format, successor, n).toUtf8());
        if (!written)
            return Done::failure(QDir::toNativeSeparators(dir.filePath(name)) + u": "_s + written.message());
        if (*written)
            summary.written.append(name);
        else
            ++summary.unchanged;
        ++summary.records;
        index.append({name, r.title, DecisionRecordWriter::statusOf(*tree)});
    }

    std::sort(index.begin(), index.end(), [](const Entry &a, const Entry &b) { return a.file < b.file; });
    QString text = u"# Architecture Decision Records\n\n"_s;
    for (const Entry &e : std::as_const(index)) {
        QString title = e.title;
        title.replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
        text += u"* ["_s + e.file.left(4) + u' ' + title + u"]("_s + e.file + u") — "_s + e.status + u'\n';
    }
    const Result<bool> written = writeIfChanged(dir.filePath(u"README.md"_s), text.toUtf8());
    if (!written)
        return Done::failure(written.message());
    if (*written)
        summary.written.append(u"README.md"_s);
    return summary;
}

} // namespace Inflection
