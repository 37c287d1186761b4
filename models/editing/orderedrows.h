// Rows kept in a manual order by fractional position keys: lookups, placement, drag data.
// Record needs: QString uuid, qint64 id, QString position.
#pragma once

#include "domain/fractionalkey.h"

#include <QList>
#include <QMimeData>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace Inflection::OrderedRows {

template<typename Record>
bool positionLess(const Record &a, const Record &b)
{
    return a.position < b.position || (a.position == b.position && a.id < b.id);
}

template<typename Record>
int rowOfUuid(const QList<Record> &rows, const QString &uuid)
{
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

// Where record belongs among the rows other than ignoredRow (which are in order): binary search.
template<typename Record>
int sortedRow(const QList<Record> &rows, const Record &record, int ignoredRow = -1)
{
    const auto less = [](const Record &a, const Record &b) {
        return positionLess(a, b);
    };
    if (ignoredRow < 0)
        return int(std::lower_bound(rows.cbegin(), rows.cend(), record, less) - rows.cbegin());
    const auto skipped = rows.cbegin() + ignoredRow;
    const int inFront = int(std::lower_bound(rows.cbegin(), skipped, record, less) - rows.cbegin());
    if (inFront < ignoredRow)
        return inFront;
    return ignoredRow + int(std::lower_bound(skipped + 1, rows.cend(), record, less) - (skipped + 1));
}

// A key that puts a record before `row` (rows.size(): at the end), skipping the record that moves.
template<typename Record>
QString positionBefore(const QList<Record> &rows, int row, const QString &movingUuid = QString())
{
    QString before;
    QString after;
    for (int r = row - 1; r >= 0; --r) {
        if (rows.at(r).uuid != movingUuid) {
            before = rows.at(r).position;
            break;
        }
    }
    for (int r = row; r < rows.size(); ++r) {
        if (rows.at(r).uuid != movingUuid) {
            after = rows.at(r).position;
            break;
        }
    }
    if (!before.isEmpty() && before == after) // equal keys (ordered by id): go after them
        after.clear();
    return FractionalKey::between(before, after);
}

// Drag data: the uuids of the dragged rows, in row order, one a line.
template<typename Record>
QMimeData *mimeData(const QString &mimeType, const QList<Record> &rows, QList<int> selectedRows)
{
    std::sort(selectedRows.begin(), selectedRows.end());
    selectedRows.erase(std::unique(selectedRows.begin(), selectedRows.end()), selectedRows.end());
    QStringList uuids;
    for (const int row : std::as_const(selectedRows))
        uuids += rows.at(row).uuid;
    if (uuids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType, uuids.join(u'\n').toUtf8());
    return data;
}

inline QStringList uuidsOf(const QMimeData *data, const QString &mimeType)
{
    return QString::fromUtf8(data->data(mimeType)).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Inflection::OrderedRows
