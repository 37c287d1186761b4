// A departure from the known ways of operating the system: a new language, database system,
// pattern or tool, with what it costs, its trade-offs and what it prohibits later.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Inflection {

enum class DepartureField {
    Kind,
    Name,
    Costs,
    Tradeoffs,
    Prohibits,
};

QString departureFieldKey(DepartureField field); // the column name
QString departureFieldDisplayName(DepartureField field);
QStringList departureKindKeys(); // "language", "database", "pattern", "tool", "other"
QString departureKindDisplayName(const QString &key);

struct Departure
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QString position;
    QString kind = QStringLiteral("tool");
    QString name;
    QString costs;
    QString tradeoffs;
    QString prohibits;

    QVariant field(DepartureField field) const;
    bool setField(DepartureField field, const QVariant &value);
    bool operator==(const Departure &other) const;
    bool operator!=(const Departure &other) const { return !(*this == other); }
};

} // namespace Inflection
