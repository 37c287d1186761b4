// The meta columns every record starts with.
#include "recordrows.h"

#include "../domain/timestamp.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection::RecordRows {

QString metaColumns()
{
    return u"id, uuid, revision, created_at, updated_at, updated_by"_s;
}

void readMeta(const QSqlQuery &query, StoredRecord *record)
{
    record->id = query.value(0).toLongLong();
    record->uuid = query.value(1).toString();
    record->revision = query.value(2).toInt();
    record->createdAt = timestampFromText(query.value(3).toString());
    record->updatedAt = timestampFromText(query.value(4).toString());
    record->updatedBy = query.value(5).toString();
}

QString notFoundMessage()
{
    return QCoreApplication::translate("Inflection::RecordRows", "It is not in the workspace (any more).");
}

Result<QHash<qint64, int>> countsByReview(QSqlQuery &query)
{
    if (!query.exec())
        return Result<QHash<qint64, int>>::failure(query.lastError().text());
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

} // namespace Inflection::RecordRows
